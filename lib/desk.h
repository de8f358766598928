/* desk.h: the data directory and its configuration, opened once by every tool. */
#ifndef DESK_H
#define DESK_H

#include "clock.h"
#include "referrer.h"
#include "roster.h"
#include "rules.h"

struct desk {
	char		*dir;
	struct roster	 roster;
	struct referrers referrers;	/* referrers.csv: the outside referrers */
	struct rules	 rules;
	day_t		*closed;	/* calendar.csv: days the floor is closed, sorted */
	size_t		 nclosed;
	time_t		 now;
};

/* The data directory: opt (-d), else $FRONTDESK_DATA, else ./data; 0, or 66 said. */
int	desk_dir(const char *opt, char **out);
/* Now, the data directory, agents.csv, referrers.csv, rules.csv, calendar.csv; 0 or the
 * status, said. */
int	desk_open(struct desk *d, const char *dir);
/* The floor is closed on day (calendar.csv). */
int	desk_closed(const struct desk *d, day_t day);
void	desk_close(struct desk *d);

#endif
