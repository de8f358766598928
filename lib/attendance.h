/* attendance.h: the attendance book replayed: who is in, out, on leave, late (SPEC 5.4). */
#ifndef ATTENDANCE_H
#define ATTENDANCE_H

#include <time.h>

#include "backdate.h"
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

/* The event a word of attendance.csv names (enum att_event), or -1. */
int	att_event(const char *s);
/* Half days in "1.5": 0.5 to ATT_LEAVE_DAYS in steps of a half; -1 otherwise. */
int	att_halves(const char *s);
/* The rows recorded since a time, in time order, but those from until on (0: none). */
int	att_log_read(struct att_log *l, struct journal *j, const struct desk *d,
	    time_t since, time_t until);
/* The rows that can bear on the days from `from` on, leave entered ahead included. */
int	att_log_load(struct att_log *l, struct journal *j, const struct desk *d,
	    day_t from);
typedef int (*att_day_fn)(day_t day, const struct att_log *l, void *arg);
/* fn for each day from `from` to last, with its events and leave, until fn says stop. */
int	att_days(struct journal *j, const struct desk *d, day_t from, day_t last,
	    att_day_fn fn, void *arg);
void	att_log_add(struct att_log *l, const struct att_ev *e);
/* In time order, then by seq (clock_order). */
void	att_log_sort(struct att_log *l);
void	att_log_free(struct att_log *l);
/* Replay one agent's day; 0, or -1 with d->bad and d->why. */
int	att_replay(const struct att_log *l, int agent, day_t day, struct att_day *d);
/* Row seq's days without it: -1 if all stand, else its agent, *bad the day that fails. */
int	att_replay_without(struct att_log *l, long long seq, day_t *bad,
	    struct att_day *day);
/* Minutes late: a sign-in after work_start + late_grace_min, by the minute. */
int	att_late_min(const struct desk *desk, day_t day, const struct att_day *d);
/* Minutes early: a sign-off before work_end, or night_end on a night-duty day. */
int	att_early_min(const struct desk *desk, day_t day, const struct att_day *d);
/* The agent's late arrivals (EV_IN) or early leaves (EV_END) in day's month to day. */
int	att_month_count(const struct att_log *l, const struct desk *desk, int agent,
	    day_t day, int ev);
/* Where row seq comes in the sign-in order of day, 1 for the first (seed 000 四.13). */
int	att_position(const struct att_log *l, day_t day, long long seq);
/* May e happen then (only leave lies ahead, ATT_LEAVE_DAYS at most)? 0, or 65 said. */
int	att_when(const struct att_ev *e, time_t now, const char *where, const char *typed);
/* Every day e touches, from *done + 1 on, still replays: 0; else EX_REFUSED, said. */
int	att_check(const struct att_log *l, const struct desk *d, const struct att_ev *e,
	    long long first_new, const char *file, day_t *done);
/* The first and the last day a leave covers. */
int	att_leave_days(const struct att_ev *e, day_t *first, day_t *last);
/*
 * SPEC 2, 5.4: what a sentence adds when e, recorded then, is back-dated (a rest day or
 * a leave by its day: backdate_min): "; back-dated 93 min", else "" (backdate_clause).
 */
const char *att_backdated(const struct desk *d, const struct att_ev *e, time_t recorded);

#endif
