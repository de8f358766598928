/*
 * commission.c: who is paid for a deal (seed 000 四.6-8, 条例 2-3, 9, 五.4; 001 (3)
 * 佣金分配).  The rules of SPEC 5.3 are tried in their order; the first that applies
 * decides.  Shares are hundredths of a per cent and amounts fen: the parts always add
 * up to the deal, to the fen.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commission.h"
#include "register.h"
#include "util.h"

const char *const c_rule_names[CR_COUNT] = { "manager", "referral", "agreement",
	"new-customer", "expired", "owner", "cover", "household", "crossed" };

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
			rv = snprintf(err, len, "at most %d shares", SHARES_MAX);
		else if (colon == NULL || money_parse(colon, &s[*n].pct) == -1 ||
		    s[*n].pct <= 0 || s[*n].pct > PCT_WHOLE)
			rv = snprintf(err, len, "'%s' is not AGENT:PERCENT", item);
		else if ((a = strict ? roster_find(&d->roster, item, &st) :
		    roster_match(&d->roster, item)) == NULL) {
			rv = snprintf(err, len, "'%s' is not an agent of agents.csv", item);
			break;
		} else {
			snprintf(s[*n].agent, sizeof(s[*n].agent), "%s", a->code);
			for (size_t i = 0; i < *n && rv == 0; i++)
				if (strcmp(s[i].agent, a->code) == 0)
					rv = snprintf(err, len, "%s has two shares", a->code);
			sum += s[*n].pct;
		}
	}
	if (rv == 0 && sum != PCT_WHOLE)
		rv = snprintf(err, len, "the shares add up to %lld.%02lld %%, not 100",
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
void
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
money_t
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
	const char		*root, *owner;
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

/* 条例 3, 9: the closer received this customer as the duty agent, covering the owner. */
static int
cover_row(const struct jrow *r, void *arg)
{
	struct look *lk = arg;

	if (strcmp(r->f[FL_EVENT], "receive") == 0 && strcmp(r->f[FL_REASON], "duty") == 0 &&
	    strcmp(r->f[FL_AGENT], lk->deal->agent) == 0 &&
	    strcmp(r->f[FL_CUSTOMER], lk->deal->phone) == 0 && r->time <= lk->deal->time)
		lk->seq = r->seq;
	return 0;
}

/*
 * 条例 2: two agents each received one of a couple (共单): the closer registered a member
 * linked to the owner's household, whichever member the deal is on.
 */
static int
household_row(const struct jrow *r, void *arg)
{
	struct look *lk = arg;
	const char **f = r->f;

	if (strcmp(f[VI_KIND], "visit") == 0 && strcmp(f[VI_AGENT], lk->deal->agent) == 0 &&
	    strcmp(f[VI_HOUSEHOLD], lk->root) == 0 && r->time <= lk->deal->time)
		lk->seq = r->seq;
	return 0;
}

static int
find(struct journal *j, const char *needle, time_t since, jrow_fn fn, struct look *lk)
{
	lk->seq = 0;
	return journal_scan(j, &(struct jscan){ .since = since,
	    .grep = (const char *[]){ needle, NULL } }, fn, lk);
}

/* Rule 6: the owner shares with the closer, by the rule's split of the case. */
static int
shared(const struct desk *d, const struct c_books *b, const struct deal *dl,
    const struct reg *r, struct decision *dc)
{
	struct look lk = { .deal = dl, .root = r->root };
	time_t since = clock_day_start(clock_day(dl->time) - REGISTER_REACH_DAYS);
	int rule = CR_CROSSED, rv;
	int64_t pct = d->rules.split_crossed;
	size_t o = strlen(dc->evidence);

	if ((rv = find(b->floor, dl->phone, since, cover_row, &lk)) != 0)
		return rv;
	if (lk.seq) {
		rule = CR_COVER, pct = d->rules.split_cover;
		snprintf(dc->evidence + o, sizeof(dc->evidence) - o, ";floor:%lld", lk.seq);
	} else if ((rv = find(b->visits, r->root, since, household_row, &lk)) != 0)
		return rv;
	else if (lk.seq) {
		rule = CR_HOUSEHOLD, pct = d->rules.split_household;
		snprintf(dc->evidence + o, sizeof(dc->evidence) - o, ";visits:%lld", lk.seq);
	}
	give(dc, rule, r->owner, pct);
	give(dc, rule, dl->agent, PCT_WHOLE - pct);
	return 0;
}

/* Rules 4-6: by who owned the customer when the deal was made (SPEC 5.2). */
static int
by_owner(const struct desk *d, const struct c_books *b, const struct deal *dl,
    struct decision *dc)
{
	struct reg r;
	int rv;

	if ((rv = register_find(d, b->visits, b->deals, dl->phone, dl->time, &r)) != 0)
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
	return shared(d, b, dl, &r, dc);
}

/*
 * SPEC 5.3, the first rule that applies: the manager's split, an outside referrer, an
 * agreement made before the deal, then the owner.  EX_DATAERR when the split or an
 * agreement does not parse (said on stderr).
 */
int
commission_decide(const struct desk *d, const struct c_books *b, const struct deal *dl,
    struct decision *dc)
{
	struct look lk = { .deal = dl };
	char err[160];
	int rv;

	memset(dc, 0, sizeof(*dc));
	if (strcmp(dl->kind, "deposit") == 0)	/* 五.2: it fixes the owner, pays nobody */
		return by_owner(d, b, dl, dc);
	if (dl->split != NULL) {
		dc->rule = CR_MANAGER;
		if ((rv = shares_parse(d, dl->split, 1, dc->s, &dc->n, err, sizeof(err))) !=
		    EX_DATAERR)
			return rv;
		warnx("--split: %s", err);
		return rv;
	}
	if (dl->referrer[0] != '\0' && roster_match(&d->roster, dl->referrer) == NULL) {
		give(dc, CR_REFERRAL, dl->referrer, PCT_WHOLE);	/* 001 (3), 条例 1 */
		return 0;
	}
	if ((rv = find(b->agreements, dl->phone, 0, agreement_row, &lk)) != 0)
		return rv;
	if (lk.seq == 0)
		return by_owner(d, b, dl, dc);
	dc->rule = CR_AGREEMENT;
	snprintf(dc->evidence, sizeof(dc->evidence), "agreements:%lld", lk.seq);
	if (shares_parse(d, lk.buf, 0, dc->s, &dc->n, err, sizeof(err)) == 0)
		return 0;
	warnx("agreements.csv:%ld: %s", lk.line, err);
	return EX_DATAERR;
}
