/*
 * sign-in: the attendance book (签到, 外出去向登记).  Records who arrived and when, who is
 * out, on a break, away from the post, on night duty, resting or on leave; lists the day's
 * sign-in order; imports a time clock's export, all or nothing.
 */
#include <err.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "cli.h"
#include "csvout.h"
#include "desk.h"
#include "import.h"
#include "journal.h"
#include "queue.h"
#include "util.h"
#include "void.h"

/* The modes: the events first, in the order of enum att_event. */
enum { M_IN, M_END, M_OUT, M_BACK, M_BREAK, M_DESERT, M_NIGHT, M_OFF, M_SICK, M_PERSONAL,
	M_LIST, M_IMPORT, M_VOID, NMODES };
#define EVENTS	(CLI_BIT(M_LIST) - 1)
#define LEAVE	(CLI_BIT(M_SICK) | CLI_BIT(M_PERSONAL))

static const struct cli_mode modes[NMODES] = {
	/* TRANSLATORS: how refusals name sign-in without a mode, where a mode is named. */
	[M_IN] = { .operands = 1, .words = N_("a sign-in") },
	[M_END] = { "end", .operands = 1 },
	[M_OUT] = { "out", .operands = 1 },
	[M_BACK] = { "back", .operands = 1 },
	[M_BREAK] = { "break", .operands = 1 },
	[M_DESERT] = { "desert", .operands = 1 },
	[M_NIGHT] = { "night", .operands = 1 },
	[M_OFF] = { "off", .operands = 1 },
	[M_SICK] = { "sick", .operands = 1 },
	[M_PERSONAL] = { "personal", .operands = 1 },
	[M_LIST] = { "list", .out = 1 },
	[M_IMPORT] = { "import", .arg = 1, .in = 1, .text = 1 },
	[M_VOID] = { "void", .arg = 1, .seq = 1 },
};

enum { O_AT, O_DATE, O_DAYS, O_NOTE, NOPTS };
static const struct cli_opt opts[NOPTS] = {
	/* TRANSLATORS: "--at goes with an event": any of the events, not a listing. */
	[O_AT] = { "at", 1, EVENTS, .group = 1, .goes = N_("an event") },
	[O_DATE] = { "date", 1, LEAVE | CLI_BIT(M_OFF) | CLI_BIT(M_LIST), .group = 1 },
	[O_DAYS] = { "days", 1, LEAVE, .need_in = LEAVE },
	[O_NOTE] = { "note", 1, (EVENTS & ~LEAVE) | CLI_BIT(M_VOID),
	    .need_in = CLI_BIT(M_VOID), .text = 1 },
};

static struct cli cli = { .modes = modes, .nmodes = NMODES, .opts = opts, .nopts = NOPTS,
	/* TRANSLATORS: "name one %s"; the word before a comma or a bracket is said alone. */
	.operand = N_("agent, by code or by name"),
	/* TRANSLATORS: the refusal of two modes at once (--out --back). */
	.one = N_("one event or action at a time"),
	/* TRANSLATORS: the SYNOPSIS after "usage: "; keep the command, the options and
	 * gbk, translate the placeholders (agent, time, text, day, n, seq, why, file, dir). */
	.usage = N_("sign-in [-d dir] [--at time] [--note text] agent\n"
	"       sign-in [-d dir] [--at time] [--note text] --end | --out | --back |\n"
	"               --break | --desert | --night agent\n"
	"       sign-in [-d dir] [--date day | --at time] [--note text] --off agent\n"
	"       sign-in [-d dir] [--date day | --at time] --sick | --personal --days n\n"
	"               agent\n"
	"       sign-in [-d dir] --void seq --note why\n"
	"       sign-in [-d dir] --list [--date day] [--table] [--excel]\n"
	"               [--encoding gbk]\n"
	"       sign-in [-d dir] --import file [--encoding gbk]\n"
	"       sign-in -h | -V\n") };

/* Room left for detail in a row of JOURNAL_ROW_MAX bytes, whatever the other columns. */
#define DETAIL_MAX	3500

