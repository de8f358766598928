/*
 * fines.c: the month's fines and deductions, replayed from the attendance book and the
 * violations book (seed 000 第二部分 一 考勤制度 and its 处罚办法; 第一部分 四 行为规范及
 * 违规处罚).  Nothing is stored: every item is derived, with the rule and the clause it
 * follows.  Amounts never overflow: they saturate at the largest amount and are flagged.
 */
#include <err.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "backdate.h"
#include "csvin.h"
#include "fines.h"

/* The item column; absent is said in its context (fines_item), not as a state. */
const char *const fine_kind_names[FK_COUNT] = {
	/* TRANSLATORS: an item of the month's fines: a late arrival (迟到). */
	N_("late"),
	/* TRANSLATORS: an item: an early leave (早退). */
	N_("early"),
	"absent",
	/* TRANSLATORS: an item: away from the post (脱岗). */
	N_("desert"),
	/* TRANSLATORS: an item: the desertions of a month counted as an absent day. */
	N_("desert-absence"),
	/* TRANSLATORS: an item: a deduction for sick leave (病假). */
	N_("sick-leave"),
	/* TRANSLATORS: an item: a deduction for personal leave (事假). */
	N_("personal-leave"),
	"violation" };	/* violation:CODE, said whole (fines_item) */

enum { OF_CODE, OF_FINE, OF_DISMISS, OF_DESC, OF_NCOLS };

/* "20", "5-20" or "2000-": the fines an offence allows. */
static int
parse_range(const char *s, money_t *min, money_t *max)
{
	const char *dash = strchr(s, '-');
	char lo[MONEY_LEN];

	if (dash == NULL) {
		if (money_parse(s, min) == -1)
			return -1;
		*max = *min;
		return 0;
	}
	if ((size_t)(dash - s) >= sizeof(lo))
		return -1;
	memcpy(lo, s, dash - s);
	lo[dash - s] = '\0';
	*max = -1;
	if (money_parse(lo, min) == -1 ||
	    (dash[1] != '\0' && money_parse(dash + 1, max) == -1))
		return -1;
	return *max != -1 && *max < *min ? -1 : 0;
}

static int
parse_offence(struct csvin *in, const struct offences *c, struct offence *o)
{
	const char **f = in->field, *s;
	char *end;
	long n = 0;

	if (*f[OF_CODE] == '\0' || strcmp(f[OF_CODE], "void") == 0 ||
	    strspn(f[OF_CODE], "abcdefghijklmnopqrstuvwxyz0123456789-_") !=
	    strlen(f[OF_CODE]))
		/* TRANSLATORS: offences.csv: %s the code as the row holds it. */
		return csvin_fail(in, _("code '%s' must be lower-case letters, digits, - or _ "
		    "(and not void)"), f[OF_CODE]);
	if (offences_find(c, f[OF_CODE]) != NULL)
		return csvin_fail(in, _("code '%s' is listed twice"), f[OF_CODE]);
	if (parse_range(f[OF_FINE], &o->min, &o->max) == -1)
		/* TRANSLATORS: offences.csv's fine column; %s as the row holds it. */
		return csvin_fail(in, _("fine is yuan N, a range N-M or a minimum N-, "
		    "not '%s'"), f[OF_FINE]);
	if (*(s = f[OF_DISMISS]) != '\0' && ((n = strtol(s, &end, 10)) < 1 || n > 10000 ||
	    *end != '\0' || *s < '1' || *s > '9'))
		/* TRANSLATORS: offences.csv's dismiss_after column; %s as the row holds it. */
		return csvin_fail(in, _("dismiss_after is empty or a count from 1 to 10000, "
		    "not '%s'"), s);
	o->dismiss_after = n;
	o->code = xstrdup(f[OF_CODE]);
	o->description = xstrdup(f[OF_DESC]);
	return 0;
}

/* offences.csv, the catalogue of SPEC 5.5, checked whole. */
int
offences_load(struct offences *c, const char *dir)
{
	static const char *const cols[] = { "code", "fine", "dismiss_after", "description" };
	char *path = xasprintf("%s/offences.csv", dir);
	struct offence o;
	struct csvin in;
	int rv;

	memset(c, 0, sizeof(*c));
	if (csvin_open(&in, path, "offences.csv", 0) == 0 &&
	    csvin_header(&in, cols, OF_NCOLS, OF_NCOLS) == 1)
		while (csvin_next(&in) == 1 && parse_offence(&in, c, &o) == 0) {
			c->v = xreallocarray(c->v, c->n + 1, sizeof(*c->v));
			c->v[c->n++] = o;
		}
	rv = in.status;
	csvin_close(&in);
	free(path);
	if (rv != 0)
		offences_free(c);	/* the rows read before the bad one */
	return rv;
}

const struct offence *
offences_find(const struct offences *c, const char *code)
{
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->v[i].code, code) == 0)
			return &c->v[i];
	return NULL;
}

