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

/* agents.csv in dir, checked whole; 0, or the exit status, said. */
int			 roster_load(struct roster *r, const char *dir);
/* By code or by name; unknown or inactive: NULL, *status 1, said with the closest. */
const struct agent	*roster_find(const struct roster *r, const char *who, int *status);
/* An agent as the sentences name them: "A03 张敏" (two at a time in one sentence). */
const char		*roster_who(const struct roster *r, int i);
/* By code only, active or not; NULL if none. */
const struct agent	*roster_code(const struct roster *r, const char *code);
/* By code or by name, active or not. */
const struct agent	*roster_match(const struct roster *r, const char *who);
void			 roster_free(struct roster *r);

#endif
