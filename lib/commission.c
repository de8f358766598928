/*
 * commission.c: who is paid for a deal (seed 000 四.6-8, 条例 2-3, 9, 五.4; 001 (3)
 * 佣金分配).  The rules of SPEC 5.3 are tried in their order; the first that applies
 * decides.  Shares are hundredths of a per cent and amounts fen: the parts always add
 * up to the deal, to the fen.  The month's statement (001 (4) 佣金提成制度) pays the rate
 * on what each agent's shares of the month's sales and rents pass the targets.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commission.h"
#include "register.h"
#include "util.h"

/* The rule column of commissions.csv; assign-commission --table says it translated. */
const char *const c_rule_names[CR_COUNT] = {
	/* TRANSLATORS: the commission rule that decided a deal (assign-commission
	   --table): the sales manager split it (--split: 经理分配). */
	N_("manager"),
	/* TRANSLATORS: a commission rule: an outside referrer of referrers.csv brought
	   the customer and takes the commission (推荐人, 渠道). */
	N_("referral"),
	/* TRANSLATORS: a commission rule: the agents' cooperation agreed before signing
	   (--agree: 合作分成, 五.4). */
	N_("agreement"),
	/* TRANSLATORS: a commission rule: nobody owned the customer, the closer takes it
	   all (新客户). */
	N_("new-customer"),
	/* (expired: with the statuses of lib/register.c) */
	N_("expired"),
	/* TRANSLATORS: a commission rule: the customer's owner closed the deal and takes
	   it all (归属顾问). */
	N_("owner"),
	/* TRANSLATORS: a commission rule: the closer received the owner's customer as the
	   duty agent (义务接待, 条例 3, 9); the two share it. */
	N_("cover"),
	/* TRANSLATORS: a commission rule: the closer registered another member of the
	   owner's customer's household (同户, 共单, 条例 2); the two share it. */
	N_("household"),
	/* (crossed, 撞单: with the statuses of lib/register.c) */
	N_("crossed") };

/*
 * "A01:60,李娜:40": agents by code or name, shares that add up to 100.00.  Typed at the
 * desk (strict), an unknown or inactive agent is refused as everywhere (EX_REFUSED, said);
 * other faults are EX_DATAERR with err.
 */
int
shares_parse(const struct desk *d, const char *spec, int strict, struct share *s,
    size_t *n, char *err, size_t len)
{
	char *copy = xstrdup(spec), *p = copy, *item, *colon;
	int64_t sum = 0;
	int rv = 0, st = 0;

	for (*n = 0; rv == 0 && (item = strsep(&p, ",")) != NULL; (*n)++) {
		const struct agent *a;

		colon = strrchr(item, ':');
		if (colon != NULL)
			*colon++ = '\0';
		if (*n == SHARES_MAX)
			/* TRANSLATORS: %d is the most shares a deal is split into (8). */
			rv = snprintf(err, len, _("at most %d shares"), SHARES_MAX);
		else if (colon == NULL || money_parse(colon, &s[*n].pct) == -1 ||
		    s[*n].pct <= 0 || s[*n].pct > PCT_WHOLE)
			/* TRANSLATORS: %s is one share as typed (A01:60%); AGENT:PERCENT is its
			   form: an agent, a colon, a per cent above 0 and at most 100. */
			rv = snprintf(err, len, _("'%s' is not AGENT:PERCENT"), item);
		else if ((a = strict ? roster_find(&d->roster, item, &st) :
		    roster_match(&d->roster, item)) == NULL) {
			/* TRANSLATORS: %s is the agent of a share, as typed. */
			rv = snprintf(err, len, _("'%s' is not an agent of agents.csv"), item);
			break;
		} else {
			snprintf(s[*n].agent, sizeof(s[*n].agent), "%s", a->code);
			for (size_t i = 0; i < *n && rv == 0; i++)
				if (strcmp(s[i].agent, a->code) == 0)
					/* TRANSLATORS: %s is an agent code named twice (A01). */
					rv = snprintf(err, len, _("%s has two shares"), a->code);
			sum += s[*n].pct;
		}
	}
	if (rv == 0 && sum != PCT_WHOLE)
		/* TRANSLATORS: %1$lld.%2$02lld is the sum of the shares in per cent (90.00). */
		rv = snprintf(err, len, _("the shares add up to %lld.%02lld %%, not 100"),
		    (long long)sum / 100, (long long)sum % 100);
	free(copy);
	return st ? st : rv ? EX_DATAERR : 0;
}

