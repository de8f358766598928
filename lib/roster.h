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

int			 roster_load(struct roster *, const char *);
const struct agent	*roster_find(const struct roster *, const char *, int *);
const char		*roster_who(const struct roster *r, int i);
const struct agent	*roster_code(const struct roster *, const char *);
const struct agent	*roster_match(const struct roster *, const char *);
void			 roster_free(struct roster *);

#endif
