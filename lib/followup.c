/*
 * followup.c: following customers up (SPEC 5.6; seed 004 篇1 六, 一.6-8, 篇6 三; 000 条例
 * 13-14; 001 三表一卡; 002 4S前台 3).  followups.csv holds what the register does not:
 * callers handed out (assign), appointments and planned contacts (plan), customers lost
 * (lost).  Who holds a customer, until when, and their last contact are the register's
 * (lib/register.c); this file only adds when they are due and why.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "followup.h"

const char *const fu_why_words[FU_NWHY] = {
	/* TRANSLATORS: the due list's why: an appointment or contact planned with --plan
	   or --follow --next (预约). */
	[FU_APPOINTMENT] = N_("appointment"),
	/* TRANSLATORS: the due list's why: the level's days since the last contact passed
	   (rule follow_days, 跟进周期). */
	[FU_CADENCE] = N_("cadence"),
	/* TRANSLATORS: the due list's why: the registration lapses within rule
	   lapse_warn_days (即将流失). */
	[FU_LAPSING] = N_("lapsing"),
	/* TRANSLATORS: the due list's why: a caller handed out by --assign (次日分派). */
	[FU_ASSIGNED] = N_("assigned"),
};

/* The books ---------------------------------------------------------------------- */

static void
unopened(struct journal *j)
{
	memset(j, 0, sizeof(*j));
	j->fd = -1;		/* closes as a book never opened */
}

/* SPEC 1: attendance, floor, visits, deals, agreements, followups, in that order. */
int
followup_open(struct fu_books *b, const struct desk *d, int flags)
{
	int rv = 0;

	unopened(&b->att), unopened(&b->floor), unopened(&b->visits);
	unopened(&b->deals), unopened(&b->agreements), unopened(&b->fu);
	if ((flags & FU_ATT) && (rv = journal_open(&b->att, d->dir, J_ATTENDANCE, 0)) != 0)
		return rv;
	if ((flags & FU_CARD) && (rv = journal_open(&b->floor, d->dir, J_FLOOR, 0)) != 0)
		return rv;
	if ((rv = journal_open(&b->visits, d->dir, J_VISITS, 0)) != 0 ||
	    (rv = journal_open(&b->deals, d->dir, J_DEALS, 0)) != 0)
		return rv;
	if ((flags & FU_CARD) &&
	    (rv = journal_open(&b->agreements, d->dir, J_AGREEMENTS, 0)) != 0)
		return rv;
	return journal_open(&b->fu, d->dir, J_FOLLOWUPS, (flags & FU_WRITE) != 0);
}

void
followup_close(struct fu_books *b)
{
	journal_close(&b->fu);
	journal_close(&b->agreements);
	journal_close(&b->deals);
	journal_close(&b->visits);
	journal_close(&b->floor);
	journal_close(&b->att);
}

/* The one append of followups.csv. */
int
followup_append(struct journal *fu, const struct fu_row *r)
{
	const char *f[FU_NCOLS] = { 0 };
	char t[CLOCK_LEN], due[11];

	clock_rfc3339(r->time, t);
	f[J_TIME] = t;
	f[FU_PHONE] = r->phone;
	f[FU_AGENT] = r->agent;
	f[FU_EVENT] = r->event;
	if (r->due)
		clock_ymd(r->due, due);
	f[FU_DUE] = r->due ? due : NULL;
	f[FU_REASON] = r->reason;
	f[FU_NOTE] = r->note;
	return journal_append(fu, f);
}

/* The register's reach at a time: how far back a reader of the plan book looks. */
static time_t
reach(const struct desk *d, time_t at)
{
	return clock_day_start(clock_day(at) - REGISTER_REACH_DAYS -
	    d->rules.registration_valid_days - 1);
}

/* The plan book's rows (voids honoured) ------------------------------------------- */

struct fu_rec {
	char		 phone[PHONE_LEN];
	char		 agent[64];
	char		 event[8];
	char		 reason[64];
	day_t		 due;
	time_t		 time;
	long long	 seq;
};

struct fu_recs {
	struct fu_rec	*v;
	size_t		 n;
	time_t		 at;
};

static int
fu_rec_add(const struct jrow *row, void *arg)
{
	struct fu_recs *rs = arg;
	struct fu_rec *r;

	if (row->time > rs->at)
		return 0;
	rs->v = xreallocarray(rs->v, rs->n + 1, sizeof(*rs->v));
	r = &rs->v[rs->n++];
	snprintf(r->phone, sizeof(r->phone), "%s", row->f[FU_PHONE]);
	snprintf(r->agent, sizeof(r->agent), "%s", row->f[FU_AGENT]);
	snprintf(r->event, sizeof(r->event), "%s", row->f[FU_EVENT]);
	snprintf(r->reason, sizeof(r->reason), "%s", row->f[FU_REASON]);
	r->due = 0;
	if (row->f[FU_DUE][0] != '\0')
		clock_parse_date(row->f[FU_DUE], &r->due);
	r->time = row->time;
	r->seq = row->seq;
	return 0;
}

/* The rows of the register's reach up to at (key: only the rows of that phone). */
static int
fu_read(const struct desk *d, struct journal *fu, time_t at, const char *key,
    struct fu_recs *rs)
{
	*rs = (struct fu_recs){ .at = at };
	return journal_scan(fu, &(struct jscan){ .since = reach(d, at), .key = key },
	    fu_rec_add, rs);
}

/* The same, of the rows up to at (0: all). */
static const struct fu_rec *
fu_latest_at(const struct fu_recs *rs, const struct strlist *phones, const char *event,
    const char *agent, time_t at)
{
	const struct fu_rec *best = NULL;

	for (size_t i = 0; i < rs->n; i++)
		if ((at == 0 || rs->v[i].time <= at) && strcmp(rs->v[i].event, event) == 0 &&
		    strlist_has(phones, rs->v[i].phone) &&
		    (agent == NULL || strcmp(rs->v[i].agent, agent) == 0) &&
		    (best == NULL || rs->v[i].time >= best->time))
			best = &rs->v[i];
	return best;
}

/* The latest row of event for one of the phones, by agent (NULL: any); NULL if none. */
static const struct fu_rec *
fu_latest(const struct fu_recs *rs, const struct strlist *phones, const char *event,
    const char *agent)
{
	return fu_latest_at(rs, phones, event, agent, 0);
}

/* A household as the due list needs it ------------------------------------------- */

struct hh {
	const char	*root, *owner;
	time_t		 at;
	struct strlist	 phones;	/* its members, root first */
	time_t		 contact;	/* the latest visit or follow-up, by anyone */
	time_t		 owner_contact;	/* the owner's latest */
	time_t		 bought;	/* its latest purchase (a sale, a rent) */
};

static int
owning(const char *kind)
{
	return strcmp(kind, "visit") == 0 || strcmp(kind, "follow") == 0;
}

static int
hh_row(const struct jrow *row, void *arg)
{
	struct hh *h = arg;
	const char **f = row->f;
	const char *home = f[VI_HOUSEHOLD][0] != '\0' ? f[VI_HOUSEHOLD] : f[VI_PHONE];

	if (row->time > h->at || strcmp(home, h->root) != 0)
		return 0;
	if (f[VI_PHONE][0] != '\0' && !strlist_has(&h->phones, f[VI_PHONE])) {
		h->phones.v = xreallocarray(h->phones.v, h->phones.n + 1, sizeof(char *));
		h->phones.v[h->phones.n++] = xstrdup(f[VI_PHONE]);
	}
	if (owning(f[VI_KIND]) && row->time > h->contact)
		h->contact = row->time;
	if (owning(f[VI_KIND]) && strcmp(f[VI_AGENT], h->owner) == 0 &&
	    row->time > h->owner_contact)
		h->owner_contact = row->time;
	return 0;
}

static int	bought_read(struct fu_books *, struct hh *);

/* The household of r read through the phone index, within the register's reach. */
static int
hh_read(const struct desk *d, struct fu_books *b, const struct reg *r, time_t at,
    struct hh *h)
{
	int rv;

	*h = (struct hh){ .root = r->root, .owner = r->owner, .at = at };
	h->phones.v = xcalloc(1, sizeof(char *));
	h->phones.v[h->phones.n++] = xstrdup(r->root);
	if ((rv = journal_scan(&b->visits, &(struct jscan){ .since = reach(d, at),
	    .key = r->root }, hh_row, h)) != 0)
		return rv;
	return bought_read(b, h);
}

/* 5.6 战败: a lost row after the household's last contact closes it; a visit reopens. */
static int
hh_lost(const struct hh *h, const struct fu_recs *rs)
{
	const struct fu_rec *l = fu_latest_at(rs, &h->phones, "lost", NULL, h->at);

	return l != NULL && l->time > h->contact;
}

/*
 * 5.6: the next due contact of a held customer, the earliest of the owner's open plan,
 * the last contact + follow_days of the level, and the expiry - lapse_warn_days; a
 * deposit never lapses.  Two on one day: the plan, then the cadence, then the lapse.
 */
static void
hh_due(const struct desk *d, const struct reg *r, const struct hh *h,
    const struct fu_recs *rs, struct fu_due *u)
{
	const struct fu_rec *p = fu_latest(rs, &h->phones, "plan", r->owner);
	int days = r->level[0] != '\0' ? rules_follow_days(&d->rules, r->level) : -1;

	u->due = 0;
	if (p != NULL && p->time >= h->owner_contact && p->due) {
		u->due = p->due;
		u->why = FU_APPOINTMENT;
	}
	if (days >= 0 && r->last && (u->due == 0 || r->last + days < u->due)) {
		u->due = r->last + days;
		u->why = FU_CADENCE;
	}
	if (!r->deposit && r->until &&
	    (u->due == 0 || r->until - d->rules.lapse_warn_days < u->due)) {
		u->due = r->until - d->rules.lapse_warn_days;
		u->why = FU_LAPSING;
	}
}

/* The latest purchase (a sale or a rent, not a deposit) of a household's phones. */
struct bought {
	const struct strlist *phones;
	time_t		 at, last;
};