/* "A01:60.00,A02:40.00", as agreements.csv keeps it. */
void
shares_format(const struct share *s, size_t n, char *out, size_t len)
{
	size_t o = 0;

	out[0] = '\0';
	for (size_t i = 0; i < n && o < len; i++)
		o += snprintf(out + o, len - o, "%s%s:%lld.%02lld", i ? "," : "", s[i].agent,
		    (long long)s[i].pct / 100, (long long)s[i].pct % 100);
}

/*
 * Each share's part of the amount, rounded down, then the fen left over one by one to
 * the largest remainders (the earlier share on a tie): the parts add up to the amount.
 * amount = q * 10000 + r, so no product can overflow.
 */
static void
commission_split(money_t amount, struct share *s, size_t n)
{
	money_t q = amount / PCT_WHOLE, r = amount % PCT_WHOLE, left = amount;
	int64_t rem[SHARES_MAX];

	for (size_t i = 0; i < n; i++) {
		s[i].amount = q * s[i].pct + r * s[i].pct / PCT_WHOLE;
		rem[i] = r * s[i].pct % PCT_WHOLE;
		left -= s[i].amount;
	}
	for (; left > 0; left--) {
		size_t best = 0;

		for (size_t i = 1; i < n; i++)
			if (rem[i] > rem[best])
				best = i;
		s[best].amount++;
		rem[best] = -1;
	}
}

/* The commission on what was credited past the target, at rate hundredths of a per cent. */
static money_t
commission_of(money_t credited, money_t target, int64_t rate)
{
	money_t c;

	if (credited <= target)
		return 0;
	return money_pct(credited - target, rate, &c) == -1 ? -1 : c;
}

static void
give(struct decision *dc, int rule, const char *agent, int64_t pct)
{
	dc->rule = rule;
	snprintf(dc->s[dc->n].agent, sizeof(dc->s[dc->n].agent), "%s", agent);
	dc->s[dc->n++].pct = pct;
}

struct look {
	const struct deal	*deal;
	long long		 seq;
	long			 line;		/* of the row found, for a message */
	time_t			 best;
	char			 buf[512];
};

/* 五.4: the latest agreement on this customer recorded before the deal. */
static int
agreement_row(const struct jrow *r, void *arg)
{
	struct look *lk = arg;

	if (strcmp(r->f[AG_PHONE], lk->deal->phone) == 0 && r->time < lk->deal->time &&
	    r->time >= lk->best) {
		lk->best = r->time;
		lk->seq = r->seq;
		lk->line = r->line;
		snprintf(lk->buf, sizeof(lk->buf), "%s", r->f[AG_SHARES]);
	}
	return 0;
}

/* What the books show the closer did for the owner's customer, by the deal's time. */
struct served {
	const struct deal	*deal;
	const char		*root;		/* the owner's household */
	long long		 duty, floor;	/* the latest duty reception, any */
	long long		 member, visit;	/* the latest visit of a member, of them */
};

/* 条例 3, 9: the closer received this customer, as the duty agent for the owner or not. */
static int
floor_row(const struct jrow *r, void *arg)
{
	struct served *s = arg;

	if (strcmp(r->f[FL_EVENT], "receive") != 0 ||
	    strcmp(r->f[FL_AGENT], s->deal->agent) != 0 ||
	    strcmp(r->f[FL_CUSTOMER], s->deal->phone) != 0 || r->time > s->deal->time)
		return 0;
	s->floor = r->seq;
	if (strcmp(r->f[FL_REASON], "duty") == 0)
		s->duty = r->seq;
	return 0;
}

/*
 * 条例 2: two agents each received one of a couple (共单): the closer registered a member
 * linked to the owner's household, whichever member the deal is on.  四.11: the closer's
 * own visit or follow-up of this customer (a crossed visit too) shows they served them.
 */
