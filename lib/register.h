/* register.h: the customer register and who owns a customer (SPEC 5.2). */
#ifndef REGISTER_H
#define REGISTER_H

#include <time.h>

#include "clock.h"
#include "desk.h"
#include "journal.h"
#include "phone.h"
#include "util.h"

/* How far back the register remembers a lapsed registration (status expired, not new). */
#define REGISTER_REACH_DAYS	366

enum reg_status { RS_NEW, RS_RETURNING, RS_EXPIRED, RS_CROSSED, RS_UNREGISTERED,
	RS_COUNT };

/* What the register knows of a customer at a time. */
struct reg {
	char		 root[PHONE_LEN];	/* the household: the phone everyone links to */
	char		 owner[64];	/* the owner's code; "" when nobody owns them */
	int		 agent;		/* the owner in the roster, -1 if not there or none */
	long long	 seq;		/* the visits row the ownership rests on */
	day_t		 registered;	/* the owner's registration, 0 if out of reach */
	day_t		 last;		/* the owner's last visit or follow-up */
	day_t		 until;		/* the last valid day; 0 when a deposit holds it */
	long long	 deposit;	/* the deals row of the deposit that holds it, or 0 */
	int		 seen;		/* registered before, within REGISTER_REACH_DAYS */
	int		 visits;	/* visit rows of the household within reach */
	int		 rows;		/* rows of this phone within reach, calls included */
	char		 name[128];	/* the latest name given */
	char		 source[64];	/* the channel of the latest registration (媒介) */
	day_t		 lapsed;	/* when the last registration lapsed, if it did, */
	char		 was[64];	/* and whose it was */
	char		 level[64];	/* the latest level given to the household (追踪后级别) */
	int		 handed;	/* the owner holds it by a handover (客户移交) */
};

/* One customer of a batch: the phone, the time asked about, and the channel found. */
struct reg_chan {
	const char	*phone;
	time_t		 at;
	size_t		 source;	/* its index in rules.sources, their count if none */
};

/* One row of the register on its way in: the book's columns, owned, and whence it came. */
struct reg_entry {
	char		*f[VI_NCOLS];	/* "" when not given */
	time_t		 time;
	const char	*where;		/* "FILE:LINE: " for a row of an import, else "" */
	char		 assigned[64];	/* a follow-up's: the agent the caller was handed
					   to (次日分派, followups.csv), "" if none */
};

/*
 * The rows an import decided and appended, held back from the book until its commit:
 * a later row's decision reads them here, not the book again (issue 19).
 */
struct reg_batch;

/* One customer of register_find_many(), and what the register says of it. */
struct reg_ask {
	const char	*phone;		/* each phone asked once */
	time_t		 at;		/* asked at (0: the batch's time) */
	int		 optional;	/* wanted only if it has rows in the reach */
	struct reg	 r;		/* what register_find() would say, when alone */
	int		 alone;		/* 0: one read cannot tell: ask register_find() */
	int		 rows;		/* its rows in the reach */
};

typedef int (*reg_row_fn)(const struct jrow *row, struct reg_ask *a, void *arg);

struct reg_many {
	struct reg_ask	*ask;
	size_t		 n;
	time_t		 at;		/* when each is asked about, unless it says */
	reg_row_fn	 visit, deal;	/* each row of an asked phone read (or NULL) */
	void		*arg;
};

/* The channel of n customers, each at its time, from the register alone. */
int	register_channels(const struct desk *d, struct journal *visits,
	    struct reg_chan *ask, size_t n);
/* What the register knows of a customer at a time (after the rows of b). */
int	register_find(const struct desk *d, struct journal *visits, struct journal *deals,
	    const struct reg_batch *b, const char *phone, time_t at, struct reg *r);
/*
 * What the register knows of many customers at one time, from one read of the reach
 * (and of deals.csv): each ask alone as register_find() says it; the others not.
 */
int	register_find_many(const struct desk *d, struct journal *visits,
	    struct journal *deals, struct reg_many *m);
/*
 * Every customer (the household's phone) agent holds at a time: valid registrations and
 * customers held by a deposit, each once, added to roots (客户移交, SPEC 5.2).
 */
int	register_held(const struct desk *d, struct journal *visits, struct journal *deals,
	    const char *agent, time_t at, struct strlist *roots);
/* Every field of e as the register keeps it (SPEC 3, 四.5), or 65 saying which. */
int	register_check(const struct desk *d, struct reg_entry *e);
/* SPEC 5.2: the status, owner and household of row e, and the sentence in say. */
int	register_decide(const struct desk *d, struct journal *visits,
	    struct journal *deals, const struct reg_batch *b, struct reg_entry *e,
	    struct str *say);
/* What --lookup says of r: deposit, valid, expired, unregistered or new (untranslated). */
const char *register_standing(const struct reg *r);

/* visits.csv to write (or read) and deals.csv to read, locked in the order of SPEC 1;
   on a failure both close as books never opened. */
int	register_open(const struct desk *d, struct journal *visits, struct journal *deals,
	    int write);
/* Row e at the end of visits.csv (held until the commit after journal_hold). */
int	register_append(struct journal *visits, const struct reg_entry *e);
/* --void SEQ --note WHY of visits.csv, said with who owns the customer now (SPEC 3). */
int	register_void(const struct desk *d, long long seq, const char *note);
/*
 * 客户移交 (SPEC 5.2): every customer agent from (a code or a name) holds now, each
 * handed to agent to in a row of visits.csv, all or nothing; a line per customer in
 * said, whose rows are first on.  EX_REFUSED for one agent, or one who holds nobody.
 */
int	register_handover(const struct desk *d, const char *from, const char *to,
	    const char *note, struct strlist *said, long long *first);

/* Every column "" (where: "FILE:LINE: " of an import, else ""). */
void	reg_entry_init(struct reg_entry *e, const char *where);
void	reg_entry_set(struct reg_entry *e, int col, const char *s);
void	reg_entry_free(struct reg_entry *e);

struct reg_batch *reg_batch_new(void);
/* The row e just appended (held, not yet in visits), kept for the rows after it. */
void	reg_batch_add(struct reg_batch *b, const struct journal *visits,
	    const struct reg_entry *e);
void	reg_batch_free(struct reg_batch *b);

#endif
