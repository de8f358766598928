/* attendance.h: the attendance book replayed: who is in, out, on leave, late (SPEC 5.4). */
#ifndef ATTENDANCE_H
#define ATTENDANCE_H

#include <time.h>

#include "clock.h"
#include "desk.h"
#include "journal.h"

enum att_event { EV_IN, EV_END, EV_OUT, EV_BACK, EV_BREAK, EV_DESERT, EV_NIGHT, EV_OFF,
	EV_SICK, EV_PERSONAL, EV_COUNT };
enum att_state { ST_ABSENT, ST_PRESENT, ST_OUT, ST_BREAK, ST_DESERT, ST_ENDED };

/* Leave is entered at most this many days ahead or behind, and lasts at most this long. */
#define ATT_LEAVE_DAYS	31
/* How far back a reader looks, beyond the days it needs, to see leave entered ahead. */
#define ATT_REACH_DAYS	(2 * ATT_LEAVE_DAYS)

extern const char *const att_event_names[EV_COUNT];
extern const char *const att_state_names[];

struct att_ev {
	time_t		 time, recorded;
	long long	 seq;
	long		 line;		/* where it came from, for messages */
	int		 agent;		/* index in the roster */
	int		 ev;
	int		 halves;	/* leave: its length in half days */
};

struct att_log {
	struct att_ev	*v;
	size_t		 n, cap;
};

/* One agent's day, replayed. */
struct att_day {
	int		 state;
	time_t		 since;		/* of the state */
	time_t		 in, end;
	long long	 in_seq;
	int		 night;
	int		 leave;		/* EV_OFF, EV_SICK, EV_PERSONAL, or -1 */
	const struct att_ev *leave_ev;	/* the row that grants it */
	int		 half;		/* the leave takes half of this day */
	int		 deserts;
	const struct att_ev *bad;	/* the event that does not replay, */
	char		 why[192];	/* what is wrong, */
	const char	*rule;		/* and the rule it breaks */
};

int	att_event(const char *);
int	att_halves(const char *);
int	att_log_read(struct att_log *, struct journal *, const struct desk *, time_t,
	    time_t);
int	att_log_load(struct att_log *, struct journal *, const struct desk *, day_t);
typedef int (*att_day_fn)(day_t, const struct att_log *, void *);
int	att_days(struct journal *, const struct desk *, day_t, day_t, att_day_fn, void *);
void	att_log_add(struct att_log *, const struct att_ev *);
void	att_log_sort(struct att_log *);
void	att_log_free(struct att_log *);
int	att_replay(const struct att_log *, int, day_t, struct att_day *);
struct att_log att_log_near(const struct att_log *l, day_t day);
int	att_replay_without(struct att_log *l, long long seq, day_t *bad,
	    struct att_day *day);
int	att_late_min(const struct desk *, day_t, const struct att_day *);
int	att_early_min(const struct desk *, day_t, const struct att_day *);
int	att_month_count(const struct att_log *, const struct desk *, int, day_t, int);
int	att_position(const struct att_log *, day_t, long long);
int	att_when(const struct att_ev *e, time_t now, const char *where, const char *typed);
int	att_check(const struct att_log *l, const struct desk *d, const struct att_ev *e,
	    long long first_new, const char *file, day_t *done);
int	att_leave_days(const struct att_ev *, day_t *, day_t *);

#endif