static int
visit_row(const struct jrow *r, void *arg)
{
	struct served *s = arg;
	const char **f = r->f;
	int visit = strcmp(f[VI_KIND], "visit") == 0;

	if (strcmp(f[VI_AGENT], s->deal->agent) != 0 || r->time > s->deal->time)
		return 0;
	if (visit && strcmp(f[VI_HOUSEHOLD], s->root) == 0)
		s->member = r->seq;
	if ((visit || strcmp(f[VI_KIND], "follow") == 0) &&
	    strcmp(f[VI_PHONE], s->deal->phone) == 0)
		s->visit = r->seq;
	return 0;
}

static int
find(struct journal *j, const char *needle, time_t since, jrow_fn fn, struct look *lk)
{
	lk->seq = 0;
	return journal_scan(j, &(struct jscan){ .since = since,
	    .grep = (const char *[]){ needle, NULL } }, fn, lk);
}

/* The evidence gains ";book:seq" when there is such a row. */
static void
cite(struct decision *dc, const char *book, long long seq)
{
	size_t o = strlen(dc->evidence);

	if (seq != 0)
		snprintf(dc->evidence + o, sizeof(dc->evidence) - o, ";%s:%lld", book, seq);
}

/* The closer's rows of the owner's customer, within the register's reach. */
static int
served_scan(const struct c_books *b, struct served *s)
{
	time_t since = clock_day_start(clock_day(s->deal->time) - REGISTER_REACH_DAYS);
	int rv;

	if ((rv = journal_scan(b->floor, &(struct jscan){ .since = since,
	    .grep = (const char *[]){ s->deal->phone, NULL } }, floor_row, s)) != 0)
		return rv;
	return journal_scan(b->visits, &(struct jscan){ .since = since,
	    .grep = (const char *[]){ s->deal->phone, s->root, NULL } }, visit_row, s);
}

/*
 * Rule 6 with no row that shows the closer served the customer: 抢客户 (四.6, 四.10,
 * 条例 9), and the register is the first evidence of a commission (四.11): only the
 * manager can share such a deal.
 */
static int
not_served(const struct desk *d, const struct deal *dl, const struct reg *r,
    const char *where)
{
	const struct agent *o = roster_code(&d->roster, r->owner);
	const struct agent *c = roster_code(&d->roster, dl->agent);
	char masked[PHONE_LEN];

	phone_mask(dl->phone, masked);
	/* TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s the
	   customer's phone, masked (139****2222); %3$s their owner (A04 刘洋); %4$s and
	   %5$lld the book and row that make them the owner's (visits.csv, 7); %6$s the
	   closer (A07 赵磊). */
	warnx(_("%srefused: %s is %s's customer (%s row %lld) and no reception (floor.csv) or "
	    "register row (visits.csv) shows %s served them: the manager decides with "
	    "--split (抢客户: 四.6, 四.10, 四.11, 条例 9)"), where, masked, o != NULL ?
	    roster_who(&d->roster, (int)(o - d->roster.a)) : r->owner,
	    r->deposit ? "deals.csv" : "visits.csv", r->deposit ? r->deposit : r->seq,
	    roster_who(&d->roster, (int)(c - d->roster.a)));
	return EX_REFUSED;
}

/* Rule 6: the owner shares with the closer, by the rule's split of the case. */
static int
shared(const struct desk *d, const struct c_books *b, const struct deal *dl,
    const struct reg *r, struct decision *dc, const char *where)
{
	struct served s = { .deal = dl, .root = r->root };
	int rule = CR_CROSSED, rv;
	int64_t pct = d->rules.split_crossed;

	if ((rv = served_scan(b, &s)) != 0)
		return rv;
	if (s.duty) {
		rule = CR_COVER, pct = d->rules.split_cover;
		cite(dc, "floor", s.duty);
	} else if (s.member) {
		rule = CR_HOUSEHOLD, pct = d->rules.split_household;
		cite(dc, "visits", s.member);
	} else if (s.visit || s.floor) {	/* the register first (四.11) */
		cite(dc, "visits", s.visit);
		cite(dc, "floor", s.floor);
	} else if (strcmp(dl->kind, "deposit") != 0)	/* a deposit pays nobody */
		return not_served(d, dl, r, where);
	give(dc, rule, r->owner, pct);
	give(dc, rule, dl->agent, PCT_WHOLE - pct);
	return 0;
}