/* An entry as a refusal lists it: "eat (上班时间在销售接待区吃东西、吸烟)", its words. */
static void
add_entry(struct str *b, const struct offence *o)
{
	enum { SHOWN = 16 };		/* characters of the description at most */
	const char *s = o->description, *p = s, *next;
	unsigned int ch;
	int n = 0, cut = 0;

	for (; *p != '\0'; p = next) {
		next = p;
		ch = utf8_next(&next);
		if (ch == 0xff08 || ch == 0xff1b)	/* （ or ；: a note or the clause */
			break;
		if (n++ == SHOWN) {
			cut = 1;
			break;
		}
	}
	/* TRANSLATORS: an offence in a list: its code (eat), then %.*s the first words of
	 * its description (上班时间在销售接待区吃东西), then "…" when they are cut. */
	str_addf(b, _("%s (%.*s%s)"), o->code, (int)(p - s), s, cut ? "…" : "");
}

/* 与, 跟 and 同 ("with") read as 和, in place: 与客户争吵 is 和客户争吵. */
static char *
with_fold(char *s)
{
	static const char *const with[] = { "与", "跟", "同" };
	char *p;

	for (size_t i = 0; i < sizeof(with) / sizeof(*with); i++)
		for (p = s; (p = strstr(p, with[i])) != NULL; p += strlen("和"))
			memcpy(p, "和", strlen("和"));	/* the same three bytes long */
	return s;
}

/*
 * SPEC 7: the entries whose description holds what, both read as an IME types them
 * (full-width as ASCII) and with "with" in one word.
 */
static size_t
by_words(const struct offences *c, const char *what, const struct offence **v)
{
	char *want = with_fold(xstrdup(what)), *d;
	size_t n = 0;

	for (size_t i = 0; i < c->n && *want != '\0'; i++) {
		d = with_fold(ascii_fold(c->v[i].description));
		if (strstr(d, want) != NULL)
			v[n++] = &c->v[i];
		free(d);
	}
	free(want);
	return n;
}

/* The codes close to what was typed: a typo away (argu), or holding it (smoke). */
static size_t
close_codes(const struct offences *c, const char *what, struct str *b)
{
	struct near nr;
	size_t n, k;

	near_init(&nr, what);
	for (size_t i = 0; i < c->n; i++)
		near_add(&nr, c->v[i].code, c->v[i].code);
	/* TRANSLATORS: between the items of a list (argue, argu). */
	const char *sep = _(", ");

	for (n = 0; n < nr.n; n++)
		str_addf(b, "%s%s", n ? sep : "", nr.v[n].code);
	for (size_t i = 0; i < c->n && strlen(what) >= 3; i++) {
		for (k = 0; k < nr.n && nr.v[k].code != c->v[i].code; k++)
			;
		if (k == nr.n && strstr(c->v[i].code, what) != NULL)
			str_addf(b, "%s%s", n++ ? sep : "", c->v[i].code);
	}
	return n;
}

/* None matched: 65 as an unknown code, with the close ones. */
static void
say_none(const struct offences *c, const char *what)
{
	struct str b = { 0 };

	if (close_codes(c, what, &b) > 0)
		/* TRANSLATORS: %1$s what was typed (argu), %2$s the codes close to it
		 * (argue); other is a code, as it is. */
		warnx(_("'%s' is not a code in offences.csv: did you mean %s? (an unlisted "
		    "offence is 'other')"), what, b.s);
	else
		/* TRANSLATORS: %s what was typed; other is a code, as it is. */
		warnx(_("'%s' is not a code in offences.csv (an unlisted offence is 'other')"),
		    what);
	free(b.s);
}

/* Several matched: each listed, to be given by its code. */
static void
say_several(const char *what, const struct offence **v, size_t n)
{
	struct str b = { 0 };

	for (size_t i = 0; i < n; i++) {
		str_adds(&b, i ? _(", ") : "");
		add_entry(&b, v[i]);
	}
	/* TRANSLATORS: %1$s the words typed (吸烟), %2$zu how many offences hold them
	 * (always two or more), %3$s the offences ("eat (上班时间在销售接待区吃东西、吸烟),
	 * smoke (…)"). */
	warnx(_("'%s' matches %zu offences: %s: give the code"), what, n, b.s);
	free(b.s);
}

/*
 * SPEC 7: a code first (codes are lower case; ARGUE is argue), then the words of the
 * descriptions, matched where they occur in one (吵架 and 与客户争吵 are in argue's
 * 和客户争吵、吵架).
 */
const struct offence *
offence_match(const struct offences *c, const char *what, int *status)
{
	const struct offence **v = xcalloc(c->n + 1, sizeof(*v)), *o = NULL;
	char *w = ascii_fold(what);
	size_t n = 0;

	for (size_t i = 0; i < c->n && o == NULL; i++)
		if (strcasecmp(c->v[i].code, w) == 0)
			o = &c->v[i];
	if (o == NULL && (n = by_words(c, w, v)) == 1) {
		o = v[0];
	} else if (n > 1) {
		say_several(w, v, n);
		*status = EX_REFUSED;
	} else if (o == NULL) {
		say_none(c, w);
		*status = EX_DATAERR;
	}
	free(v);
	free(w);
	return o;
}

void
offences_free(struct offences *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->v[i].code);
		free(c->v[i].description);
	}
	free(c->v);
	memset(c, 0, sizeof(*c));
}

