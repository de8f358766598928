/*
 * referrer.c: referrers.csv, the outside referrers the office pays (seed 001
 * 佣金分配 7: 公司其他部门职员及外公司人员介绍的客户, 佣金归介绍人所有), checked
 * whole; and whom a deal's referrer names.  Only a row of this file is paid as a
 * referrer (SPEC 5.3 rule 2): a typo, a customer's phone or an inactive referrer is
 * refused, never paid.
 */
#include <err.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csvin.h"
#include "phone.h"
#include "referrer.h"
#include "util.h"

const char *const referrer_kinds[RK_COUNT] = { "channel", "staff", "other" };

enum { F_CODE, F_NAME, F_KIND, F_ACTIVE, F_NCOLS };
static const char *const cols[F_NCOLS] = { "referrer", "name", "kind", "active" };

#define CODE_CHARS	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

/* By code (any case) or name, active or not; NULL if none. */
static const struct referrer *
referrer_match(const struct referrers *f, const char *who)
{
	for (size_t i = 0; i < f->n; i++)
		if (strcasecmp(f->v[i].code, who) == 0 || strcmp(f->v[i].name, who) == 0)
			return &f->v[i];
	return NULL;
}

static int
kind_of(const char *s)
{
	for (int k = 0; k < RK_COUNT; k++)
		if (strcmp(referrer_kinds[k], s) == 0)
			return k;
	return -1;
}

/* One row: its own checks, then none of its code and name taken by an agent or above. */
static int
parse_referrer(struct csvin *in, const struct referrers *f, const struct roster *r,
    struct referrer *x)
{
	const char **v = in->field;
	const struct agent *a;

	if (*v[F_CODE] == '\0' || v[F_CODE][strspn(v[F_CODE], CODE_CHARS)] != '\0')
		/* TRANSLATORS: referrers.csv: the referrer code as the row holds it. */
		return csvin_fail(in, _("referrer code '%s' must be letters, digits, - or _"),
		    v[F_CODE]);
	if (*v[F_NAME] == '\0')
		/* TRANSLATORS: referrers.csv: a referrer code, QD01. */
		return csvin_fail(in, _("referrer %s has no name"), v[F_CODE]);
	if ((x->kind = kind_of(v[F_KIND])) == -1)
		/* TRANSLATORS: referrers.csv: kind is its column, channel, staff and other
		   its values; %s is the value the row holds. */
		return csvin_fail(in, _("kind is channel, staff or other, not '%s'"),
		    v[F_KIND]);
	if (strcmp(v[F_ACTIVE], "yes") != 0 && strcmp(v[F_ACTIVE], "no") != 0)
		return csvin_fail(in, _("active is yes or no, not '%s'"), v[F_ACTIVE]);
	if (referrer_match(f, v[F_CODE]) != NULL || referrer_match(f, v[F_NAME]) != NULL)
		/* TRANSLATORS: referrers.csv: a referrer's code and name, QD01 世纪地产. */
		return csvin_fail(in, _("referrer %s %s is listed twice"), v[F_CODE],
		    v[F_NAME]);
	if ((a = roster_match(r, v[F_CODE])) != NULL ||
	    (a = roster_match(r, v[F_NAME])) != NULL)
		/* TRANSLATORS: referrers.csv: a referrer's code and name (QD01 世纪地产),
		   then an agent's code and name (A03 张敏). */
		return csvin_fail(in, _("referrer %s %s has the code or name of agent %s %s: "
		    "the desk could not tell them apart"), v[F_CODE], v[F_NAME], a->code,
		    a->name);
	x->active = strcmp(v[F_ACTIVE], "yes") == 0;
	x->code = xstrdup(v[F_CODE]);
	x->name = xstrdup(v[F_NAME]);
	return 0;
}

int
referrers_load(struct referrers *f, const char *dir, const struct roster *r)
{
	char *path = xasprintf("%s/referrers.csv", dir);
	struct referrer x;
	struct csvin in;
	int rv;

	memset(f, 0, sizeof(*f));
	if (csvin_open(&in, path, "referrers.csv", CSVIN_OPTIONAL) == 0 &&
	    csvin_header(&in, cols, F_NCOLS, F_NCOLS) == 1)
		while (csvin_next(&in) == 1 && parse_referrer(&in, f, r, &x) == 0) {
			f->v = xreallocarray(f->v, f->n + 1, sizeof(*f->v));
			f->v[f->n++] = x;
		}
	rv = in.status;
	csvin_close(&in);
	free(path);
	return rv;
}

/* Nobody by that name: the closest agents and referrers, or why there are none. */
static int
unknown(const struct roster *r, const struct referrers *f, const char *who,
    const char *where)
{
	struct str b = { 0 };
	struct near n;
	char phone[PHONE_LEN];

	near_init(&n, who);
	roster_near(r, &n);
	for (size_t i = 0; i < f->n; i++)
		if (f->v[i].active)
			near_add(&n, f->v[i].code, f->v[i].name);
	if (near_list(&n, &b) > 0)
		/* TRANSLATORS: the first %s is "" at the desk or "deals.csv:12: " in an
		   import (keep it first, with nothing before it), the second what was
		   typed (世纪地铲), the last the agents and referrers close to it: QD01
		   世纪地产, A02 李娜. */
		warnx(_("%sunknown referrer '%s': did you mean %s?"), where, who, b.s);
	else if (phone_norm(who, PHONE_ANY, phone) == NULL)	/* a customer */
		/* TRANSLATORS: "" or "deals.csv:12: " (keep it first), then what was typed,
		   a phone: a customer who brought a friend (老带新) is received by
		   next-agent --referred-by, and paid nothing. */
		warnx(_("%sunknown referrer '%s': a customer who brings a friend is no paid "
		    "referrer (next-agent --referred-by, 001 (2) 三)"), where, who);
	else
		/* TRANSLATORS: "" or "deals.csv:12: " (keep it first), then what was
		   typed. */
		warnx(_("%sunknown referrer '%s': neither agents.csv nor referrers.csv lists "
		    "anyone like that"), where, who);
	free(b.s);
	return EX_REFUSED;
}

int
referrer_find(const struct roster *r, const struct referrers *f, const char *who,
    const char *where, struct referral *p)
{
	memset(p, 0, sizeof(*p));
	if ((p->agent = roster_match(r, who)) != NULL && p->agent->active)
		p->code = p->agent->code;
	else if (p->agent != NULL)
		/* TRANSLATORS: "" at the desk or "deals.csv:12: " in an import (keep it
		   first), then an agent's code and name, A08 黄丽华. */
		warnx(_("%srefused: agent %s %s is not active (agents.csv)"), where,
		    p->agent->code, p->agent->name);
	else if ((p->outside = referrer_match(f, who)) != NULL && p->outside->active)
		p->code = p->outside->code;
	else if (p->outside != NULL)
		/* TRANSLATORS: "" at the desk or "deals.csv:12: " in an import (keep it
		   first), then a referrer's code and name, QD01 世纪地产. */
		warnx(_("%srefused: referrer %s %s is not active (referrers.csv)"), where,
		    p->outside->code, p->outside->name);
	else
		return unknown(r, f, who, where);
	return p->code != NULL ? 0 : EX_REFUSED;
}

void
referrers_free(struct referrers *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->v[i].code);
		free(f->v[i].name);
	}
	free(f->v);
	memset(f, 0, sizeof(*f));
}
