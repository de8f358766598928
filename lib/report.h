/* report.h: the nightly summaries: the day, its slots, its agents, its channels (SPEC 3). */
#ifndef REPORT_H
#define REPORT_H

#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "backdate.h"
#include "desk.h"
#include "journal.h"
#include "money.h"
#include "phone.h"
#include "util.h"

/* The rows a report can be cut by; each day holds one tally per key of each. */
enum rep_by { BY_DAY, BY_SLOT, BY_AGENT, BY_SOURCE, BY_COUNT };

/*
 * visits: the batches received on the floor, less those found no customer (SPEC 3);
 * registered: the register's visit rows (--by source: the floor knows no channel).
 */
struct tally {
	long		 visits, registered, calls, contacts, fresh, returning;
	long		 registrations, follows;
	long		 deposits, sales, receptions, counted;
	money_t		 amount;
	int		 saturated;
};

struct report {
	const struct desk	*desk;
	day_t			 first, last;
	size_t			 nkeys[BY_COUNT];	/* keys of each cut, per day */
	size_t			 perday;
	struct tally		*t;			/* [day][cut][key] */
	struct recv		*recv;			/* open receptions, by seq */
	size_t			 nrecv, caprecv;
	struct backdates	 bd;			/* back-dated rows (SPEC 5.4) */
};

/*
 * The books a report reads, and its view: the day and the slots are always counted.
 * Of attendance and violations only the rows back-dated into the days are read, to list.
 */
struct rep_books {
	struct journal	*attendance, *floor, *visits, *deals, *violations;
	enum rep_by	 by;		/* --by source also looks up each deal's channel */
};

/* Count the days first to last from the books (back-dated rows listed: SPEC 5.4). */
int		 report_run(struct report *r, const struct desk *d,
		    const struct rep_books *b, day_t first, day_t last);
/* The tally of one key of a cut on a day. */
struct tally	*report_tally(const struct report *r, day_t day, enum rep_by by,
		    size_t key);
/* The total of one key over the report's days. */
void		 report_total(const struct report *r, enum rep_by by, size_t key,
		    struct tally *sum);
/* A key as the listing names it: a slot "08:30-10:00", an agent, a channel. */
const char	*report_key(const struct report *r, enum rep_by by, size_t key, char *buf,
		    size_t len);
/* A page that stands alone: inline style and chart, readable on a phone. */
void		 report_page_head(const struct report *r, const char *title, FILE *fp);
/* The page's end, with the back-dated rows. */
void		 report_page_foot(const struct report *r, int full, FILE *fp);
void		 report_free(struct report *r);

#endif