/* "20.00", "5.00 to 20.00" or "at least 2000.00". */
static const char *
range_words(const struct offence *o)
{
	static char buf[3 * MONEY_LEN];
	char lo[MONEY_LEN], hi[MONEY_LEN];

	money_format(o->min, lo);
	money_format(o->max, hi);
	if (o->max == -1)
		/* TRANSLATORS: a fine of at least %s yuan (2000.00). */
		snprintf(buf, sizeof(buf), _("at least %s"), lo);
	else if (o->min == o->max)
		snprintf(buf, sizeof(buf), "%s", lo);
	else
		/* TRANSLATORS: a fine from %1$s to %2$s yuan (5.00, 20.00). */
		snprintf(buf, sizeof(buf), _("%s to %s"), lo, hi);
	return buf;
}

/* 5.5: the catalogue's fixed fine, or --fine (arg) within its range or above its minimum. */
int
offence_fine(const struct offence *o, const char *arg, money_t *out)
{
	if (arg == NULL && o->min == o->max) {
		*out = o->min;
		return 0;
	}
	if (arg == NULL)
		/* TRANSLATORS: %1$s the offence's code (other), %2$s its fines ("5.00 to
		 * 20.00", "at least 2000.00"). */
		warnx(_("%s is fined %s yuan (offences.csv): give the amount with --fine"),
		    o->code, range_words(o));
	else if (money_parse(arg, out) == -1)
		/* TRANSLATORS: %s the --fine as typed. */
		warnx(_("--fine is yuan, like 20 or 20.50, not '%s'"), arg);
	else if (*out < o->min || (o->max != -1 && *out > o->max))
		/* TRANSLATORS: %1$s the --fine as typed, %2$s the offence's code, %3$s its
		 * fines ("5.00 to 20.00"). */
		warnx(_("--fine %s does not fit %s: it is fined %s yuan (offences.csv)"), arg,
		    o->code, range_words(o));
	else
		return 0;
	return EX_DATAERR;
}

struct vload {
	struct vlog		*log;
	const struct desk	*desk;
	day_t			 first, last;
};

static int
vload_row(const struct jrow *r, void *arg)
{
	struct vload *ld = arg;
	const struct agent *a = roster_code(&ld->desk->roster, r->f[VL_AGENT]);
	struct vrow v = { .time = r->time, .recorded = r->recorded, .seq = r->seq };

	if (clock_day(r->time) < ld->first || clock_day(r->time) > ld->last)
		return 0;
	if (money_parse(r->f[VL_FINE], &v.fine) == -1) {
		/* TRANSLATORS: violations.csv:%1$ld its line, %2$s the fine the row holds. */
		warnx(_("violations.csv:%ld: fine '%s' is not an amount"), r->line,
		    r->f[VL_FINE]);
		return -1;
	}
	if (a == NULL) {
		/* TRANSLATORS: violations.csv:%1$ld its line, %2$s the agent's code the row
		 * holds, %3$lld the row's seq. */
		warnx(_("violations.csv:%ld: agent '%s' is not in agents.csv: row %lld is "
		    "left out"), r->line, r->f[VL_AGENT], r->seq);
		return 0;
	}
	v.agent = a - ld->desk->roster.a;
	v.code = xstrdup(r->f[VL_CODE]);
	v.note = xstrdup(r->f[VL_NOTE]);
	v.by = xstrdup(r->f[VL_BY]);
	ld->log->v = xreallocarray(ld->log->v, ld->log->n + 1, sizeof(*ld->log->v));
	ld->log->v[ld->log->n++] = v;
	return 0;
}

/* The live violations that happened from day first to day last. */
int
vlog_read(struct vlog *l, struct journal *j, const struct desk *d, day_t first, day_t last)
{
	struct vload ld = { l, d, first, last };

	memset(l, 0, sizeof(*l));
	return journal_scan(j, &(struct jscan){ .since = clock_day_start(first),
	    .dated = clock_day_start(last + 1) }, vload_row, &ld);
}

void
vlog_free(struct vlog *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].code);
		free(l->v[i].note);
		free(l->v[i].by);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* The month of one agent, as the items are found day by day. */
struct walk {
	struct fines		*f;
	const struct att_log	*log;		/* the day's rows */
	int			 agent;
	int			 lates;		/* late and early share one counter */
	int			 n[FK_COUNT];
	int			 run;		/* absent open days in a row, up to the day */
	int			 rests;		/* rest days in the week, up to the day */
};

/*
 * The words of a rule text: in the reader's language in a view for people (f->said),
 * else in English whatever the language, a value of a listing (SPEC 7: a CSV value never
 * changes with the language).  One text, built once, in the language asked for.
 */
static const char *said(const struct fines *, const char *) __attribute__((format_arg(2)));

static const char *
said(const struct fines *f, const char *s)
{
	return f->said ? _(s) : s;
}

/* "1st", "2nd", "11th": ordinal()'s words for people, else in English. */
static const char *
nth(const struct fines *f, int n)
{
	static char buf[16];
	const char *sfx = "th";

	if (f->said)
		return ordinal(n);
	if (n % 100 < 11 || n % 100 > 13)
		sfx = n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
	snprintf(buf, sizeof(buf), "%d%s", n, sfx);
	return buf;
}

static void
saturate_add(money_t *sum, money_t v, int *flags)
{
	if (money_add(*sum, v, sum) == -1) {
		*sum = MONEY_MAX;
		*flags |= FF_SATURATED;
	}
}

