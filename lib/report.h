/* report.h: the nightly summaries: the day, its slots, its agents, its channels (SPEC 3). */
#ifndef REPORT_H
#define REPORT_H

#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "desk.h"
#include "journal.h"
#include "money.h"
#include "phone.h"
#include "util.h"

/* The rows a report can be cut by; each day holds one tally per key of each. */
enum rep_by { BY_DAY, BY_SLOT, BY_AGENT, BY_SOURCE, BY_COUNT };

struct tally {
	long		 visits, calls, contacts, fresh, returning, registrations, follows;
	long		 deposits, sales, receptions, counted;
	money_t		 amount;
	int		 saturated;
};

/* A row counted whose time is on an earlier day than its recording (SPEC 5.4). */
struct late_row {
	const char	*file;
	long long	 seq;
	time_t		 time, recorded;
	char		 what[16], agent[16], phone[PHONE_LEN];
};

struct report {
	const struct desk	*desk;
	day_t			 first, last;
	size_t			 nkeys[BY_COUNT];	/* keys of each cut, per day */
	size_t			 perday;
	struct tally		*t;			/* [day][cut][key] */
	struct recv		*recv;			/* counted receptions, by seq */
	size_t			 nrecv, caprecv;
	struct late_row		*late;
	size_t			 nlate;
};

/* The books a report reads, and its view: the day and the slots are always counted. */
struct rep_books {
	struct journal	*floor, *visits, *deals;
	enum rep_by	 by;		/* --by source also looks up each deal's channel */
};

int		 report_run(struct report *, const struct desk *, const struct rep_books *,
		    day_t, day_t);
struct tally	*report_tally(const struct report *, day_t, enum rep_by, size_t);
void		 report_total(const struct report *, enum rep_by, size_t, struct tally *);
const char	*report_key(const struct report *, enum rep_by, size_t, char *, size_t);
void		 report_late_text(const struct report *, size_t, int, struct str *);
void		 report_page_head(const struct report *, const char *, FILE *);
void		 report_page_foot(const struct report *, int, FILE *);
void		 report_free(struct report *);

#endif