static int
bought_row(const struct jrow *row, void *arg)
{
	struct bought *bo = arg;
	const char *k = row->f[DE_KIND];

	if (row->time <= bo->at && row->time > bo->last && (strcmp(k, "sale") == 0 ||
	    strcmp(k, "rent") == 0) && strlist_has(bo->phones, row->f[DE_PHONE]))
		bo->last = row->time;
	return 0;
}

/* The household's purchases read through the phone index of deals.csv. */
static int
bought_read(struct fu_books *b, struct hh *h)
{
	struct bought bo = { &h->phones, h->at, 0 };
	int rv = 0;

	for (size_t i = 0; rv == 0 && i < h->phones.n; i++)
		rv = journal_scan(&b->deals, &(struct jscan){ .key = h->phones.v[i] },
		    bought_row, &bo);
	h->bought = bo.last;
	return rv;
}

/* The followups rows of one phone: rs sorted by phone, then seq. */
static int
rec_cmp(const void *x, const void *y)
{
	const struct fu_rec *a = x, *b = y;
	int c = strcmp(a->phone, b->phone);

	return c != 0 ? c : a->seq < b->seq ? -1 : a->seq > b->seq;
}

static struct fu_recs
recs_of(const struct fu_recs *sorted, const char *phone)
{
	size_t lo = 0, hi = sorted->n, mid, end;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(sorted->v[mid].phone, phone) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < sorted->n && strcmp(sorted->v[end].phone, phone) == 0; end++)
		;
	return (struct fu_recs){ sorted->v + lo, end - lo, sorted->at };
}

/* The due list --------------------------------------------------------------------- */

/*
 * The phones that may be held at a time, to ask the register at once: the owners of
 * the validity window's rows, and every deposit's phone (held for good; optional: only
 * one with rows in the register's reach may be due by more than a plan).  Each line
 * is told from its fields as they are, unsplit, and split only when not plain.
 */
struct cands {
	struct strlist	 p[2];		/* the phones wanted, and those optional */
	struct reg_ask	*v;		/* then asked: each once, wanted first */
	size_t		 n;
	time_t		 at;
	int		 optional;	/* what a deposit is */
	int		 col[2];	/* the file's kind, and owner or phone */
};

static void
cand_add(struct cands *c, const char *phone, size_t len, int optional)
{
	struct strlist *l = &c->p[optional];
	char *p;

	if (len == 0)
		return;
	p = xmalloc(len + 1);
	memcpy(p, phone, len);
	p[len] = '\0';
	l->v = xreallocarray(l->v, l->n + 1, sizeof(char *));
	l->v[l->n++] = p;
}

static int
is_word(const char *s, size_t n, const char *w)
{
	return strlen(w) == n && memcmp(s, w, n) == 0;
}

/* A registration or a renewal within the validity window: maybe held still. */
static int
cand_visit(const struct jrow *row, void *arg)
{
	struct cands *c = arg;

	if (row->time <= c->at && row->f[VI_OWNER][0] != '\0' &&
	    (owning(row->f[VI_KIND]) || strcmp(row->f[VI_KIND], "handover") == 0))
		cand_add(c, row->f[VI_PHONE], strlen(row->f[VI_PHONE]), 0);
	return 0;
}

/* The window's lines that may name a candidate: a visit, a follow-up or a handover
   with an owner, and a void. */
static int
window_keep(const char *l, size_t n, void *arg)
{
	const struct cands *c = arg;
	const char *v[2];
	size_t vn[2];

	if (csv_plain_fields(l, n, c->col, 2, v, vn) == -1 || is_word(v[0], vn[0], "void"))
		return 1;
	return vn[1] > 0 && (is_word(v[0], vn[0], "visit") ||
	    is_word(v[0], vn[0], "follow") || is_word(v[0], vn[0], "handover"));
}

static int
cand_deposit(const struct jrow *row, void *arg)
{
	struct cands *c = arg;

	if (strcmp(row->f[DE_KIND], "deposit") == 0 && row->time <= c->at)
		cand_add(c, row->f[DE_PHONE], strlen(row->f[DE_PHONE]), c->optional);
	return 0;
}

/* A plain deposit's phone taken as it is (the register reads the row, split). */
static int
deposit_keep(const char *l, size_t n, void *arg)
{
	struct cands *c = arg;
	const char *v[2];
	size_t vn[2];

	if (csv_plain_fields(l, n, c->col, 2, v, vn) == -1 || vn[1] >= PHONE_LEN)
		return 1;
	if (is_word(v[0], vn[0], "deposit"))
		cand_add(c, v[1], vn[1], c->optional);
	return 0;
}

static int
strp_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted, each once. */
static void
phones_once(struct strlist *l)
{
	size_t n = 0;

	if (l->n > 1)
		qsort(l->v, l->n, sizeof(char *), strp_cmp);
	for (size_t i = 0; i < l->n; i++)
		if (n > 0 && strcmp(l->v[n - 1], l->v[i]) == 0)
			free(l->v[i]);
		else
			l->v[n++] = l->v[i];
	l->n = n;
}

/* The asks: each phone once, wanted rather than optional. */
static void
cands_ask(struct cands *c)
{
	phones_once(&c->p[0]);
	phones_once(&c->p[1]);
	c->v = xcalloc(c->p[0].n + c->p[1].n + 1, sizeof(*c->v));
	for (int o = 0; o < 2; o++)
		for (size_t i = 0; i < c->p[o].n; i++)
			if (o == 0 || c->p[0].n == 0 || bsearch(&c->p[1].v[i], c->p[0].v,
			    c->p[0].n, sizeof(char *), strp_cmp) == NULL)
				c->v[c->n++] = (struct reg_ask){ .phone = c->p[o].v[i],
				    .optional = o };
}

static int
cands_read(const struct desk *d, struct fu_books *b, time_t at, int every, struct cands *c)
{
	const int *vm = b->visits.hdr.map, *dm = b->deals.hdr.map;
	int rv;

	*c = (struct cands){ .at = at, .optional = !every, .col = { -1, -1 } };
	if (b->visits.fd != -1 && vm != NULL)
		c->col[0] = vm[VI_KIND], c->col[1] = vm[VI_OWNER];
	rv = journal_scan(&b->visits, &(struct jscan){ .since = clock_day_start(clock_day(at) -
	    d->rules.registration_valid_days - 1), .keep = c->col[0] >= 0 ? window_keep : NULL,
	    .keep_arg = c }, cand_visit, c);
	c->col[0] = c->col[1] = -1;
	if (b->deals.fd != -1 && dm != NULL)
		c->col[0] = dm[DE_KIND], c->col[1] = dm[DE_PHONE];
	if (rv == 0)
		rv = journal_scan(&b->deals, &(struct jscan){ .keep = c->col[0] >= 0 ?
		    deposit_keep : NULL, .keep_arg = c }, cand_deposit, c);
	cands_ask(c);
	return rv;
}

static void
cands_free(struct cands *c)
{
	strlist_free(&c->p[0]);
	strlist_free(&c->p[1]);
	free(c->v);
}

/* What the one read gives of a customer alone, for its hh: contacts and purchases. */
struct seen {
	time_t		 contact, bought;
	struct bagent {
		time_t	 t;
		char	 agent[64];
	}		*met;		/* each agent's latest visit or follow-up */
	size_t		 nmet;
};

struct held_ask {
	const struct desk *d;
	struct fu_books	*b;
	time_t		 at;
	const char	*agent;		/* only this agent's (NULL: all) */
	int		 every;		/* also a deposit due by nothing but a plan (held) */
	const struct fu_recs *rs;	/* the plan book's rows, to pass on */
	struct cands	 c;
	struct seen	*seen;		/* by ask */
};

static int
seen_visit(const struct jrow *row, struct reg_ask *a, void *arg)
{
	struct held_ask *ha = arg;
	struct seen *s = &ha->seen[a - ha->c.v];
	size_t i;

	if (!owning(row->f[VI_KIND]))
		return 0;
	s->contact = row->time > s->contact ? row->time : s->contact;
	for (i = 0; i < s->nmet && strcmp(s->met[i].agent, row->f[VI_AGENT]) != 0; i++)
		;
	if (i == s->nmet) {
		s->met = xreallocarray(s->met, s->nmet + 1, sizeof(*s->met));
		s->met[s->nmet++] = (struct bagent){ 0, "" };
		snprintf(s->met[i].agent, sizeof(s->met[i].agent), "%s", row->f[VI_AGENT]);
	}
	s->met[i].t = row->time > s->met[i].t ? row->time : s->met[i].t;
	return 0;
}

static int
seen_deal(const struct jrow *row, struct reg_ask *a, void *arg)
{
	struct held_ask *ha = arg;
	struct seen *s = &ha->seen[a - ha->c.v];
	const char *k = row->f[DE_KIND];

	if ((strcmp(k, "sale") == 0 || strcmp(k, "rent") == 0) && row->time <= ha->at &&
	    row->time > s->bought)
		s->bought = row->time;
	return 0;
}

/* hh_read() of a customer alone, from what the one read saw. */
static void
seen_hh(const struct seen *s, const struct reg *r, time_t at, struct hh *h)
{
	*h = (struct hh){ .root = r->root, .owner = r->owner, .at = at,
	    .phones = { (char **)xcalloc(1, sizeof(char *)), 1 }, .contact = s->contact,
	    .bought = s->bought };
	h->phones.v[0] = xstrdup(r->root);
	for (size_t i = 0; i < s->nmet; i++)
		if (strcmp(s->met[i].agent, r->owner) == 0)
			h->owner_contact = s->met[i].t;
}

/* Each held customer once, by household, to fn with what hh_read() says of it. */
typedef int (*held_fn)(const struct reg *r, const struct hh *h, const struct fu_recs *rs,
    void *arg);

/* Ask the register alone: not told by the one read, and maybe due by more than nothing. */
static int
held_alone(const struct fu_recs *sorted, const struct reg_ask *a)
{
	struct fu_recs mine;

	if (!a->optional || a->rows > 0)
		return 1;
	mine = recs_of(sorted, a->phone);	/* no row in reach: due by a plan alone */
	return fu_latest(&mine, &(struct strlist){ (char **)&a->phone, 1 }, "plan",
	    NULL) != NULL;
}

