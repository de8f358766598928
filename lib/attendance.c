/*
 * attendance.c: the attendance book replayed, never stored as state.  An agent's day is
 * the day's rows in time order run through one small state machine; a new row is good
 * when the day still replays with it (seed 000 第二部分 一: 考勤制度).
 */
#include <err.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "util.h"

const char *const att_event_names[EV_COUNT] = { "in", "end", "out", "back", "break",
	"desert", "night", "off", "sick", "personal" };
/* TRANSLATORS: what an agent's day is, after the agent ("A03 张敏 is on sick leave"). */
static const char *const leave_words[EV_COUNT] = { [EV_OFF] = N_("has a rest day (轮休)"),
	[EV_SICK] = N_("is on sick leave"), [EV_PERSONAL] = N_("is on personal leave") };
/* The state column of sign-in --list: csvout_word() says it for people (SPEC 7). */
const char *const att_state_names[] = {
	/* TRANSLATORS: an agent's state in the day's sign-in list: not signed in
	 * (未签到). */
	N_("absent"),
	/* TRANSLATORS: a state: signed in and on the floor (在岗). */
	N_("present"),
	/* TRANSLATORS: a state: out on an errand (外出). */
	N_("out"),
	/* TRANSLATORS: a state: on a meal break (休息). */
	N_("break"),
	/* TRANSLATORS: a state: away from the post (脱岗). */
	N_("desert"),
	/* TRANSLATORS: a state: signed off for the day (已签退). */
	N_("ended") };

int
att_event(const char *s)
{
	for (int e = 0; e < EV_COUNT; e++)
		if (strcmp(att_event_names[e], s) == 0)
			return e;
	return -1;
}

void
att_log_add(struct att_log *l, const struct att_ev *e)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->v = xreallocarray(l->v, l->cap, sizeof(*l->v));
	}
	l->v[l->n++] = *e;
}

static int
ev_cmp(const void *a, const void *b)
{
	const struct att_ev *x = a, *y = b;

	return clock_order(x->time, x->seq, y->time, y->seq);
}

void
att_log_sort(struct att_log *l)
{
	if (l->n > 1)
		qsort(l->v, l->n, sizeof(*l->v), ev_cmp);
}

