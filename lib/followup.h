/* followup.h: following customers up (SPEC 5.6): the plan book and the due list. */
#ifndef FOLLOWUP_H
#define FOLLOWUP_H

#include <time.h>

#include "clock.h"
#include "desk.h"
#include "journal.h"
#include "phone.h"
#include "register.h"
#include "util.h"

/* Why a customer is due (the list's why column), earliest first when two fall together. */
enum fu_why { FU_APPOINTMENT, FU_CADENCE, FU_LAPSING, FU_ASSIGNED, FU_NWHY };
extern const char *const fu_why_words[FU_NWHY];

/* One row of followups.csv as a tool gives it: the book fills seq, recorded_at, by, chain. */
struct fu_row {
	time_t		 time;		/* when it happened */
	const char	*phone;		/* normalised */
	const char	*agent;		/* the agent's code */
	const char	*event;		/* assign, plan or lost */
	day_t		 due;		/* the contact due (assign, plan); 0: none */
	const char	*reason;	/* lost: one of rule lost_reasons */
	const char	*note;
};

/* One customer of the due list. */
struct fu_due {
	char		 agent[64];
	char		 phone[PHONE_LEN];
	char		 customer[128];
	char		 level[64];
	day_t		 last;		/* the owner's last contact (a caller's call); 0 none */
	day_t		 due;
	day_t		 expires;	/* the registration's last valid day; 0: none, held */
	enum fu_why	 why;
};

struct fu_list {
	struct fu_due	*v;
	size_t		 n;
};

/* What the due list is asked for: a day, days beyond it, one agent's (NULL: all). */
struct fu_ask {
	day_t		 day;
	int		 within;
	const char	*agent;		/* a code */
};

/* The books following up reads, opened in the order of SPEC 1 (followups to write). */
struct fu_books {
	struct journal	 att, floor, visits, deals, agreements, fu;
};

#define FU_ATT		0x1	/* attendance.csv too (次日分派) */
#define FU_CARD		0x2	/* floor.csv and agreements.csv too (the card) */
#define FU_WRITE	0x4	/* followups.csv to append */

/* Open the books (FU_ flags); 0, or the status said. */
int	followup_open(struct fu_books *b, const struct desk *d, int flags);
void	followup_close(struct fu_books *b);
/* The one append of followups.csv: fu opened to write (J_FOLLOWUPS, taken last of the
   locks of SPEC 1); 0, or the status said. */
int	followup_append(struct journal *fu, const struct fu_row *r);
/* SPEC 5.6: the due list of a day, most overdue first (into l, to free). */
int	followup_due(const struct desk *d, struct fu_books *b, const struct fu_ask *a,
	    struct fu_list *l);
void	fu_list_free(struct fu_list *l);
/* The agent the caller phone was handed to by --assign, into agent ("" if none). */
int	followup_assignee(const struct desk *d, struct journal *fu, const char *phone,
	    char *agent, size_t len);
/* --plan: an appointment or a planned contact by the owner or the agent assigned;
   0 with the sentence in say, or the status said. */
int	followup_plan(const struct desk *d, struct fu_books *b, const char *phone,
	    const char *agent, day_t next, const char *note, struct str *say);
/* --lost (战败): the owner closes the customer for a reason of rule lost_reasons, and
   the competitor they went to (NULL: none). */
int	followup_lost(const struct desk *d, struct fu_books *b, const char *phone,
	    const char *agent, const char *reason, const char *competitor,
	    const char *note, struct str *say);

/* 次日分派: one caller handed out. */
struct fu_assigned {
	char		 phone[PHONE_LEN];
	char		 customer[128];
	char		 agent[64];
	day_t		 due;
	long long	 seq;		/* its assign row */
};

/* --assign: the callers of day hand out to the agents on the floor now (into v, n). */
int	followup_assign(const struct desk *d, struct fu_books *b, day_t day,
	    struct fu_assigned **v, size_t *n);

/* A customer no longer followed up since their last contact: a 战败, or a purchase. */
enum { FU_OPEN, FU_LOST, FU_BOUGHT };

/* A customer's card (意向客户跟踪卡): every row about the household, oldest first. */
struct fu_card_row {
	time_t		 time;
	const char	*book;		/* its file */
	enum jid	 id;		/* its book: one moment, in the order of SPEC 1 */
	long long	 seq;
	char		 event[16];
	char		 agent[64];
	char		*detail;	/* "name=陈杰 level=H": its other columns, as held */
};

struct fu_card {
	struct fu_card_row *v;
	size_t		 n;
	struct reg	 reg;		/* who holds the customer now */
	int		 due;		/* a next contact is due: next */
	int		 closed;	/* since the last contact: FU_LOST, FU_BOUGHT */
	struct fu_due	 next;
};

#define CARD_FULL	0x1	/* phones whole, not masked */
#define CARD_HUMAN	0x2	/* the detail in the reader's language (--table) */

/* The card of phone's household as it stands now (CARD_ flags). */
int	followup_card(const struct desk *d, struct fu_books *b, const char *phone, int flags,
	    struct fu_card *c);
void	fu_card_free(struct fu_card *c);
/* The card's foot: who holds the customer, their level, the next contact; a line each. */
void	followup_card_foot(const struct desk *d, const struct fu_card *c, struct str *s);

/* A customer lost in a month (the 流失分析表): by a 战败, or lapsed (流失, 条例 13). */
struct fu_gone {
	char		 agent[64];	/* the owner who lost them */
	char		 phone[PHONE_LEN];	/* the household */
	char		 source[64];	/* the channel of their registration */
	char		 level[64];	/* their level then */
	char		 reason[64];	/* a 战败's, one of rule lost_reasons; "" lapsed */
	day_t		 day;		/* recorded lost, or the first day no longer held */
	int		 lapsed;
};

struct fu_gones {
	struct fu_gone	*v;
	size_t		 n;
};

/* The customers lost (战败) and lapsed on the days first to last, as the books stand. */
int	followup_gone(const struct desk *d, struct fu_books *b, day_t first, day_t last,
	    struct fu_gones *g);
void	fu_gones_free(struct fu_gones *g);

/* What --analysis counts by (--by reason|agent|source|level). */
enum fu_by { FU_BY_REASON, FU_BY_AGENT, FU_BY_SOURCE, FU_BY_LEVEL, FU_NBY };
extern const char *const fu_by_words[FU_NBY];

struct fu_tally {
	char		 key[64];
	int		 lost, lapsed;
};

struct fu_tallies {
	struct fu_tally	*v;
	size_t		 n;
	int		 lost, lapsed;	/* the month's, every key */
};

/* The 流失分析表: the rule's keys in its order (every active agent), then the others met;
   by reason, lapses under "lapsed". */
void	followup_analysis(const struct desk *d, const struct fu_gones *g, enum fu_by by,
	    struct fu_tallies *t);
void	fu_tallies_free(struct fu_tallies *t);

/* One agent's month (--summary). */
struct fu_sum {
	char		 agent[64];
	int		 held;		/* customers held at the month's end */
	int		 due;		/* due contacts that fell due in the month, */
	int		 on_time, late;	/* met on or before the day, met after it */
	int		 lapsed, lost;
	int		 assigned, called_back;	/* callers handed out, called back */
};

struct fu_summary {
	struct fu_sum	*v;
	size_t		 n;
};

/* SPEC 5.6: the month's counts per agent, every active agent in the roster's order. */
int	followup_summary(const struct desk *d, struct fu_books *b, day_t first, day_t last,
	    struct fu_summary *s);
void	fu_summary_free(struct fu_summary *s);

#endif