static int
held_each(struct held_ask *ha, held_fn fn, void *arg)
{
	struct fu_recs sorted = { 0 }, mine;
	struct strlist roots = { 0 };
	struct reg r;
	struct hh h;
	int rv;

	if (ha->rs->n > 0) {
		sorted = (struct fu_recs){ xreallocarray(NULL, ha->rs->n, sizeof(*sorted.v)),
		    ha->rs->n, ha->rs->at };
		memcpy(sorted.v, ha->rs->v, ha->rs->n * sizeof(*sorted.v));
		qsort(sorted.v, sorted.n, sizeof(*sorted.v), rec_cmp);
	}
	if ((rv = cands_read(ha->d, ha->b, ha->at, ha->every, &ha->c)) == 0) {
		ha->seen = xcalloc(ha->c.n ? ha->c.n : 1, sizeof(*ha->seen));
		rv = register_find_many(ha->d, &ha->b->visits, &ha->b->deals,
		    &(struct reg_many){ ha->c.v, ha->c.n, ha->at, seen_visit, seen_deal, ha });
	}
	for (size_t i = 0; rv == 0 && i < ha->c.n; i++) {
		const struct reg_ask *a = &ha->c.v[i];

		if (a->alone) {
			r = a->r;
			seen_hh(&ha->seen[i], &r, ha->at, &h);
		} else if (!held_alone(&sorted, a) || (rv = register_find(ha->d,
		    &ha->b->visits, &ha->b->deals, NULL, a->phone, ha->at, &r)) != 0 ||
		    r.owner[0] == '\0' || strlist_has(&roots, r.root))
			continue;
		else if ((rv = hh_read(ha->d, ha->b, &r, ha->at, &h)) != 0) {
			strlist_free(&h.phones);
			break;
		} else {
			roots.v = xreallocarray(roots.v, roots.n + 1, sizeof(char *));
			roots.v[roots.n++] = xstrdup(r.root);
		}
		if (r.owner[0] != '\0' && (ha->agent == NULL || strcmp(r.owner, ha->agent) == 0)) {
			mine = recs_of(&sorted, r.root);
			rv = fn(&r, &h, a->alone ? &mine : ha->rs, arg);
		}
		strlist_free(&h.phones);
	}
	for (size_t i = 0; ha->seen != NULL && i < ha->c.n; i++)
		free(ha->seen[i].met);
	free(ha->seen);
	free(sorted.v);
	strlist_free(&roots);
	cands_free(&ha->c);
	return rv;
}

