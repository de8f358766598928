/*
 * register.c: who owns a customer (seed 000 四.5-8, 条例 12-13, 五.2; 001 (2) 客户划分).
 * A customer is a normalised phone; household members link to one phone and share its
 * owner.  The register writes on every row the owner it decided; a row whose agent is
 * that owner (a registration, or the owner's own visit or follow-up) renews the ownership
 * for registration_valid_days calendar days, so the owner now is read from that window
 * at the end of visits.csv.  The first deposit in deals.csv makes the ownership permanent.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "register.h"
#include "util.h"

const char *const reg_status_names[RS_COUNT] = { "new", "returning", "expired", "crossed",
	"unregistered" };

/* The household a row belongs to: its household column, else its own phone. */
static const char *
household(const char **f)
{
	return f[VI_HOUSEHOLD][0] != '\0' ? f[VI_HOUSEHOLD] : f[VI_PHONE];
}

static int
owns(const char **f)
{
	return (strcmp(f[VI_KIND], "visit") == 0 || strcmp(f[VI_KIND], "follow") == 0) &&
	    f[VI_OWNER][0] != '\0';
}

/* A registration, crossed or not: the row's channel is the customer's (媒介). */
static int
registers(const char **f)
{
	return owns(f) &&
	    (strcmp(f[VI_STATUS], "new") == 0 || strcmp(f[VI_STATUS], "expired") == 0);
}

/* A row linking phone to a household, the latest so far (at *t): take its household. */
static void
link_to(const struct jrow *row, const char *phone, time_t *t, char *root)
{
	if (row->time >= *t && strcmp(row->f[VI_PHONE], phone) == 0 &&
	    row->f[VI_HOUSEHOLD][0] != '\0') {
		*t = row->time;
		snprintf(root, PHONE_LEN, "%s", row->f[VI_HOUSEHOLD]);
	}
}

/* The register's reach for a time: the rows recorded since then. */
static time_t
reach(const struct desk *d, time_t at)
{
	return clock_day_start(clock_day(at) - REGISTER_REACH_DAYS -
	    d->rules.registration_valid_days - 1);
}

struct find {
	const struct desk	*desk;
	const char		*phone;
	time_t			 at;
	struct reg		*r;
	char			 key[PHONE_LEN];	/* the household being read */
	struct strlist		 members;	/* its phones */
	time_t			 root_t, renew_t, reg_t, name_t;
	char			 reg_owner[64];
	day_t			 reg_day;
};

/* Pass 1: the household the phone was last linked to. */
static int
find_root(const struct jrow *row, void *arg)
{
	struct find *fd = arg;

	if (row->time <= fd->at)
		link_to(row, fd->phone, &fd->root_t, fd->r->root);
	return 0;
}

static int renewal(struct find *, const struct jrow *);

/* Pass 2: the household's rows; the latest renewal names the owner (条例 12-13). */
static int
find_owner(const struct jrow *row, void *arg)
{
	struct find *fd = arg;
	struct reg *r = fd->r;
	const char **f = row->f;

	if (row->time > fd->at || strcmp(household(f), fd->key) != 0)
		return 0;
	r->visits += strcmp(f[VI_KIND], "visit") == 0;
	if (f[VI_PHONE][0] != '\0' && !strlist_has(&fd->members, f[VI_PHONE])) {
		fd->members.v = xreallocarray(fd->members.v, fd->members.n + 1,
		    sizeof(*fd->members.v));
		fd->members.v[fd->members.n++] = xstrdup(f[VI_PHONE]);
	}
	if (strcmp(f[VI_PHONE], fd->phone) == 0) {
		r->rows++;
		if (f[VI_NAME][0] != '\0' && row->time >= fd->name_t) {
			fd->name_t = row->time;
			snprintf(r->name, sizeof(r->name), "%s", f[VI_NAME]);
		}
	}
	return owns(f) ? renewal(fd, row) : 0;
}

/* A row that names an owner: a registration, crossed or not, and maybe a renewal. */
static int
renewal(struct find *fd, const struct jrow *row)
{
	struct reg *r = fd->r;
	const char **f = row->f;

	r->seen = 1;
	if (registers(f) && row->time >= fd->reg_t) {
		fd->reg_t = row->time;
		fd->reg_day = clock_day(row->time);
		snprintf(fd->reg_owner, sizeof(fd->reg_owner), "%s", f[VI_OWNER]);
		snprintf(r->source, sizeof(r->source), "%s", f[VI_SOURCE]);
	}
	if (strcmp(f[VI_AGENT], f[VI_OWNER]) == 0 && row->time >= fd->renew_t) {
		fd->renew_t = row->time;
		snprintf(r->owner, sizeof(r->owner), "%s", f[VI_OWNER]);
		r->seq = row->seq;
		r->last = clock_day(row->time);
	}
	return 0;
}

/* Both at once, for a phone taken as its own household until a link says otherwise. */
static int
find_both(const struct jrow *row, void *arg)
{
	find_root(row, arg);
	return find_owner(row, arg);
}

