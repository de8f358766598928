/*
 * backdate.c: back-dated rows (SPEC 2, 5.4).  A row's time is when the event happened and
 * its recorded_at when it was typed; the house rule is that the desk records as it
 * happens (seed 000 第二部分 一 处罚办法.3: 不自觉签到者按旷工论处).  A row typed more than
 * backdate_grace_min minutes after its time counts as usual, but the sentence says so and
 * the summaries list it for the manager, on the same day as on earlier ones; the rows of
 * one import are one line of the list, not thousands.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backdate.h"
#include "clock.h"

/* SPEC 2, 5.4: minutes back-dated past backdate_grace_min; a day row by its day alone. */
long
backdate_min(const struct rules *r, time_t time, time_t recorded, int day)
{
	long min = (long)((recorded - time) / 60);

	if (day && clock_day(time) >= clock_day(recorded))
		return 0;
	return min > r->backdate_grace_min ? min : 0;
}

/* "back-dated 93 min" on the day recorded, "back-dated 2 days" on an earlier day. */
int
backdate_say(const struct rules *r, time_t time, time_t recorded, int day, char *buf)
{
	long min = backdate_min(r, time, recorded, day);
	long days = clock_day(recorded) - clock_day(time);

	*buf = '\0';
	if (min == 0)
		return 0;
	if (days == 0)
		snprintf(buf, BACKDATE_LEN, "back-dated %ld min", min);
	else
		snprintf(buf, BACKDATE_LEN, "back-dated %ld day%s", days, days > 1 ? "s" : "");
	return 1;
}

/* "; back-dated 93 min", the end of a desk's sentence, or "". */
const char *
backdate_clause(const struct rules *r, time_t time, time_t recorded, int day)
{
	static char buf[BACKDATE_LEN + 2];

	*buf = '\0';
	if (backdate_say(r, time, recorded, day, buf + 2))
		memcpy(buf, "; ", 2);
	return buf;
}

/* The same import as the last row kept: the same book, by and recorded_at. */
static struct backdate *
same_import(struct backdates *l, const struct backdate *b)
{
	struct backdate *p = l->n > 0 ? &l->v[l->n - 1] : NULL;

	if (p == NULL || strcmp(p->file, b->file) != 0 || p->recorded != b->recorded ||
	    strcmp(p->by, b->by) != 0)
		return NULL;
	return p;
}

int
backdates_add(struct backdates *l, const struct rules *r, const struct backdate *b)
{
	struct backdate *p;

	if (backdate_min(r, b->time, b->recorded, b->day) == 0)
		return 0;
	if ((p = same_import(l, b)) != NULL) {
		p->n++;
		p->hi = b->lo > p->hi ? b->lo : p->hi;
		p->lo = b->lo < p->lo ? b->lo : p->lo;
		p->time = b->time < p->time ? b->time : p->time;
		p->last = b->time > p->last ? b->time : p->last;
		return 1;
	}
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->v = xreallocarray(l->v, l->cap, sizeof(*l->v));
	}
	p = &l->v[l->n++];
	*p = *b;
	p->n = 1, p->hi = p->lo, p->last = p->time;
	p->by = xstrdup(b->by);
	return 1;
}

/* "2026-11-17 18:30" */
static void
add_when(struct str *out, time_t t)
{
	char ymd[11], hhmm[6];

	clock_ymd(clock_day(t), ymd);
	clock_hhmm(t, hhmm);
	str_addf(out, "%s %s", ymd, hhmm);
}

/*
 * "attendance.csv rows 1 to 60: 60 rows recorded at once on 2026-12-31 23:00 by 前台,
 * dated 2026-12-01 to 2026-12-30".
 */
static void
import_text(const struct backdate *b, struct str *out)
{
	char first[11], last[11];

	clock_ymd(clock_day(b->time), first);
	clock_ymd(clock_day(b->last), last);
	str_addf(out, "%s rows %lld to %lld: %ld rows recorded at once on ", b->file, b->lo,
	    b->hi, b->n);
	add_when(out, b->recorded);
	str_addf(out, " by %s, dated %s%s%s", b->by, first,
	    strcmp(first, last) != 0 ? " to " : "", strcmp(first, last) != 0 ? last : "");
}

/*
 * "attendance.csv row 4: in by A04 at 2026-11-20 08:29, recorded at 10:02 by 前台:
 * back-dated 93 min"; "visits.csv row 14: visit by A03 of 138****5678 at 2026-11-17
 * 18:30, recorded on 2026-11-18 09:00 by 前台: back-dated 1 day"; a day row "sick by A03
 * on 2026-11-02, ...".
 */
void
backdate_text(const struct backdate *b, const struct rules *r, int full, struct str *out)
{
	char phone[PHONE_LEN], ymd[11], hhmm[6], words[BACKDATE_LEN];

	if (b->n > 1) {
		import_text(b, out);
		return;
	}
	if (*b->phone != '\0' && !full)
		phone_mask(b->phone, phone);
	str_addf(out, "%s row %lld: %s by %s%s%s ", b->file, b->lo, b->what, b->agent,
	    *b->phone ? " of " : "", *b->phone ? (full ? b->phone : phone) : "");
	clock_ymd(clock_day(b->time), ymd);
	if (b->day)
		str_addf(out, "on %s", ymd);
	else {
		str_adds(out, "at ");
		add_when(out, b->time);
	}
	clock_hhmm(b->recorded, hhmm);
	if (clock_day(b->recorded) == clock_day(b->time))
		str_addf(out, ", recorded at %s", hhmm);
	else {
		str_adds(out, ", recorded on ");
		add_when(out, b->recorded);
	}
	backdate_say(r, b->time, b->recorded, b->day, words);
	str_addf(out, " by %s: %s", b->by, words);
}

/* Under a table: a blank line, a heading and one indented line each; else on stderr. */
void
backdates_print(const struct backdates *l, const struct rules *r, int full,
    struct csvout *out)
{
	int table = out->flags & OUT_TABLE;
	struct str s = { 0 };

	if (table && l->n > 0)
		csvout_text(out, "\nback-dated rows (补登):");
	for (size_t i = 0; i < l->n; i++) {
		s.len = 0;
		str_adds(&s, table ? "  " : "");
		backdate_text(&l->v[i], r, full, &s);
		if (table)
			csvout_text(out, s.s);
		else
			warnx("back-dated: %s", s.s);
	}
	free(s.s);
}

void
backdates_free(struct backdates *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].by);
	free(l->v);
	memset(l, 0, sizeof(*l));
}