/* "; late 11 min (2nd late this month)", or nothing when on time. */
static void
say_lateness(const struct att_log *l, const struct desk *d, const struct att_ev *e,
    int min)
{
	int n = att_month_count(l, d, e->agent, clock_day(e->time), e->ev);

	if (min > 0 && e->ev == EV_IN)
		/* TRANSLATORS: after a sign-in; %d minutes late, %s the ordinal of this
		 * month's late arrivals ("2nd"): "; late 11 min (2nd late this month)". */
		printf(_("; late %d min (%s late this month)"), min, ordinal(n));
	else if (min > 0)
		/* TRANSLATORS: after a sign-off; %d minutes early, %s the ordinal of this
		 * month's early leaves ("2nd"): "; early 20 min (2nd early this month)". */
		printf(_("; early %d min (%s early this month)"), min, ordinal(n));
}

/* Rest day and leave: "A06 杨帆 has a rest day on 2026-11-17". */
static void
say_leave(const char *who, const struct att_ev *e)
{
	day_t first, last;
	char a[11], b[11];
	double days = e->halves / 2.0;

	att_leave_days(e, &first, &last);
	clock_ymd(first, a);
	clock_ymd(last, b);
	if (e->ev == EV_OFF)
		/* TRANSLATORS: %1$s the agent ("A06 杨帆"), %2$s the day (2026-11-17). */
		printf(_("%s has a rest day on %s"), who, a);
	else if (e->ev == EV_SICK && first == last)
		/* TRANSLATORS: %1$s the agent ("A07 赵磊"), %2$g the days (0.5 or 1),
		 * %3$s the day (2026-11-16). */
		printf(_("%s is on sick leave for %g day, on %s"), who, days, a);
	else if (e->ev == EV_SICK)
		/* TRANSLATORS: %1$s the agent ("A07 赵磊"), %2$g the days (1.5 to 31),
		 * %3$s the first day and %4$s the last (2026-11-16, 2026-11-17). */
		printf(_("%s is on sick leave for %g days, %s to %s"), who, days, a, b);
	else if (first == last)
		/* TRANSLATORS: as the sick leave above: agent, days (0.5 or 1), day. */
		printf(_("%s is on personal leave for %g day, on %s"), who, days, a);
	else
		/* TRANSLATORS: as the sick leave above: agent, days, first day, last day. */
		printf(_("%s is on personal leave for %g days, %s to %s"), who, days, a, b);
}

/*
 * Out, back, a break, away from the post: at a time (hhmm) today, or on another day
 * (date, back-dated).
 */
static void
say_away(const char *who, const struct att_ev *e, const char *hhmm, const char *date,
    int deserts)
{
	if (e->ev == EV_OUT && date == NULL)
		/* TRANSLATORS: 外出: %1$s the agent ("A04 刘洋"), %2$s a time. */
		printf(_("%s is out at %s"), who, hhmm);
	else if (e->ev == EV_OUT)
		/* TRANSLATORS: agent, time, %3$s the day when not today. */
		printf(_("%s is out at %s on %s"), who, hhmm, date);
	else if (e->ev == EV_BACK && date == NULL)
		/* TRANSLATORS: 返回: %1$s the agent ("A04 刘洋"), %2$s a time. */
		printf(_("%s is back at %s"), who, hhmm);
	else if (e->ev == EV_BACK)
		/* TRANSLATORS: agent, time, %3$s the day when not today. */
		printf(_("%s is back at %s on %s"), who, hhmm, date);
	else if (e->ev == EV_BREAK && date == NULL)
		/* TRANSLATORS: a meal break (轮流吃饭、休息): agent, time. */
		printf(_("%s is on a break at %s"), who, hhmm);
	else if (e->ev == EV_BREAK)
		/* TRANSLATORS: agent, time, %3$s the day when not today. */
		printf(_("%s is on a break at %s on %s"), who, hhmm, date);
	else if (date == NULL)
		/* TRANSLATORS: 脱岗: %1$s the agent, %2$s the time, %3$s the ordinal of the
		 * day's desertions ("1st"): "A05 陈静 is away from the post (脱岗) at 10:15,
		 * 1st time today". */
		printf(_("%s is away from the post (脱岗) at %s, %s time today"), who, hhmm,
		    ordinal(deserts));
	else
		/* TRANSLATORS: as above, on another day: agent, time, day (2026-11-15),
		 * ordinal of that day's desertions. */
		printf(_("%s is away from the post (脱岗) at %s on %s, %s time that day"), who,
		    hhmm, date, ordinal(deserts));
}

