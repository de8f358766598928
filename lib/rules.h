/* rules.h: the house rules' numbers: SPEC 6 defaults, overridden by rules.csv. */
#ifndef RULES_H
#define RULES_H

#include <stddef.h>

#include "money.h"
#include "phone.h"

#define RULES_SLOTS_MAX	24

struct strlist {
	char	**v;
	size_t	  n;
};

struct rules {
	int		work_start, work_end, night_end;	/* minutes after midnight */
	int		late_grace_min;
	money_t		late_fine, late_fine_cap;		/* cap -1: none */
	money_t		absence_fine, desert_fine;
	int		desert_per_absence;
	int		absent_dismiss_consecutive, absent_dismiss_month;
	money_t		deduction_cap_pct, sick_deduct_pct, personal_deduct_pct;
	int		rest_days_per_week;
	int		registration_valid_days;
	int		returning_rotation;	/* returning_fallback = rotation */
	int		carry_over;
	money_t		split_cover, split_household, split_crossed;	/* hundredths of % */
	money_t		sale_rate_pct, rent_rate_pct;
	int		slots[RULES_SLOTS_MAX];
	size_t		nslots;
	struct strlist	levels, sources;
	int		backdate_grace_min;	/* --at earlier than that back-dates */
	enum phone_plan	phone_plan;		/* what a phone must look like */
	struct strlist	follow_days;		/* "H:2": days to the next contact */
	int		lapse_warn_days;	/* due this many days before a lapse */
	struct strlist	lost_reasons;		/* why a customer was lost (战败) */
	char		*managers;		/* the managers' Unix group; NULL: none */
};

/* The defaults, then rules.csv in dir when it exists. */
int	rules_load(struct rules *r, const char *dir);
void	rules_free(struct rules *r);
/* SPEC 5.6: the days from the last contact to the next for a level; -1 when none. */
int	rules_follow_days(const struct rules *r, const char *level);
/* The index of s in l, or l->n if it is not there. */
size_t	strlist_find(const struct strlist *l, const char *s);
int	strlist_has(const struct strlist *l, const char *s);
void	strlist_free(struct strlist *l);

#endif
