/*
 * rules.csv: rules_load on a data dir holding the input as rules.csv.  Invariants: it
 * either loads (0) or refuses the file as bad data (65), never half; what it loads is in
 * range (times of day in order, whole numbers 0 to 10000, money not negative, percentages
 * 0 to 100.00, slots rising, lists of distinct non-empty names); and the rules loaded,
 * written back as a rules.csv of every key, load again to the same rules.
 */
#include "fuzz.h"

#include "money.h"
#include "rules.h"
#include "util.h"

static int
minute_ok(int m)
{
	return m >= 0 && m < 24 * 60;
}

static void
check_list(const struct strlist *l)
{
	FUZZ_ASSERT(l->n >= 1);
	for (size_t i = 0; i < l->n; i++) {
		FUZZ_ASSERT(l->v[i][0] != '\0' && strchr(l->v[i], ',') == NULL);
		for (size_t k = 0; k < i; k++)
			FUZZ_ASSERT(strcmp(l->v[i], l->v[k]) != 0);
	}
}

static void
check_range(const struct rules *r)
{
	const int ints[] = { r->late_grace_min, r->desert_per_absence,
		r->absent_dismiss_consecutive, r->absent_dismiss_month,
		r->rest_days_per_week, r->registration_valid_days };
	const money_t money[] = { r->late_fine, r->absence_fine, r->desert_fine };
	const money_t pct[] = { r->deduction_cap_pct, r->sick_deduct_pct,
		r->personal_deduct_pct, r->split_cover, r->split_household,
		r->split_crossed, r->sale_rate_pct, r->rent_rate_pct };

	FUZZ_ASSERT(minute_ok(r->work_start) && minute_ok(r->work_end) &&
	    minute_ok(r->night_end));
	FUZZ_ASSERT(r->work_start < r->work_end && r->work_end <= r->night_end);
	for (size_t i = 0; i < sizeof(ints) / sizeof(ints[0]); i++)
		FUZZ_ASSERT(ints[i] >= 0 && ints[i] <= 10000);
	for (size_t i = 0; i < sizeof(money) / sizeof(money[0]); i++)
		FUZZ_ASSERT(money[i] >= 0);
	FUZZ_ASSERT(r->late_fine_cap >= -1);
	for (size_t i = 0; i < sizeof(pct) / sizeof(pct[0]); i++)
		FUZZ_ASSERT(pct[i] >= 0 && pct[i] <= PCT_WHOLE);
	FUZZ_ASSERT(r->returning_rotation == 0 || r->returning_rotation == 1);
	FUZZ_ASSERT(r->carry_over == 0 || r->carry_over == 1);
	FUZZ_ASSERT(r->nslots >= 2 && r->nslots <= RULES_SLOTS_MAX);
	for (size_t i = 0; i < r->nslots; i++)
		FUZZ_ASSERT(minute_ok(r->slots[i]) &&
		    (i == 0 || r->slots[i] > r->slots[i - 1]));
	check_list(&r->levels);
	check_list(&r->sources);
}

static void
add_hhmm(struct str *b, const char *key, int m)
{
	str_addf(b, "%s,%02d:%02d\n", key, m / 60, m % 60);
}

static void
add_money(struct str *b, const char *key, money_t v)
{
	char buf[MONEY_LEN];

	money_format(v, buf);
	str_addf(b, "%s,%s\n", key, buf);
}

static void
add_list(struct str *b, const char *key, const struct strlist *l)
{
	struct str v = { 0 };

	for (size_t i = 0; i < l->n; i++) {
		str_adds(&v, i ? "," : "");
		str_adds(&v, l->v[i]);
	}
	str_addf(b, "%s,", key);
	str_addcsv(b, v.s);
	str_add(b, "\n", 1);
	free(v.s);
}