/* Rules 4-6: by who owned the customer when the deal was made (SPEC 5.2). */
static int
by_owner(const struct desk *d, const struct c_books *b, const struct deal *dl,
    struct decision *dc, const char *where)
{
	struct reg r;
	int rv;

	if ((rv = register_find(d, b->visits, b->deals, NULL, dl->phone, dl->time,
	    &r)) != 0)
		return rv;
	snprintf(dc->owner, sizeof(dc->owner), "%s", r.owner[0] ? r.owner : dl->agent);
	if (r.owner[0] == '\0') {	/* 当场落定 and new customers: the closer's */
		if (r.lapsed)
			snprintf(dc->evidence, sizeof(dc->evidence), "visits:%lld", r.seq);
		give(dc, r.lapsed ? CR_EXPIRED : CR_NEW, dl->agent, PCT_WHOLE);
		return 0;
	}
	snprintf(dc->evidence, sizeof(dc->evidence), "%s:%lld", r.deposit ? "deals" :
	    "visits", r.deposit ? r.deposit : r.seq);
	if (strcmp(r.owner, dl->agent) == 0) {
		give(dc, CR_OWNER, dl->agent, PCT_WHOLE);
		return 0;
	}
	return shared(d, b, dl, &r, dc, where);
}

/*
 * SPEC 5.3, the first rule that applies: the manager's split, a referrer of
 * referrers.csv, an agreement made before the deal, then the owner.  EX_DATAERR when the
 * split or an agreement does not parse, EX_REFUSED by rule 6 (said on stderr).
 */
static int
commission_decide(const struct desk *d, const struct c_books *b, const struct deal *dl,
    struct decision *dc, const char *where)
{
	struct look lk = { .deal = dl };
	char err[160];
	int rv;

	memset(dc, 0, sizeof(*dc));
	if (strcmp(dl->kind, "deposit") == 0)	/* 五.2: it fixes the owner, pays nobody */
		return by_owner(d, b, dl, dc, where);
	if (dl->split != NULL) {
		dc->rule = CR_MANAGER;
		if ((rv = shares_parse(d, dl->split, 1, dc->s, &dc->n, err, sizeof(err))) !=
		    EX_DATAERR)
			return rv;
		warnx("--split: %s", err);
		return rv;
	}
	if (dl->outside != NULL) {	/* 001 佣金分配 7 佣金归介绍人所有; not an agent */
		give(dc, CR_REFERRAL, dl->outside->code, PCT_WHOLE);
		return 0;
	}
	if ((rv = find(b->agreements, dl->phone, 0, agreement_row, &lk)) != 0)
		return rv;
	if (lk.seq == 0)
		return by_owner(d, b, dl, dc, where);
	dc->rule = CR_AGREEMENT;
	snprintf(dc->evidence, sizeof(dc->evidence), "agreements:%lld", lk.seq);
	if (shares_parse(d, lk.buf, 0, dc->s, &dc->n, err, sizeof(err)) == 0)
		return 0;
	warnx("agreements.csv:%ld: %s", lk.line, err);
	return EX_DATAERR;
}

/* The books of a deal, locked in the order of SPEC 1; deals and commissions to append. */
int
c_books_open(struct c_books *b, const struct desk *d, int write)
{
	static const enum jid id[] = { J_FLOOR, J_VISITS, J_DEALS, J_AGREEMENTS,
		J_COMMISSIONS };
	int rv = 0;

	for (b->n = 0; b->n < 5 && rv == 0; b->n++)
		rv = journal_open(&b->j[b->n], d->dir, id[b->n], write &&
		    (id[b->n] == J_DEALS || id[b->n] == J_COMMISSIONS));
	b->floor = &b->j[0], b->visits = &b->j[1], b->deals = &b->j[2];
	b->agreements = &b->j[3], b->commissions = &b->j[4];
	return rv;
}

