/*
 * rules.c: one table of every rule key with its default (SPEC 6) and its kind;
 * rules.csv (key,value, other columns ignored) overrides them.  An unknown key, a key
 * given twice or a value of the wrong kind stops the tool: exit 65 at the file's line.
 */
#include <grp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "csvin.h"
#include "rules.h"
#include "util.h"

enum kind { K_HHMM, K_INT, K_MONEY, K_MONEY_NONE, K_PCT, K_YESNO, K_FALLBACK, K_SLOTS,
	K_LIST, K_PLAN, K_DAYS, K_GROUP };

static const struct rule {
	const char	*key;
	const char	*def;
	enum kind	 kind;
	size_t		 off;
} table[] = {
#define R(k, d, t)	{ #k, d, t, offsetof(struct rules, k) }
	R(work_start, "08:30", K_HHMM),
	R(work_end, "18:00", K_HHMM),
	R(night_end, "20:30", K_HHMM),
	R(late_grace_min, "0", K_INT),
	R(late_fine, "2", K_MONEY),
	R(late_fine_cap, "none", K_MONEY_NONE),
	R(absence_fine, "100", K_MONEY),
	R(desert_fine, "20", K_MONEY),
	R(desert_per_absence, "3", K_INT),
	R(absent_dismiss_consecutive, "2", K_INT),
	R(absent_dismiss_month, "3", K_INT),
	R(deduction_cap_pct, "20", K_PCT),
	R(sick_deduct_pct, "50", K_PCT),
	R(personal_deduct_pct, "100", K_PCT),
	R(rest_days_per_week, "1", K_INT),
	R(registration_valid_days, "20", K_INT),
	{ "returning_fallback", "duty", K_FALLBACK, offsetof(struct rules, returning_rotation) },
	R(carry_over, "yes", K_YESNO),
	R(split_cover, "50", K_PCT),
	R(split_household, "50", K_PCT),
	R(split_crossed, "50", K_PCT),
	R(sale_rate_pct, "0.2", K_PCT),
	R(rent_rate_pct, "20", K_PCT),
	R(slots, "08:00,10:00,12:00,14:00,16:00,18:00,20:00", K_SLOTS),
	R(levels, "H,A,B,C,D", K_LIST),
	R(sources, "网络,电视,报纸杂志,广播,展会,亲友,路过,其他", K_LIST),
	R(backdate_grace_min, "10", K_INT),
	R(phone_plan, "cn", K_PLAN),
	R(managers, "none", K_GROUP),
	R(follow_days, "H:2,A:4,B:7,C:15,D:30", K_DAYS),
	R(lapse_warn_days, "3", K_INT),
	R(lost_reasons, "价格,竞品,位置,户型,资金,贷款,已购他处,无意向,其他", K_LIST),
#undef R
};
#define NRULES	(sizeof(table) / sizeof(table[0]))

/* What a rule's value must be, by its kind. */
static const char *const expect[] = {
	/* TRANSLATORS: what a rule's value must be, said as "work_start is a time HH:MM,
	   not '8点'"; the values none, yes, no, duty, rotation, cn and any stay. */
	[K_HHMM] = N_("a time HH:MM"),
	[K_INT] = N_("a whole number from 0 to 10000"),
	[K_MONEY] = N_("yuan, like 20 or 20.50"),
	[K_MONEY_NONE] = N_("yuan, like 20 or 20.50, or none"),
	[K_PCT] = N_("a percentage from 0 to 100 with at most two decimals"),
	[K_YESNO] = N_("yes or no"),
	[K_FALLBACK] = N_("duty or rotation"),
	[K_SLOTS] = N_("times HH:MM in increasing order, separated by commas"),
	[K_LIST] = N_("a list of distinct names separated by commas"),
	[K_PLAN] = N_("cn or any"),
	/* TRANSLATORS: follow_days: a level of rule levels, a colon and days. */
	[K_DAYS] = N_("a list of level:days separated by commas, like H:2,A:4"),
	/* TRANSLATORS: managers: getent group shows the groups; none stays. */
	[K_GROUP] = N_("a group of this system (getent group), or none"),
};

