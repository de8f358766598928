/* backdate.h: back-dated rows (SPEC 2, 5.4): which rows are, how a sentence says so, and
 * the list the summaries print, where the rows of one import are one line. */
#ifndef BACKDATE_H
#define BACKDATE_H

#include <stddef.h>
#include <time.h>

#include "csvout.h"
#include "phone.h"
#include "rules.h"
#include "util.h"

#define BACKDATE_LEN	48	/* "back-dated 1439 min", any long, and a NUL */

/*
 * SPEC 2, 5.4: the minutes a row is back-dated, 0 when it is not: its time more than
 * backdate_grace_min minutes before its recorded_at.  A row that names a day rather
 * than a time (a rest day, a leave: day 1) is back-dated only when that day is before
 * the day it was recorded.
 */
long	backdate_min(const struct rules *r, time_t time, time_t recorded, int day);
/*
 * The words a rule text adds, into buf[BACKDATE_LEN]: "back-dated 93 min" on the day it
 * was recorded, "back-dated 2 days" on an earlier day; 0, and "", when the row is not
 * back-dated.  In the reader's language when said (a view for people), else in the
 * English of a CSV value (SPEC 7).
 */
int	backdate_say(const struct rules *r, time_t time, time_t recorded, int day,
	    int said, char *buf);
/*
 * What every desk sentence adds, the same for every tool with --at (SPEC 2):
 * "; back-dated 93 min", or "" when the row is not back-dated; a static buffer.
 */
const char *backdate_clause(const struct rules *r, time_t time, time_t recorded, int day);

/* A back-dated row as the lists show it, or the rows one import brought in (n > 1). */
struct backdate {
	const char	*file;		/* the book's name */
	long long	 lo, hi;	/* the row's seq; an import's first and last */
	long		 n;		/* rows */
	time_t		 time, last;	/* the row's time; an import's earliest, latest */
	time_t		 recorded;
	int		 day;		/* the row names a day (backdate_min) */
	char		 what[24];	/* in, sick, visit, deposit, dress */
	char		 agent[16];
	char		 phone[PHONE_LEN];	/* "" when none */
	char		*by;		/* who recorded it */
};

struct backdates {
	struct backdate	*v;
	size_t		 n, cap;
};

/*
 * Keep b (its by copied) when backdate_min() says it is back-dated: 1, else 0.  Rows are
 * given in book order; one that shares the book, by and recorded_at of the last one kept
 * came with it in one import, and joins it.
 */
int	backdates_add(struct backdates *l, const struct rules *r, const struct backdate *b);
/* One line in words, the phone masked unless full (see backdate.c for the forms). */
void	backdate_text(const struct backdate *b, const struct rules *r, int full,
	    struct str *out);
/* The list beside a listing: under a table, or on stderr ("PROG: back-dated: ..."). */
void	backdates_print(const struct backdates *l, const struct rules *r, int full,
	    struct csvout *out);
void	backdates_free(struct backdates *l);

#endif