static void add(struct walk *, time_t, int, int, money_t, const char *, time_t,
    const char *, ...) __attribute__((format(printf, 8, 9)));

/*
 * One item, its rule text fmt; recorded (0: none), when more than backdate_grace_min
 * after t, marks it back-dated (SPEC 5.4): "; back-dated 93 min: recorded at 10:02", or
 * "; back-dated 1 day: recorded on 2026-11-03" (a leave's day by its day).
 */
static void
add(struct walk *w, time_t t, int kind, int n, money_t amount, const char *code,
    time_t recorded, const char *fmt, ...)
{
	struct fines *f = w->f;
	struct fine_sum *s = &f->sum[w->agent];
	char when[11], words[BACKDATE_LEN], *rule, *why;
	va_list ap;

	va_start(ap, fmt);
	rule = xvasprintf(fmt, ap);
	va_end(ap);
	if (backdate_say(&f->desk->rules, t, recorded, kind == FK_SICK || kind == FK_PERSONAL,
	    f->said, words)) {
		why = rule;
		if (clock_day(recorded) == clock_day(t)) {
			clock_hhmm(recorded, when);
			/* TRANSLATORS: a back-dated item's rule text: %1$s the rule, %2$s
			 * "back-dated 93 min", %3$s the time it was recorded (10:02). */
			rule = xasprintf(said(f, N_("%s; %s: recorded at %s")), why, words,
			    when);
		} else {
			clock_ymd(clock_day(recorded), when);
			/* TRANSLATORS: as above, %3$s the day it was recorded (2026-11-03). */
			rule = xasprintf(said(f, N_("%s; %s: recorded on %s")), why, words,
			    when);
		}
		free(why);
	}
	if (f->n == f->cap) {
		f->cap = f->cap ? 2 * f->cap : 64;
		f->v = xreallocarray(f->v, f->cap, sizeof(*f->v));
	}
	f->v[f->n] = (struct fine){ w->agent, t, f->n, kind, n, amount, code, rule };
	f->n++;
	s->listed = 1;
	saturate_add(kind == FK_SICK || kind == FK_PERSONAL ? &s->deductions : &s->fines,
	    amount, &s->flags);
}

/* 处罚办法.2: occurrence n of a late arrival or an early leave costs late_fine × 2^(n-1). */
static money_t
doubling(const struct fines *f, int n, int *flags, char *how, size_t len)
{
	const struct rules *r = &f->desk->rules;
	money_t v = r->late_fine;
	char a[MONEY_LEN], b[MONEY_LEN];
	int over = 0;

	for (int i = 1; i < n && v != 0 && !over; i++)
		if (money_mul(v, 2, &v) == -1)
			v = MONEY_MAX, over = 1;
	money_format(r->late_fine, a);
	snprintf(how, len, n > 1 ? "late_fine %s × 2^%d" : "late_fine %s", a, n - 1);
	if (r->late_fine_cap >= 0 && v > r->late_fine_cap) {
		*flags |= FF_LATE_CAP;
		money_format(r->late_fine_cap, b);
		/* TRANSLATORS: after "late_fine 2.00 × 2^5" in a rule text: %s the
		 * late_fine_cap of rules.csv (50.00); late_fine_cap as it is. */
		snprintf(how + strlen(how), len - strlen(how), said(f, N_(", capped at "
		    "late_fine_cap %s")), b);
		return r->late_fine_cap;
	}
	if (over) {
		*flags |= FF_SATURATED;
		/* TRANSLATORS: after "late_fine 2.00 × 2^60" in a rule text: the fine is
		 * past the largest amount and kept at it. */
		snprintf(how + strlen(how), len - strlen(how), "%s", said(f, N_(" is past "
		    "the largest amount: saturated")));
	}
	return v;
}

/* Late and early share one counter a month (处罚办法.2: 迟到(早退)第一次扣2元 …). */
static void
lateness(struct walk *w, const struct att_ev *e, int kind, int min)
{
	const struct fines *f = w->f;
	struct fine_sum *s = &f->sum[w->agent];
	char hhmm[6], how[256];
	int n = ++w->lates;
	money_t v = doubling(f, n, &s->flags, how, sizeof(how));

	clock_hhmm(e->time, hhmm);
	kind == FK_LATE ? s->late++ : s->early++;
	if (kind == FK_LATE)
		add(w, e->time, kind, n, v, NULL, e->recorded,
		    /* TRANSLATORS: a rule text: signed in at %1$s (08:35), %2$d minutes
		     * late, %3$s the ordinal of the month's late arrivals and early leaves
		     * ("1st"), %4$s the fine's sum ("late_fine 2.00 × 2^1"). */
		    said(f, N_("in at %s, %d min late; the %s late or early this month: %s "
		    "(第二部分 一 处罚办法.2)")), hhmm, min, nth(f, n), how);
	else
		add(w, e->time, kind, n, v, NULL, e->recorded,
		    /* TRANSLATORS: as above, signed off at %1$s (17:40), %2$d minutes
		     * early, the ordinal, the fine's sum. */
		    said(f, N_("off at %s, %d min early; the %s late or early this month: %s "
		    "(第二部分 一 处罚办法.2)")), hhmm, min, nth(f, n), how);
}