/* The rules as a rules.csv that names every key. */
static void
write_back(const struct rules *r, struct str *b)
{
	struct strlist slots = { 0 };

	str_adds(b, "key,value\n");
	add_hhmm(b, "work_start", r->work_start);
	add_hhmm(b, "work_end", r->work_end);
	add_hhmm(b, "night_end", r->night_end);
	str_addf(b, "late_grace_min,%d\n", r->late_grace_min);
	add_money(b, "late_fine", r->late_fine);
	if (r->late_fine_cap == -1)
		str_adds(b, "late_fine_cap,none\n");
	else
		add_money(b, "late_fine_cap", r->late_fine_cap);
	add_money(b, "absence_fine", r->absence_fine);
	add_money(b, "desert_fine", r->desert_fine);
	str_addf(b, "desert_per_absence,%d\n", r->desert_per_absence);
	str_addf(b, "absent_dismiss_consecutive,%d\n", r->absent_dismiss_consecutive);
	str_addf(b, "absent_dismiss_month,%d\n", r->absent_dismiss_month);
	add_money(b, "deduction_cap_pct", r->deduction_cap_pct);
	add_money(b, "sick_deduct_pct", r->sick_deduct_pct);
	add_money(b, "personal_deduct_pct", r->personal_deduct_pct);
	str_addf(b, "rest_days_per_week,%d\n", r->rest_days_per_week);
	str_addf(b, "registration_valid_days,%d\n", r->registration_valid_days);
	str_addf(b, "returning_fallback,%s\n", r->returning_rotation ? "rotation" : "duty");
	str_addf(b, "carry_over,%s\n", r->carry_over ? "yes" : "no");
	add_money(b, "split_cover", r->split_cover);
	add_money(b, "split_household", r->split_household);
	add_money(b, "split_crossed", r->split_crossed);
	add_money(b, "sale_rate_pct", r->sale_rate_pct);
	add_money(b, "rent_rate_pct", r->rent_rate_pct);
	slots.v = xreallocarray(NULL, r->nslots, sizeof(*slots.v));
	for (size_t i = 0; i < r->nslots; i++)
		slots.v[slots.n++] = xasprintf("%02d:%02d", r->slots[i] / 60,
		    r->slots[i] % 60);
	add_list(b, "slots", &slots);
	strlist_free(&slots);
	add_list(b, "levels", &r->levels);
	add_list(b, "sources", &r->sources);
	str_addf(b, "backdate_grace_min,%d\n", r->backdate_grace_min);
	str_addf(b, "phone_plan,%s\n", r->phone_plan == PHONE_ANY ? "any" : "cn");
}

static void
same_list(const struct strlist *a, const struct strlist *b)
{
	FUZZ_ASSERT(a->n == b->n);
	for (size_t i = 0; i < a->n; i++)
		FUZZ_ASSERT(strcmp(a->v[i], b->v[i]) == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	struct rules r, again;
	struct fuzz_dir d, d2;
	struct str b = { 0 };
	int rv;

	fuzz_dir_put(&d, "rules", "rules.csv", data, n);
	rv = rules_load(&r, d.dir);
	fuzz_dir_remove(&d);
	FUZZ_ASSERT(rv == 0 || rv == EX_DATAERR);
	if (rv != 0)
		return 0;
	check_range(&r);
	write_back(&r, &b);
	fuzz_dir_put(&d2, "rules", "rules.csv", b.s, b.len);
	FUZZ_ASSERT(rules_load(&again, d2.dir) == 0);
	fuzz_dir_remove(&d2);
	/* rules_load zeroes the struct first: all before the lists compares as bytes */
	FUZZ_ASSERT(memcmp(&r, &again, offsetof(struct rules, levels)) == 0);
	same_list(&r.levels, &again.levels);
	same_list(&r.sources, &again.sources);
	FUZZ_ASSERT(r.backdate_grace_min == again.backdate_grace_min);
	FUZZ_ASSERT(r.phone_plan == again.phone_plan);
	rules_free(&again);
	rules_free(&r);
	free(b.s);
	return 0;
}