/* Forget what was read of a household, to read another. */
static void
find_reset(struct find *fd, const char *key)
{
	struct reg *r = fd->r;
	char root[PHONE_LEN];

	memcpy(root, r->root, sizeof(root));
	memset(r, 0, sizeof(*r));
	memcpy(r->root, root, sizeof(root));
	strlist_free(&fd->members);
	fd->renew_t = fd->reg_t = fd->name_t = 0;
	fd->reg_owner[0] = '\0';
	fd->reg_day = 0;
	snprintf(fd->key, sizeof(fd->key), "%s", key);
}

/* A find of phone at a time, reading from the register's reach back. */
static void
find_init(struct find *fd, const struct desk *d, const char *phone, time_t at,
    struct reg *r)
{
	*fd = (struct find){ .desk = d, .phone = phone, .at = at, .r = r };
	snprintf(r->root, sizeof(r->root), "%s", phone);
	find_reset(fd, phone);
}

/* The owner the rows read name, unless lapsed at the time asked (条例 13). */
static void
find_end(struct find *fd)
{
	const struct desk *d = fd->desk;
	struct reg *r = fd->r;
	const struct agent *a;

	if (r->owner[0] != '\0' &&
	    r->last + d->rules.registration_valid_days < clock_day(fd->at)) {
		r->lapsed = r->last + d->rules.registration_valid_days + 1;
		memcpy(r->was, r->owner, sizeof(r->was));
		r->owner[0] = '\0';		/* 条例 13: lapsed, the customer is new again */
	}
	if (r->owner[0] != '\0') {
		r->until = r->last + d->rules.registration_valid_days;
		r->registered = strcmp(fd->reg_owner, r->owner) == 0 ? fd->reg_day : 0;
	}
	a = r->owner[0] != '\0' ? roster_code(&d->roster, r->owner) : NULL;
	r->agent = a != NULL ? a - d->roster.a : -1;
}

/*
 * The owner from the register alone.  It reads back far enough to see every registration
 * that lapsed within REGISTER_REACH_DAYS, and the household links made in that time.
 */
static int
owner_at(const struct desk *d, struct journal *visits, const char *phone, time_t at,
    struct reg *r, struct strlist *members)
{
	struct find fd;
	time_t since = reach(d, at);
	int rv;

	find_init(&fd, d, phone, at, r);
	rv = journal_scan(visits, &(struct jscan){ .since = since, .key = phone },
	    find_both, &fd);
	if (rv == 0 && strcmp(r->root, phone) != 0) {	/* a member: read the household */
		find_reset(&fd, r->root);
		rv = journal_scan(visits, &(struct jscan){ .since = since,
		    .key = r->root }, find_owner, &fd);
	}
	if (members != NULL)
		*members = fd.members;
	else
		strlist_free(&fd.members);
	if (rv == 0)
		find_end(&fd);
	return rv;
}

/*
 * The channel that brought a customer (媒介效果): the source of the latest
 * registration of their household at a time.  Only that is kept of each, so a batch of
 * a month's deals is small; rows are read as owner_at reads them, phone first, then the
 * household.
 */
struct chan {
	struct reg_chan	*ask;
	char		 key[PHONE_LEN];	/* the household being read */
	char		 root[PHONE_LEN];	/* the household the phone was last linked to */
	time_t		 since, root_t, reg_t;
};

/* Many in one read: each row goes to the chans whose key it may concern. */
struct batch {
	struct chan		**by;		/* sorted by key */
	size_t			  n;
	uint64_t		 *keys;		/* a bit for the hash of each key, */
	size_t			  bits;		/* of 16 bits a chan: most rows go to none */
	const struct strlist	 *sources;
	int			  links;	/* the first read: look for links too */
};

static void
chan_row(const struct batch *b, struct chan *c, const struct jrow *row)
{
	if (row->time > c->ask->at)
		return;
	if (b->links)
		link_to(row, c->ask->phone, &c->root_t, c->root);
	if (strcmp(household(row->f), c->key) == 0 && registers(row->f) &&
	    row->time >= c->reg_t) {
		c->reg_t = row->time;
		c->ask->source = strlist_find(b->sources, row->f[VI_SOURCE]);
	}
}

static int
key_cmp(const void *a, const void *b)
{
	return strcmp((*(struct chan *const *)a)->key, (*(struct chan *const *)b)->key);
}

static void
batch_to(const struct batch *b, const char *key, const struct jrow *row)
{
	size_t lo = 0, hi = b->n, mid, bit = fnv1a(key) % b->bits;

	if (!(b->keys[bit / 64] & 1ULL << bit % 64))
		return;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(b->by[mid]->key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < b->n && strcmp(b->by[lo]->key, key) == 0; lo++)
		if (row->recorded >= b->by[lo]->since)
			chan_row(b, b->by[lo], row);
}

static int
batch_row(const struct jrow *row, void *arg)
{
	const struct batch *b = arg;

	batch_to(b, row->f[VI_PHONE], row);
	if (strcmp(household(row->f), row->f[VI_PHONE]) != 0)
		batch_to(b, household(row->f), row);
	return 0;
}