/* 一.6: 脱岗 20 yuan a time; every desert_per_absence-th in a month is one more absent day. */
static void
desertion(struct walk *w, const struct att_ev *e)
{
	const struct fines *f = w->f;
	const struct rules *r = &f->desk->rules;
	struct fine_sum *s = &f->sum[w->agent];
	char hhmm[6], fine[MONEY_LEN];
	int n = ++s->desert;

	clock_hhmm(e->time, hhmm);
	money_format(r->desert_fine, fine);
	add(w, e->time, FK_DESERT, n, r->desert_fine, NULL, e->recorded,
	    /* TRANSLATORS: a rule text: away from the post at %1$s (15:10), %2$s the
	     * ordinal of the month's ("1st"), %3$s the desert_fine of rules.csv (20.00). */
	    said(f, N_("away from the post at %s, the %s time this month: desert_fine %s "
	    "(第二部分 一.6)")), hhmm, nth(f, n), fine);
	if (r->desert_per_absence == 0 || n % r->desert_per_absence != 0)
		return;
	money_format(r->absence_fine, fine);
	add(w, e->time, FK_DESERT_ABSENCE, ++s->absent, r->absence_fine, NULL, e->recorded,
	    /* TRANSLATORS: a rule text: %1$d the month's desertions so far (3, 6 ...),
	     * %2$s the absence_fine of rules.csv (100.00). */
	    said(f, N_("%d desertions this month count as one absent day: absence_fine %s "
	    "(第二部分 一.6: 每月累计三次者按旷工一次处理)")), n, fine);
}

/* The day is over: today counts once work_end has passed (a late sign-in is still possible). */
static int
past(const struct desk *d, day_t day)
{
	day_t today = clock_day(d->now);

	return day < today || (day == today && clock_minute(d->now) >= d->rules.work_end);
}

/*
 * 处罚办法.3: an open day gone by with no sign-in and not a whole day of rest or leave;
 * never before the agent's since, nor before the book began (SPEC 5.4: a new office is
 * not fined for the days before it kept its books).
 */
static int
absent(const struct fines *f, int agent, day_t day, const struct att_day *ad)
{
	const struct desk *d = f->desk;
	const struct agent *a = &d->roster.a[agent];

	return a->active && day >= a->since && day >= f->begun && !desk_closed(d, day) &&
	    past(d, day) && ad->state == ST_ABSENT && (ad->leave == -1 || ad->half);
}

static void
absence(struct walk *w, day_t day, const struct att_day *ad)
{
	const struct fines *f = w->f;
	const struct rules *r = &f->desk->rules;
	struct fine_sum *s = &f->sum[w->agent];
	char fine[MONEY_LEN];
	int n = ++s->absent;

	money_format(r->absence_fine, fine);
	if (ad->half)
		add(w, clock_day_start(day), FK_ABSENT, n, r->absence_fine, NULL, 0,
		    /* TRANSLATORS: a rule text: %s the absence_fine of rules.csv (100.00). */
		    said(f, N_("half a day of leave and no sign-in for the other half: "
		    "absence_fine %s (第二部分 一 处罚办法.3: 不自觉签到者按旷工论处)")), fine);
	else
		add(w, clock_day_start(day), FK_ABSENT, n, r->absence_fine, NULL, 0,
		    /* TRANSLATORS: a rule text: %s the absence_fine of rules.csv (100.00). */
		    said(f, N_("no sign-in, rest day or leave on an open day: absence_fine %s "
		    "(第二部分 一 处罚办法.3: 不自觉签到者按旷工论处)")), fine);
	if (r->absent_dismiss_consecutive > 0 && w->run >= r->absent_dismiss_consecutive)
		s->flags |= FF_ABSENT_CONSECUTIVE;
}

/* 一.4: sick leave costs sick_deduct_pct of the day's wage, personal leave personal_deduct_pct. */
static void
leave(struct walk *w, day_t day, const struct att_day *ad)
{
	const struct fines *f = w->f;
	const struct desk *d = f->desk;
	const struct agent *a = &d->roster.a[w->agent];
	int sick = ad->leave == EV_SICK, kind = sick ? FK_SICK : FK_PERSONAL;
	int64_t pct = sick ? d->rules.sick_deduct_pct : d->rules.personal_deduct_pct;
	char wage[MONEY_LEN], p[MONEY_LEN];
	const char *what;
	money_t v;

	if (money_pct(a->daily_wage, pct, &v) == -1)
		v = MONEY_MAX, w->f->sum[w->agent].flags |= FF_SATURATED;
	if (ad->half)
		v = v / 2 + v % 2;		/* half a fen up */
	w->f->sum[w->agent].leave_halves += ad->half ? 1 : 2;
	money_format(a->daily_wage, wage);
	money_format(pct, p);
	if (sick && ad->half)
		/* TRANSLATORS: the leave of a rule text; then its deduction. */
		what = said(f, N_("sick leave, half a day"));
	else if (sick)
		what = said(f, N_("sick leave, a whole day"));
	else if (ad->half)
		what = said(f, N_("personal leave, half a day"));
	else
		what = said(f, N_("personal leave, a whole day"));
	add(w, clock_day_start(day), kind, ++w->n[kind], v, NULL, ad->leave_ev->recorded,
	    /* TRANSLATORS: a rule text: %1$s the leave ("sick leave, half a day"), %2$s
	     * the percentage deducted (50.00), %3$s the agent's daily_wage (140.00),
	     * %4$s the rule's note on a half day (": 不满半天按半天计") or nothing. */
	    said(f, N_("%s: %s %% of daily_wage %s (第二部分 一.4%s)")), what, p, wage,
	    /* TRANSLATORS: the note of the seed's rule on a half day of leave. */
	    ad->half ? said(f, N_(": 不满半天按半天计")) : "");
}