void
att_log_free(struct att_log *l)
{
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* Half days in "1.5": 0.5 to ATT_LEAVE_DAYS in steps of a half; -1 otherwise. */
int
att_halves(const char *s)
{
	money_t v;

	if (money_parse(s, &v) == -1 || v % 50 != 0 || v == 0 || v > ATT_LEAVE_DAYS * 100)
		return -1;
	return v / 50;
}

struct load {
	const struct desk	*desk;
	const struct journal	*j;
	time_t			 until;
	time_t			 leave_before;	/* only leave recorded before it (0: all) */
};

/* The row as an event: 0; 1 when not one asked for; -1 when not one the book writes. */
static int
parse_row(const struct jrow *r, const struct load *ld, struct att_ev *e)
{
	const struct agent *a = roster_code(&ld->desk->roster, r->f[AT_AGENT]);

	*e = (struct att_ev){ .time = r->time, .recorded = r->recorded, .seq = r->seq,
		.line = r->line, .agent = a != NULL ? a - ld->desk->roster.a : -1 };
	if ((e->ev = att_event(r->f[AT_EVENT])) == -1 ||
	    ((e->ev == EV_SICK || e->ev == EV_PERSONAL) &&
	    (e->halves = att_halves(r->f[AT_DETAIL])) == -1)) {
		/* TRANSLATORS: %1$s:%2$ld the book and its line (attendance.csv:812),
		 * %3$s the event and %4$s the detail as the row holds them. */
		warnx(_("%s:%ld: event '%s' with detail '%s' is not one the book writes"),
		    ld->j->def->file, r->line, r->f[AT_EVENT], r->f[AT_DETAIL]);
		return -1;
	}
	if (e->ev == EV_OFF)
		e->halves = 2;
	return (ld->until != 0 && e->time >= ld->until) ||
	    (ld->leave_before != 0 && e->ev < EV_OFF);
}

struct into {
	struct load	 ld;
	struct att_log	*log;
};

static int
load_row(const struct jrow *r, void *arg)
{
	struct into *in = arg;
	struct att_ev e;
	int rv = parse_row(r, &in->ld, &e);

	if (rv == 0)
		att_log_add(in->log, &e);
	return rv == -1 ? -1 : 0;
}

/* The rows recorded since a time, in time order, but for those from until on (0: none). */
int
att_log_read(struct att_log *l, struct journal *j, const struct desk *d, time_t since,
    time_t until)
{
	struct into in = { { d, j, until, 0 }, l };
	int rv;

	memset(l, 0, sizeof(*l));
	rv = journal_scan(j, &(struct jscan){ .since = since }, load_row, &in);
	att_log_sort(l);
	return rv == -1 ? EX_DATAERR : rv;
}

/* Leave recorded up to ATT_REACH_DAYS before day from: entered ahead, it may cover it. */
static int
leave_ahead(struct into *in, struct journal *j, day_t from)
{
	static const char *const leave[] = { ",off,", ",sick,", ",personal,", NULL };

	in->ld.leave_before = clock_day_start(from);
	return journal_scan(j, &(struct jscan){ .since = clock_day_start(from -
	    ATT_REACH_DAYS), .until = in->ld.leave_before, .grep = leave }, load_row, in);
}

/*
 * The rows that can bear on the days from `from` on: every row recorded since, and the
 * leave recorded before (leave_ahead()).  Any other row recorded before happened before
 * (only leave lies ahead), so in that reach only the lines that name a leave are split.
 */
int
att_log_load(struct att_log *l, struct journal *j, const struct desk *d, day_t from)
{
	struct into in = { { d, j, 0, 0 }, l };
	int rv;

	memset(l, 0, sizeof(*l));
	rv = leave_ahead(&in, j, from);
	in.ld.leave_before = 0;
	if (rv == 0)
		rv = journal_scan(j, &(struct jscan){ .since = clock_day_start(from) },
		    load_row, &in);
	att_log_sort(l);
	return rv == -1 ? EX_DATAERR : rv;
}

/*
 * The days one at a time, for a month's replay whatever the size of the book: only a
 * day's rows are held, with the leave that may cover days to come and the dated rows.
 */
struct days {
	struct into	 in;
	struct att_log	 dated;		/* rows whose time is not their recorded_at, */
	size_t		 next;		/* in time order: the first not yet given */
	struct att_log	 leave;		/* leave that may still cover a day to come */
	struct att_log	 day;
	day_t		 at;		/* the next day to give */
	att_day_fn	 fn;
	void		*arg;
	int		 rv;
};

static int
agent_cmp(const void *a, const void *b)
{
	const struct att_ev *x = a, *y = b;

	if (x->agent != y->agent)
		return x->agent < y->agent ? -1 : 1;
	return clock_order(x->time, x->seq, y->time, y->seq);
}

/* Give day dy->at: its events (the plain ones are in dy->day) and the leave covering it. */
static int
give_day(struct days *dy)
{
	struct att_log *lv = &dy->leave;
	day_t first, last;
	size_t k = 0;

	for (; dy->next < dy->dated.n && clock_day(dy->dated.v[dy->next].time) <= dy->at;
	    dy->next++)
		if (clock_day(dy->dated.v[dy->next].time) == dy->at &&
		    dy->dated.v[dy->next].ev < EV_OFF)
			att_log_add(&dy->day, &dy->dated.v[dy->next]);
	for (size_t i = 0; i < lv->n; i++) {
		att_leave_days(&lv->v[i], &first, &last);
		if (last < dy->at)
			continue;			/* over: forgotten */
		if (first <= dy->at)
			att_log_add(&dy->day, &lv->v[i]);
		lv->v[k++] = lv->v[i];
	}
	lv->n = k;
	if (dy->day.n > 1)
		qsort(dy->day.v, dy->day.n, sizeof(*dy->day.v), agent_cmp);
	dy->rv = dy->fn(dy->at++, &dy->day, dy->arg);
	dy->day.n = 0;
	return dy->rv;
}

static int
dated_row(const struct jrow *r, void *arg)
{
	struct days *dy = arg;
	struct att_ev e;
	int rv;

	if (!r->dated || (rv = parse_row(r, &dy->in.ld, &e)) == 1)
		return 0;
	if (rv == -1)
		return -1;
	att_log_add(e.ev >= EV_OFF ? &dy->leave : &dy->dated, &e);
	return 0;
}

/* A row as it happened: the days before it are whole (recorded_at never goes back). */
static int
plain_row(const struct jrow *r, void *arg)
{
	struct days *dy = arg;
	struct att_ev e;
	int rv;

	if (r->dated || (rv = parse_row(r, &dy->in.ld, &e)) == 1)
		return 0;
	if (rv == -1)
		return -1;
	while (dy->at < clock_day(e.time))
		if (give_day(dy) != 0)
			return 1;
	att_log_add(e.ev >= EV_OFF ? &dy->leave : &dy->day, &e);
	return 0;
}

/*
 * fn for each day from `from` to last, with the day's events and the leave covering it,
 * agent by agent (each agent's in time order), until it returns other than 0.  The book
 * is read twice from `from` on: once for the dated rows (back-dated, or leave entered
 * ahead), split, the others passed over, then up to the end of the last day for the
 * others, which come in time order.
 */
int
att_days(struct journal *j, const struct desk *d, day_t from, day_t last, att_day_fn fn,
    void *arg)
{
	time_t since = clock_day_start(from);
	struct days dy = { .in = { { d, j, clock_day_start(last + 1), 0 }, NULL },
		.at = from, .fn = fn, .arg = arg };
	int rv;

	dy.in.log = &dy.leave;
	if ((rv = leave_ahead(&dy.in, j, from)) == 0) {
		dy.in.ld.leave_before = 0;
		rv = journal_scan(j, &(struct jscan){ .since = since, .dated = since },
		    dated_row, &dy);
	}
	att_log_sort(&dy.dated);
	if (rv == 0)
		rv = journal_scan(j, &(struct jscan){ .since = since,
		    .until = dy.in.ld.until }, plain_row, &dy);
	while (rv == 0 && dy.rv == 0 && dy.at <= last)
		give_day(&dy);
	att_log_free(&dy.dated);
	att_log_free(&dy.leave);
	att_log_free(&dy.day);
	if (rv != 0)
		return rv == -1 ? EX_DATAERR : rv;
	return dy.rv;
}

/* The first and the last day a leave covers. */
int
att_leave_days(const struct att_ev *e, day_t *first, day_t *last)
{
	*first = clock_day(e->time);
	*last = *first + (e->halves + 1) / 2 - 1;
	return e->halves % 2;	/* the last day is a half day */
}

/* SPEC 2, 5.4: a rest day or a leave names a day: back-dated when it is an earlier one. */
const char *
att_backdated(const struct desk *d, const struct att_ev *e, time_t recorded)
{
	return backdate_clause(&d->rules, e->time, recorded, e->ev >= EV_OFF);
}

static int refuse(struct att_day *, const struct att_ev *, const char *, const char *, ...)
    __attribute__((format(printf, 4, 5)));

/* Say what does not fit (fmt) and the rule it breaks. */
static int
refuse(struct att_day *d, const struct att_ev *e, const char *rule, const char *fmt, ...)
{
	va_list ap;

	d->bad = e;
	d->rule = rule;
	va_start(ap, fmt);
	vsnprintf(d->why, sizeof(d->why), fmt, ap);
	va_end(ap);
	return -1;
}

static const char *
hhmm(time_t t)
{
	static char buf[4][6];
	static int i;

	i = (i + 1) % 4;
	clock_hhmm(t, buf[i]);
	return buf[i];
}

/* The leave covering the day; two leaves on one day do not replay. */
static int
leave_on(const struct att_log *l, int agent, day_t day, struct att_day *d)
{
	day_t first, last;
	int half;

	for (size_t i = 0; i < l->n; i++) {
		const struct att_ev *e = &l->v[i];

		if (e->agent != agent || e->ev < EV_OFF)
			continue;
		half = att_leave_days(e, &first, &last);
		if (day < first || day > last)
			continue;
		if (d->leave != -1)
			/* TRANSLATORS: a rule, said in brackets after what breaks it. */
			return refuse(d, e, _("one rest day or leave a day"), "%s",
			    _(leave_words[d->leave]));
		d->leave = e->ev;
		d->leave_ev = e;
		d->half = half && day == last;
	}
	return 0;
}

/* One event of the day through the state machine; -1 with the reason when it does not fit. */
static int
step(struct att_day *d, const struct att_ev *e)
{
	/*
	 * The refusals of a day that does not replay: the rule it breaks, said in brackets
	 * ("(one sign-in a day)"), and what is wrong, said after the agent ("A03 张敏
	 * already signed in at 08:12").
	 */
	if (e->ev == EV_IN && d->state != ST_ABSENT)
		/* TRANSLATORS: a rule, said in brackets after what breaks it. */
		return refuse(d, e, _("one sign-in a day"),
		    /* TRANSLATORS: after the agent ("A03 张敏"); %s a time (08:12). */
		    _("already signed in at %s"), hhmm(d->in));
	if (e->ev != EV_IN && d->state == ST_ABSENT)
		return refuse(d, e, _("sign in first"), "%s", _("has not signed in"));
	if (d->state == ST_ENDED)
		return refuse(d, e, _("nothing after signing off"), _("signed off at %s"),
		    hhmm(d->end));
	switch (e->ev) {
	case EV_IN:
		if (d->leave != -1 && !d->half)
			return refuse(d, e, _("no sign-in on a rest day or a day of leave"),
			    "%s", _(leave_words[d->leave]));
		d->in = e->time, d->in_seq = e->seq;
		break;
	case EV_OUT:
	case EV_BREAK:
	case EV_DESERT:
		if (d->state != ST_PRESENT)
			return refuse(d, e, _("--back first"), d->state == ST_OUT ?
			    _("is out since %s") : d->state == ST_BREAK ?
			    _("is on a break since %s") : _("is away from the post since %s"),
			    hhmm(d->since));
		d->deserts += e->ev == EV_DESERT;
		break;
	case EV_BACK:
		if (d->state == ST_PRESENT)
			return refuse(d, e, _("--back ends an --out, a --break or a --desert"),
			    "%s", _("is not out, on a break or away from the post"));
		break;
	case EV_END:
		d->end = e->time;
		break;
	case EV_NIGHT:
		if (d->night)
			return refuse(d, e, _("one night duty a day"), "%s",
			    _("is on night duty already"));
		d->night = 1;
		return 0;
	}
	static const int next[] = { [EV_IN] = ST_PRESENT, [EV_END] = ST_ENDED,
		[EV_OUT] = ST_OUT, [EV_BACK] = ST_PRESENT, [EV_BREAK] = ST_BREAK,
		[EV_DESERT] = ST_DESERT };
	d->state = next[e->ev];
	d->since = e->time;
	return 0;
}

/* Replay one agent's day; 0, or -1 with d->bad and d->why. */
int
att_replay(const struct att_log *l, int agent, day_t day, struct att_day *d)
{
	memset(d, 0, sizeof(*d));
	d->leave = -1;
	if (leave_on(l, agent, day, d) == -1)
		return -1;
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].agent == agent && l->v[i].ev < EV_OFF &&
		    clock_day(l->v[i].time) == day && step(d, &l->v[i]) == -1)
			return -1;
	return 0;
}