/* The plain sentence of SPEC 2: what was recorded and why, and its row. */
static void
say(const struct att_log *l, const struct desk *d, const struct att_ev *e,
    const char *note)
{
	struct att_day day;
	day_t today = clock_day(e->time);
	char hhmm[6], ymd[11];
	const char *who = roster_who(&d->roster, e->agent), *date = NULL;
	int pos;

	clock_hhmm(e->time, hhmm);
	if (today != clock_day(d->now)) {		/* back-dated to another day */
		clock_ymd(today, ymd);
		date = ymd;
	}
	att_replay(l, e->agent, today, &day);
	switch (e->ev) {
	case EV_IN:
		pos = att_position(l, today, e->seq);
		if (date == NULL)
			/* TRANSLATORS: %1$s the agent ("A03 张敏"), %2$s the time (08:41),
			 * %3$s the ordinal of the day's sign-in order ("3rd"): "A03 张敏
			 * signed in at 08:41, 3rd today". */
			printf(_("%s signed in at %s, %s today"), who, hhmm, ordinal(pos));
		else
			/* TRANSLATORS: as above, back-dated to another day: agent, time,
			 * day (2026-11-15), ordinal of that day's sign-in order. */
			printf(_("%s signed in at %s on %s, %s that day"), who, hhmm, date,
			    ordinal(pos));
		say_lateness(l, d, e, att_late_min(d, today, &day));
		break;
	case EV_END:
		if (date == NULL)
			/* TRANSLATORS: %1$s the agent ("A03 张敏"), %2$s the time (18:02). */
			printf(_("%s signed off at %s"), who, hhmm);
		else
			/* TRANSLATORS: agent, time (18:02), day (2026-11-15). */
			printf(_("%s signed off at %s on %s"), who, hhmm, date);
		say_lateness(l, d, e, att_early_min(d, today, &day));
		break;
	case EV_OFF:
	case EV_SICK:
	case EV_PERSONAL:
		say_leave(who, e);
		break;
	case EV_NIGHT:
		/* TRANSLATORS: night duty (值班): %1$s the agent ("A02 李娜"), until
		 * %2$02d:%3$02d, the hour and the minute (20:30). */
		printf(_("%s is on night duty until %02d:%02d"), who,
		    d->rules.night_end / 60, d->rules.night_end % 60);
		break;
	default:
		say_away(who, e, hhmm, date, day.deserts);
	}
	printf("%s", att_backdated(d, e, d->now));	/* SPEC 2: back-dated 93 min */
	if (note != NULL)
		/* TRANSLATORS: the --note typed, at the end of a desk's sentence. */
		printf(_(" (%s)"), note);
	journal_say_row(e->seq);
}

static int
append_event(struct journal *j, const struct att_ev *e, const struct desk *d,
    const char *detail)
{
	char t[CLOCK_LEN], days[16];
	const char *f[AT_NCOLS] = { 0 };

	clock_rfc3339(e->time, t);
	if (e->ev == EV_SICK || e->ev == EV_PERSONAL) {
		snprintf(days, sizeof(days), "%d%s", e->halves / 2, e->halves % 2 ? ".5" : "");
		detail = days;
	}
	f[J_TIME] = t;
	f[AT_AGENT] = d->roster.a[e->agent].code;
	f[AT_EVENT] = att_event_names[e->ev];
	f[AT_DETAIL] = detail;
	return journal_append(j, f);
}