/* Days since the Monday of day's week (一.3: Monday to Sunday); day 0 was a Thursday. */
static int
weekday(day_t day)
{
	return (day + 3) % 7;
}

/*
 * The running counts of a day replayed (ok) or not: the absent open days in a row (a
 * closed day does not break a row), and the week's rest days (一.3: Monday to Sunday; a
 * rest day on a closed day takes nothing from the floor and is not counted).
 */
static void
tally(struct walk *w, day_t day, const struct att_day *ad, int ok)
{
	const struct desk *d = w->f->desk;

	if (weekday(day) == 0)
		w->rests = 0;
	if (desk_closed(d, day))
		return;
	w->rests += ok && ad->leave == EV_OFF;
	w->run = ok && absent(w->f, w->agent, day, ad) ? w->run + 1 : 0;
}

/* The day's items, in the order they happened. */
static void
day_items(struct walk *w, day_t day, const struct att_day *ad)
{
	const struct desk *d = w->f->desk;
	int min;

	if (ad->leave == EV_OFF) {
		if (w->rests > d->rules.rest_days_per_week)
			w->f->sum[w->agent].flags |= FF_REST_DAYS;	/* 一.3 */
	} else if (ad->leave != -1 && !desk_closed(d, day))
		leave(w, day, ad);
	if (absent(w->f, w->agent, day, ad))
		absence(w, day, ad);
	for (size_t i = 0; i < w->log->n; i++) {
		const struct att_ev *e = &w->log->v[i];

		if (e->agent != w->agent || clock_day(e->time) != day)
			continue;
		if (e->ev == EV_IN && (min = att_late_min(d, day, ad)) > 0)
			lateness(w, e, FK_LATE, min);
		else if (e->ev == EV_END && (min = att_early_min(d, day, ad)) > 0)
			lateness(w, e, FK_EARLY, min);
		else if (e->ev == EV_DESERT)
			desertion(w, e);
	}
}

/* The day of each agent, from the day's rows (agent by agent); w[] by roster index. */
static int
replay_day(day_t day, const struct att_log *l, void *arg)
{
	struct walk *w = arg;
	struct fines *f = w->f;
	struct att_log one;
	struct att_day ad;
	size_t i = 0, k;
	char ymd[11];
	int ok;

	while (i < l->n && l->v[i].agent < 0)
		i++;				/* not in agents.csv */
	for (size_t a = 0; a < f->desk->roster.n; a++, i = k) {
		for (k = i; k < l->n && l->v[k].agent == (int)a; k++)
			;
		one = (struct att_log){ l->v + i, k - i, k - i };
		w[a].log = &one;
		ok = att_replay(&one, a, day, &ad) == 0;
		if (!ok && day >= f->first) {
			clock_ymd(day, ymd);
			/* TRANSLATORS: attendance.csv:%1$ld its line, %2$lld the row's seq,
			 * %3$s the day (2026-10-14), %4$s the agent's code (A03), %5$s what is
			 * wrong ("already signed in at 08:12"), %6$s the rule ("one sign-in a
			 * day"). */
			warnx(_("attendance.csv:%ld: row %lld does not replay on %s: %s %s (%s)"),
			    ad.bad->line, ad.bad->seq, ymd, f->desk->roster.a[a].code, ad.why,
			    ad.rule);
			return EX_DATAERR;
		}
		tally(&w[a], day, &ad, ok);
		if (day >= f->first)
			day_items(&w[a], day, &ad);
	}
	return 0;
}

static int
vrow_cmp(const void *a, const void *b)
{
	const struct vrow *x = a, *y = b;

	return clock_order(x->time, x->seq, y->time, y->seq);
}

/*
 * 第一部分 四: the time this month v's agent commits v's offence, 1 for the first: the
 * rows of log (the month, from its first day) before v in time, then seq, are counted.
 */
int
vlog_nth(const struct vlog *log, const struct vrow *v)
{
	int n = 1;

	for (size_t i = 0; i < log->n; i++)
		n += log->v[i].agent == v->agent && strcmp(log->v[i].code, v->code) == 0 &&
		    vrow_cmp(&log->v[i], v) < 0;
	return n;
}