/* Unlock, the rows appended taken back first if rollback. */
void
c_books_close(struct c_books *b, int rollback)
{
	while (b->n > 0) {
		if (rollback && b->j[b->n - 1].write)
			journal_rollback(&b->j[b->n - 1]);
		journal_close(&b->j[--b->n]);
	}
}

static int
live_row(const struct jrow *r, void *arg)
{
	struct c_rows *l = arg;

	if (strcmp(r->f[l->col], l->id) == 0) {
		l->seq = xreallocarray(l->seq, l->n + 1, sizeof(*l->seq));
		l->seq[l->n++] = r->seq;
	}
	return 0;
}

/* The live rows of deal id in deals.csv or commissions.csv, in the book's order. */
int
commission_rows(struct journal *j, const char *id, struct c_rows *l)
{
	*l = (struct c_rows){ id, j->def == &jdefs[J_DEALS] ? DE_DEAL : CO_DEAL, NULL, 0 };
	return journal_scan(j, NULL, live_row, l);
}

static int
append_deal(struct c_books *b, const struct deal *dl, const struct decision *dc)
{
	char t[CLOCK_LEN], amount[MONEY_LEN], pct[MONEY_LEN];
	const char *f[DE_NCOLS] = { 0 };	/* the wider of the two books */
	int rv;

	clock_rfc3339(dl->time, t);
	money_format(dl->amount, amount);
	f[J_TIME] = t;
	f[DE_DEAL] = dl->id, f[DE_KIND] = dl->kind, f[DE_PHONE] = dl->phone;
	f[DE_AGENT] = dl->agent, f[DE_AMOUNT] = amount, f[DE_REFERRER] = dl->referrer;
	f[DE_NOTE] = dl->note;
	if ((rv = journal_append(b->deals, f)) != 0)
		return rv;
	for (size_t i = 0; i < dc->n && rv == 0; i++) {
		memset(f, 0, sizeof(f));
		money_format(dc->s[i].amount, amount);
		money_format(dc->s[i].pct, pct);
		f[J_TIME] = t;
		f[CO_DEAL] = dl->id, f[CO_AGENT] = dc->s[i].agent, f[CO_SHARE] = pct;
		f[CO_AMOUNT] = amount, f[CO_RULE] = c_rule_names[dc->rule];
		f[CO_EVIDENCE] = dc->evidence;
		rv = journal_append(b->commissions, f);
	}
	return rv;
}

/*
 * One deal: refused while its id has a live row (void it first), decided, split to the
 * fen (a deposit pays nobody, 五.2) and, if write, appended with its commission rows.
 */
int
commission_deal(const struct desk *d, struct c_books *b, const struct deal *dl, int write,
    const char *where, struct decision *dc)
{
	struct c_rows l;
	int rv;

	if ((rv = commission_rows(b->deals, dl->id, &l)) == 0 && l.n > 0) {
		/* TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s the
		   deal id (HT-1102); %3$lld its row in deals.csv. */
		warnx(_("%srefused: deal '%s' is recorded already (deals.csv row %lld): void it "
		    "first"), where, dl->id, l.seq[l.n - 1]);
		rv = EX_REFUSED;
	}
	free(l.seq);
	if (rv != 0 || (rv = commission_decide(d, b, dl, dc, where)) != 0)
		return rv;
	if (strcmp(dl->kind, "deposit") == 0)
		dc->n = 0;
	commission_split(dl->amount, dc->s, dc->n);
	return write ? append_deal(b, dl, dc) : 0;
}

/* The month's statement (001 (4) 佣金提成制度): the shares of its sales and rents. */
struct month {
	const struct desk *desk;
	day_t		 first, last;
	char		**id;		/* the month's sale and rent deals, */
	int		*rent;		/* and which are rents */
	size_t		 n;
	money_t		*credit;	/* [agent * 2 + rent] */
	int		 overflow;
};

static int
in_month(const struct month *m, time_t t)
{
	return clock_day(t) >= m->first && clock_day(t) <= m->last;
}