/* When the event happened: --at, or --date at 00:00 (leave), or now. */
static int
event_time(const struct desk *d, const struct cli *c, struct att_ev *e)
{
	const char *date = c->val[O_DATE], *at = c->val[O_AT];
	day_t day;
	int rv;

	e->time = d->now;
	if (date != NULL && (rv = cli_date("--date", date, &day)) != 0)
		return rv;
	if (date != NULL)
		e->time = clock_day_start(day);
	else if (at != NULL && (rv = cli_at(at, d->now, &e->time)) != 0)
		return rv;
	return att_when(e, d->now, "", date ? date : at);
}

static int
parse_days(const char *s, int *halves)
{
	if ((*halves = att_halves(s)) != -1)
		return 0;
	/* TRANSLATORS: %1$d the most days of leave (31), %2$s what was typed. */
	warnx(_("--days is a number of days in halves, 0.5 to %d, not '%s'"), ATT_LEAVE_DAYS,
	    s);
	return EX_DATAERR;
}

/* The event the command line gives, checked. */
static int
event_of(const struct desk *d, const struct cli *c, struct att_ev *e)
{
	const struct agent *a;
	int rv = 0;

	*e = (struct att_ev){ .ev = c->mode, .halves = c->mode == EV_OFF ? 2 : 0 };
	if ((a = roster_find(&d->roster, c->argv[0], &rv)) == NULL)
		return rv;
	e->agent = a - d->roster.a;
	if (c->val[O_DAYS] != NULL && (rv = parse_days(c->val[O_DAYS], &e->halves)) != 0)
		return rv;
	if (c->val[O_NOTE] != NULL && (rv = journal_check_field("--note", c->val[O_NOTE])))
		return rv;
	return event_time(d, c, e);
}

/*
 * 条例 3, 6: a break waits until the agent's reception is done.  The floor is read under
 * its lock, taken after the attendance book's (SPEC 1) and held until the row is written.
 */
static int
floor_allows(const struct desk *d, struct journal *att, struct journal *fl,
    const struct att_ev *e)
{
	int rv;

	if (e->ev != EV_BREAK)
		return 0;
	if ((rv = journal_open(fl, d->dir, J_FLOOR, 0)) != 0)
		return rv;
	return queue_may_break(d, att, fl, e->agent, e->time);
}

/* One event: lock, replay the days it touches, append, say it. */
static int
record(struct desk *d, const struct cli *c)
{
	struct att_ev e;
	struct att_log l = { 0 };
	struct journal j, fl = { .fd = -1 };
	day_t done = LONG_MIN;
	int rv;

	if ((rv = event_of(d, c, &e)) != 0)
		return rv;
	if ((rv = journal_open(&j, d->dir, J_ATTENDANCE, 1)) == 0 &&
	    (rv = att_log_load(&l, &j, d, clock_month_start(clock_day(e.time)))) == 0) {
		e.seq = j.seq + 1;
		att_log_add(&l, &e);
		att_log_sort(&l);
		if ((rv = att_check(&l, d, &e, e.seq, NULL, &done)) == 0 &&
		    (rv = floor_allows(d, &j, &fl, &e)) == 0 &&
		    (rv = append_event(&j, &e, d, c->val[O_NOTE])) == 0)
			say(&l, d, &e, c->val[O_NOTE]);
	}
	att_log_free(&l);
	journal_close(&fl);
	journal_close(&j);
	return rv;
}

