/* roster.h: the agents of agents.csv, found by code or by name. */
#ifndef ROSTER_H
#define ROSTER_H

#include <stddef.h>

#include "clock.h"
#include "money.h"

struct agent {
	char	*code;		/* A01 */
	char	*name;		/* 王伟 */
	char	*team;
	money_t	 daily_wage, sales_target, rent_target;
	int	 active;
	day_t	 since;		/* first day on the floor; 0 when not given */
};

struct roster {
	struct agent	*a;
	size_t		 n;
	struct agent	**bycode;	/* a sorted by code: every row names an agent */
};

/* The names nearest to what was typed, for "did you mean" (agents, referrers). */
#define NEAR_MAX	3
struct near {
	const char	*who;
	size_t		 reach;		/* the most edits still near */
	size_t		 n;
	struct near_one {
		size_t		 d;	/* edits from who */
		const char	*code, *name;
	}		 v[NEAR_MAX];	/* nearest first */
};

struct str;

/* agents.csv in dir, checked whole; 0, or the exit status, said. */
int			 roster_load(struct roster *r, const char *dir);
/* By code or by name (codes in any case: a01 is A01); unknown or inactive: NULL,
 * *status 1, said with the closest. */
const struct agent	*roster_find(const struct roster *r, const char *who, int *status);
/* An agent as the sentences name them: "A03 张敏" (two at a time in one sentence). */
const char		*roster_who(const struct roster *r, int i);
/* By code only, in any case, active or not; NULL if none. */
const struct agent	*roster_code(const struct roster *r, const char *code);
/* By code (in any case) or by name, active or not. */
const struct agent	*roster_match(const struct roster *r, const char *who);
void			 roster_free(struct roster *r);
/* Start a search for what was typed: at most NEAR_MAX, one or two edits away. */
void			 near_init(struct near *n, const char *who);
/* One candidate, by the nearer of its code and name; ties keep the order added. */
void			 near_add(struct near *n, const char *code, const char *name);
/* Every active agent of r, in the roster's order. */
void			 roster_near(const struct roster *r, struct near *n);
/* "A02 李娜, R01 世纪地产", nearest first, appended to b; how many. */
size_t			 near_list(const struct near *n, struct str *b);

#endif
