/* desk.h: the data directory and its configuration, opened once by every tool. */
#ifndef DESK_H
#define DESK_H

#include "clock.h"
#include "roster.h"
#include "rules.h"

struct desk {
	char		*dir;
	struct roster	 roster;
	struct rules	 rules;
	day_t		*closed;	/* calendar.csv: days the floor is closed, sorted */
	size_t		 nclosed;
	time_t		 now;
};

int	desk_dir(const char *, char **);
int	desk_open(struct desk *, const char *);
int	desk_closed(const struct desk *, day_t);
void	desk_close(struct desk *);

#endif
