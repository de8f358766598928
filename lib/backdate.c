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

#include "attendance.h"
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

/*
 * "back-dated 93 min" on the day recorded, "back-dated 2 days" on an earlier day: in the
 * desk's language when said (a sentence, a list), in English in a listing's rule text
 * (a CSV value, SPEC 7).
 */
static int
words(const struct rules *r, time_t time, time_t recorded, int day, char *buf, int said)
{
	long min = backdate_min(r, time, recorded, day);
	long days = clock_day(recorded) - clock_day(time);

	*buf = '\0';
	if (min == 0)
		return 0;
	if (days == 0 && !said)
		snprintf(buf, BACKDATE_LEN, "back-dated %ld min", min);
	else if (days == 0)
		/* TRANSLATORS: recorded %ld minutes after it happened (补登). */
		snprintf(buf, BACKDATE_LEN, _("back-dated %ld min"), min);
	else if (!said)
		snprintf(buf, BACKDATE_LEN, days > 1 ? "back-dated %ld days" :
		    "back-dated %ld day", days);
	else
		/* TRANSLATORS: recorded %ld days after the day it happened (补登). */
		snprintf(buf, BACKDATE_LEN, ngettext("back-dated %ld day",
		    "back-dated %ld days", days), days);
	return 1;
}

/* The words of a listing's rule text: for people (said) in their language, else English. */
int
backdate_say(const struct rules *r, time_t time, time_t recorded, int day, int said,
    char *buf)
{
	return words(r, time, recorded, day, buf, said);
}

/* "; back-dated 93 min", the end of a desk's sentence, or "". */
const char *
backdate_clause(const struct rules *r, time_t time, time_t recorded, int day)
{
	static char buf[BACKDATE_LEN + 16];
	char w[BACKDATE_LEN];

	*buf = '\0';
	if (words(r, time, recorded, day, w, 1))
		/* TRANSLATORS: the end of a desk's sentence: "; back-dated 93 min". */
		snprintf(buf, sizeof(buf), _("; %s"), w);
	return buf;
}

/*
 * The row's event or kind as a sentence says it (SPEC 7: in is 签到, visit 来访); a code
 * (argue) as the book writes it.
 */
static const char *
what_said(const struct backdate *b)
{
	return journal_word(journal_def(b->file), b->what);
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

/*
 * "attendance.csv rows 1 to 60: 60 rows recorded at once on 2026-12-31 23:00 by 前台,
 * dated 2026-12-01 to 2026-12-30".
 */
static void
import_text(const struct backdate *b, struct str *out)
{
	char first[11], last[11], ymd[11], hhmm[6];

	clock_ymd(clock_day(b->time), first);
	clock_ymd(clock_day(b->last), last);
	clock_ymd(clock_day(b->recorded), ymd);
	clock_hhmm(b->recorded, hhmm);
	if (strcmp(first, last) == 0)
		/* TRANSLATORS: an import's back-dated rows: %1$s the book (attendance.csv),
		 * rows %2$lld to %3$lld, %4$ld rows (always more than one), recorded on
		 * %5$s %6$s (2026-12-31 23:00) by %7$s (前台), dated %8$s (2026-12-30). */
		str_addf(out, _("%s rows %lld to %lld: %ld rows recorded at once on %s %s by "
		    "%s, dated %s"), b->file, b->lo, b->hi, b->n, ymd, hhmm, b->by, first);
	else
		/* TRANSLATORS: as above, dated %8$s to %9$s (2026-12-01, 2026-12-30). */
		str_addf(out, _("%s rows %lld to %lld: %ld rows recorded at once on %s %s by "
		    "%s, dated %s to %s"), b->file, b->lo, b->hi, b->n, ymd, hhmm, b->by, first,
		    last);
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
	char phone[PHONE_LEN], ymd[11], hhmm[6], rymd[11], rhhmm[6], w[BACKDATE_LEN];
	const char *ph = full ? b->phone : phone, *what = what_said(b);
	char *rec;

	if (b->n > 1) {
		import_text(b, out);
		return;
	}
	if (*b->phone != '\0' && !full)
		phone_mask(b->phone, phone);
	clock_ymd(clock_day(b->time), ymd);
	clock_hhmm(b->time, hhmm);
	clock_ymd(clock_day(b->recorded), rymd);
	clock_hhmm(b->recorded, rhhmm);
	if (clock_day(b->recorded) == clock_day(b->time))
		/* TRANSLATORS: %1$s the time it was typed (10:02), %2$s who typed it (前台). */
		rec = xasprintf(_("recorded at %s by %s"), rhhmm, b->by);
	else
		/* TRANSLATORS: the day and the time it was typed (2026-11-18 09:00), who. */
		rec = xasprintf(_("recorded on %s %s by %s"), rymd, rhhmm, b->by);
	words(r, b->time, b->recorded, b->day, w, 1);
	if (*b->phone == '\0' && b->day)
		/* TRANSLATORS: a back-dated row in the lists: %1$s the book
		 * (attendance.csv), %2$lld its row, %3$s the event in your words (sick,
		 * off: 病假, 轮休) or a code as the book writes it, %4$s the agent's code
		 * (A03), %5$s the day it names (2026-11-02), %6$s "recorded at 10:02 by
		 * 前台", %7$s how late ("back-dated 1 day"). */
		str_addf(out, _("%s row %lld: %s by %s on %s, %s: %s"), b->file, b->lo,
		    what, b->agent, ymd, rec, w);
	else if (*b->phone == '\0')
		/* TRANSLATORS: as above, at a day and a time: book, row, event (in: 签到)
		 * or code (argue), agent, %5$s %6$s when it happened (2026-11-20 08:29),
		 * recorded, how late ("back-dated 93 min"). */
		str_addf(out, _("%s row %lld: %s by %s at %s %s, %s: %s"), b->file, b->lo,
		    what, b->agent, ymd, hhmm, rec, w);
	else if (b->day)
		/* TRANSLATORS: as above, with %5$s the customer's phone (138****5678):
		 * book, row, kind (visit, deposit), agent, phone, day, recorded, how late. */
		str_addf(out, _("%s row %lld: %s by %s of %s on %s, %s: %s"), b->file, b->lo,
		    what, b->agent, ph, ymd, rec, w);
	else
		/* TRANSLATORS: book, row, kind (visit, deposit), agent, %5$s the customer's
		 * phone, %6$s %7$s when (2026-11-17 18:30), recorded, how late. */
		str_addf(out, _("%s row %lld: %s by %s of %s at %s %s, %s: %s"), b->file,
		    b->lo, what, b->agent, ph, ymd, hhmm, rec, w);
	free(rec);
}

/* Under a table: a blank line, a heading and one indented line each; else on stderr. */
void
backdates_print(const struct backdates *l, const struct rules *r, int full,
    struct csvout *out)
{
	int table = out->flags & OUT_TABLE;
	struct str s = { 0 };

	if (table && l->n > 0)
		csvout_text(out, _("\nback-dated rows (补登):"));
	for (size_t i = 0; i < l->n; i++) {
		s.len = 0;
		str_adds(&s, table ? "  " : "");
		backdate_text(&l->v[i], r, full, &s);
		if (table)
			csvout_text(out, s.s);
		else
			/* TRANSLATORS: on stderr beside a CSV listing; %s one row's line. */
			warnx(_("back-dated: %s"), s.s);
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
