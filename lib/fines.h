/* fines.h: the month's attendance fines, leave deductions and offences (SPEC 5.4, 5.5). */
#ifndef FINES_H
#define FINES_H

#include <stddef.h>
#include <time.h>

#include "attendance.h"
#include "backdate.h"
#include "desk.h"
#include "journal.h"
#include "money.h"
#include "util.h"

enum fine_kind { FK_LATE, FK_EARLY, FK_ABSENT, FK_DESERT, FK_DESERT_ABSENCE, FK_SICK,
	FK_PERSONAL, FK_VIOLATION, FK_COUNT };
extern const char *const fine_kind_names[FK_COUNT];	/* N_(): the item column */

/* What the summary flags; the dismissal thresholds come first. */
enum { FF_ABSENT_CONSECUTIVE = 0x1, FF_ABSENT_MONTH = 0x2, FF_LATE_CAP = 0x4,
	FF_SATURATED = 0x8, FF_REST_DAYS = 0x10, FF_DEDUCTION_CAP = 0x20 };

/* A line of offences.csv: a fixed fine (min = max), a range, or a minimum (max -1). */
struct offence {
	char		*code, *description;
	money_t		 min, max;
	int		 dismiss_after;		/* the occurrence in a month flagged; 0 never */
};

struct offences {
	struct offence	*v;
	size_t		 n;
};

/* A live row of violations.csv. */
struct vrow {
	int		 agent;
	time_t		 time, recorded;
	long long	 seq;
	char		*code, *note, *by;
	money_t		 fine;
};

struct vlog {
	struct vrow	*v;
	size_t		 n;
};

/* One item of the month's listing. */
struct fine {
	int		 agent;
	time_t		 time;
	size_t		 order;		/* ties in time keep the order of the rules */
	int		 kind;
	int		 n;		/* the occurrence this month */
	money_t		 amount;
	const char	*code;		/* a violation's */
	char		*rule;		/* why, with the seed clause */
};

/* One agent's month. */
struct fine_sum {
	int		 late, early, absent, desert, leave_halves, backdated;
	money_t		 fines, deductions, total;
	int		 flags;
	int		*offences;	/* this month's count of each catalogue entry */
	int		 listed;
};

struct fines {
	const struct desk	*desk;
	const struct offences	*cat;
	day_t			 first, last;	/* the days counted */
	day_t			 begun;		/* the attendance book's first day */
	struct fine		*v;
	size_t			 n, cap;
	struct fine_sum		*sum;		/* by roster index */
	struct backdates	 bd;		/* the back-dated rows behind them */
	int			 said;		/* rule texts for people, in their language */
};

/* offences.csv, the catalogue of SPEC 5.5, checked whole. */
int	offences_load(struct offences *c, const char *dir);
const struct offence *offences_find(const struct offences *c, const char *code);
/*
 * SPEC 7: the offence the desk typed: a code (in any case), else words of a description
 * (吵架 finds argue) when one entry's holds them.  NULL when none or several match, said,
 * with *status EX_DATAERR (none: the codes close to what was typed) or EX_REFUSED
 * (several: each listed, to be given by its code).
 */
const struct offence *offence_match(const struct offences *c, const char *what,
	    int *status);
/* 5.5: the catalogue's fixed fine, or --fine (arg) in its range or above its minimum. */
int	offence_fine(const struct offence *o, const char *arg, money_t *out);
void	offences_free(struct offences *c);
/* The live violations that happened from day first to day last. */
int	vlog_read(struct vlog *l, struct journal *j, const struct desk *d, day_t first,
	    day_t last);
/* 第一部分 四: the time this month v's agent commits v's offence, 1 for the first. */
int	vlog_nth(const struct vlog *log, const struct vrow *v);
void	vlog_free(struct vlog *l);
/*
 * The items and the summary of the days first to last (one month at most), and the
 * back-dated rows behind them (SPEC 5.4), the rows of one import as one.  The rule texts
 * are for a view for people when said: in the reader's language; else in the English of
 * a CSV value (SPEC 7).
 */
int	fines_month(struct fines *f, const struct desk *d, const struct offences *cat,
	    struct journal *j, struct vlog *vl, day_t first, day_t last, int said);
/* The item column: late, absent, violation:argue, as the listing o says it; malloc'd. */
char	*fines_item(const struct fine *x, const struct csvout *o);
/*
 * The summary's flags: "absent-consecutive;offence:argue;back-dated:2", as the listing
 * o says them (SPEC 7: in the reader's language in a view for people).
 */
void	fines_flags(const struct fines *f, int agent, const struct csvout *o,
	    struct str *out);
void	fines_free(struct fines *f);

#endif