/* Minutes late: a sign-in after work_start + late_grace_min, by the minute (08:30:59 is on time). */
int
att_late_min(const struct desk *desk, day_t day, const struct att_day *d)
{
	int m = clock_minute(d->in), start = desk->rules.work_start;

	if (d->state == ST_ABSENT || d->half || desk_closed(desk, day) ||
	    m <= start + desk->rules.late_grace_min)
		return 0;
	return m - start;
}

/* Minutes early: a sign-off before work_end, or night_end on a night-duty day. */
int
att_early_min(const struct desk *desk, day_t day, const struct att_day *d)
{
	int m = clock_minute(d->end);
	int end = d->night ? desk->rules.night_end : desk->rules.work_end;

	if (d->state != ST_ENDED || d->half || desk_closed(desk, day) || m >= end)
		return 0;
	return end - m;
}

/* Late arrivals (EV_IN) or early leaves (EV_END) in the month of day, up to day. */
int
att_month_count(const struct att_log *l, const struct desk *desk, int agent, day_t day,
    int ev)
{
	int y, m, dd, n = 0;
	struct att_day d;

	day_to_ymd(day, &y, &m, &dd);
	for (day_t i = day - dd + 1; i <= day; i++)
		if (att_replay(l, agent, i, &d) == 0)
			n += (ev == EV_IN ? att_late_min(desk, i, &d) :
			    att_early_min(desk, i, &d)) > 0;
	return n;
}