static void
due_add(struct fu_list *l, const struct fu_due *u)
{
	l->v = xreallocarray(l->v, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = *u;
}

/*
 * A held customer's next contact (u->due 0: nothing makes it due).  A 战败 since the
 * last contact closes it (FU_LOST), and so does a purchase (FU_BOUGHT): a customer who
 * bought is no longer an intending one (意向客户).
 */
static int
due_of(const struct desk *d, const struct reg *r, const struct hh *h,
    const struct fu_recs *rs, struct fu_due *u)
{
	*u = (struct fu_due){ .last = r->last, .expires = r->deposit ? 0 : r->until };
	snprintf(u->agent, sizeof(u->agent), "%s", r->owner);
	snprintf(u->phone, sizeof(u->phone), "%s", r->root);
	snprintf(u->customer, sizeof(u->customer), "%s", r->name);
	snprintf(u->level, sizeof(u->level), "%s", r->level);
	if (hh_lost(h, rs))
		return FU_LOST;
	if (h->bought != 0 && h->bought >= h->contact)
		return FU_BOUGHT;
	hh_due(d, r, h, rs, u);
	return FU_OPEN;
}

/* due_of() of a customer asked alone (the card). */
static int
held_next(const struct desk *d, struct fu_books *b, time_t at, const struct reg *r,
    const struct fu_recs *rs, struct fu_due *u, int *closed)
{
	struct hh h;
	int rv;

	if ((rv = hh_read(d, b, r, at, &h)) == 0)
		*closed = due_of(d, r, &h, rs, u);
	strlist_free(&h.phones);
	return rv;
}

struct due_one {
	const struct desk *d;
	const struct fu_ask *a;
	struct fu_list	*l;
};

static int
due_one(const struct reg *r, const struct hh *h, const struct fu_recs *rs, void *arg)
{
	struct due_one *o = arg;
	struct fu_due u;

	if (due_of(o->d, r, h, rs, &u) == FU_OPEN && u.due != 0 &&
	    u.due <= o->a->day + o->a->within)
		due_add(o->l, &u);
	return 0;
}

/* Every held customer, by household, once. */
static int
due_held(const struct desk *d, struct fu_books *b, const struct fu_ask *a, time_t at,
    const struct fu_recs *rs, struct fu_list *l)
{
	struct held_ask ha = { .d = d, .b = b, .at = at, .agent = a->agent, .rs = rs };
	struct due_one o = { d, a, l };

	return held_each(&ha, due_one, &o);
}

/* A caller after an assign row: the agent called back, or the customer visited. */
struct callback {
	const struct fu_rec *as;
	time_t		 at;
	int		 closed;
	time_t		 back;		/* the agent's first call or follow-up after it */
	time_t		 call;		/* the caller's last call before it */
	char		 name[128];
};

static int
callback_row(const struct jrow *row, void *arg)
{
	struct callback *cb = arg;
	const char **f = row->f;

	if (row->time > cb->at || strcmp(f[VI_PHONE], cb->as->phone) != 0)
		return 0;
	if (f[VI_NAME][0] != '\0')
		snprintf(cb->name, sizeof(cb->name), "%s", f[VI_NAME]);
	/* in the second of a hand-out, a call-back; of a plan, the contact it was made at */
	if (row->time < cb->as->time ||
	    (row->time == cb->as->time && strcmp(cb->as->event, "plan") == 0)) {
		if (strcmp(f[VI_KIND], "call") == 0)
			cb->call = row->time;
		return 0;
	}
	/* 篇6 三: called back (--call or --follow by the agent), or the customer came */
	if (strcmp(f[VI_KIND], "visit") != 0 && strcmp(f[VI_AGENT], cb->as->agent) == 0 &&
	    cb->back == 0)
		cb->back = row->time;
	if (strcmp(f[VI_KIND], "visit") == 0 || strcmp(f[VI_AGENT], cb->as->agent) == 0)
		cb->closed = 1;
	return 0;
}

static int
callback_read(const struct desk *d, struct fu_books *b, const struct fu_rec *as,
    time_t at, struct callback *cb)
{
	*cb = (struct callback){ .as = as, .at = at };
	return journal_scan(&b->visits, &(struct jscan){ .since = reach(d, at),
	    .key = as->phone }, callback_row, cb);
}

/* Is rec the latest assign row of its phone? (a void then a new one: the new one) */
static int
latest_assign(const struct fu_recs *rs, size_t i)
{
	for (size_t k = i + 1; k < rs->n; k++)
		if (strcmp(rs->v[k].event, "assign") == 0 &&
		    strcmp(rs->v[k].phone, rs->v[i].phone) == 0)
			return 0;
	return 1;
}

/* The agent's latest plan for the caller since it was handed out, or NULL. */
static const struct fu_rec *
assigned_plan(const struct fu_recs *rs, const struct fu_rec *as)
{
	struct strlist one = { (char *[]){ (char *)as->phone }, 1 };
	const struct fu_rec *p = fu_latest(rs, &one, "plan", as->agent);

	return p != NULL && p->time >= as->time && p->due ? p : NULL;
}

/* 篇6 三: the callers handed out and not yet called back, in their agent's list. */
static int
due_assigned(const struct desk *d, struct fu_books *b, const struct fu_ask *a, time_t at,
    const struct fu_recs *rs, struct fu_list *l)
{
	struct callback cb;
	struct fu_due u;
	int rv = 0;

	for (size_t i = 0; rv == 0 && i < rs->n; i++) {
		const struct fu_rec *as = &rs->v[i], *p;

		if (strcmp(as->event, "assign") != 0 || !latest_assign(rs, i) ||
		    (a->agent != NULL && strcmp(as->agent, a->agent) != 0))
			continue;
		/* a plan made for the caller: open until the next contact after it */
		p = assigned_plan(rs, as);
		if ((rv = callback_read(d, b, p != NULL ? p : as, at, &cb)) != 0 || cb.closed)
			continue;
		u = (struct fu_due){ .last = cb.call ? clock_day(cb.call) : 0,
		    .due = p != NULL ? p->due : as->due,
		    .why = p != NULL ? FU_APPOINTMENT : FU_ASSIGNED };
		if (u.due > a->day + a->within)
			continue;
		snprintf(u.agent, sizeof(u.agent), "%s", as->agent);
		snprintf(u.phone, sizeof(u.phone), "%s", as->phone);
		snprintf(u.customer, sizeof(u.customer), "%s", cb.name);
		due_add(l, &u);
	}
	return rv;
}

/* Most overdue first, then by agent and phone. */
static int
due_cmp(const void *x, const void *y)
{
	const struct fu_due *a = x, *b = y;
	int c;

	if (a->due != b->due)
		return a->due < b->due ? -1 : 1;
	if ((c = strcmp(a->agent, b->agent)) != 0)
		return c;
	return strcmp(a->phone, b->phone);
}

/* The moment a day's list is made at: now for today or later, else the day's end. */
static time_t
due_at(const struct desk *d, day_t day)
{
	time_t end = clock_day_start(day + 1) - 1;

	return day >= clock_day(d->now) || end > d->now ? d->now : end;
}

int
followup_due(const struct desk *d, struct fu_books *b, const struct fu_ask *a,
    struct fu_list *l)
{
	time_t at = due_at(d, a->day);
	struct fu_recs rs;
	int rv;

	*l = (struct fu_list){ 0 };
	if ((rv = fu_read(d, &b->fu, at, NULL, &rs)) == 0 &&
	    (rv = due_held(d, b, a, at, &rs, l)) == 0)
		rv = due_assigned(d, b, a, at, &rs, l);
	free(rs.v);
	if (rv == 0 && l->n > 1)
		qsort(l->v, l->n, sizeof(*l->v), due_cmp);
	return rv;
}

void
fu_list_free(struct fu_list *l)
{
	free(l->v);
	*l = (struct fu_list){ 0 };
}

/* --plan and --lost --------------------------------------------------------------- */

/* "138****5678 陈杰", or the masked phone alone. */
static void
customer_words(const char *phone, const char *name, struct str *s)
{
	char masked[PHONE_LEN];

	phone_mask(phone, masked);
	str_addf(s, "%s%s%s", masked, name[0] ? " " : "", name);
}

/* The agent's code as a sentence names them: "A03 张敏". */
static const char *
who(const struct desk *d, const char *code)
{
	const struct agent *a = roster_code(&d->roster, code);

	return roster_who(&d->roster, a != NULL ? a - d->roster.a : -1);
}

/* 5.6: the owner only; refused (1) for anyone else, saying who holds the customer. */
static int
owner_only(const struct desk *d, const struct reg *r, const char *phone,
    const char *agent)
{
	char masked[PHONE_LEN], until[11];

	if (strcmp(r->owner, agent) == 0)
		return 0;
	phone_mask(phone, masked);
	if (r->owner[0] == '\0')
		/* TRANSLATORS: %1$s a masked phone, %2$s an agent ("A03 张敏"). */
		warnx(_("refused: nobody holds %s, so %s cannot follow it up: register "
		    "the visit first (自己跟踪自己的客户, 四.7)"), masked, who(d, agent));
	else if (r->deposit)
		/* TRANSLATORS: %1$s a masked phone, %2$s its owner ("A01 王伟"). */
		warnx(_("refused: %s is held by a deposit of %s: only the owner follows the "
		    "customer up (自己跟踪自己的客户, 四.7)"), masked, who(d, r->owner));
	else {
		clock_ymd(r->until, until);
		/* TRANSLATORS: %1$s a masked phone, %2$s its owner ("A01 王伟"), %3$s
		   the registration's last valid day. */
		warnx(_("refused: %s is registered to %s until %s: only the owner follows "
		    "the customer up (自己跟踪自己的客户, 四.7)"), masked, who(d, r->owner), until);
	}
	return EX_REFUSED;
}

/* The agent a caller was handed to ("" if none): theirs to call back and plan. */
int
followup_assignee(const struct desk *d, struct journal *fu, const char *phone,
    char *agent, size_t len)
{
	struct strlist one = { (char *[]){ (char *)phone }, 1 };
	const struct fu_rec *as;
	struct fu_recs rs;
	int rv;

	*agent = '\0';
	if ((rv = fu_read(d, fu, d->now, phone, &rs)) == 0 &&
	    (as = fu_latest(&rs, &one, "assign", NULL)) != NULL)
		snprintf(agent, len, "%s", as->agent);
	free(rs.v);
	return rv;
}

/* 5.6: an assigned caller is planned by the agent it was handed to; refused (1) else. */
static int
assignee_only(const struct desk *d, const char *phone, const char *to, const char *agent)
{
	char masked[PHONE_LEN];

	if (strcmp(to, agent) == 0)
		return 0;
	phone_mask(phone, masked);
	/* TRANSLATORS: %1$s a masked phone, %2$s the agent it was handed to by --assign
	   ("A02 李娜"). */
	warnx(_("refused: the caller %s was handed to %s: only that agent calls back "
	    "(次日分派)"), masked, who(d, to));
	return EX_REFUSED;
}

int
followup_plan(const struct desk *d, struct fu_books *b, const char *phone,
    const char *agent, day_t next, const char *note, struct str *say)
{
	struct str cust = { 0 };
	struct reg r;
	char day[11], to[64] = "";
	int rv;

	clock_ymd(next, day);
	if (next < clock_day(d->now)) {
		/* TRANSLATORS: --next's day, as given (2026-11-02). */
		warnx(_("--next %s is before today: a plan is for a day to come"), day);
		return EX_DATAERR;
	}
	if ((rv = register_find(d, &b->visits, &b->deals, NULL, phone, d->now, &r)) != 0)
		return rv;
	if (r.owner[0] == '\0' && (rv = followup_assignee(d, &b->fu, phone, to, sizeof(to))) != 0)
		return rv;
	if ((rv = to[0] != '\0' ? assignee_only(d, phone, to, agent) :
	    owner_only(d, &r, phone, agent)) != 0)
		return rv;
	if ((rv = followup_append(&b->fu, &(struct fu_row){ d->now, phone, agent, "plan", next,
	    NULL, note })) != 0)
		return rv;
	customer_words(phone, r.name, &cust);
	/* TRANSLATORS: --plan's sentence: %1$s the agent ("A03 张敏"), %2$s the
	   customer ("138****5678 陈杰"), %3$s the day; the row follows. */
	str_addf(say, _("%s plans the next contact with %s on %s"), who(d, agent), cust.s,
	    day);
	free(cust.s);
	return 0;
}

/* The reason, one of rule lost_reasons; else 65 listing them. */
static int
lost_reason(const struct desk *d, const char *reason)
{
	const struct strlist *l = &d->rules.lost_reasons;
	struct str all = { 0 };

	if (strlist_has(l, reason))
		return 0;
	for (size_t i = 0; i < l->n; i++)
		/* TRANSLATORS: what parts the words of a list (价格、竞品、位置). */
		str_addf(&all, "%s%s", i ? _(", ") : "", l->v[i]);
	/* TRANSLATORS: %1$s the --reason typed, %2$s the reasons of rule lost_reasons
	   ("价格, 竞品, 位置"), parted as the message above says. */
	warnx(_("--reason '%s' is not one of rule lost_reasons: %s"), reason, all.s);
	free(all.s);
	return EX_DATAERR;
}

/* 战败 twice: refused while the first stands (no visit or follow-up since). */
static int
lost_already(const struct desk *d, struct fu_books *b, const struct reg *r)
{
	struct fu_recs rs;
	const struct fu_rec *l;
	char masked[PHONE_LEN], day[11];
	struct hh h;
	int rv;

	if ((rv = hh_read(d, b, r, d->now, &h)) == 0 &&
	    (rv = fu_read(d, &b->fu, d->now, NULL, &rs)) == 0) {
		l = fu_latest(&rs, &h.phones, "lost", NULL);
		if (l != NULL && l->time > h.contact) {
			phone_mask(r->root, masked);
			clock_ymd(clock_day(l->time), day);
			/* TRANSLATORS: %1$s a masked phone, %2$s the day it was recorded
			   lost, %3$lld the row. */
			warnx(_("refused: %s was recorded lost on %s (row %lld) and has not "
			    "come again since (战败)"), masked, day, l->seq);
			rv = EX_REFUSED;
		}
		free(rs.v);
	}
	strlist_free(&h.phones);
	return rv;
}

int
followup_lost(const struct desk *d, struct fu_books *b, const char *phone,
    const char *agent, const char *reason, const char *competitor, const char *note,
    struct str *say)
{
	struct str cust = { 0 }, text = { 0 };
	struct reg r;
	int rv;

	if ((rv = lost_reason(d, reason)) != 0 ||
	    (rv = register_find(d, &b->visits, &b->deals, NULL, phone, d->now, &r)) != 0 ||
	    (rv = owner_only(d, &r, phone, agent)) != 0 ||
	    (rv = lost_already(d, b, &r)) != 0)
		return rv;
	/* the book's words, not the desk's language: "competitor: 碧桂园; 嫌贵" */
	if (competitor != NULL)
		str_addf(&text, "competitor: %s%s", competitor, note != NULL ? "; " : "");
	str_adds(&text, note != NULL ? note : "");
	rv = followup_append(&b->fu, &(struct fu_row){ d->now, phone, agent, "lost", 0, reason,
	    text.s });
	free(text.s);
	if (rv != 0)
		return rv;
	customer_words(phone, r.name, &cust);
	/* TRANSLATORS: --lost's sentence (战败): %1$s the customer ("138****5678 陈杰"),
	   %2$s the owner ("A03 张敏"), %3$s the reason (价格); the row follows. */
	str_addf(say, _("%s of %s recorded lost (%s): no follow-up is due until they come "
	    "again"), cust.s, who(d, agent), reason);
	free(cust.s);
	return 0;
}

/* 次日分派 (篇6 三; 002 4S前台 3) ---------------------------------------------------- */

/* The agents on the floor now: signed in, not ended, not on leave; in sign-in order. */
struct onfloor {
	int		 agent;
	time_t		 in;
	long long	 seq;
};

static int
onfloor_cmp(const void *x, const void *y)
{
	const struct onfloor *a = x, *b = y;

	if (a->in != b->in)
		return a->in < b->in ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static int
floor_now(const struct desk *d, struct fu_books *b, struct onfloor **vp, size_t *np)
{
	day_t today = clock_day(d->now);
	struct onfloor *v = xcalloc(d->roster.n + 1, sizeof(*v));
	struct att_day ad;
	struct att_log l;
	size_t n = 0;
	int rv;

	if ((rv = att_log_load(&l, &b->att, d, today)) == 0)
		for (size_t i = 0; i < d->roster.n; i++)
			if (att_replay(&l, i, today, &ad) == 0 && ad.in != 0 &&
			    ad.state != ST_ENDED && ad.state != ST_ABSENT && ad.leave == -1)
				v[n++] = (struct onfloor){ i, ad.in, ad.in_seq };
	att_log_free(&l);
	if (n > 1)
		qsort(v, n, sizeof(*v), onfloor_cmp);
	*vp = v;
	*np = n;
	return rv;
}

/* The callers of a day: the phones of its call rows, each once, in call order. */
struct callers {
	day_t		 day;
	time_t		 at;
	struct fu_assigned *v;
	size_t		 n;
	time_t		*call;		/* each one's last call of the day */
};

static int
caller_row(const struct jrow *row, void *arg)
{
	struct callers *c = arg;
	const char **f = row->f;
	size_t i;

	if (clock_day(row->time) != c->day || row->time > c->at ||
	    strcmp(f[VI_KIND], "call") != 0 || f[VI_PHONE][0] == '\0')
		return 0;
	for (i = 0; i < c->n && strcmp(c->v[i].phone, f[VI_PHONE]) != 0; i++)
		;
	if (i == c->n) {
		c->v = xreallocarray(c->v, c->n + 1, sizeof(*c->v));
		c->call = xreallocarray(c->call, c->n + 1, sizeof(*c->call));
		memset(&c->v[c->n++], 0, sizeof(*c->v));
		snprintf(c->v[i].phone, sizeof(c->v[i].phone), "%s", f[VI_PHONE]);
	}
	if (f[VI_NAME][0] != '\0')
		snprintf(c->v[i].customer, sizeof(c->v[i].customer), "%s", f[VI_NAME]);
	c->call[i] = row->time;
	return 0;
}

/* A visit of the phone after its call: received at the showroom, nobody to call. */
struct came {
	const char	*phone;
	time_t		 after, at;
	int		 came;
};

static int
came_row(const struct jrow *row, void *arg)
{
	struct came *c = arg;

	if (row->time > c->after && row->time <= c->at &&
	    strcmp(row->f[VI_KIND], "visit") == 0 && strcmp(row->f[VI_PHONE], c->phone) == 0)
		c->came = 1;
	return 0;
}

/* 5.6: no visit after the call, held by nobody, never assigned before. */
static int
to_hand_out(const struct desk *d, struct fu_books *b, const struct fu_recs *rs,
    const char *phone, time_t call, int *yes)
{
	struct strlist one = { (char *[]){ (char *)phone }, 1 };
	struct came c = { phone, call, d->now, 0 };
	struct reg r;
	int rv;

	*yes = 0;
	if (fu_latest(rs, &one, "assign", NULL) != NULL)
		return 0;
	if ((rv = journal_scan(&b->visits, &(struct jscan){
	    .since = clock_day_start(clock_day(call)), .key = phone }, came_row, &c)) != 0 ||
	    c.came)
		return rv;
	if ((rv = register_find(d, &b->visits, &b->deals, NULL, phone, d->now, &r)) != 0)
		return rv;
	*yes = r.owner[0] == '\0';
	return 0;
}

/* The turn goes on from the agent of the book's last assign row, never stored. */
static size_t
turn_start(const struct desk *d, const struct fu_recs *rs, const struct onfloor *v,
    size_t n)
{
	const struct fu_rec *last = NULL;
	const struct agent *a;

	for (size_t i = 0; i < rs->n; i++)
		if (strcmp(rs->v[i].event, "assign") == 0)
			last = &rs->v[i];
	if (last == NULL || (a = roster_code(&d->roster, last->agent)) == NULL)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (v[i].agent == a - d->roster.a)
			return i + 1;
	return 0;
}

/* Each caller to the next agent on the floor; the rows in one write, or none. */
static int
hand_out(const struct desk *d, struct fu_books *b, struct callers *c,
    const struct onfloor *fl, size_t nfl, size_t *n)
{
	struct fu_recs rs;
	day_t today = clock_day(d->now);
	size_t turn;
	int rv, yes;

	*n = 0;
	if ((rv = fu_read(d, &b->fu, d->now, NULL, &rs)) != 0)
		return rv;
	turn = turn_start(d, &rs, fl, nfl);
	journal_hold(&b->fu);
	for (size_t i = 0; rv == 0 && i < c->n; i++) {
		struct fu_assigned *as = &c->v[*n];

		if ((rv = to_hand_out(d, b, &rs, c->v[i].phone, c->call[i], &yes)) != 0 ||
		    !yes)
			continue;
		if (nfl == 0) {
			/* TRANSLATORS: --assign with a caller to hand out and nobody
			   signed in. */
			warnx("%s", _("refused: nobody is signed in on the floor to hand the "
			    "callers to (次日分派)"));
			rv = EX_REFUSED;
			break;
		}
		*as = c->v[i];
		snprintf(as->agent, sizeof(as->agent), "%s",
		    d->roster.a[fl[turn++ % nfl].agent].code);
		as->due = today;
		if ((rv = followup_append(&b->fu, &(struct fu_row){ d->now, as->phone, as->agent,
		    "assign", today, NULL, NULL })) == 0) {
			as->seq = b->fu.seq;
			(*n)++;
		}
	}
	free(rs.v);
	if (rv != 0 || (rv = journal_commit(&b->fu)) != 0)
		journal_rollback(&b->fu);
	return rv;
}

int
followup_assign(const struct desk *d, struct fu_books *b, day_t day,
    struct fu_assigned **v, size_t *n)
{
	struct callers c = { .day = day, .at = d->now };
	struct onfloor *fl;
	size_t nfl;
	int rv;

	*v = NULL, *n = 0;
	if ((rv = floor_now(d, b, &fl, &nfl)) == 0 &&
	    (rv = journal_scan(&b->visits, &(struct jscan){
	    .since = clock_day_start(day) }, caller_row, &c)) == 0 && c.n > 0)
		rv = hand_out(d, b, &c, fl, nfl, n);
	free(fl);
	free(c.call);
	*v = c.v;
	return rv;
}

/* The card (意向客户跟踪卡) ---------------------------------------------------------- */

/* What each book's rows say on the card: the columns of its detail, by name=value. */
static const struct card_book {
	enum jid	 book;
	int		 event, agent;		/* columns; event 0: the word below */
	const char	*word;
	int		 phone;			/* the customer's column, when not indexed */
	int		 detail[8];		/* 0 ends */
} card_books[] = {
	{ J_FLOOR, FL_EVENT, FL_AGENT, NULL, FL_CUSTOMER, { FL_REASON, FL_COUNTED } },
	{ J_VISITS, VI_KIND, VI_AGENT, NULL, 0, { VI_PHONE, VI_NAME, VI_HOUSEHOLD, VI_LEVEL,
	    VI_SOURCE, VI_STATUS, VI_OWNER, VI_NOTE } },
	{ J_DEALS, DE_KIND, DE_AGENT, NULL, 0, { DE_DEAL, DE_PHONE, DE_AMOUNT, DE_REFERRER,
	    DE_NOTE } },
	/* TRANSLATORS: --card --table: an agreed split of a deal's commission (分佣协议),
	   a row of agreements.csv. */
	{ J_AGREEMENTS, 0, 0, N_("agreement"), AG_PHONE, { AG_SHARES, AG_NOTE } },
	{ J_FOLLOWUPS, FU_EVENT, FU_AGENT, NULL, 0, { FU_PHONE, FU_DUE, FU_REASON,
	    FU_NOTE } },
};

struct card_read {
	const struct card_book	*cb;
	int			 flags;	/* CARD_FULL, CARD_HUMAN */
	const struct strlist	*phones;
	struct fu_card		*c;
	time_t			 at;
};

static int
card_seen(const struct fu_card *c, const char *book, long long seq)
{
	for (size_t i = c->n; i-- > 0;)
		if (c->v[i].book == book && c->v[i].seq == seq)
			return 1;
	return 0;
}

/* A value for the detail: a phone masked unless full (SPEC 3 follow-up). */
static const char *
card_value(const struct card_read *cr, const char *col, const char *v)
{
	static char masked[PHONE_LEN];

	if ((cr->flags & CARD_FULL) || strlen(v) >= PHONE_LEN ||
	    (strcmp(col, "phone") != 0 && strcmp(col, "household") != 0))
		return v;
	phone_mask(v, masked);
	return masked;
}

static int
card_row(const struct jrow *row, void *arg)
{
	struct card_read *cr = arg;
	const struct card_book *cb = cr->cb;
	const struct jdef *def = &jdefs[cb->book];
	struct fu_card_row *v;
	struct str s = { 0 };

	if (row->time > cr->at || (cb->phone && !strlist_has(cr->phones, row->f[cb->phone])) ||
	    card_seen(cr->c, def->file, row->seq))
		return 0;
	for (size_t i = 0; i < 8 && cb->detail[i]; i++) {
		const char *col = def->cols[cb->detail[i]], *val = row->f[cb->detail[i]];
		int human = cr->flags & CARD_HUMAN;

		if (val[0] != '\0')	/* for people: the column and a register status said */
			str_addf(&s, "%s%s=%s", s.len ? " " : "", human ? _(col) : col,
			    human && cb->detail[i] == VI_STATUS && cb->book == J_VISITS ? _(val) :
			    card_value(cr, col, val));
	}
	cr->c->v = xreallocarray(cr->c->v, cr->c->n + 1, sizeof(*cr->c->v));
	v = &cr->c->v[cr->c->n++];
	*v = (struct fu_card_row){ row->time, def->file, cb->book, row->seq, "", "",
	    s.s ? s.s : xstrdup("") };
	snprintf(v->event, sizeof(v->event), "%s", cb->event ? row->f[cb->event] : cb->word);
	snprintf(v->agent, sizeof(v->agent), "%s", cb->agent ? row->f[cb->agent] : "");
	return 0;
}

/* A book's rows about the phones: through the index when it has one, else by grep. */
static int
card_book(struct journal *j, struct card_read *cr)
{
	int rv = 0;

	for (size_t i = 0; rv == 0 && i < cr->phones->n; i++)
		rv = journal_scan(j, &(struct jscan){
		    .key = cr->cb->phone ? NULL : cr->phones->v[i],
		    .grep = cr->cb->phone ? (const char *const []){ cr->phones->v[i], NULL } :
		    NULL }, card_row, cr);
	return rv;
}

/* Oldest first; one moment: in the order of the books (SPEC 1). */
static int
card_cmp(const void *x, const void *y)
{
	const struct fu_card_row *a = x, *b = y;

	if (a->time != b->time)
		return a->time < b->time ? -1 : 1;
	if (a->id != b->id)
		return a->id < b->id ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* The household's phones: the register's root and every phone its rows name. */
static int
card_phones(const struct desk *d, struct fu_books *b, const char *phone, struct reg *r,
    struct strlist *phones)
{
	struct hh h;
	int rv;

	if ((rv = register_find(d, &b->visits, &b->deals, NULL, phone, d->now, r)) != 0 ||
	    (rv = hh_read(d, b, r, d->now, &h)) != 0)
		return rv;
	if (!strlist_has(&h.phones, phone)) {
		h.phones.v = xreallocarray(h.phones.v, h.phones.n + 1, sizeof(char *));
		h.phones.v[h.phones.n++] = xstrdup(phone);
	}
	*phones = h.phones;
	return 0;
}

/* The next contact: a held customer's, or an assigned caller's. */
static int
card_next(const struct desk *d, struct fu_books *b, struct fu_card *c)
{
	struct fu_ask all = { .day = 366 * 100 + clock_day(d->now) };
	struct fu_list l = { 0 };
	struct fu_recs rs;
	int rv;

	if ((rv = fu_read(d, &b->fu, d->now, NULL, &rs)) != 0)
		return rv;
	if (c->reg.owner[0] != '\0')
		rv = held_next(d, b, d->now, &c->reg, &rs, &c->next, &c->closed);
	else if ((rv = due_assigned(d, b, &all, d->now, &rs, &l)) == 0)
		for (size_t i = 0; i < l.n; i++)
			if (strcmp(l.v[i].phone, c->reg.root) == 0)
				c->next = l.v[i];
	c->due = c->next.due != 0;
	free(rs.v);
	fu_list_free(&l);
	return rv;
}

int
followup_card(const struct desk *d, struct fu_books *b, const char *phone, int flags,
    struct fu_card *c)
{
	struct journal *books[] = { &b->floor, &b->visits, &b->deals, &b->agreements,
		&b->fu };
	struct strlist phones = { 0 };
	struct card_read cr = { .flags = flags, .phones = &phones, .c = c, .at = d->now };
	int rv;

	memset(c, 0, sizeof(*c));
	if ((rv = card_phones(d, b, phone, &c->reg, &phones)) != 0)
		goto out;
	for (size_t i = 0; rv == 0 && i < sizeof(books) / sizeof(books[0]); i++) {
		cr.cb = &card_books[i];
		rv = card_book(books[i], &cr);
	}
	if (rv == 0 && c->n > 1)
		qsort(c->v, c->n, sizeof(*c->v), card_cmp);
	if (rv == 0)
		rv = card_next(d, b, c);
out:
	strlist_free(&phones);
	return rv;
}

void
fu_card_free(struct fu_card *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].detail);
	free(c->v);
	memset(c, 0, sizeof(*c));
}

/* The customers lost in a month: 战败 and 流失 (the 流失分析表) ------------------------- */

static void
gone_add(struct fu_gones *g, const struct fu_gone *x)
{
	g->v = xreallocarray(g->v, g->n + 1, sizeof(*g->v));
	g->v[g->n++] = *x;
}

/* 战败: the lost rows of the days, with the customer's channel and level then. */
static int
gone_lost(const struct desk *d, struct fu_books *b, const struct fu_recs *rs, day_t first,
    day_t last, struct fu_gones *g)
{
	struct fu_gone x;
	struct reg r;
	int rv = 0;

	for (size_t i = 0; rv == 0 && i < rs->n; i++) {
		const struct fu_rec *l = &rs->v[i];

		if (strcmp(l->event, "lost") != 0 || clock_day(l->time) < first ||
		    clock_day(l->time) > last)
			continue;
		if ((rv = register_find(d, &b->visits, &b->deals, NULL, l->phone, l->time,
		    &r)) != 0)
			break;
		x = (struct fu_gone){ .day = clock_day(l->time) };
		snprintf(x.agent, sizeof(x.agent), "%s", l->agent);
		snprintf(x.phone, sizeof(x.phone), "%s", r.root);
		snprintf(x.source, sizeof(x.source), "%s", r.source);
		snprintf(x.level, sizeof(x.level), "%s", r.level);
		snprintf(x.reason, sizeof(x.reason), "%s", l->reason);
		gone_add(g, &x);
	}
	return rv;
}

/* A registration that may lapse in the days: a renewal valid_days + 1 before them. */
struct lapse_cands {
	day_t		 from, to;	/* the renewals' days */
	struct strlist	 keys;		/* "YYYY-MM-DD phone": a lapse day and a phone */
	int		 valid;
};

static int
lapse_cand(const struct jrow *row, void *arg)
{
	struct lapse_cands *lc = arg;
	day_t day = clock_day(row->time);
	char key[11 + PHONE_LEN + 1], ymd[11];

	if (day < lc->from || day > lc->to || row->f[VI_OWNER][0] == '\0' ||
	    !owning(row->f[VI_KIND]) || row->f[VI_PHONE][0] == '\0')
		return 0;
	clock_ymd(day + lc->valid + 1, ymd);
	snprintf(key, sizeof(key), "%s %s", ymd, row->f[VI_PHONE]);
	lc->keys.v = xreallocarray(lc->keys.v, lc->keys.n + 1, sizeof(char *));
	lc->keys.v[lc->keys.n++] = xstrdup(key);
	return 0;
}

/* A candidate's lapse day, and what the register says of it at that day's start. */
struct lapse {
	const char	*phone;		/* in its key */
	day_t		 day;
	size_t		 round;		/* its phone's earlier lapse days among the keys */
	int		 alone;		/* told by register_find_many(): one phone */
	struct reg	 r;
};

static int
lapse_cmp(const void *x, const void *y)
{
	const struct lapse *a = *(struct lapse *const *)x, *b = *(struct lapse *const *)y;
	int c = strcmp(a->phone, b->phone);

	return c != 0 ? c : a->day < b->day ? -1 : a->day > b->day;
}

/* Ask the register of every candidate at its day: one read a round, a phone once each. */
static int
lapses_ask(const struct desk *d, struct fu_books *b, struct lapse *v, size_t n)
{
	struct lapse **by = xreallocarray(NULL, n ? n : 1, sizeof(*by));
	struct reg_ask *ask = xreallocarray(NULL, n ? n : 1, sizeof(*ask));
	size_t *of = xreallocarray(NULL, n ? n : 1, sizeof(*of)), k;
	int rv = 0, more = n > 0;

	for (size_t i = 0; i < n; i++)
		by[i] = &v[i];
	if (n > 1)
		qsort(by, n, sizeof(*by), lapse_cmp);
	for (size_t i = 0; i < n; i++)
		by[i]->round = i > 0 && strcmp(by[i - 1]->phone, by[i]->phone) == 0 ?
		    by[i - 1]->round + 1 : 0;
	for (size_t round = 0; rv == 0 && more; round++) {
		k = 0;
		for (size_t i = 0; i < n; i++)
			if (v[i].round == round) {
				of[k] = i;
				ask[k++] = (struct reg_ask){ .phone = v[i].phone,
				    .at = clock_day_start(v[i].day) };
			}
		more = k > 0;
		if (more)
			rv = register_find_many(d, &b->visits, &b->deals,
			    &(struct reg_many){ ask, k, clock_day_start(v[of[0]].day), NULL, NULL,
			    NULL });
		for (size_t i = 0; rv == 0 && i < k; i++) {
			v[of[i]].alone = ask[i].alone;
			v[of[i]].r = ask[i].r;
			if (!ask[i].alone)
				rv = register_find(d, &b->visits, &b->deals, NULL, v[of[i]].phone,
				    ask[i].at, &v[of[i]].r);
		}
	}
	free(of);
	free(ask);
	free(by);
	return rv;
}

/*
 * 流失 (条例 13): a registration lapsed on day x when the register, asked at x's start,
 * finds nobody holding the customer and the registration of r.was lapsed on x.  A
 * customer recorded lost since their last contact is counted lost, not lapsed (a
 * household, or a customer with a lost row, is read again to tell).
 */
static int
lapsed_on(const struct desk *d, struct fu_books *b, const struct fu_recs *sorted,
    const struct lapse *c, size_t today, struct fu_gones *g)
{
	struct fu_gone y = { .day = c->day, .lapsed = 1 };
	struct fu_recs mine = recs_of(sorted, c->r.root);
	struct reg r = c->r;
	struct hh h = { .phones = { 0 } };
	int rv = 0, lost = 0;

	if (r.owner[0] != '\0' || r.lapsed != c->day)
		return 0;
	for (size_t i = today; i < g->n; i++)	/* a household's members: once */
		if (strcmp(g->v[i].phone, r.root) == 0)
			return 0;
	for (size_t i = 0; i < mine.n; i++)
		lost |= strcmp(mine.v[i].event, "lost") == 0;
	snprintf(r.owner, sizeof(r.owner), "%s", r.was);	/* the contacts that count */
	if ((!c->alone || lost) && (rv = hh_read(d, b, &r, clock_day_start(c->day), &h)) == 0)
		lost = hh_lost(&h, sorted);
	strlist_free(&h.phones);
	if (rv != 0 || lost)
		return rv;
	snprintf(y.agent, sizeof(y.agent), "%s", r.was);
	snprintf(y.phone, sizeof(y.phone), "%s", r.root);
	snprintf(y.source, sizeof(y.source), "%s", r.source);
	snprintf(y.level, sizeof(y.level), "%s", r.level);
	gone_add(g, &y);
	return 0;
}

static int
gone_lapsed(const struct desk *d, struct fu_books *b, const struct fu_recs *rs,
    day_t first, day_t last, struct fu_gones *g)
{
	int valid = d->rules.registration_valid_days;
	struct lapse_cands lc = { first - valid - 1, last - valid - 1, { 0 }, valid };
	struct fu_recs sorted = { 0 };
	struct lapse *v = NULL;
	size_t n = 0, today = g->n;
	char ymd[11];
	int rv;

	if (last >= clock_day(d->now))
		lc.to = clock_day(d->now) - valid - 1;	/* lapsed by today's start */
	rv = journal_scan(&b->visits, &(struct jscan){ .since = clock_day_start(lc.from) },
	    lapse_cand, &lc);
	phones_once(&lc.keys);		/* by day, then phone */
	v = xcalloc(lc.keys.n + 1, sizeof(*v));
	for (size_t i = 0; i < lc.keys.n; i++) {
		snprintf(ymd, sizeof(ymd), "%s", lc.keys.v[i]);
		if (clock_parse_date(ymd, &v[n].day) == 0)
			v[n++].phone = lc.keys.v[i] + 11;
	}
	if (rs->n > 0) {
		sorted = (struct fu_recs){ xreallocarray(NULL, rs->n, sizeof(*sorted.v)), rs->n,
		    rs->at };
		memcpy(sorted.v, rs->v, rs->n * sizeof(*sorted.v));
		qsort(sorted.v, sorted.n, sizeof(*sorted.v), rec_cmp);
	}
	if (rv == 0)
		rv = lapses_ask(d, b, v, n);
	for (size_t i = 0; rv == 0 && i < n; i++) {
		if (i > 0 && v[i].day != v[i - 1].day)
			today = g->n;
		rv = lapsed_on(d, b, &sorted, &v[i], today, g);
	}
	free(sorted.v);
	free(v);
	strlist_free(&lc.keys);
	return rv;
}

int
followup_gone(const struct desk *d, struct fu_books *b, day_t first, day_t last,
    struct fu_gones *g)
{
	time_t at = due_at(d, last);
	struct fu_recs rs;
	int rv;

	*g = (struct fu_gones){ 0 };
	if ((rv = fu_read(d, &b->fu, at, NULL, &rs)) == 0 &&
	    (rv = gone_lost(d, b, &rs, first, last, g)) == 0)
		rv = gone_lapsed(d, b, &rs, first, last, g);
	free(rs.v);
	return rv;
}

void
fu_gones_free(struct fu_gones *g)
{
	free(g->v);
	*g = (struct fu_gones){ 0 };
}

/* The 流失分析表: the month's lost and lapsed customers counted by one key. */
const char *const fu_by_words[FU_NBY] = { "reason", "agent", "source", "level" };

static struct fu_tally *
tally_of(struct fu_tallies *t, const char *key, int add)
{
	for (size_t i = 0; i < t->n; i++)
		if (strcmp(t->v[i].key, key) == 0)
			return &t->v[i];
	if (!add)
		return NULL;
	t->v = xreallocarray(t->v, t->n + 1, sizeof(*t->v));
	memset(&t->v[t->n], 0, sizeof(*t->v));
	snprintf(t->v[t->n].key, sizeof(t->v[t->n].key), "%s", key);
	return &t->v[t->n++];
}

/* The rows always shown: the rule's list (every active agent), in its order. */
static void
tally_keys(const struct desk *d, enum fu_by by, struct fu_tallies *t)
{
	const struct strlist *l = by == FU_BY_REASON ? &d->rules.lost_reasons :
	    by == FU_BY_SOURCE ? &d->rules.sources : by == FU_BY_LEVEL ? &d->rules.levels :
	    NULL;

	for (size_t i = 0; l != NULL && i < l->n; i++)
		tally_of(t, l->v[i], 1);
	for (size_t i = 0; by == FU_BY_AGENT && i < d->roster.n; i++)
		if (d->roster.a[i].active)
			tally_of(t, d->roster.a[i].code, 1);
}

/* The key of one customer lost: a lapse has no reason, its row is "lapsed". */
static const char *
gone_key(const struct fu_gone *x, enum fu_by by)
{
	switch (by) {
	case FU_BY_REASON:
		return x->lapsed ? "lapsed" : x->reason;
	case FU_BY_AGENT:
		return x->agent;
	case FU_BY_SOURCE:
		return x->source;
	default:
		return x->level;
	}
}

void
followup_analysis(const struct desk *d, const struct fu_gones *g, enum fu_by by,
    struct fu_tallies *t)
{
	struct fu_tally *k;

	*t = (struct fu_tallies){ 0 };
	tally_keys(d, by, t);
	if (by == FU_BY_REASON)
		tally_of(t, "lapsed", 1);	/* 条例 13: 因跟进工作不足造成客户流失 */
	for (size_t i = 0; i < g->n; i++) {
		k = tally_of(t, gone_key(&g->v[i], by), 1);
		k->lost += !g->v[i].lapsed, t->lost += !g->v[i].lapsed;
		k->lapsed += g->v[i].lapsed, t->lapsed += g->v[i].lapsed;
	}
}

void
fu_tallies_free(struct fu_tallies *t)
{
	free(t->v);
	*t = (struct fu_tallies){ 0 };
}

/* The month's summary per agent (SPEC 5.6) ------------------------------------------ */

/* One event of a household's month, as the replay takes them in time order. */
enum sev { SE_CONTACT, SE_HANDOVER, SE_LEVEL, SE_DEPOSIT, SE_PLAN, SE_LOST, SE_BOUGHT };

struct sevent {
	char		 key[PHONE_LEN];	/* the household */
	time_t		 time;
	long long	 seq;
	enum sev	 ev;
	char		 agent[64];
	char		 level[64];
	day_t		 due;			/* a plan's */
};

struct sevents {
	struct sevent	*v;
	size_t		 n;
	time_t		 at;
	struct strlist	 phones, keys;		/* each phone's household, by index */
	struct strix	 ix;			/* each phone's latest index */
};

static struct sevent *
sev_add(struct sevents *s, const char *key, time_t t, long long seq, enum sev ev,
    const char *agent)
{
	struct sevent *e;

	s->v = xreallocarray(s->v, s->n + 1, sizeof(*s->v));
	e = &s->v[s->n++];
	memset(e, 0, sizeof(*e));
	snprintf(e->key, sizeof(e->key), "%s", key);
	e->time = t, e->seq = seq, e->ev = ev;
	snprintf(e->agent, sizeof(e->agent), "%s", agent);
	return e;
}

static const char *
sev_phone(size_t i, const void *arg)
{
	return ((const struct strlist *)arg)->v[i];
}

/* The household a phone's rows were last written under; the phone itself if none. */
static const char *
sev_key(const struct sevents *s, const char *phone)
{
	long k = strix_find(&s->ix, phone);

	return k >= 0 ? s->keys.v[k] : phone;
}

static int
sev_visit(const struct jrow *row, void *arg)
{
	struct sevents *s = arg;
	const char **f = row->f;
	const char *key = f[VI_HOUSEHOLD][0] != '\0' ? f[VI_HOUSEHOLD] : f[VI_PHONE];

	if (row->time > s->at || f[VI_PHONE][0] == '\0')
		return 0;
	s->phones.v = xreallocarray(s->phones.v, s->phones.n + 1, sizeof(char *));
	s->keys.v = xreallocarray(s->keys.v, s->keys.n + 1, sizeof(char *));
	s->phones.v[s->phones.n++] = xstrdup(f[VI_PHONE]);
	s->keys.v[s->keys.n++] = xstrdup(key);
	if (f[VI_LEVEL][0] != '\0')
		snprintf(sev_add(s, key, row->time, row->seq, SE_LEVEL, "")->level, 64, "%s",
		    f[VI_LEVEL]);
	if (strcmp(f[VI_KIND], "handover") == 0 && f[VI_OWNER][0] != '\0')
		sev_add(s, key, row->time, row->seq, SE_HANDOVER, f[VI_OWNER]);
	else if (owning(f[VI_KIND]) && strcmp(f[VI_AGENT], f[VI_OWNER]) == 0)
		sev_add(s, key, row->time, row->seq, SE_CONTACT, f[VI_AGENT]);
	return 0;
}

/* A deposit: no lapse from then on; a sale or a rent: bought, followed up no more. */
static int
sev_deal(const struct jrow *row, void *arg)
{
	struct sevents *s = arg;
	const char *k = row->f[DE_KIND];

	if (row->time <= s->at && (strcmp(k, "deposit") == 0 || strcmp(k, "sale") == 0 ||
	    strcmp(k, "rent") == 0))
		sev_add(s, sev_key(s, row->f[DE_PHONE]), row->time, row->seq,
		    k[0] == 'd' ? SE_DEPOSIT : SE_BOUGHT, row->f[DE_AGENT]);
	return 0;
}

/* Oldest first within a household; one moment: the contact before what it brought. */
static int
sev_cmp(const void *x, const void *y)
{
	const struct sevent *a = x, *b = y;
	int c = strcmp(a->key, b->key);

	if (c != 0)
		return c;
	if (a->time != b->time)
		return a->time < b->time ? -1 : 1;
	if (a->ev != b->ev)
		return a->ev < b->ev ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* The rows that bear on the month's due contacts, by household, in time order. */
static int
sev_read(const struct desk *d, struct fu_books *b, const struct fu_recs *rs, day_t first,
    time_t at, struct sevents *s)
{
	int span = d->rules.registration_valid_days;
	int rv;

	for (size_t i = 0; i < d->rules.follow_days.n; i++) {
		const char *c = strchr(d->rules.follow_days.v[i], ':');
		int n = c != NULL ? atoi(c + 1) : 0;

		span = n > span ? n : span;
	}
	*s = (struct sevents){ .at = at };
	if ((rv = journal_scan(&b->visits, &(struct jscan){
	    .since = clock_day_start(first - span - 1) }, sev_visit, s)) != 0)
		return rv;
	strix_build(&s->ix, s->phones.n, sev_phone, &s->phones);
	if ((rv = journal_scan(&b->deals, NULL, sev_deal, s)) != 0)
		return rv;
	for (size_t i = 0; i < rs->n; i++)
		if (strcmp(rs->v[i].event, "plan") == 0 || strcmp(rs->v[i].event, "lost") == 0)
			sev_add(s, sev_key(s, rs->v[i].phone), rs->v[i].time, rs->v[i].seq,
			    rs->v[i].event[0] == 'p' ? SE_PLAN : SE_LOST,
			    rs->v[i].agent)->due = rs->v[i].due;
	if (s->n > 1)
		qsort(s->v, s->n, sizeof(*s->v), sev_cmp);
	return 0;
}

static void
sev_free(struct sevents *s)
{
	free(s->v);
	strlist_free(&s->phones);
	strlist_free(&s->keys);
	strix_free(&s->ix);
}

/* A household replayed: the open due contact and what it rests on. */
struct episode {
	char		 owner[64];
	day_t		 last;		/* the owner's last contact; 0: none */
	day_t		 due;		/* the due contact open; 0: none */
	day_t		 plan;		/* the owner's plan since the last contact */
	char		 level[64];
	int		 deposit, lost;
};

/* 5.6: the earliest of the plan, the cadence and the lapse warning. */
static day_t
episode_due(const struct desk *d, const struct episode *e)
{
	int days = e->level[0] ? rules_follow_days(&d->rules, e->level) : -1;
	day_t due = e->plan;

	if (days >= 0 && (due == 0 || e->last + days < due))
		due = e->last + days;
	if (!e->deposit && (due == 0 ||
	    e->last + d->rules.registration_valid_days - d->rules.lapse_warn_days < due))
		due = e->last + d->rules.registration_valid_days - d->rules.lapse_warn_days;
	return due;
}

struct summary_ctx {
	const struct desk	*d;
	day_t			 first, last, today;
	struct fu_summary	*sum;
};

static struct fu_sum *sum_find(const struct fu_summary *, const char *);

static struct fu_sum *
sum_of(struct fu_summary *s, const char *agent)
{
	struct fu_sum *x = sum_find(s, agent);

	if (x != NULL)
		return x;
	s->v = xreallocarray(s->v, s->n + 1, sizeof(*s->v));
	memset(&s->v[s->n], 0, sizeof(*s->v));
	snprintf(s->v[s->n].agent, sizeof(s->v[s->n].agent), "%s", agent);
	return &s->v[s->n++];
}

/* The open due contact ends: met on day met (0: not met), counted if due in the month. */
static void
episode_end(struct summary_ctx *c, struct episode *e, day_t met)
{
	struct fu_sum *s;

	if (e->due != 0 && e->due >= c->first && e->due <= c->last &&
	    (met != 0 || e->due <= c->today)) {
		s = sum_of(c->sum, e->owner);
		s->due++;
		s->on_time += met != 0 && met <= e->due;
		s->late += met != 0 && met > e->due;
	}
	e->due = 0;
}

/* One event of a household. */
static void
episode_step(struct summary_ctx *c, struct episode *e, const struct sevent *v)
{
	const struct desk *d = c->d;
	day_t day = clock_day(v->time);
	int lapsed = e->last != 0 && !e->deposit &&
	    day > e->last + d->rules.registration_valid_days;

	switch (v->ev) {
	case SE_CONTACT:	/* met, unless the registration lapsed first */
		episode_end(c, e, lapsed ? 0 : day);
		snprintf(e->owner, sizeof(e->owner), "%s", v->agent);
		e->last = day, e->plan = 0, e->lost = 0;
		break;
	case SE_HANDOVER:	/* the due contact moves with the customer */
		snprintf(e->owner, sizeof(e->owner), "%s", v->agent);
		return;
	case SE_LEVEL:
		snprintf(e->level, sizeof(e->level), "%s", v->level);
		break;
	case SE_DEPOSIT:
		e->deposit = 1;
		break;
	case SE_PLAN:
		if (strcmp(v->agent, e->owner) != 0 || e->lost)
			return;
		e->plan = v->due;
		break;
	case SE_LOST:		/* 战败, or bought: no due contact until the next contact */
	case SE_BOUGHT:
		if (e->due != 0 && e->due >= day)
			e->due = 0;
		episode_end(c, e, 0);
		e->lost = 1;
		return;
	}
	/* a due contact not yet fallen due is worked out again; a passed one stands */
	if (e->last != 0 && !e->lost && !lapsed && (e->due == 0 || e->due >= day))
		e->due = episode_due(d, e);
}

static void
summary_due(struct summary_ctx *c, const struct sevents *s)
{
	struct episode e;

	for (size_t i = 0; i < s->n; i++) {
		if (i == 0 || strcmp(s->v[i].key, s->v[i - 1].key) != 0) {
			if (i > 0)
				episode_end(c, &e, 0);
			memset(&e, 0, sizeof(e));
		}
		episode_step(c, &e, &s->v[i]);
	}
	if (s->n > 0)
		episode_end(c, &e, 0);
}

/* 次日分派 in the month: the callers handed out, those called back, and their due. */
static int
summary_assigned(struct summary_ctx *c, struct fu_books *b, const struct fu_recs *rs,
    time_t at)
{
	struct callback cb;
	struct fu_sum *sum;
	int rv = 0;

	for (size_t i = 0; rv == 0 && i < rs->n; i++) {
		const struct fu_rec *as = &rs->v[i];
		day_t day = clock_day(as->time);

		if (strcmp(as->event, "assign") != 0 || day < c->first || day > c->last)
			continue;
		if ((rv = callback_read(c->d, b, as, at, &cb)) != 0)
			break;
		sum = sum_of(c->sum, as->agent);
		sum->assigned++;
		sum->called_back += cb.back != 0;
		if (as->due > c->last || (cb.back == 0 && as->due > c->today))
			continue;
		sum->due++;
		sum->on_time += cb.back != 0 && clock_day(cb.back) <= as->due;
		sum->late += cb.back != 0 && clock_day(cb.back) > as->due;
	}
	return rv;
}

/* held: every customer held at the month's end (or now), by owner. */
static int
held_count(const struct reg *r, const struct hh *h, const struct fu_recs *rs, void *arg)
{
	(void)h, (void)rs;
	sum_of(arg, r->owner)->held++;
	return 0;
}

static int
summary_held(struct summary_ctx *c, struct fu_books *b, const struct fu_recs *rs,
    time_t at)
{
	struct held_ask ha = { .d = c->d, .b = b, .at = at, .every = 1, .rs = rs };

	return held_each(&ha, held_count, c->sum);
}

static struct fu_sum *
sum_find(const struct fu_summary *s, const char *agent)
{
	for (size_t i = 0; i < s->n; i++)
		if (strcmp(s->v[i].agent, agent) == 0)
			return &s->v[i];
	return NULL;
}

/* Every active agent has a row, in the roster's order; then the others counted. */
static void
summary_order(const struct desk *d, struct fu_summary *s)
{
	struct fu_summary sorted = { 0 };
	const struct fu_sum *x;

	for (size_t i = 0; i < d->roster.n; i++)
		if ((x = sum_find(s, d->roster.a[i].code)) != NULL)
			*sum_of(&sorted, x->agent) = *x;
		else if (d->roster.a[i].active)
			sum_of(&sorted, d->roster.a[i].code);
	for (size_t i = 0; i < s->n; i++)
		if (sum_find(&sorted, s->v[i].agent) == NULL)
			*sum_of(&sorted, s->v[i].agent) = s->v[i];
	free(s->v);
	*s = sorted;
}

int
followup_summary(const struct desk *d, struct fu_books *b, day_t first, day_t last,
    struct fu_summary *sum)
{
	struct summary_ctx c = { d, first, last, clock_day(d->now), sum };
	time_t at = due_at(d, last);
	struct fu_gones g = { 0 };
	struct sevents s = { 0 };
	struct fu_recs rs;
	int rv;

	*sum = (struct fu_summary){ 0 };
	if ((rv = fu_read(d, &b->fu, at, NULL, &rs)) == 0 &&
	    (rv = sev_read(d, b, &rs, first, at, &s)) == 0 &&
	    (rv = summary_held(&c, b, &rs, at)) == 0 &&
	    (rv = summary_assigned(&c, b, &rs, at)) == 0 &&
	    (rv = followup_gone(d, b, first, last, &g)) == 0) {
		summary_due(&c, &s);
		for (size_t i = 0; i < g.n; i++) {
			sum_of(sum, g.v[i].agent)->lapsed += g.v[i].lapsed;
			sum_of(sum, g.v[i].agent)->lost += !g.v[i].lapsed;
		}
		summary_order(d, sum);
	}
	fu_gones_free(&g);
	sev_free(&s);
	free(rs.v);
	return rv;
}

void
fu_summary_free(struct fu_summary *s)
{
	free(s->v);
	*s = (struct fu_summary){ 0 };
}

/* The card's foot (--card): who holds the customer, the level, the next contact. */
void
followup_card_foot(const struct desk *d, const struct fu_card *c, struct str *s)
{
	const struct reg *r = &c->reg;
	const struct agent *a = roster_code(&d->roster, r->owner);
	char from[11], until[11], due[11];

	clock_ymd_or_empty(r->registered, from);
	clock_ymd_or_empty(r->until, until);
	if (r->owner[0] == '\0')
		/* TRANSLATORS: --card: nobody holds the customer now. */
		str_addf(s, "%s\n", _("owner: nobody"));
	else if (r->deposit)
		/* TRANSLATORS: --card: %s the owner ("A01 王伟"), held by a deposit. */
		str_addf(s, _("owner: %s, held by a deposit\n"),
		    roster_who(&d->roster, a ? a - d->roster.a : -1));
	else
		/* TRANSLATORS: --card: %1$s the owner ("A01 王伟"), %2$s the day of the
		   registration, %3$s its last valid day. */
		str_addf(s, _("owner: %s, registered %s, valid until %s\n"),
		    roster_who(&d->roster, a ? a - d->roster.a : -1), from, until);
	/* TRANSLATORS: --card: the customer's level (意向级别), H, or "none". */
	str_addf(s, _("level: %s\n"), r->level[0] ? r->level : _("none"));
	clock_ymd_or_empty(c->next.due, due);
	if (c->closed == FU_LOST)
		/* TRANSLATORS: --card: recorded lost (战败) and not come again since. */
		str_addf(s, "%s\n", _("next contact: none, lost"));
	else if (c->closed == FU_BOUGHT)
		/* TRANSLATORS: --card: the customer bought (成交: a sale or a rent) and
		   has not come again since. */
		str_addf(s, "%s\n", _("next contact: none, bought"));
	else if (!c->due)
		/* TRANSLATORS: --card: nothing makes a contact due. */
		str_addf(s, "%s\n", _("next contact: none"));
	else
		/* TRANSLATORS: --card: %1$s the day due, %2$s the agent ("A01"), %3$s why
		   (cadence, 跟进周期). */
		str_addf(s, _("next contact: %s by %s (%s)\n"), due, c->next.agent,
		    _(fu_why_words[c->next.why]));
}
