/*
 * commission.h: whose deal it is (SPEC 5.3), split to the fen, with the rows it rests on;
 * and the month's statement against the targets (001 (4)).
 */
#ifndef COMMISSION_H
#define COMMISSION_H

#include <stddef.h>
#include <time.h>

#include "desk.h"
#include "journal.h"
#include "money.h"
#include "phone.h"

#define SHARES_MAX	8

enum c_rule { CR_MANAGER, CR_REFERRAL, CR_AGREEMENT, CR_NEW, CR_EXPIRED, CR_OWNER,
	CR_COVER, CR_HOUSEHOLD, CR_CROSSED, CR_COUNT };
extern const char *const c_rule_names[CR_COUNT];

struct share {
	char		 agent[64];	/* a code: an agent's, or a referrer's */
	int64_t		 pct;		/* hundredths of a per cent */
	money_t		 amount;	/* fen */
};

/* A deal as entered: agent and referrer are codes (referrer_find), "" for none. */
struct deal {
	time_t		 time;
	const char	*id, *kind, *agent, *referrer, *note, *split;
	const struct referrer *outside;	/* a referrer of referrers.csv (rule 2) */
	char		 phone[PHONE_LEN];
	money_t		 amount;
};

/* The books of a deal: decisions read the first four; deals go to the last two. */
struct c_books {
	struct journal	*floor, *visits, *deals, *agreements, *commissions;
	struct journal	 j[5];		/* in the order of SPEC 1 */
	int		 n;		/* opened */
};

/* The live rows of a deal in one book (commission_rows). */
struct c_rows {
	const char	*id;
	int		 col;		/* where the book keeps the deal's id */
	long long	*seq;		/* theirs, in the book's order */
	size_t		 n;
};

struct decision {
	int		 rule;
	struct share	 s[SHARES_MAX];
	size_t		 n;
	char		 evidence[256];
	char		 owner[64];	/* a deposit: who the customer belongs to now */
};

/* One agent's line of the month's statement (001 (4)); [0] sales, [1] rents. */
struct c_line {
	const struct agent	*agent;		/* the targets are its own */
	money_t			 credited[2];	/* the shares of the month's deals */
	money_t			 commission[2];	/* the rate on what passes the target */
	money_t			 total;
};

struct c_statement {
	struct c_line	*v;		/* in the order of agents.csv */
	size_t		 n;
};

/* "A01:60,李娜:40" (code or name, 100.00 in all); EX_REFUSED said, or EX_DATAERR in err. */
int	shares_parse(const struct desk *d, const char *spec, int strict, struct share *s,
	    size_t *n, char *err, size_t len);
/* "A01:60.00,A02:40.00", as agreements.csv keeps it. */
void	shares_format(const struct share *s, size_t n, char *out, size_t len);
/* The books of a deal, locked in the order of SPEC 1; deals, commissions to append. */
int	c_books_open(struct c_books *b, const struct desk *d, int write);
/* Unlock, the rows appended taken back first if rollback. */
void	c_books_close(struct c_books *b, int rollback);
/* The live rows of deal id in deals.csv or commissions.csv, in the book's order. */
int	commission_rows(struct journal *j, const char *id, struct c_rows *l);
/*
 * One deal: refused while its id has a live row, or (rule 6) when the closer shares a
 * customer of another with no row that shows they served them; else decided, split, and
 * written if write.  where: "FILE:LINE: " of an import's row, or "".
 */
int	commission_deal(const struct desk *d, struct c_books *b, const struct deal *dl,
	    int write, const char *where, struct decision *dc);
/* The month's statement: a line for each active agent, and each other one credited. */
int	commission_statement(const struct desk *d, day_t first, day_t last,
	    struct c_statement *s);
void	c_statement_free(struct c_statement *s);

#endif