/* 第一部分 四: each violation at the fine recorded; dismiss_after flags the month. */
static void
violations(struct fines *f, struct vlog *vl)
{
	if (vl->n > 1)
		qsort(vl->v, vl->n, sizeof(*vl->v), vrow_cmp);
	for (size_t i = 0; i < vl->n; i++) {
		const struct vrow *v = &vl->v[i];
		const struct offence *o = offences_find(f->cat, v->code);
		struct walk w = { .f = f, .agent = v->agent };
		struct str why = { 0 };
		int n = vlog_nth(vl, v);

		if (o != NULL)
			f->sum[v->agent].offences[o - f->cat->v] = n;
		/* TRANSLATORS: a violation's rule text: %1$s the offence's description
		 * in offences.csv (Chinese), %2$s the ordinal of the month's ("2nd"). */
		str_addf(&why, said(f, N_("%s; the %s time this month")), o ? o->description :
		    /* TRANSLATORS: instead of the description of a code since removed. */
		    said(f, N_("(no longer in offences.csv)")), nth(f, n));
		if (o && o->dismiss_after && n >= o->dismiss_after)
			/* TRANSLATORS: after the above: the catalogue dismisses from
			 * this one. */
			str_adds(&why, said(f, N_(": dismissal threshold")));
		if (*v->note != '\0')
			/* TRANSLATORS: after the above: %s the note the desk typed. */
			str_addf(&why, said(f, N_("; note: %s")), v->note);
		add(&w, v->time, FK_VIOLATION, n, v->fine, v->code, v->recorded, "%s", why.s);
		free(why.s);
	}
}

/* SPEC 5.4: a back-dated row of an agent, kept for the list and counted in the flags. */
static void
keep_backdated(struct fines *f, int agent, struct backdate *b)
{
	snprintf(b->agent, sizeof(b->agent), "%s", f->desk->roster.a[agent].code);
	f->sum[agent].backdated += backdates_add(&f->bd, &f->desk->rules, b);
}

/* A row of the attendance book whose time is in the days (a leave on its first day). */
static int
attendance_backdated(const struct jrow *r, void *arg)
{
	struct fines *f = arg;
	const struct agent *a = roster_code(&f->desk->roster, r->f[AT_AGENT]);
	day_t day = clock_day(r->time);
	struct backdate b = { .file = "attendance.csv", .lo = r->seq, .time = r->time,
		.recorded = r->recorded, .by = (char *)r->f[AT_BY] };

	if (a == NULL || !r->dated || day < f->first || day > f->last)
		return 0;
	b.day = att_event(r->f[AT_EVENT]) >= EV_OFF;	/* a rest day, a leave */
	snprintf(b.what, sizeof(b.what), "%s", r->f[AT_EVENT]);
	keep_backdated(f, a - f->desk->roster.a, &b);
	return 0;
}

/*
 * SPEC 5.4: the back-dated rows behind the days, in book order (so that an import's
 * are one line): a back-dated row was recorded after its time, so from the first day
 * on, and only the dated rows are split; then the violations (vl, in book order).
 */
static int
backdated(struct fines *f, struct journal *j, const struct vlog *vl)
{
	time_t since = clock_day_start(f->first);
	int rv;

	rv = journal_scan(j, &(struct jscan){ .since = since, .dated = since },
	    attendance_backdated, f);
	for (size_t i = 0; rv == 0 && i < vl->n; i++) {
		const struct vrow *v = &vl->v[i];
		struct backdate b = { .file = "violations.csv", .lo = v->seq,
			.time = v->time, .recorded = v->recorded, .by = v->by };

		snprintf(b.what, sizeof(b.what), "%s", v->code);
		keep_backdated(f, v->agent, &b);
	}
	return rv == -1 ? EX_DATAERR : rv;
}

/* SPEC 5.4: the day the book began: its first row's, recorded or, if earlier, dated. */
static int
first_row(const struct jrow *r, void *arg)
{
	*(day_t *)arg = clock_day(r->time < r->recorded ? r->time : r->recorded);
	return 1;
}

/* 5.4 guard: fines and deductions past deduction_cap_pct of the month's wage. */
static int
over_cap(const struct fines *f, int agent)
{
	const struct agent *a = &f->desk->roster.a[agent];
	int y, m, dd, open = 0;
	money_t wage, cap;

	day_to_ymd(f->first, &y, &m, &dd);
	for (day_t i = f->first; i < f->first + days_in_month(y, m); i++)
		open += i >= a->since && !desk_closed(f->desk, i);
	if (money_mul(a->daily_wage, open, &wage) == -1 ||
	    money_pct(wage, f->desk->rules.deduction_cap_pct, &cap) == -1)
		return 0;
	return f->sum[agent].total > cap;
}

static void
total(struct fines *f, int agent)
{
	struct fine_sum *s = &f->sum[agent];
	int limit = f->desk->rules.absent_dismiss_month;

	s->total = s->fines;
	saturate_add(&s->total, s->deductions, &s->flags);
	if (limit > 0 && s->absent >= limit)
		s->flags |= FF_ABSENT_MONTH;	/* 处罚办法.3: 每月累计3天以上 */
	if (over_cap(f, agent))
		s->flags |= FF_DEDUCTION_CAP;
	s->listed |= f->desk->roster.a[agent].active;
}

static int
fine_cmp(const void *a, const void *b)
{
	const struct fine *x = a, *y = b;

	if (x->agent != y->agent)
		return x->agent < y->agent ? -1 : 1;
	return clock_order(x->time, x->order, y->time, y->order);
}

/*
 * The first day to replay for the days from first on: what tally() carries into them is
 * the week's rest days, from its Monday (一.3), and the absent open days in a row, of
 * which absent_dismiss_consecutive tell as much as more (连续旷工).  ATT_LEAVE_DAYS back
 * at most, a run of closed days and all.
 */