/* 1 for the first to sign in that day: the sign-in order (seed 000 四.13). */
int
att_position(const struct att_log *l, day_t day, long long seq)
{
	int pos = 0;

	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].ev == EV_IN && clock_day(l->v[i].time) == day) {
			pos++;
			if (l->v[i].seq == seq)
				return pos;
		}
	return pos;
}

/*
 * When an event may be: only leave lies ahead, and leave at most ATT_LEAVE_DAYS ahead or
 * behind (the readers look back no further).  0, or 65 after saying why: where is
 * "FILE:LINE: " or "", typed the time as given.
 */
int
att_when(const struct att_ev *e, time_t now, const char *where, const char *typed)
{
	if (e->ev < EV_OFF && e->time > now)
		/* TRANSLATORS: %1$s "FILE:LINE: " of an import or nothing, %2$s the time
		 * as typed (18:30, 2026-11-17 08:30). */
		warnx(_("%s%s is in the future: only leave is entered ahead"), where, typed);
	else if (e->ev >= EV_OFF && labs(clock_day(e->time) - clock_day(now)) > ATT_LEAVE_DAYS)
		/* TRANSLATORS: %1$s "FILE:LINE: " of an import or nothing, %2$d days (31). */
		warnx(ngettext("%sleave is entered at most %d day ahead or behind",
		    "%sleave is entered at most %d days ahead or behind", ATT_LEAVE_DAYS),
		    where, ATT_LEAVE_DAYS);
	else
		return 0;
	return EX_DATAERR;
}