/* Read visits once from the earliest reach for the n chans of b->by. */
static int
batch_read(struct journal *visits, struct batch *b)
{
	time_t since = 0;
	size_t bit;
	int rv;

	if (b->n == 0)
		return 0;
	qsort(b->by, b->n, sizeof(*b->by), key_cmp);
	b->bits = 64 * (b->n / 4 + 1);
	b->keys = xcalloc(b->bits / 64, sizeof(*b->keys));
	for (size_t i = 0; i < b->n; i++) {
		bit = fnv1a(b->by[i]->key) % b->bits;
		b->keys[bit / 64] |= 1ULL << bit % 64;
		if (i == 0 || b->by[i]->since < since)
			since = b->by[i]->since;
	}
	rv = journal_scan(visits, &(struct jscan){ .since = since }, batch_row, b);
	free(b->keys);
	return rv;
}

/*
 * The channel of n customers, each at its time, from the register alone (a deposit does
 * not change it): one read of visits.csv for the phones and their own households, and a
 * second for the households of the members, not a read each.  daily-report --by source
 * asks it for every deal.
 */
int
register_channels(const struct desk *d, struct journal *visits, struct reg_chan *ask,
    size_t n)
{
	struct chan *c = xcalloc(n, sizeof(*c));
	struct batch b = { .by = xcalloc(n, sizeof(*b.by)), .n = n,
		.sources = &d->rules.sources, .links = 1 };
	int rv;

	for (size_t i = 0; i < n; i++) {
		c[i].ask = &ask[i];
		ask[i].source = d->rules.sources.n;
		snprintf(c[i].key, sizeof(c[i].key), "%s", ask[i].phone);
		memcpy(c[i].root, c[i].key, sizeof(c[i].root));
		c[i].since = reach(d, ask[i].at);
		b.by[i] = &c[i];
	}
	rv = batch_read(visits, &b);
	b.n = 0, b.links = 0;
	for (size_t i = 0; i < n; i++)
		if (strcmp(c[i].root, c[i].key) != 0) {	/* a member: read the household */
			ask[i].source = d->rules.sources.n;
			c[i].reg_t = 0;
			memcpy(c[i].key, c[i].root, sizeof(c[i].key));
			b.by[b.n++] = &c[i];
		}
	if (rv == 0)
		rv = batch_read(visits, &b);
	free(b.by);
	free(c);
	return rv;
}

struct deposit {
	const struct strlist *members;
	time_t		 at, time;
	long long	 seq;
	char		 agent[64];
};

static int
first_deposit(const struct jrow *row, void *arg)
{
	struct deposit *dp = arg;

	if ((dp->seq == 0 || row->seq < dp->seq) && strcmp(row->f[DE_KIND], "deposit") == 0 &&
	    row->time <= dp->at && strlist_has(dp->members, row->f[DE_PHONE])) {
		dp->seq = row->seq;
		dp->time = row->time;
		snprintf(dp->agent, sizeof(dp->agent), "%s", row->f[DE_AGENT]);
	}
	return 0;
}

/*
 * What the register knows of a customer at a time.  A deposit by any member of the
 * household holds the owner of its day for good, or the agent who took it when nobody
 * owned the customer then (当场落定, 五.2).
 */
int
register_find(const struct desk *d, struct journal *visits, struct journal *deals,
    const char *phone, time_t at, struct reg *r)
{
	struct strlist members = { 0 };
	struct deposit dp = { .members = &members, .at = at };
	struct reg then;
	const struct agent *a;
	int rv;

	if ((rv = owner_at(d, visits, phone, at, r, &members)) == 0 &&
	    !strlist_has(&members, phone)) {
		members.v = xreallocarray(members.v, members.n + 1, sizeof(*members.v));
		members.v[members.n++] = xstrdup(phone);
	}
	/* deposits hold for good: all of deals.csv, but only the rows of a member read */
	for (size_t i = 0; rv == 0 && i < members.n; i++)
		rv = journal_scan(deals, &(struct jscan){ .key = members.v[i] },
		    first_deposit, &dp);
	strlist_free(&members);
	if (rv != 0 || dp.seq == 0)
		return rv;
	if ((rv = owner_at(d, visits, phone, dp.time, &then, NULL)) != 0)
		return rv;
	snprintf(r->owner, sizeof(r->owner), "%s", then.owner[0] ? then.owner : dp.agent);
	a = roster_code(&d->roster, r->owner);
	r->agent = a != NULL ? a - d->roster.a : -1;
	r->until = 0;
	r->lapsed = 0;
	r->deposit = dp.seq;
	return 0;
}

/* 条例 12: the first registration still valid wins; the others are crossed. */
int
register_status(const struct reg *r, const char *agent)
{
	if (r->owner[0] == '\0')
		return r->seen ? RS_EXPIRED : RS_NEW;
	return strcmp(r->owner, agent) == 0 ? RS_RETURNING : RS_CROSSED;
}
