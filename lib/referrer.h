/*
 * referrer.h: the outside referrers the office pays (referrers.csv, SPEC 1), and whom a
 * deal's referrer names: an agent, or one of them (SPEC 5.3 rule 2).
 */
#ifndef REFERRER_H
#define REFERRER_H

#include <stddef.h>

#include "roster.h"

enum referrer_kind { RK_CHANNEL, RK_STAFF, RK_OTHER, RK_COUNT };
/* "channel" (渠道: an agency, a broker), "staff" (其他部门), "other" */
extern const char *const referrer_kinds[RK_COUNT];

struct referrer {
	char	*code;		/* R01 */
	char	*name;		/* 世纪地产 */
	int	 kind;		/* enum referrer_kind */
	int	 active;
};

struct referrers {
	struct referrer	*v;	/* in the order of referrers.csv */
	size_t		 n;
};

/* Whom a deal's referrer names: one of the two is set. */
struct referral {
	const struct agent	*agent;		/* a colleague on the roster: not rule 2 */
	const struct referrer	*outside;	/* of referrers.csv: rule 2 */
	const char		*code;		/* theirs, as the books keep it */
};

/* referrers.csv in dir (optional), checked whole and against the roster; 0 or the
 * exit status, said. */
int	referrers_load(struct referrers *f, const char *dir, const struct roster *r);
/*
 * who, by code (in any case) or name, as cli and import read it: an active agent or an
 * active referrer, into p; 0.  Anything else (a typo, a phone, an inactive one) is
 * EX_REFUSED, said with the closest agents and referrers; where: "FILE:LINE: " of an
 * import's row, or "".
 */
int	referrer_find(const struct roster *r, const struct referrers *f, const char *who,
	    const char *where, struct referral *p);
void	referrers_free(struct referrers *f);

#endif