/* The rows of l (in time order) that can bear on a day: those from the reach of leave. */
static struct att_log
att_log_near(const struct att_log *l, day_t day)
{
	time_t from = clock_day_start(day - ATT_REACH_DAYS), to = clock_day_start(day + 1);
	size_t lo = 0, hi = l->n, mid, end;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (l->v[mid].time < from)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < l->n && l->v[end].time < to; end++)
		;
	return (struct att_log){ l->v + lo, end - lo, 0 };
}

/*
 * Replay the days of row seq without it (a void must not orphan a later row): -1 when
 * they all stand, else the row's agent, with the day that does not and its replay.
 */
int
att_replay_without(struct att_log *l, long long seq, day_t *bad, struct att_day *day)
{
	struct att_ev gone = { 0 };
	day_t first, last;

	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].seq == seq) {
			gone = l->v[i];
			memmove(&l->v[i], &l->v[i + 1], (l->n - i - 1) * sizeof(*l->v));
			l->n--;
			break;
		}
	if (gone.seq == 0)
		return -1;
	first = last = clock_day(gone.time);
	if (gone.ev >= EV_OFF)
		att_leave_days(&gone, &first, &last);
	for (*bad = first; *bad <= last; (*bad)++)
		if (att_replay(l, gone.agent, *bad, day) == -1)
			return gone.agent;
	return -1;
}

/* "FILE:LINE: " for a row of an import, "" for the command line. */
static const char *
where(const char *file, const struct att_ev *e)
{
	static char buf[512];

	if (file == NULL)
		return "";
	snprintf(buf, sizeof(buf), "%s:%ld: ", file, e->line);
	return buf;
}

/*
 * Every day the event touches, from day *done + 1 on, still replays (the book's order,
 * 四.13, 第二部分 一); else say which rule refuses it.  Rows from first_new on are being added (from file, when importing): they
 * are named by their line.  l is in time order.
 */
int
att_check(const struct att_log *l, const struct desk *d, const struct att_ev *e,
    long long first_new, const char *file, day_t *done)
{
	day_t first = clock_day(e->time), last = first;
	struct att_day day;
	struct att_log w;
	char ymd[11];

	if (e->ev >= EV_OFF)
		att_leave_days(e, &first, &last);
	for (day_t i = first > *done ? first : *done + 1; i <= last; i++) {
		w = att_log_near(l, i);
		if (att_replay(&w, e->agent, i, &day) == 0)
			continue;
		clock_ymd(i, ymd);
		if (day.bad->seq >= first_new)
			/* TRANSLATORS: %1$s "FILE:LINE: " of an import or nothing, %2$s the
			 * day (2026-11-16), %3$s the agent ("A03 张敏"), %4$s what is wrong
			 * ("already signed in at 08:12"), %5$s the rule ("one sign-in a day"). */
			warnx(_("%srefused: on %s %s %s (%s)"), where(file, day.bad), ymd,
			    roster_who(&d->roster, e->agent), day.why, day.rule);
		else
			/* TRANSLATORS: %1$s "FILE:LINE: " or nothing, %2$lld the row it
			 * clashes with, %3$s that row's event as the book writes it (in, out,
			 * sick ...), %4$s its day, %5$s the agent, %6$s what is wrong, %7$s the
			 * rule. */
			warnx(_("%srefused: it clashes with row %lld (%s on %s): %s %s (%s)"),
			    where(file, e), day.bad->seq, att_event_names[day.bad->ev], ymd,
			    roster_who(&d->roster, e->agent), day.why, day.rule);
		return EX_REFUSED;
	}
	*done = last > *done ? last : *done;
	return 0;
}