static day_t
replay_from(const struct desk *d, day_t first)
{
	day_t from = first - weekday(first), day = first;
	int open = 0;

	while (open < d->rules.absent_dismiss_consecutive && day > first - ATT_LEAVE_DAYS)
		open += !desk_closed(d, --day);
	return day < from ? day : from;
}

/*
 * The items and the summary of the days first to last (one month at most), the book
 * replayed a day at a time from replay_from().
 */
int
fines_month(struct fines *f, const struct desk *d, const struct offences *cat,
    struct journal *j, struct vlog *vl, day_t first, day_t last, int for_people)
{
	struct walk *w = xcalloc(d->roster.n + 1, sizeof(*w));	/* w->f, even with none */
	int rv;

	memset(f, 0, sizeof(*f));
	f->desk = d, f->cat = cat, f->first = first, f->last = last;
	f->said = for_people;
	f->sum = xcalloc(d->roster.n, sizeof(*f->sum));
	for (size_t a = 0; a < d->roster.n; a++) {
		f->sum[a].offences = xcalloc(cat->n + 1, sizeof(int));
		w[a] = (struct walk){ .f = f, .agent = a };
	}
	w[d->roster.n].f = f;
	f->begun = LONG_MAX;		/* no row: no day of the book */
	rv = journal_scan(j, &(struct jscan){ .flags = JSCAN_ALL }, first_row, &f->begun);
	if (rv == 0)
		rv = att_days(j, d, replay_from(d, first), last, replay_day, w);
	free(w);
	if (rv == 0)
		rv = backdated(f, j, vl);	/* vl in book order, before violations() */
	if (rv != 0)
		return rv;
	violations(f, vl);
	for (size_t a = 0; a < d->roster.n; a++)
		total(f, a);
	if (f->n > 1)
		qsort(f->v, f->n, sizeof(*f->v), fine_cmp);
	return 0;
}

/* A format a listing says: in the reader's language for people (csvout_word). */
static const char *said_as(const struct csvout *, const char *)
    __attribute__((format_arg(2)));

static const char *
said_as(const struct csvout *o, const char *fmt)
{
	return csvout_word(o, fmt);
}

/* The item column: late, absent, violation:argue, as the listing o says it. */
char *
fines_item(const struct fine *x, const struct csvout *o)
{
	if (x->code != NULL)
		/* TRANSLATORS: the item of a violation: %s the offence's code (argue), as
		 * it is. */
		return xasprintf(said_as(o, N_("violation:%s")), x->code);
	if (x->kind == FK_ABSENT && (o->flags & OUT_HUMAN))
		/* TRANSLATORS: the item of an absent day, fined (旷工); not the state of
		 * an agent not yet signed in. */
		return xstrdup(pgettext("fine item", "absent"));
	return xstrdup(csvout_word(o, fine_kind_names[x->kind]));
}

/* The summary's flags: "absent-consecutive;offence:argue;back-dated:2". */
void
fines_flags(const struct fines *f, int agent, const struct csvout *o, struct str *out)
{
	static const char *const names[] = {
		/* TRANSLATORS: a flag of the month's summary: absent days in a row,
		 * absent_dismiss_consecutive reached (连续旷工). */
		N_("absent-consecutive"),
		/* TRANSLATORS: a flag: the month's absent days reached
		 * absent_dismiss_month (本月累计旷工). */
		N_("absent-month"),
		/* TRANSLATORS: a flag: a late or early fine capped at late_fine_cap. */
		N_("late-cap"),
		/* TRANSLATORS: a flag: an amount past the largest, kept at it. */
		N_("saturated"),
		/* TRANSLATORS: a flag: more rest days in a week than rest_days_per_week. */
		N_("rest-days"),
		/* TRANSLATORS: a flag: the total past deduction_cap_pct of the month's
		 * wage. */
		N_("deduction-cap") };
	const struct fine_sum *s = &f->sum[agent];
	/* TRANSLATORS: between the flags of the summary (连续旷工、补登 61 行). */
	const char *sep = "", *next = csvout_word(o, N_(";"));

	for (size_t i = 0; i < 2; i++)
		if (s->flags & (1 << i))
			str_addf(out, "%s%s", sep, csvout_word(o, names[i])), sep = next;
	for (size_t i = 0; i < f->cat->n; i++)
		if (f->cat->v[i].dismiss_after && s->offences[i] >= f->cat->v[i].dismiss_after) {
			str_adds(out, sep);
			/* TRANSLATORS: a flag: the offence %s (argue, as it is) reached its
			 * dismiss_after this month. */
			str_addf(out, said_as(o, N_("offence:%s")), f->cat->v[i].code);
			sep = next;
		}
	for (size_t i = 2; i < sizeof(names) / sizeof(names[0]); i++)
		if (s->flags & (1 << i))
			str_addf(out, "%s%s", sep, csvout_word(o, names[i])), sep = next;
	if (s->backdated) {
		str_adds(out, sep);
		/* TRANSLATORS: a flag: %d rows behind the month were back-dated (补登). */
		str_addf(out, said_as(o, N_("back-dated:%d")), s->backdated);
	}
}

void
fines_free(struct fines *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->v[i].rule);
	free(f->v);
	for (size_t a = 0; f->sum != NULL && a < f->desk->roster.n; a++)
		free(f->sum[a].offences);
	free(f->sum);
	backdates_free(&f->bd);
	memset(f, 0, sizeof(*f));
}
