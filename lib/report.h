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

/* Count the days first to last from the three books (back-dated rows: SPEC 5.4). */
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
/* Back-dated row i in words: "visits.csv row 12: visit by A01 of ...". */
void		 report_late_text(const struct report *r, size_t i, int full,
		    struct str *out);
/* A page that stands alone: inline style and chart, readable on a phone. */
void		 report_page_head(const struct report *r, const char *title, FILE *fp);
/* The page's end, with the back-dated rows. */
void		 report_page_foot(const struct report *r, int full, FILE *fp);
void		 report_free(struct report *r);

#endif
