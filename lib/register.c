/*
 * register.c: who owns a customer (seed 000 四.5-8, 条例 12-13, 五.2; 001 (2) 客户划分).
 * A customer is a normalised phone; household members link to one phone and share its
 * owner.  The register writes on every row the owner it decided; a row whose agent is
 * that owner (a registration, or the owner's own visit or follow-up) renews the ownership
 * for registration_valid_days calendar days, so the owner now is read from that window
 * at the end of visits.csv.  The first deposit in deals.csv makes the ownership permanent.
 * register_decide() is the one place a row's status, owner and household are decided;
 * an import's rows decided so far are read from memory (struct reg_batch), not the book.
 * A void says who owns the customer after it; a handover (客户移交) moves every customer
 * an agent holds to another, a row each.
 */
#include <err.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "register.h"
#include "util.h"
#include "void.h"

/* The status column of visits.csv; register-visit --list --table says it translated. */
static const char *const reg_status_names[RS_COUNT] = {
	/* TRANSLATORS: a register row's status (register-visit --list --table, --lookup):
	   a customer nobody had registered, now registered to the agent (新客户). */
	N_("new"),
	/* TRANSLATORS: a register row's status: the owner's own customer came again; the
	   registration is renewed (老客户). */
	N_("returning"),
	/* TRANSLATORS: a register row's status, --lookup's and a commission rule: the
	   customer's registration had lapsed (条例 13: 登记失效), so they are new
	   again to whoever registers them or closes the deal. */
	N_("expired"),
	/* TRANSLATORS: a register row's status: 撞单, another agent's customer came to
	   this one; the first registration wins (条例 12).  Also a commission rule: the
	   owner and the closer share the deal. */
	N_("crossed"),
	/* TRANSLATORS: a register row's status, and --lookup's: no registration, nobody
	   owns the customer: a call (来电), a visit without a phone, or (--lookup) only
	   such rows (未登记). */
	N_("unregistered") };

/* The household a row belongs to: its household column, else its own phone. */
static const char *
household(const char **f)
{
	return f[VI_HOUSEHOLD][0] != '\0' ? f[VI_HOUSEHOLD] : f[VI_PHONE];
}

static int
is_kind(const char **f, const char *kind)
{
	return strcmp(f[VI_KIND], kind) == 0;
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
	time_t			 root_t, renew_t, reg_t, name_t, level_t;
	char			 reg_owner[64];
	day_t			 reg_day;
	/*
	 * A void (SPEC 5.2): the rows after a voided one were decided with it.  A row whose
	 * owner no row read ever made one (orphans; from ground on, where its ground is in
	 * reach) makes the register read the household again, deciding each row anew
	 * (replay) as if the voided rows had never been written.
	 */
	struct strlist		 owners;	/* the owners the rows read made so far */
	time_t			 ground;
	int			 orphans, replay;
	struct renewed {		/* every renewal read (register_find_many) */
		time_t		 t;
		char		 owner[64];
	}			*ren;
	size_t			 nren;
	int			 history;	/* keep them */
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
static int replay(struct find *, const struct jrow *);
static int handover(struct find *, const struct jrow *);

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
		r->rows += !is_kind(f, "handover");
		if (f[VI_NAME][0] != '\0' && row->time >= fd->name_t) {
			fd->name_t = row->time;
			snprintf(r->name, sizeof(r->name), "%s", f[VI_NAME]);
		}
	}
	if (f[VI_LEVEL][0] != '\0' && row->time >= fd->level_t) {	/* 追踪后级别 */
		fd->level_t = row->time;
		snprintf(r->level, sizeof(r->level), "%s", f[VI_LEVEL]);
	}
	if (is_kind(f, "handover") && f[VI_OWNER][0] != '\0')
		return handover(fd, row);
	if (!owns(f))
		return 0;
	return fd->replay ? replay(fd, row) : renewal(fd, row);
}

static void
owner_made(struct find *fd, const char *owner)
{
	struct strlist *o = &fd->owners;

	if (strlist_has(o, owner))
		return;
	o->v = xreallocarray(o->v, o->n + 1, sizeof(*o->v));
	o->v[o->n++] = xstrdup(owner);
}

/*
 * A handover row (客户移交): its agent owns the customer from then on, with the validity
 * the registration had: the last contact stays the one before it.
 */
static int
handover(struct find *fd, const struct jrow *row)
{
	struct reg *r = fd->r;

	r->seen = 1;
	owner_made(fd, row->f[VI_OWNER]);
	if (row->time >= fd->renew_t) {
		fd->renew_t = row->time;
		snprintf(r->owner, sizeof(r->owner), "%s", row->f[VI_OWNER]);
		r->seq = row->seq;
		r->handed = 1;
	}
	return 0;
}

/*
 * The household read again after a void: each row decided anew from the rows before it
 * (条例 12-13): the owner's visit or follow-up while valid renews it, a visit when nobody
 * holds it registers its agent, anything else changes nothing.
 */
static int
replay(struct find *fd, const struct jrow *row)
{
	struct reg *r = fd->r;
	const char **f = row->f;
	day_t day = clock_day(row->time);
	int valid = r->owner[0] != '\0' &&
	    r->last + fd->desk->rules.registration_valid_days >= day;

	if (valid && strcmp(r->owner, f[VI_AGENT]) != 0)
		return 0;			/* crossed */
	if (!valid && !is_kind(f, "visit"))
		return 0;			/* a follow-up owns nothing new */
	r->seen = 1;
	if (!valid) {
		fd->reg_t = row->time;
		fd->reg_day = day;
		snprintf(fd->reg_owner, sizeof(fd->reg_owner), "%s", f[VI_AGENT]);
		snprintf(r->source, sizeof(r->source), "%s", f[VI_SOURCE]);
		snprintf(r->owner, sizeof(r->owner), "%s", f[VI_AGENT]);
		r->handed = 0;
	}
	r->seq = row->seq;
	r->last = day;
	return 0;
}

