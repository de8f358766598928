/* queue.h: the reception order (SPEC 5.1), replayed from the day's books, never stored. */
#ifndef QUEUE_H
#define QUEUE_H

#include <stddef.h>
#include <time.h>

#include "attendance.h"
#include "desk.h"
#include "journal.h"

enum q_state { Q_IDLE, Q_BUSY, Q_AWAY, Q_GONE, Q_ABSENT };
enum q_reason { R_ROTATION, R_NAMED, R_RETURNING, R_DUTY, R_REFERRAL, R_MANAGER,
	R_COUNT };
enum q_fev { F_RECEIVE, F_DONE, F_MOVE, F_COUNT };	/* floor.csv events */

extern const char *const q_state_names[];
extern const char *const q_fev_names[F_COUNT];

/* A place in line: lower is earlier.  tie is the event's rank in the day's replay. */
struct q_key {
	int		 k;
	time_t		 t;
	long		 tie;
};

/* One event of the day: an attendance row or a floor row. */
struct q_ev {
	time_t		 time;
	int		 floor;		/* 0: attendance.csv, 1: floor.csv */
	long long	 seq;
	int		 agent;		/* roster index, -1 when no longer on the roster */
	int		 ev;		/* enum att_event, or enum q_fev when floor */
	int		 reason;	/* receive */
	int		 counted;	/* receive */
	int		 notcust;	/* done: the walk-in was no customer */
	long long	 ref;		/* done: its receive row */
	int		 to;		/* move: the position */
};

struct q_agent {
	int		 present, gone;	/* signed in today; signed off */
	struct q_key	 key;
	int		 away;		/* EV_OUT, EV_BREAK or EV_DESERT; 0 when here */
	long long	 busy;		/* the open receive row; 0 when not receiving */
	time_t		 busy_since, away_since;
	time_t		 since;		/* free since, or signed off at */
	int		 receptions, counted;
	int		 skip[2];	/* pending skips: [0] earn a make-up, [1] do not */
	int		 gen;		/* counts the skips consumed, for --not-customer */
	int		 makeup;	/* holds a make-up place (补接) not yet used */
};

struct q_skip {
	int		 agent, lost, gen;
};

/* A reception of the day, kept so that --not-customer can undo it. */
struct q_recv {
	long long	 seq;
	int		 agent, counted, makeup;
	struct q_key	 before;
	struct q_skip	*skip;
	size_t		 nskip;
};

struct queue {
	const struct desk *desk;
	day_t		 day, prev;	/* today; the previous open day */
	struct q_ev	*ev;		/* both days' events, in replay order */
	size_t		 nev;
	struct q_agent	*a;		/* by roster index */
	int		*carry;		/* 条例 1: owed a place after the first signer */
	time_t		 first_in;
	int		 started;	/* someone received a customer today */
	struct q_recv	*recv;
	size_t		 nrecv;
	long		 tick;
	time_t		 until;		/* replayed up to this moment */
};

enum q_mode { Q_WALKIN, Q_RETURNING, Q_NAMED, Q_REFERRAL, Q_MANAGER };

/* What the desk asks. */
struct q_ask {
	int		 mode;
	int		 agent;		/* named, manager: that agent; returning, referral:
					   the owner, -1 when nobody owns the customer */
	const char	*phone;		/* masked, for the sentence */
	const char	*note;		/* manager */
	int		 deposit;	/* referral: the referrer paid a deposit */
	day_t		 until;		/* returning: valid until; 0 for good */
};

struct q_answer {
	int		 agent, reason, counted;
	char		 why[1024];	/* or why it is refused */
};

/* Today's line: the previous open day replayed for its carry-over (条例 1), then today. */
int	 queue_load(struct queue *q, const struct desk *d, struct journal *att,
	     struct journal *fl);
/* The line as it stood at t: the day of t (and its carry-over), its rows up to t. */
int	 queue_load_at(struct queue *q, const struct desk *d, struct journal *att,
	     struct journal *fl, time_t t);
/* 条例 3, 6: no break at t for an agent receiving a customer; 0, or EX_REFUSED said. */
int	 queue_may_break(const struct desk *d, struct journal *att, struct journal *fl,
	     int agent, time_t t);
/* A void of attendance row seq of time t: refused when a floor row of that day rests on
   it (without it, a receive or a move by an agent not on the floor); 0, or EX_REFUSED
   said. */
int	 queue_may_void(const struct desk *d, struct journal *att, struct journal *fl,
	     long long seq, time_t t);
/* Who receives this customer, and why; EX_REFUSED with the reason in ans->why. */
int	 queue_decide(const struct queue *q, const struct q_ask *ask,
	     struct q_answer *ans);
/* One more event of the day. */
void	 queue_apply(struct queue *q, const struct q_ev *e);
/* Can the agent be done (receiving) or moved (in line)? EX_REFUSED with why if not. */
int	 queue_check(const struct queue *q, int agent, int fev, char *why, size_t len);
/* The agents in line into v, earliest first; their count. */
size_t	 queue_line(const struct queue *q, int *v);
/* The agent's place in line, 1 for the first; 0 when not in line. */
int	 queue_position(const struct queue *q, int agent);
/* Agent i's enum q_state. */
int	 queue_state(const struct queue *q, int i);
/* When the agent's present state began. */
time_t	 queue_since(const struct queue *q, int i);
/* Owed a make-up, or holding one (补接一次). */
int	 queue_makeup(const struct queue *q, int i);
/* Where an agent is and since when: "busy since 10:42". */
const char *queue_where(const struct queue *q, int i);
/* The reason column, allocated: the word, then ": " and the note as typed. */
char	*queue_reason(const struct q_ev *e, const char *note);
void	 queue_free(struct queue *q);

#endif