void
strlist_free(struct strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

int
strlist_has(const struct strlist *l, const char *s)
{
	return strlist_find(l, s) < l->n;
}

/* The index of s in l, or l->n if it is not there. */
size_t
strlist_find(const struct strlist *l, const char *s)
{
	size_t i;

	for (i = 0; i < l->n && strcmp(l->v[i], s) != 0; i++)
		;
	return i;
}

/* "a,b,c": non-empty, distinct items. */
static int
parse_list(const char *s, struct strlist *l)
{
	struct strlist new = { 0 };
	char *copy = xstrdup(s), *save, *item;
	int rv = 0;

	for (item = strtok_r(copy, ",", &save); item != NULL && rv == 0;
	    item = strtok_r(NULL, ",", &save)) {
		if (strlist_has(&new, item))
			rv = -1;
		new.v = xreallocarray(new.v, new.n + 1, sizeof(*new.v));
		new.v[new.n++] = xstrdup(item);
	}
	free(copy);
	if (rv == -1 || new.n == 0 || s[strlen(s) - 1] == ',' || *s == ',' ||
	    strstr(s, ",,") != NULL) {
		strlist_free(&new);
		return -1;
	}
	strlist_free(l);
	*l = new;
	return 0;
}

static int
parse_slots(const char *s, struct rules *r)
{
	struct strlist l = { 0 };
	int m[RULES_SLOTS_MAX];
	int rv = parse_list(s, &l) == -1 || l.n < 2 || l.n > RULES_SLOTS_MAX ? -1 : 0;

	for (size_t i = 0; i < l.n && rv == 0; i++)
		if (clock_parse_hhmm(l.v[i], &m[i]) == -1 || (i > 0 && m[i] <= m[i - 1]))
			rv = -1;
	if (rv == 0) {
		memcpy(r->slots, m, l.n * sizeof(*m));
		r->nslots = l.n;
	}
	strlist_free(&l);
	return rv;
}

/* The days of "L:N", N a whole number from 0 to 10000; -1 if it is not that. */
static int
level_days(const char *item, size_t *len)
{
	const char *colon = strchr(item, ':');
	char *end;
	long n;

	if (colon == NULL || colon == item || colon[1] < '0' || colon[1] > '9')
		return -1;
	n = strtol(colon + 1, &end, 10);
	if (*end != '\0' || n > 10000)
		return -1;
	*len = colon - item;
	return n;
}

/* "H:2,A:4": distinct levels, each with its days. */
static int
parse_days(const char *s, struct strlist *l)
{
	struct strlist new = { 0 };
	size_t len;
	int rv = parse_list(s, &new);

	for (size_t i = 0; i < new.n && rv == 0; i++) {
		if (level_days(new.v[i], &len) == -1)
			rv = -1;
		for (size_t k = 0; k < i && rv == 0; k++)
			if (strncmp(new.v[k], new.v[i], len + 1) == 0)
				rv = -1;
	}
	if (rv == 0) {
		strlist_free(l);
		*l = new;
	} else
		strlist_free(&new);
	return rv;
}

/* SPEC 5.6: the days from the last contact to the next for a level; -1 when none. */
int
rules_follow_days(const struct rules *r, const char *level)
{
	size_t len;
	int n;

	for (size_t i = 0; i < r->follow_days.n; i++)
		if ((n = level_days(r->follow_days.v[i], &len)) != -1 &&
		    strlen(level) == len && strncmp(r->follow_days.v[i], level, len) == 0)
			return n;
	return -1;
}

/* follow_days, when given, names only levels of rule levels: the first that is not. */
static const char *
unknown_level(const struct rules *r, long given)
{
	static char level[64];
	size_t len;

	for (size_t i = 0; given && i < r->follow_days.n; i++) {
		level_days(r->follow_days.v[i], &len);
		snprintf(level, sizeof(level), "%.*s", (int)len, r->follow_days.v[i]);
		if (!strlist_has(&r->levels, level))
			return level;
	}
	return NULL;
}

/* A Unix group that exists, or none: no manager's group, everyone may. */
static int
parse_group(const char *s, char **group)
{
	if (strcmp(s, "none") != 0 && (*s == '\0' || getgrnam(s) == NULL))
		return -1;
	free(*group);
	*group = strcmp(s, "none") == 0 ? NULL : xstrdup(s);
	return 0;
}

static int
parse_value(const struct rule *t, const char *v, struct rules *r)
{
	void *p = (char *)r + t->off;
	money_t m;
	char *end;
	long n;

	switch (t->kind) {
	case K_HHMM:
		return clock_parse_hhmm(v, p);
	case K_INT:
		n = strtol(v, &end, 10);
		if (*v < '0' || *v > '9' || *end != '\0' || n > 10000)
			return -1;
		*(int *)p = n;
		return 0;
	case K_MONEY_NONE:
		if (strcmp(v, "none") == 0) {
			*(money_t *)p = -1;
			return 0;
		}
		/* FALLTHROUGH */
	case K_MONEY:
		return money_parse(v, p);
	case K_PCT:
		if (money_parse(v, &m) == -1 || m > 10000)
			return -1;
		*(money_t *)p = m;
		return 0;
	case K_YESNO:
	case K_FALLBACK:
		if (strcmp(v, t->kind == K_YESNO ? "yes" : "rotation") == 0)
			*(int *)p = 1;
		else if (strcmp(v, t->kind == K_YESNO ? "no" : "duty") == 0)
			*(int *)p = 0;
		else
			return -1;
		return 0;
	case K_SLOTS:
		return parse_slots(v, r);
	case K_LIST:
		return parse_list(v, p);
	case K_PLAN:		/* SPEC 2: what a phone must look like */
		if (strcmp(v, "cn") == 0)
			*(enum phone_plan *)p = PHONE_CN;
		else if (strcmp(v, "any") == 0)
			*(enum phone_plan *)p = PHONE_ANY;
		else
			return -1;
		return 0;
	case K_DAYS:
		return parse_days(v, p);
	case K_GROUP:		/* SPEC 2: the group whose members are the managers */
		return parse_group(v, p);
	}
	return -1;
}

static const struct rule *
rule_named(const char *key)
{
	for (size_t i = 0; i < NRULES; i++)
		if (strcmp(table[i].key, key) == 0)
			return &table[i];
	return NULL;
}

/* The line of whichever of two rules was given later (0: neither was given). */
static long
later(const long *line, const char *a, const char *b)
{
	long x = line[rule_named(a) - table], y = line[rule_named(b) - table];

	return x > y ? x : y;
}

static int
read_overrides(struct csvin *in, struct rules *r)
{
	static const char *const cols[] = { "key", "value" };
	const struct rule *t;
	const char *level;
	long line[NRULES] = { 0 };	/* where each rule was given */
	int rv;

	if ((rv = csvin_header(in, cols, 2, 2)) <= 0)
		return rv;
	while ((rv = csvin_next(in)) == 1) {
		if ((t = rule_named(in->field[0])) == NULL)
			/* TRANSLATORS: rules.csv: the key as the row holds it. */
			return csvin_fail(in, _("unknown rule key '%s'"), in->field[0]);
		if (line[t - table])
			/* TRANSLATORS: rules.csv: a rule key, late_fine. */
			return csvin_fail(in, _("rule '%s' is given twice"), t->key);
		line[t - table] = in->line;
		if (parse_value(t, in->field[1], r) == -1)
			/* TRANSLATORS: rules.csv: the rule key (late_fine), what its value must
			   be (yuan, like 20 or 20.50) and the value the row holds. */
			return csvin_fail(in, _("%s is %s, not '%s'"), t->key,
			    _(expect[t->kind]), in->field[1]);
	}
	if (rv == 0 && (r->work_start >= r->work_end || r->work_end > r->night_end)) {
		in->line = r->work_start >= r->work_end ? later(line, "work_start",
		    "work_end") : later(line, "work_end", "night_end");
		/* TRANSLATORS: rule keys of rules.csv: the day's start, end, and the end of
		   night duty. */
		return csvin_fail(in, "%s", _("work_start, work_end and night_end must be in "
		    "that order"));
	}
	if (rv == 0 && (level = unknown_level(r, line[rule_named("follow_days") - table]))) {
		in->line = later(line, "levels", "follow_days");
		/* TRANSLATORS: rules.csv: a level named by rule follow_days (H) that rule
		   levels does not list. */
		return csvin_fail(in, _("follow_days names level '%s', not one of rule levels"),
		    level);
	}
	return rv;
}

/* The defaults, then rules.csv in dir when it exists. */
int
rules_load(struct rules *r, const char *dir)
{
	char *path = xasprintf("%s/rules.csv", dir);
	struct csvin in;
	int rv;

	memset(r, 0, sizeof(*r));
	for (size_t i = 0; i < NRULES; i++)
		parse_value(&table[i], table[i].def, r);
	if (csvin_open(&in, path, "rules.csv", CSVIN_OPTIONAL) == 0)
		read_overrides(&in, r);
	rv = in.status;
	csvin_close(&in);
	free(path);
	if (rv != 0)
		rules_free(r);
	return rv;
}

void
rules_free(struct rules *r)
{
	strlist_free(&r->levels);
	strlist_free(&r->sources);
	strlist_free(&r->follow_days);
	strlist_free(&r->lost_reasons);
	free(r->managers);
	r->managers = NULL;
}