/* A row that names an owner: a registration, crossed or not, and maybe a renewal. */
static int
renewal(struct find *fd, const struct jrow *row)
{
	struct reg *r = fd->r;
	const char **f = row->f;

	r->seen = 1;
	if ((strcmp(f[VI_STATUS], "returning") == 0 || strcmp(f[VI_STATUS], "crossed") == 0) &&
	    row->time >= fd->ground && !strlist_has(&fd->owners, f[VI_OWNER]))
		fd->orphans++;		/* its owner's ground was voided */
	if (strcmp(f[VI_AGENT], f[VI_OWNER]) == 0)
		owner_made(fd, f[VI_OWNER]);
	if (registers(f) && row->time >= fd->reg_t) {
		fd->reg_t = row->time;
		fd->reg_day = clock_day(row->time);
		snprintf(fd->reg_owner, sizeof(fd->reg_owner), "%s", f[VI_OWNER]);
		snprintf(r->source, sizeof(r->source), "%s", f[VI_SOURCE]);
	}
	if (strcmp(f[VI_AGENT], f[VI_OWNER]) == 0 && fd->history) {
		fd->ren = xreallocarray(fd->ren, fd->nren + 1, sizeof(*fd->ren));
		fd->ren[fd->nren].t = row->time;
		snprintf(fd->ren[fd->nren++].owner, sizeof(fd->ren->owner), "%s", f[VI_OWNER]);
	}
	if (strcmp(f[VI_AGENT], f[VI_OWNER]) == 0 && row->time >= fd->renew_t) {
		fd->renew_t = row->time;
		snprintf(r->owner, sizeof(r->owner), "%s", f[VI_OWNER]);
		r->seq = row->seq;
		r->last = clock_day(row->time);
		r->handed = 0;
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
	strlist_free(&fd->owners);
	fd->orphans = 0;
	fd->renew_t = fd->reg_t = fd->name_t = fd->level_t = 0;
	fd->reg_owner[0] = '\0';
	fd->reg_day = 0;
	snprintf(fd->key, sizeof(fd->key), "%s", key);
}

/* A find of phone at a time, reading from the register's reach back. */
static void
find_init(struct find *fd, const struct desk *d, const char *phone, time_t at,
    struct reg *r, int replay)
{
	*fd = (struct find){ .desk = d, .phone = phone, .at = at, .r = r, .replay = replay };
	snprintf(r->root, sizeof(r->root), "%s", phone);
	find_reset(fd, phone);
}

/* 条例 13: a registration last renewed on day last has lapsed by the time at. */
static int
lapsed(const struct desk *d, day_t last, time_t at)
{
	return last + d->rules.registration_valid_days < clock_day(at);
}

/* The owner the rows read name, unless lapsed at the time asked (条例 13). */
static void
find_end(struct find *fd)
{
	const struct desk *d = fd->desk;
	struct reg *r = fd->r;
	const struct agent *a;

	if (r->owner[0] != '\0' && lapsed(d, r->last, fd->at)) {
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

/* The rows an import decided so far, by the phones they concern. */
struct reg_batch {
	struct jrow	*rows;		/* in the order appended; f[] in one block each */
	size_t		 n, cap;
	struct held {
		const char	*key;	/* a phone or a household: the row's own copy */
		size_t		*row;	/* indexes into rows, in order */
		size_t		 n;
	}		*slot;		/* open addressing by fnv1a(key) */
	size_t		 nslot, nkeys;
};

static struct held *
held_slot(struct held *slot, size_t nslot, const char *key)
{
	size_t i = fnv1a(key) & (nslot - 1);

	while (slot[i].key != NULL && strcmp(slot[i].key, key) != 0)
		i = (i + 1) & (nslot - 1);
	return &slot[i];
}

static void
held_grow(struct reg_batch *b)
{
	struct held *old = b->slot;
	size_t n = b->nslot;

	b->nslot = n ? 2 * n : 64;
	b->slot = xcalloc(b->nslot, sizeof(*b->slot));
	for (size_t i = 0; i < n; i++)
		if (old[i].key != NULL)
			*held_slot(b->slot, b->nslot, old[i].key) = old[i];
	free(old);
}

static void
held_add(struct reg_batch *b, const char *key, size_t row)
{
	struct held *h;

	if (2 * (b->nkeys + 1) > b->nslot)
		held_grow(b);
	h = held_slot(b->slot, b->nslot, key);
	if (h->key == NULL) {
		h->key = key;
		b->nkeys++;
	}
	h->row = xreallocarray(h->row, h->n + 1, sizeof(*h->row));
	h->row[h->n++] = row;
}

/* The batch's rows whose phone or household is key, to fn after the book's, in order. */
static int
held_scan(const struct reg_batch *b, const char *key, jrow_fn fn, void *arg)
{
	const struct held *h;
	int rv = 0;

	if (b == NULL || b->nslot == 0)
		return 0;
	h = held_slot(b->slot, b->nslot, key);
	for (size_t i = 0; h->key != NULL && i < h->n && rv == 0; i++)
		rv = fn(&b->rows[h->row[i]], arg);
	return rv == -1 ? EX_SOFTWARE : 0;
}

struct reg_batch *
reg_batch_new(void)
{
	return xcalloc(1, sizeof(struct reg_batch));
}

/* The row e just appended to visits (held, not yet in the book), kept for what follows. */
void
reg_batch_add(struct reg_batch *b, const struct journal *visits, const struct reg_entry *e)
{
	size_t len = VI_NCOLS * sizeof(char *);
	char **f, *p;

	for (size_t c = 0; c < VI_NCOLS; c++)
		len += strlen(e->f[c]) + 1;
	f = xmalloc(len);
	p = (char *)(f + VI_NCOLS);
	for (size_t c = 0; c < VI_NCOLS; c++)
		p = stpcpy(f[c] = p, e->f[c]) + 1;
	if (b->n == b->cap)
		b->rows = xreallocarray(b->rows, b->cap = b->cap ? 2 * b->cap : 256,
		    sizeof(*b->rows));
	b->rows[b->n] = (struct jrow){ .f = (const char **)f, .seq = visits->seq,
		.time = e->time, .recorded = visits->recorded };
	if (f[VI_PHONE][0] != '\0')
		held_add(b, f[VI_PHONE], b->n);
	if (f[VI_HOUSEHOLD][0] != '\0' && strcmp(f[VI_HOUSEHOLD], f[VI_PHONE]) != 0)
		held_add(b, f[VI_HOUSEHOLD], b->n);
	b->n++;
}

void
reg_batch_free(struct reg_batch *b)
{
	if (b == NULL)
		return;
	for (size_t i = 0; i < b->n; i++)
		free((void *)b->rows[i].f);
	for (size_t i = 0; i < b->nslot; i++)
		free(b->slot[i].row);
	free(b->slot);
	free(b->rows);
	free(b);
}

/*
 * The rows of key in the register's reach: the book's, then the batch's.  With a batch
 * the book is read only as it was before it (its rows are held, or appended after).
 */
static int
find_scan(struct journal *visits, const struct reg_batch *b, const char *key,
    time_t since, jrow_fn fn, void *fd)
{
	int rv = journal_scan(visits, &(struct jscan){ .since = since, .key = key,
	    .stop = b != NULL ? visits->size0 : 0 }, fn, fd);

	return rv != 0 ? rv : held_scan(b, key, fn, fd);
}

/*
 * The owner from the register alone.  It reads back far enough to see every registration
 * that lapsed within REGISTER_REACH_DAYS, and the household links made in that time.
 */
static int
owner_at(const struct desk *d, struct journal *visits, const struct reg_batch *b,
    const char *phone, time_t at, struct reg *r, struct strlist *members, int replay,
    int *orphans)
{
	struct find fd;
	time_t since = reach(d, at);
	int rv;

	find_init(&fd, d, phone, at, r, replay);
	fd.ground = clock_day_start(clock_day(since) + d->rules.registration_valid_days + 1);
	rv = find_scan(visits, b, phone, since, find_both, &fd);
	if (rv == 0 && strcmp(r->root, phone) != 0) {	/* a member: read the household */
		find_reset(&fd, r->root);
		rv = find_scan(visits, b, r->root, since, find_owner, &fd);
	}
	if (members != NULL)
		*members = fd.members;
	else
		strlist_free(&fd.members);
	if (orphans != NULL)
		*orphans = fd.orphans;
	strlist_free(&fd.owners);
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
	int			  col[2];	/* the file's phone, household: the pre-filter */
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

/* The n bytes at s (a field unsplit) may be a key of the batch: its bit is set. */
static int
batch_may(const struct batch *b, const char *s, size_t n)
{
	char key[PHONE_LEN];
	size_t bit;

	if (n == 0 || n >= sizeof(key))
		return 0;
	memcpy(key, s, n);
	key[n] = '\0';
	bit = fnv1a(key) % b->bits;
	return (b->keys[bit / 64] & 1ULL << bit % 64) != 0;
}

/*
 * A line of visits.csv whose phone or household may be a key (jscan keep): the others
 * go to no chan (batch_to), so they are neither split nor, for a report reading for
 * money, checked.
 */
static int
batch_keep(const char *l, size_t n, void *arg)
{
	const struct batch *b = arg;
	const char *v[2];
	size_t vn[2];

	if (csv_plain_fields(l, n, b->col, 2, v, vn) == -1)
		return 1;
	return batch_may(b, v[0], vn[0]) || batch_may(b, v[1], vn[1]);
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
	b->col[0] = b->col[1] = -1;
	if (visits->fd != -1 && visits->hdr.map != NULL)
		b->col[0] = visits->hdr.map[VI_PHONE], b->col[1] = visits->hdr.map[VI_HOUSEHOLD];
	rv = journal_scan(visits, &(struct jscan){ .since = since,
	    .keep = b->col[0] >= 0 ? batch_keep : NULL, .keep_arg = b }, batch_row, b);
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

/* The latest handover of a household between two times (a deposit's and now). */
struct handed {
	const char	*key;
	time_t		 from, at, t;
	char		 owner[64];
	long long	 seq;
};

static int
handed_row(const struct jrow *row, void *arg)
{
	struct handed *h = arg;
	const char **f = row->f;

	if (is_kind(f, "handover") && f[VI_OWNER][0] != '\0' && row->time > h->from &&
	    row->time <= h->at && row->time >= h->t && strcmp(household(f), h->key) == 0) {
		h->t = row->time;
		h->seq = row->seq;
		snprintf(h->owner, sizeof(h->owner), "%s", f[VI_OWNER]);
	}
	return 0;
}

/* 五.2: the deposit dp holds r for good, by owner (when nobody owned it: its taker). */
static void
deposit_holds(const struct desk *d, struct reg *r, const struct deposit *dp,
    const char *owner, int handed)
{
	const struct agent *a;

	snprintf(r->owner, sizeof(r->owner), "%s", owner[0] != '\0' ? owner : dp->agent);
	r->handed = owner[0] != '\0' ? handed : 0;
	a = roster_code(&d->roster, r->owner);
	r->agent = a != NULL ? a - d->roster.a : -1;
	r->until = 0;
	r->lapsed = 0;
	r->deposit = dp->seq;
}

/*
 * What the register knows of a customer at a time.  A deposit by any member of the
 * household holds the owner of its day for good, or the agent who took it when nobody
 * owned the customer then (当场落定, 五.2), or the agent it was handed over to since.
 */
int
register_find(const struct desk *d, struct journal *visits, struct journal *deals,
    const struct reg_batch *b, const char *phone, time_t at, struct reg *r)
{
	struct strlist members = { 0 };
	struct deposit dp = { .members = &members, .at = at };
	struct handed h = { 0 };
	struct reg then;
	int rv, orphans = 0;

	if ((rv = owner_at(d, visits, b, phone, at, r, &members, 0, &orphans)) == 0 &&
	    !strlist_has(&members, phone)) {
		members.v = xreallocarray(members.v, members.n + 1, sizeof(*members.v));
		members.v[members.n++] = xstrdup(phone);
	}
	/* deposits hold for good: all of deals.csv, but only the rows of a member read */
	for (size_t i = 0; rv == 0 && i < members.n; i++)
		rv = journal_scan(deals, &(struct jscan){ .key = members.v[i] },
		    first_deposit, &dp);
	strlist_free(&members);
	if (rv == 0 && dp.seq == 0 && orphans > 0)	/* a void: every row decided anew */
		rv = owner_at(d, visits, b, phone, at, r, NULL, 1, NULL);
	if (rv != 0 || dp.seq == 0)
		return rv;
	if ((rv = owner_at(d, visits, b, phone, dp.time, &then, NULL, 0, NULL)) != 0)
		return rv;
	h = (struct handed){ .key = r->root, .from = dp.time, .at = at };
	if ((rv = find_scan(visits, b, r->root, dp.time, handed_row, &h)) != 0)
		return rv;
	if (h.seq != 0)			/* handed over since: held by the new owner */
		deposit_holds(d, r, &dp, h.owner, 1);
	else
		deposit_holds(d, r, &dp, then.owner, then.handed);
	return 0;
}

/*
 * register_find_many(): one read of the reach for many customers.  Each is answered as
 * register_find() answers it, by the same rows and the same find: what one read cannot
 * tell (a household, a handover, a void's orphans, a deposit near the reach's start) is
 * left to register_find().
 */
struct many {
	const struct desk *d;
	struct reg_many	*m;
	struct find	*fd;
	struct deposit	*dp;
	struct strlist	*one;		/* each one's phone: the deposit's members */
	int		*odd;
	time_t		*since;		/* each one's reach */
	struct strix	 ix;		/* the asks by phone */
	int		 col[3];	/* the file's kind, phone, household: the pre-filter */
};

static const char *
ask_phone(size_t i, const void *arg)
{
	return ((const struct reg_many *)arg)->ask[i].phone;
}

/* The ask of the n bytes at phone, or NULL. */
static struct reg_ask *
many_of(const struct many *y, const char *phone, size_t n)
{
	char key[PHONE_LEN];
	long i;

	if (n == 0 || n >= sizeof(key))
		return NULL;
	memcpy(key, phone, n);
	key[n] = '\0';
	return (i = strix_find(&y->ix, key)) >= 0 ? &y->m->ask[i] : NULL;
}

/* The lines worth splitting: a void's, and those of an asked phone or household. */
static int
many_keep(const char *l, size_t n, void *arg)
{
	const struct many *y = arg;
	const struct reg_ask *a;
	const char *v[3];
	size_t vn[3];
	int nc = y->col[2] >= 0 ? 3 : 2;

	if (csv_plain_fields(l, n, y->col, nc, v, vn) == -1 ||
	    (vn[0] == 4 && memcmp(v[0], "void", 4) == 0))
		return 1;
	if (nc == 2)	/* deals.csv: a customer wanted */
		return vn[1] > 0 && (a = many_of(y, v[1], vn[1])) != NULL &&
		    !(a->optional && a->rows == 0);
	return (vn[1] > 0 && many_of(y, v[1], vn[1]) != NULL) ||
	    (vn[2] > 0 && many_of(y, v[2], vn[2]) != NULL);
}

/* deals.csv: each asked phone's first deposit (a customer with rows in reach, or wanted). */
static int
many_deal(const struct jrow *row, void *arg)
{
	const struct many *y = arg;
	struct reg_ask *a = many_of(y, row->f[DE_PHONE], strlen(row->f[DE_PHONE]));
	size_t i;

	if (a == NULL || (a->optional && a->rows == 0))
		return 0;
	i = a - y->m->ask;
	first_deposit(row, &y->dp[i]);
	return y->m->deal != NULL ? y->m->deal(row, a, y->m->arg) : 0;
}

/* A household's row or a handover by the ask's time, or a void: asked alone. */
static void
many_odd(const struct many *y, const struct reg_ask *a, const struct jrow *row)
{
	size_t i = a - y->m->ask;

	if (is_kind(row->f, "void") || row->time <= y->fd[i].at)
		y->odd[i] = 1;
}

/*
 * visits.csv, voids and all: each row of its reach and time to its phone's find.  A
 * household's row, a handover or a void (its phone is the voided row's): asked alone.
 */
static int
many_visit(const struct jrow *row, void *arg)
{
	const struct many *y = arg;
	const char **f = row->f, *home = household(f);
	struct reg_ask *a = many_of(y, f[VI_PHONE], strlen(f[VI_PHONE])),
	    *h = many_of(y, home, strlen(home));
	size_t i;

	if (is_kind(f, "void") || strcmp(home, f[VI_PHONE]) != 0 || is_kind(f, "handover")) {
		if (a != NULL)
			many_odd(y, a, row);
		if (h != NULL)
			many_odd(y, h, row);
		return 0;
	}
	if (a == NULL)
		return 0;
	i = a - y->m->ask;
	if (row->time > y->fd[i].at || row->recorded < y->since[i])
		return 0;
	a->rows++;
	find_both(row, &y->fd[i]);
	return y->m->visit != NULL ? y->m->visit(row, a, y->m->arg) : 0;
}

/*
 * 五.2 from the renewals read: the owner when the deposit was taken, as find_end() says
 * it of the latest renewal by then; NULL when that may be a renewal before the reach.
 */
static const char *
owner_then(const struct many *y, const struct find *fd, time_t t)
{
	const struct renewed *then = NULL;

	for (size_t i = 0; i < fd->nren; i++)
		if (fd->ren[i].t <= t && (then == NULL || fd->ren[i].t >= then->t))
			then = &fd->ren[i];
	if (then == NULL)
		return t >= fd->ground ? "" : NULL;
	return lapsed(y->d, clock_day(then->t), t) ? "" : then->owner;
}

/* What the one read tells of ask i, or a->alone 0. */
static void
many_end(struct many *y, size_t i)
{
	struct reg_ask *a = &y->m->ask[i];
	struct find *fd = &y->fd[i];
	const struct deposit *dp = &y->dp[i];
	const char *then = dp->seq != 0 ? owner_then(y, fd, dp->time) : "";

	a->alone = !y->odd[i] && !(dp->seq == 0 && fd->orphans > 0) && then != NULL &&
	    !(a->optional && a->rows == 0);
	if (!a->alone)
		return;
	find_end(fd);
	if (dp->seq != 0)
		deposit_holds(y->d, &a->r, dp, then, 0);
}

static void
many_free(struct many *y)
{
	for (size_t i = 0; i < y->m->n; i++) {
		strlist_free(&y->fd[i].members);
		strlist_free(&y->fd[i].owners);
		free(y->fd[i].ren);
	}
	free(y->fd);
	free(y->dp);
	free(y->one);
	free(y->odd);
	free(y->since);
	strix_free(&y->ix);
}

int
register_find_many(const struct desk *d, struct journal *visits, struct journal *deals,
    struct reg_many *m)
{
	const int *vm = visits->hdr.map, *dm = deals->hdr.map;
	time_t since = 0;
	size_t n = m->n ? m->n : 1;
	struct many y = { .d = d, .m = m, .fd = xcalloc(n, sizeof(*y.fd)),
		.dp = xcalloc(n, sizeof(*y.dp)), .one = xcalloc(n, sizeof(*y.one)),
		.odd = xcalloc(n, sizeof(*y.odd)), .since = xcalloc(n, sizeof(*y.since)) };
	int rv = 0;

	for (size_t i = 0; i < m->n; i++) {
		time_t at = m->ask[i].at ? m->ask[i].at : m->at;

		m->ask[i].rows = 0;
		find_init(&y.fd[i], d, m->ask[i].phone, at, &m->ask[i].r, 0);
		y.since[i] = reach(d, at);
		since = i == 0 || y.since[i] < since ? y.since[i] : since;
		y.fd[i].ground = clock_day_start(clock_day(y.since[i]) +
		    d->rules.registration_valid_days + 1);
		y.fd[i].history = 1;
		y.one[i] = (struct strlist){ (char **)&m->ask[i].phone, 1 };
		y.dp[i] = (struct deposit){ .members = &y.one[i], .at = at };
	}
	y.col[0] = y.col[1] = y.col[2] = -1;
	if (visits->fd != -1 && vm != NULL)
		y.col[0] = vm[VI_KIND], y.col[1] = vm[VI_PHONE], y.col[2] = vm[VI_HOUSEHOLD];
	strix_build(&y.ix, m->n, ask_phone, m);
	if (m->n > 0)
		rv = journal_scan(visits, &(struct jscan){ .flags = JSCAN_ALL,
		    .since = since, .keep = y.col[1] >= 0 ? many_keep : NULL,
		    .keep_arg = &y }, many_visit, &y);
	y.col[0] = y.col[1] = y.col[2] = -1;
	if (deals->fd != -1 && dm != NULL)
		y.col[0] = dm[DE_KIND], y.col[1] = dm[DE_PHONE];
	if (rv == 0 && m->n > 0)
		rv = journal_scan(deals, &(struct jscan){ .keep = y.col[1] >= 0 ? many_keep :
		    NULL, .keep_arg = &y }, many_deal, &y);
	for (size_t i = 0; rv == 0 && i < m->n; i++)
		many_end(&y, i);
	many_free(&y);
	return rv;
}

/* register_held: the phones that may be held, the household's or a deposit's. */
struct cands {
	time_t		 at;
	struct strlist	 v;
};

static void
cand_add(struct cands *c, const char *phone)
{
	if (phone[0] == '\0' || strlist_has(&c->v, phone))
		return;
	c->v.v = xreallocarray(c->v.v, c->v.n + 1, sizeof(*c->v.v));
	c->v.v[c->v.n++] = xstrdup(phone);
}

static int
held_visit(const struct jrow *row, void *arg)
{
	struct cands *c = arg;

	if (row->time <= c->at && (owns(row->f) || is_kind(row->f, "handover")))
		cand_add(c, household(row->f));
	return 0;
}

static int
held_deposit(const struct jrow *row, void *arg)
{
	struct cands *c = arg;

	if (row->time <= c->at && strcmp(row->f[DE_KIND], "deposit") == 0)
		cand_add(c, row->f[DE_PHONE]);
	return 0;
}

/*
 * Every customer agent holds at a time (客户移交): those of the rows within the validity
 * window (a valid registration was renewed or handed over in it), and those of every
 * deposit, each asked of the register; a household once, by its first member's phone.
 */
int
register_held(const struct desk *d, struct journal *visits, struct journal *deals,
    const char *agent, time_t at, struct strlist *roots)
{
	struct cands c = { .at = at };
	time_t since = clock_day_start(clock_day(at) - d->rules.registration_valid_days - 1);
	struct reg r;
	int rv;

	if ((rv = journal_scan(visits, &(struct jscan){ .since = since }, held_visit,
	    &c)) == 0)
		rv = journal_scan(deals, &(struct jscan){ .grep = (const char *[]){ "deposit",
		    NULL } }, held_deposit, &c);
	for (size_t i = 0; rv == 0 && i < c.v.n; i++)
		if ((rv = register_find(d, visits, deals, NULL, c.v.v[i], at, &r)) == 0 &&
		    strcmp(r.owner, agent) == 0 && !strlist_has(roots, r.root)) {
			roots->v = xreallocarray(roots->v, roots->n + 1, sizeof(*roots->v));
			roots->v[roots->n++] = xstrdup(r.root);
		}
	strlist_free(&c.v);
	return rv;
}

/* 条例 12: the first registration still valid wins; the others are crossed. */
static int
register_status(const struct reg *r, const char *agent)
{
	if (r->owner[0] == '\0')
		return r->seen ? RS_EXPIRED : RS_NEW;
	return strcmp(r->owner, agent) == 0 ? RS_RETURNING : RS_CROSSED;
}

/* --lookup's status: a deposit's, valid, expired, only rows that own nobody, or new. */
const char *
register_standing(const struct reg *r)
{
	if (r->deposit)
		/* TRANSLATORS: --lookup's status: a deposit (定金) holds the customer for
		   good (已交定金). */
		return N_("deposit");
	if (r->owner[0] != '\0')
		/* TRANSLATORS: --lookup's status: the registration holds, until the
		   day in the column before (有效, 保护期内). */
		return N_("valid");
	return r->seen ? N_("expired") : r->rows ? N_("unregistered") : N_("new");
}

/* A row on its way in ------------------------------------------------------------- */

void
reg_entry_init(struct reg_entry *e, const char *where)
{
	memset(e, 0, sizeof(*e));
	for (size_t c = 0; c < VI_NCOLS; c++)
		e->f[c] = xstrdup("");
	e->where = where;
}

void
reg_entry_set(struct reg_entry *e, int col, const char *s)
{
	free(e->f[col]);
	e->f[col] = xstrdup(s);
}

void
reg_entry_free(struct reg_entry *e)
{
	for (size_t c = 0; c < VI_NCOLS; c++)
		free(e->f[c]);
}

static int bad(const struct reg_entry *, const char *, ...)
    __attribute__((format(printf, 2, 3)));

/* Bad data: one line, with FILE:LINE for a row of an import (exit 65). */
static int
bad(const struct reg_entry *e, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	warnx("%s%s", e->where, msg);
	free(msg);
	return EX_DATAERR;
}

static int
norm_phone(struct reg_entry *e, int col)
{
	char p[PHONE_LEN];

	if (e->f[col][0] == '\0')
		return 0;
	if (phone_arg(e->where, e->f[col], p) != 0)
		return EX_DATAERR;
	reg_entry_set(e, col, p);
	return 0;
}

/* Every field the way the register keeps it (SPEC 3, 四.5), or 65 saying which is wrong. */
int
register_check(const struct desk *d, struct reg_entry *e)
{
	const struct rules *r = &d->rules;
	const char *g = e->f[VI_GENDER], *p = e->f[VI_PARTY];
	int rv;

	if ((rv = norm_phone(e, VI_PHONE)) != 0 || (rv = norm_phone(e, VI_HOUSEHOLD)) != 0)
		return rv;
	if (*g != '\0' && strcmp(g, "M") != 0 && strcmp(g, "F") != 0)
		return bad(e, _("gender is M or F, not '%s'"), g);
	if (e->f[VI_LEVEL][0] != '\0' && !strlist_has(&r->levels, e->f[VI_LEVEL]))
		/* TRANSLATORS: %s is the customer's level as typed; the levels are rules.csv's. */
		return bad(e, _("level '%s' is not one of the rule levels"), e->f[VI_LEVEL]);
	if (e->f[VI_SOURCE][0] != '\0' && !strlist_has(&r->sources, e->f[VI_SOURCE]))
		/* TRANSLATORS: %s is the channel as typed (网络, 路过); the sources are rules.csv's. */
		return bad(e, _("source '%s' is not one of the rule sources"), e->f[VI_SOURCE]);
	if (*p != '\0' && (strspn(p, "0123456789") != strlen(p) || *p == '0' || strlen(p) > 3))
		/* TRANSLATORS: party: how many people came with the customer (--party). */
		return bad(e, _("party is the number of people, 1 to 999, not '%s'"), p);
	if (strcmp(e->f[VI_KIND], "visit") != 0 && e->f[VI_PHONE][0] == '\0')
		return bad(e, strcmp(e->f[VI_KIND], "call") == 0 ?	/* else a follow-up */
		    _("a call needs the customer's phone") :
		    _("a follow needs the customer's phone"));
	if (e->f[VI_HOUSEHOLD][0] != '\0' &&
	    strcmp(e->f[VI_HOUSEHOLD], e->f[VI_PHONE]) == 0)
		return bad(e, _("a customer is not their own household"));
	return 0;
}

static const char *
day_str(day_t day)
{
	static char buf[2][11];
	static int n;

	n = !n;
	clock_ymd(day, buf[n]);
	return buf[n];
}

/* The household the entry links to: the one given (which must be known), else its own. */
static int
find_household(const struct desk *d, struct journal *v, struct journal *de,
    const struct reg_batch *b, const struct reg_entry *e, struct reg *r)
{
	const char *phone = e->f[VI_PHONE], *hh = e->f[VI_HOUSEHOLD];
	char masked[PHONE_LEN];
	struct reg self;
	int rv;

	if (hh[0] == '\0')
		return register_find(d, v, de, b, phone, e->time, r);
	if ((rv = register_find(d, v, de, b, phone, e->time, &self)) != 0 ||
	    (rv = register_find(d, v, de, b, hh, e->time, r)) != 0)
		return rv;
	if (self.owner[0] != '\0' && strcmp(self.root, r->root) != 0 &&
	    strcmp(self.owner, r->owner) != 0) {
		phone_mask(phone, masked);
		/* TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s the
		   customer's phone, masked (139****1111); %3$s the agent code of their owner. */
		warnx(_("%srefused: %s is registered to %s: a customer of one agent does not "
		    "join another's household (first registration wins, 条例 12)"), e->where,
		    masked, self.owner);
		return EX_REFUSED;
	}
	if (!r->seen) {
		phone_mask(hh, masked);
		/* TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s the
		   phone given as the household (--household), masked (139****1111). */
		warnx(_("%srefused: %s is not in the register: a household links to a "
		    "registered customer (四.7)"), e->where, masked);
		return EX_REFUSED;
	}
	return 0;
}

/*
 * The sentence of SPEC 3 for a row decided with status st.  Each case is one whole
 * format, the clauses that come and go included, so a translator can say it in order.
 */
static void
tell(const struct desk *d, const struct reg_entry *e, const struct reg *r, int st,
    struct str *say)
{
	const char *kind = e->f[VI_KIND], *agent = e->f[VI_AGENT];
	const char *until = day_str(clock_day(e->time) + d->rules.registration_valid_days);
	char masked[PHONE_LEN];

	phone_mask(e->f[VI_PHONE], masked);
	if (strcmp(kind, "call") == 0) {
		/* TRANSLATORS: %s is the caller's phone, masked (139****1111). */
		str_addf(say, _("call from %s recorded: a call owns no customer (电话咨询不做客户"
		    "登记, 四.6)"), masked);
		if (r->owner[0] != '\0' && r->until)
			/* TRANSLATORS: added to the sentence of a call: %1$s is the agent code
			   of the customer's owner (A01), %2$s the last day of the registration
			   (2026-12-06). */
			str_addf(say, _("; the customer is %s's, valid until %s"), r->owner,
			    day_str(r->until));
		else if (r->owner[0] != '\0')
			/* TRANSLATORS: added to the sentence of a call: %s is the agent code of
			   the customer's owner (A01), held by a deposit (定金). */
			str_addf(say, _("; the customer is %s's, deposit paid"), r->owner);
	} else if (strcmp(kind, "follow") == 0 && st == RS_UNREGISTERED)
		/* TRANSLATORS: %1$s is the caller's phone, masked (139****1111), %2$s the
		   agent code (A01) it was handed to by follow-up --assign (次日分派). */
		str_addf(say, _("follow-up of %s by %s recorded: a caller handed out is called "
		    "back, and owns nothing until they visit (次日分派, 四.6)"), masked, agent);
	else if (strcmp(kind, "follow") == 0 && r->until)
		/* TRANSLATORS: %1$s is the customer's phone, masked (139****1111), %2$s the
		   agent code (A01), %3$s the new last day of the registration (2026-12-06). */
		str_addf(say, _("follow-up of %s by %s recorded: valid until %s"), masked,
		    agent, until);
	else if (strcmp(kind, "follow") == 0)
		/* TRANSLATORS: %1$s is the customer's phone, masked (139****1111), %2$s the
		   agent code (A01); a deposit (定金) holds the customer. */
		str_addf(say, _("follow-up of %s by %s recorded: the deposit holds the customer "
		    "for good"), masked, agent);
	else if (st == RS_NEW || st == RS_EXPIRED) {
		/* TRANSLATORS: a new registration: %1$s is the phone, masked (139****1111),
		   %2$s the customer's name (周女士), %3$s the agent code (A01), %4$s the last
		   day of the registration (2026-12-06). */
		str_addf(say, _("new customer %s %s registered to %s, valid until %s"), masked,
		    e->f[VI_NAME], agent, until);
		if (st == RS_EXPIRED && r->lapsed)
			/* TRANSLATORS: added to a new registration: %1$s is the agent code whose
			   registration lapsed (A02), %2$s the first day it no longer held. */
			str_addf(say, _(" (the registration of %s lapsed on %s: 条例 13)"), r->was,
			    day_str(r->lapsed));
	} else if (st == RS_RETURNING && r->registered && r->until)
		/* TRANSLATORS: a visit by the owner: %1$s is the agent code (A01), %2$s the
		   day of the registration, %3$s the new last day of it (2026-12-06). */
		str_addf(say, _("returning customer of %s (registered %s, valid until %s)"),
		    agent, day_str(r->registered), until);
	else if (st == RS_RETURNING && r->until)
		/* TRANSLATORS: a visit by the owner: %1$s is the agent code (A01), %2$s the
		   new last day of the registration (2026-12-06). */
		str_addf(say, _("returning customer of %s (valid until %s)"), agent, until);
	else if (st == RS_RETURNING && r->registered)
		/* TRANSLATORS: a visit by the owner: %1$s is the agent code (A01), %2$s the
		   day of the registration; a deposit (定金) holds the customer. */
		str_addf(say, _("returning customer of %s (registered %s, deposit paid: for "
		    "good)"), agent, day_str(r->registered));
	else if (st == RS_RETURNING)
		/* TRANSLATORS: a visit by the owner: %s is the agent code (A01); a deposit
		   (定金) holds the customer. */
		str_addf(say, _("returning customer of %s (deposit paid: for good)"), agent);
	else if (r->registered && r->deposit)
		/* TRANSLATORS: a visit by another agent (撞单): %1$s is the owner's agent code
		   (A02), %2$s the day of the owner's registration; the owner took a deposit. */
		str_addf(say, _("already registered to %s on %s, who took a deposit: first "
		    "registration wins (recorded as crossed, 条例 12)"), r->owner,
		    day_str(r->registered));
	else if (r->registered)
		/* TRANSLATORS: a visit by another agent (撞单): %1$s is the owner's agent code
		   (A02), %2$s the day of the owner's registration. */
		str_addf(say, _("already registered to %s on %s: first registration wins "
		    "(recorded as crossed, 条例 12)"), r->owner, day_str(r->registered));
	else if (r->deposit)
		/* TRANSLATORS: a visit by another agent (撞单): %s is the owner's agent code
		   (A02), who took a deposit. */
		str_addf(say, _("already registered to %s, who took a deposit: first "
		    "registration wins (recorded as crossed, 条例 12)"), r->owner);
	else
		/* TRANSLATORS: a visit by another agent (撞单): %s is the owner's agent code
		   (A02). */
		str_addf(say, _("already registered to %s: first registration wins (recorded "
		    "as crossed, 条例 12)"), r->owner);
	if (strcmp(kind, "follow") == 0 && e->f[VI_LEVEL][0] != '\0')
		/* TRANSLATORS: added to the sentence of a follow-up given --level: %s is
		   the customer's level after the contact (H, A, B; 追踪后级别). */
		str_addf(say, _("; level now %s (追踪后级别)"), e->f[VI_LEVEL]);
	if (e->f[VI_HOUSEHOLD][0] != '\0') {
		phone_mask(e->f[VI_HOUSEHOLD], masked);
		/* TRANSLATORS: added to the sentence of a row linked to a household (同户):
		   %s is the phone of the household's first member, masked (139****1111). */
		str_addf(say, _("; household of %s (四.7)"), masked);
	}
}

/*
 * SPEC 5.2: the status, the owner and the household the row e gets, and the sentence
 * that says so (say may be NULL).  The register is read as the book holds it at e's
 * time, then the rows of b.  EX_REFUSED for a follow-up of a customer who is not the
 * agent's, and for a household link the rules do not allow.
 */
int
register_decide(const struct desk *d, struct journal *visits, struct journal *deals,
    const struct reg_batch *b, struct reg_entry *e, struct str *say)
{
	char masked[PHONE_LEN];
	struct reg r;
	int rv, st;

	if (e->f[VI_PHONE][0] == '\0') {	/* 五.2: no phone, no registration */
		if (say != NULL)
			/* TRANSLATORS: %s is the customer's name as typed (周女士). */
			str_addf(say, _("visit of %s recorded without a phone: unregistered, "
			    "owns no customer (有效客户登记必须填写联系方式, 五.2)"), e->f[VI_NAME]);
		reg_entry_set(e, VI_STATUS, reg_status_names[RS_UNREGISTERED]);
		return 0;
	}
	if ((rv = find_household(d, visits, deals, b, e, &r)) != 0)
		return rv;
	reg_entry_set(e, VI_HOUSEHOLD, strcmp(r.root, e->f[VI_PHONE]) ? r.root : "");
	st = register_status(&r, e->f[VI_AGENT]);
	if (strcmp(e->f[VI_KIND], "follow") == 0 && st != RS_RETURNING && r.owner[0] == '\0' &&
	    strcmp(e->assigned, e->f[VI_AGENT]) == 0)
		st = RS_UNREGISTERED;	/* 5.6: a caller handed out, called back: owns nothing */
	else if (strcmp(e->f[VI_KIND], "follow") == 0 && st != RS_RETURNING) {
		phone_mask(e->f[VI_PHONE], masked);	/* 四.7, 条例 13 */
		if (r.owner[0] != '\0')
			/* TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s
			   the customer's phone, masked (139****1111). */
			warnx(_("%srefused: %s is registered to another agent: only the owner's "
			    "follow-up renews a registration (四.7, 条例 13)"), e->where, masked);
		else
			/* TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s
			   the customer's phone, masked (139****1111). */
			warnx(_("%srefused: %s has no valid registration: only the owner's "
			    "follow-up renews a registration (四.7, 条例 13)"), e->where, masked);
		return EX_REFUSED;
	}
	if (say != NULL)
		tell(d, e, &r, st, say);
	if (strcmp(e->f[VI_KIND], "call") == 0)
		st = RS_UNREGISTERED;		/* 四.6: a call never owns */
	reg_entry_set(e, VI_OWNER, st == RS_NEW || st == RS_EXPIRED ? e->f[VI_AGENT] :
	    st == RS_UNREGISTERED ? "" : r.owner);
	reg_entry_set(e, VI_STATUS, reg_status_names[st]);
	return 0;
}

/* The register's acts for register-visit -------------------------------------------- */

/* The register and the deposits, locked in the order of SPEC 1. */
int
register_open(const struct desk *d, struct journal *visits, struct journal *deals,
    int write)
{
	int rv = journal_open(visits, d->dir, J_VISITS, write);

	if (rv == 0)
		return journal_open(deals, d->dir, J_DEALS, 0);
	memset(deals, 0, sizeof(*deals));
	deals->fd = -1;			/* closes as a book never opened */
	return rv;
}

int
register_append(struct journal *visits, const struct reg_entry *e)
{
	char t[CLOCK_LEN];
	const char *f[VI_NCOLS];

	for (size_t c = 0; c < VI_NCOLS; c++)
		f[c] = e->f[c];
	clock_rfc3339(e->time, t);
	f[J_TIME] = t;
	return journal_append(visits, f);
}

/* --void: the register's reader, kept for the sentence of who owns the customer now. */
struct voiding {
	struct journal	*visits;
};

static int
void_rests(const struct desk *d, struct journal *j, const struct jtarget *t, void *arg)
{
	(void)d, (void)t;
	((struct voiding *)arg)->visits = j;
	return 0;
}

/* SPEC 3: the owner decided again as if the row had never been written, said. */
static int
void_owner(const struct desk *d, const struct jtarget *t, struct str *say, void *arg)
{
	struct voiding *vo = arg;
	const char *phone = t->f[VI_PHONE];
	char masked[PHONE_LEN];
	struct journal de;
	struct reg r;
	int rv;

	if (phone[0] == '\0' || strlen(phone) >= PHONE_LEN)
		return 0;			/* a visit without a phone: nobody's */
	if ((rv = journal_open(&de, d->dir, J_DEALS, 0)) != 0)
		return rv;
	rv = register_find(d, vo->visits, &de, NULL, phone, d->now, &r);
	journal_close(&de);
	if (rv != 0)
		return rv;
	phone_mask(phone, masked);
	if (r.owner[0] != '\0' && r.deposit)
		/* TRANSLATORS: added to the sentence of register-visit --void: %1$s is the
		   customer's phone, masked (139****1111), %2$s the agent code who owns them
		   now, held by a deposit (定金). */
		str_addf(say, _("; %s is now %s's, deposit paid"), masked, r.owner);
	else if (r.owner[0] != '\0')
		/* TRANSLATORS: added to the sentence of register-visit --void: %1$s is the
		   customer's phone, masked (139****1111), %2$s the agent code who owns them
		   now, %3$s the last day of the registration (2026-12-06). */
		str_addf(say, _("; %s is now %s's, valid until %s"), masked, r.owner,
		    day_str(r.until));
	else
		/* TRANSLATORS: added to the sentence of register-visit --void: %s is the
		   customer's phone, masked (139****1111); nobody holds a valid registration
		   of them now, the next visit registers them (新客户). */
		str_addf(say, _("; %s is now nobody's (the next visit registers them)"), masked);
	return 0;
}

int
register_void(const struct desk *d, long long seq, const char *note)
{
	struct voiding vo = { 0 };

	return void_row(d, &(struct void_ask){ J_VISITS, seq, note, void_rests, void_owner,
	    &vo });
}

/* 客户移交: the agent who holds, the agent who takes over, and why. */
struct handing {
	const struct agent *from, *to;
	const char	*note;
};

/* FROM and TO, known and not one agent; the note, one line (SPEC 1). */
static int
handover_check(const struct desk *d, const char *from, const char *to, struct handing *h)
{
	int rv = 0;

	if ((h->from = roster_match(&d->roster, from)) == NULL) {
		roster_find(&d->roster, from, &rv);	/* unknown: said, with the closest */
		return rv;
	}
	if ((h->to = roster_find(&d->roster, to, &rv)) == NULL)
		return rv;
	if (h->from == h->to) {
		/* TRANSLATORS: %s is the agent given to both --handover and --to (A01
		   王伟). */
		warnx(_("refused: %s %s would hand over to themselves: --to names another "
		    "agent (客户移交)"), h->from->code, h->from->name);
		return EX_REFUSED;
	}
	return journal_check_field("--note", h->note);
}

/* The row that hands the customer root (r, as the register knows them) over. */
static int
handover_row(const struct desk *d, struct journal *visits, const struct handing *h,
    const char *root, const struct reg *r)
{
	struct reg_entry e;
	char ref[24];
	int rv;

	reg_entry_init(&e, "");
	reg_entry_set(&e, VI_KIND, "handover");
	reg_entry_set(&e, VI_PHONE, root);
	reg_entry_set(&e, VI_NAME, r->name);
	reg_entry_set(&e, VI_LEVEL, r->level);
	reg_entry_set(&e, VI_AGENT, h->to->code);
	reg_entry_set(&e, VI_REFERRER, h->from->code);
	reg_entry_set(&e, VI_OWNER, h->to->code);
	reg_entry_set(&e, VI_NOTE, h->note);
	if (r->seq != 0 && !r->deposit) {
		snprintf(ref, sizeof(ref), "%lld", r->seq);
		reg_entry_set(&e, VI_REF, ref);
	}
	e.time = d->now;
	rv = register_append(visits, &e);
	reg_entry_free(&e);
	return rv;
}

/* The line of one customer handed over, added to said. */
static void
handover_tell(const struct handing *h, const char *root, const struct reg *r,
    struct strlist *said)
{
	char masked[PHONE_LEN], *s;

	phone_mask(root, masked);
	if (r->deposit)
		/* TRANSLATORS: one line of --handover per customer: %1$s the phone,
		   masked (139****1111), %2$s the customer's name, %3$s and %4$s the
		   agent who held them (A01 王伟), %5$s and %6$s the agent who holds
		   them now; a deposit (定金) holds the customer for good. */
		s = xasprintf(_("%s %s handed over from %s %s to %s %s: deposit paid, held "
		    "for good (客户移交)"), masked, r->name, h->from->code, h->from->name,
		    h->to->code, h->to->name);
	else
		/* TRANSLATORS: one line of --handover per customer: %1$s the phone,
		   masked (139****1111), %2$s the customer's name, %3$s and %4$s the
		   agent who held them (A01 王伟), %5$s and %6$s the agent who holds
		   them now, %7$s the last day of the registration, unchanged. */
		s = xasprintf(_("%s %s handed over from %s %s to %s %s: valid until %s "
		    "(客户移交)"), masked, r->name, h->from->code, h->from->name,
		    h->to->code, h->to->name, day_str(r->until));
	said->v = xreallocarray(said->v, said->n + 1, sizeof(*said->v));
	said->v[said->n++] = s;
}

int
register_handover(const struct desk *d, const char *from, const char *to,
    const char *note, struct strlist *said, long long *first)
{
	struct handing h = { .note = note };
	struct strlist roots = { 0 };
	struct journal v, de;
	struct reg *r = NULL;
	int rv;

	if ((rv = handover_check(d, from, to, &h)) != 0)
		return rv;
	if ((rv = register_open(d, &v, &de, 1)) != 0 ||
	    (rv = register_held(d, &v, &de, h.from->code, d->now, &roots)) != 0)
		goto out;
	if (roots.n == 0) {
		/* TRANSLATORS: %1$s is the agent code given to --handover, %2$s the name
		   (A01 王伟). */
		warnx(_("refused: %s %s holds no customer: no valid registration and no "
		    "deposit to hand over (客户移交)"), h.from->code, h.from->name);
		rv = EX_REFUSED;
		goto out;
	}
	r = xcalloc(roots.n, sizeof(*r));
	for (size_t i = 0; rv == 0 && i < roots.n; i++)
		rv = register_find(d, &v, &de, NULL, roots.v[i], d->now, &r[i]);
	journal_hold(&v);		/* all or nothing: one write */
	for (size_t i = 0; rv == 0 && i < roots.n; i++)
		rv = handover_row(d, &v, &h, roots.v[i], &r[i]);
	if (rv != 0 || (rv = journal_commit(&v)) != 0) {
		journal_rollback(&v);
		goto out;
	}
	*first = v.seq - (long long)roots.n + 1;
	for (size_t i = 0; i < roots.n; i++)
		handover_tell(&h, roots.v[i], &r[i], said);
out:
	free(r);
	strlist_free(&roots);
	journal_close(&de);
	journal_close(&v);
	return rv;
}