/* --list: the day's sign-in order. */
static int
list(struct desk *d, struct cli *c)
{
	/* TRANSLATORS: the --table headings of sign-in --list (the CSV header stays). */
	static const char *const hdr[] = { N_("position"), N_("agent"), N_("name"),
		N_("in"), N_("late_min"), N_("state") };
	struct att_log l = { 0 };
	struct journal j;
	struct att_day day;
	day_t when = clock_day(d->now);
	char pos[16], in[6], late[16];
	int rv;

	if (c->val[O_DATE] != NULL && (rv = cli_date("--date", c->val[O_DATE], &when)) != 0)
		return rv;
	if ((rv = journal_open(&j, d->dir, J_ATTENDANCE, 0)) == 0 &&
	    (rv = att_log_load(&l, &j, d, when)) == 0 &&
	    (rv = csvout_begin(&c->out, hdr, 6)) == 0)
		for (size_t i = 0, n = 0; i < l.n && rv == 0; i++) {
			const struct att_ev *e = &l.v[i];

			if (e->ev != EV_IN || clock_day(e->time) != when || e->agent < 0 ||
			    att_replay(&l, e->agent, when, &day) == -1)
				continue;
			snprintf(pos, sizeof(pos), "%zu", ++n);
			clock_hhmm(e->time, in);
			snprintf(late, sizeof(late), "%d", att_late_min(d, when, &day));
			rv = csvout_row(&c->out, (const char *[]){ pos,
			    d->roster.a[e->agent].code, d->roster.a[e->agent].name, in, late,
			    csvout_word(&c->out, att_state_names[day.state]) });
		}
	rv = csvout_finish(&c->out, rv);
	att_log_free(&l);
	journal_close(&j);
	return rv;
}

/*
 * --void: the days still replay without the row, and so does the floor (SPEC 3: no later
 * reception left standing on nothing); a void must not orphan a later row.  arg is the
 * floor book, locked after the attendance book and held until the void is written.
 */
static int
rests(const struct desk *d, struct journal *j, const struct jtarget *t, void *arg)
{
	struct att_log l = { 0 };
	struct att_day day;
	day_t bad;
	char ymd[11];
	int rv, agent;

	if ((rv = att_log_load(&l, j, d, clock_day(t->time))) == 0 &&
	    (agent = att_replay_without(&l, t->seq, &bad, &day)) != -1) {
		clock_ymd(bad, ymd);
		/* TRANSLATORS: a --void refused.  %1$lld the row to void (12), %2$lld a later
		 * row that rests on it (15), %3$s that row's event as the book writes it (out,
		 * back, end ...), %4$s its day (2026-11-16), %5$s the agent ("A04 刘洋"),
		 * %6$s what is wrong ("has not signed in"), %7$s the rule ("sign in first"),
		 * %8$lld the row to void first (15). */
		warnx(_("refused: without row %lld, row %lld (%s on %s) would not stand: "
		    "%s %s (%s); void row %lld first"), t->seq, day.bad->seq,
		    att_event_names[day.bad->ev], ymd, roster_who(&d->roster, agent), day.why,
		    day.rule, day.bad->seq);
		rv = EX_REFUSED;
	}
	att_log_free(&l);
	if (rv == 0 && (rv = journal_open(arg, d->dir, J_FLOOR, 0)) == 0)
		rv = queue_may_void(d, j, arg, t->seq, t->time);
	return rv;
}

/* --import: a time clock's export, time,agent,event[,detail], all or nothing. */
struct brow {
	struct import_row r;
	struct att_ev	 e;
	char		*detail;
};

static int
import_check(struct import *im, const char **f, void *row)
{
	const struct desk *d = im->desk;
	const struct agent *a = roster_match(&d->roster, f[1]);
	struct brow *b = row;
	struct att_ev *e = &b->e;

	e->line = b->r.line;
	if (import_time(im, f[0], &e->time) != 0)
		return -1;
	if (a == NULL || !a->active)
		return a ? import_fail(im, _("inactive agent '%s'"), f[1]) :
		    import_fail(im, _("unknown agent '%s'"), f[1]);
	e->agent = a - d->roster.a;
	if ((e->ev = att_event(f[2])) == -1)
		return import_fail(im, _("unknown event '%s'"), f[2]);
	if ((e->ev == EV_SICK || e->ev == EV_PERSONAL) && (e->halves = att_halves(f[3])) == -1)
		/* TRANSLATORS: %1$s the event as typed (sick, personal), %2$s the detail
		 * column as typed; detail is the column's name. */
		return import_fail(im, _("%s leave needs its days in halves in detail, "
		    "not '%s'"), f[2], f[3]);
	if (e->ev != EV_SICK && e->ev != EV_PERSONAL && strlen(f[3]) > DETAIL_MAX)
		/* TRANSLATORS: detail is the column's name; %1$d and %2$d are bytes. */
		return import_fail(im, _("detail is over %d bytes: a row is at most %d"),
		    DETAIL_MAX, JOURNAL_ROW_MAX);
	e->halves += 2 * (e->ev == EV_OFF);
	b->r.time = e->time;
	b->detail = xstrdup(f[3]);
	if ((im->in.status = att_when(e, d->now, b->r.where, f[0])) != 0)
		return -1;
	return 0;
}

