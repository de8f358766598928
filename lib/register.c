/*
 * register.c: who owns a customer (seed 000 四.5-8, 条例 12-13; 001 客户划分).  The
 * register writes the owner it decided on every row; a row whose agent is that owner
 * (a registration or the owner's own visit or follow-up) renews the ownership for
 * registration_valid_days calendar days, so only that window is read.  A deposit makes
 * the ownership permanent.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "register.h"

struct find {
	const struct desk	*desk;
	const char		*phone;
	time_t			 at;
	struct owner		*o;
	time_t			 best;
};

/* 条例 13: valid through the 20th calendar day after the owner's last contact. */
static int
renewal(const struct jrow *r, void *arg)
{
	struct find *fd = arg;
	const char **f = r->f;
	const struct agent *a;
	day_t last = clock_day(r->time) + fd->desk->rules.registration_valid_days;

	if ((strcmp(f[VI_KIND], "visit") != 0 && strcmp(f[VI_KIND], "follow") != 0) ||
	    strcmp(f[VI_PHONE], fd->phone) != 0 || f[VI_OWNER][0] == '\0' ||
	    strcmp(f[VI_AGENT], f[VI_OWNER]) != 0 || r->time > fd->at ||
	    last < clock_day(fd->at) || r->time < fd->best)
		return 0;
	a = roster_code(&fd->desk->roster, f[VI_OWNER]);
	fd->best = r->time;
	fd->o->agent = a != NULL ? a - fd->desk->roster.a : -1;
	fd->o->seq = r->seq;
	fd->o->until = last;
	return 0;
}

static int
owner_at(const struct desk *d, struct journal *visits, const char *phone, time_t at,
    struct owner *o)
{
	struct find fd = { d, phone, at, o, 0 };
	day_t from = clock_day(at) - d->rules.registration_valid_days;

	memset(o, 0, sizeof(*o));
	o->agent = -1;
	return journal_scan_since(visits, clock_day_start(from), 0, renewal, &fd);
}

struct deposit {
	const char	*phone;
	time_t		 at, time;
	long long	 seq;
	char		 agent[64];
};

static int
first_deposit(const struct jrow *r, void *arg)
{
	struct deposit *dp = arg;

	if (dp->seq == 0 && strcmp(r->f[DE_KIND], "deposit") == 0 &&
	    strcmp(r->f[DE_PHONE], dp->phone) == 0 && r->time <= dp->at) {
		dp->seq = r->seq;
		dp->time = r->time;
		snprintf(dp->agent, sizeof(dp->agent), "%s", r->f[DE_AGENT]);
	}
	return 0;
}

/*
 * The owner of a customer at a time: the owner when the first deposit was paid (or the
 * agent who took it, 当场落定), for good; else the registration still valid.
 */
int
register_owner(const struct desk *d, struct journal *visits, struct journal *deals,
    const char *phone, time_t at, struct owner *o)
{
	struct deposit dp = { phone, at, 0, 0, "" };
	const struct agent *a;
	int rv;

	if ((rv = journal_scan(deals, 0, first_deposit, &dp)) != 0)
		return rv;
	if ((rv = owner_at(d, visits, phone, dp.seq ? dp.time : at, o)) != 0 ||
	    dp.seq == 0)
		return rv;
	if (o->agent == -1 && (a = roster_code(&d->roster, dp.agent)) != NULL)
		o->agent = a - d->roster.a;
	o->until = 0;
	o->deposit = dp.seq;
	return 0;
}