static int
month_deal(const struct jrow *r, void *arg)
{
	struct month *m = arg;
	int rent = strcmp(r->f[DE_KIND], "rent") == 0;

	if (!in_month(m, r->time) || (!rent && strcmp(r->f[DE_KIND], "sale") != 0))
		return 0;
	m->id = xreallocarray(m->id, m->n + 1, sizeof(*m->id));
	m->rent = xreallocarray(m->rent, m->n + 1, sizeof(*m->rent));
	m->id[m->n] = xstrdup(r->f[DE_DEAL]);
	m->rent[m->n++] = rent;
	return 0;
}

static int
month_share(const struct jrow *r, void *arg)
{
	struct month *m = arg;
	const struct agent *a = roster_code(&m->desk->roster, r->f[CO_AGENT]);
	money_t amount, *c;

	if (!in_month(m, r->time))
		return 0;
	if (money_parse(r->f[CO_AMOUNT], &amount) == -1) {
		/* TRANSLATORS: %1$ld is the line of commissions.csv, %2$s its amount column. */
		warnx(_("commissions.csv:%ld: amount '%s' is not yuan"), r->line,
		    r->f[CO_AMOUNT]);
		return -1;
	}
	if (a == NULL)
		return 0;
	for (size_t i = 0; i < m->n; i++)
		if (strcmp(m->id[i], r->f[CO_DEAL]) == 0) {
			c = &m->credit[(a - m->desk->roster.a) * 2 + m->rent[i]];
			m->overflow |= money_add(*c, amount, c) == -1;
		}
	return 0;
}

/*
 * The credit of every agent in the month, from the books under their read locks: the
 * commission book checked whole, the month's deals row by row (SPEC 1: money is never
 * summed from a broken chain).
 */
static int
month_read(struct month *m)
{
	struct jscan since = { .since = clock_day_start(m->first) };
	struct journal de, co = { .fd = -1 };
	int rv;

	if ((rv = journal_open(&de, m->desk->dir, J_DEALS, JOURNAL_CHECKED)) == 0 &&
	    (rv = journal_open(&co, m->desk->dir, J_COMMISSIONS, JOURNAL_READ)) == 0 &&
	    (rv = journal_chained(&co)) == 0 &&
	    (rv = journal_scan(&de, &since, month_deal, m)) == 0 &&
	    (rv = journal_scan(&co, &since, month_share, m)) == 0 && m->overflow) {
		warnx("%s", _("the month's credited amounts are too large to add up"));
		rv = EX_DATAERR;
	}
	journal_close(&co);
	journal_close(&de);
	return rv;
}

/* 001 (4): the sales rate on what passes the sales target, the rent rate on the rent's. */
static int
month_line(const struct desk *d, const struct agent *a, const money_t *credit,
    struct c_line *l)
{
	*l = (struct c_line){ a, { credit[0], credit[1] },
		{ commission_of(credit[0], a->sales_target, d->rules.sale_rate_pct),
		  commission_of(credit[1], a->rent_target, d->rules.rent_rate_pct) }, 0 };
	if (l->commission[0] < 0 || l->commission[1] < 0 ||
	    money_add(l->commission[0], l->commission[1], &l->total) == -1) {
		/* TRANSLATORS: %s is an agent code (A01). */
		warnx(_("%s: the commission is too large to represent"), a->code);
		return EX_DATAERR;
	}
	return 0;
}

/* The month's statement: a line for each active agent, and each other one credited. */
int
commission_statement(const struct desk *d, day_t first, day_t last, struct c_statement *s)
{
	struct month m = { .desk = d, .first = first, .last = last };
	int rv;

	memset(s, 0, sizeof(*s));
	m.credit = xcalloc(2 * d->roster.n + 2, sizeof(*m.credit));
	s->v = xcalloc(d->roster.n + 1, sizeof(*s->v));
	rv = month_read(&m);
	for (size_t i = 0; i < d->roster.n && rv == 0; i++)
		if (d->roster.a[i].active || m.credit[2 * i] || m.credit[2 * i + 1])
			rv = month_line(d, &d->roster.a[i], &m.credit[2 * i], &s->v[s->n++]);
	for (size_t i = 0; i < m.n; i++)
		free(m.id[i]);
	free(m.id);
	free(m.rent);
	free(m.credit);
	return rv;
}

void
c_statement_free(struct c_statement *s)
{
	free(s->v);
	s->v = NULL;
	s->n = 0;
}