/* The batch checked against the book and itself, agent by agent, then appended. */
static int
import_check_all(struct import *im, struct att_log *l, struct brow *v, size_t n,
    long long first_new)
{
	size_t na = im->desk->roster.n;
	struct att_log *by = xcalloc(na, sizeof(*by));
	day_t *done = xcalloc(na, sizeof(*done));
	int rv = 0;

	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].agent >= 0)
			att_log_add(&by[l->v[i].agent], &l->v[i]);
	for (size_t i = 0; i < na; i++)
		done[i] = LONG_MIN;
	for (size_t i = 0; i < n && rv == 0; i++)
		rv = att_check(&by[v[i].e.agent], im->desk, &v[i].e, first_new, im->name,
		    &done[v[i].e.agent]);
	for (size_t i = 0; i < na; i++)
		att_log_free(&by[i]);
	free(by);
	free(done);
	return rv;
}

static int
import_apply(struct import *im, void *rows, size_t n)
{
	struct brow *v = rows;
	struct att_log l = { 0 };
	struct journal j;
	day_t from = clock_day(im->desk->now);
	int rv;

	for (size_t i = 0; i < n; i++)
		from = clock_day(v[i].e.time) < from ? clock_day(v[i].e.time) : from;
	if ((rv = journal_open(&j, im->desk->dir, J_ATTENDANCE, 1)) != 0 ||
	    (rv = att_log_load(&l, &j, im->desk, clock_month_start(from))) != 0)
		goto out;
	for (size_t i = 0; i < n; i++) {
		v[i].e.seq = j.seq + 1 + i;
		att_log_add(&l, &v[i].e);
	}
	att_log_sort(&l);
	rv = import_check_all(im, &l, v, n, j.seq + 1);
	journal_hold(&j);
	for (size_t i = 0; i < n && rv == 0; i++)
		rv = append_event(&j, &v[i].e, im->desk, v[i].detail);
	if (rv != 0 || (rv = journal_commit(&j)) != 0)
		journal_rollback(&j);
	im->first = j.seq - (long long)n + 1, im->last = j.seq;
out:
	att_log_free(&l);
	journal_close(&j);
	return rv;
}

static void
import_free(void *row)
{
	free(((struct brow *)row)->detail);
}

static const struct import_fmt import_fmt = { "attendance.csv",
	(const char *const[]){ "time", "agent", "event", "detail" }, 4, 3,
	sizeof(struct brow), import_check, import_apply, import_free };

int
main(int argc, char *argv[])
{
	struct desk d;
	struct journal fl = { .fd = -1 };
	int rv;

	cli_parse(&cli, argc, argv);
	if ((rv = desk_open(&d, cli.data)) != 0)
		return rv;
	if (cli.mode == M_LIST)
		rv = list(&d, &cli);
	else if (cli.mode == M_IMPORT)
		rv = import_run(&d, &import_fmt, cli.arg, cli.encoding, NULL);
	else if (cli.mode == M_VOID)
		rv = void_row(&d, &(struct void_ask){ J_ATTENDANCE, cli.seq,
		    cli.val[O_NOTE], rests, NULL, &fl });
	else
		rv = record(&d, &cli);
	journal_close(&fl);
	desk_close(&d);
	return finish(rv);
}
