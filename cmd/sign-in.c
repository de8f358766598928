/*
 * sign-in: the attendance book (签到, 外出去向登记).  Records who arrived and when, who is
 * out, on a break, away from the post, on night duty, resting or on leave; lists the day's
 * sign-in order; imports a time clock's export, all or nothing.
 */
#include <err.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "csvout.h"
#include "desk.h"
#include "journal.h"
#include "util.h"

enum { OPT_AT = 0x200, OPT_BACK, OPT_BREAK, OPT_DATE, OPT_DAYS, OPT_DESERT, OPT_END,
	OPT_IMPORT, OPT_LIST, OPT_NIGHT, OPT_NOTE, OPT_OFF, OPT_OUT, OPT_PERSONAL,
	OPT_SICK, OPT_VOID };

static const struct option longopts[] = {
	{ "at",		required_argument,	NULL,	OPT_AT },
	{ "back",	no_argument,		NULL,	OPT_BACK },
	{ "break",	no_argument,		NULL,	OPT_BREAK },
	{ "data",	required_argument,	NULL,	'd' },
	{ "date",	required_argument,	NULL,	OPT_DATE },
	{ "days",	required_argument,	NULL,	OPT_DAYS },
	{ "desert",	no_argument,		NULL,	OPT_DESERT },
	{ "end",	no_argument,		NULL,	OPT_END },
	{ "help",	no_argument,		NULL,	'h' },
	{ "import",	required_argument,	NULL,	OPT_IMPORT },
	{ "list",	no_argument,		NULL,	OPT_LIST },
	{ "night",	no_argument,		NULL,	OPT_NIGHT },
	{ "note",	required_argument,	NULL,	OPT_NOTE },
	{ "off",	no_argument,		NULL,	OPT_OFF },
	{ "out",	no_argument,		NULL,	OPT_OUT },
	{ "personal",	no_argument,		NULL,	OPT_PERSONAL },
	{ "sick",	no_argument,		NULL,	OPT_SICK },
	{ "version",	no_argument,		NULL,	'V' },
	{ "void",	required_argument,	NULL,	OPT_VOID },
	CSVOUT_LONGOPTS,
	{ NULL,		0,			NULL,	0 }
};

/* Room left for detail in a row of JOURNAL_ROW_MAX bytes, whatever the other columns. */
#define DETAIL_MAX	3500

enum action { A_EVENT, A_LIST, A_IMPORT, A_VOID };

struct opts {
	enum action	 action;
	int		 ev;		/* A_EVENT: the event */
	int		 nactions;
	const char	*data, *at, *date, *days, *note, *import, *agent;
	long long	 void_seq;
	struct csvout	 out;
};

static void
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: sign-in [-d dir] [--at time] [--note text] agent\n"
	    "       sign-in [-d dir] [--at time] [--note text] --end | --out | --back |\n"
	    "               --break | --desert | --night agent\n"
	    "       sign-in [-d dir] [--date day | --at time] [--note text] --off agent\n"
	    "       sign-in [-d dir] [--date day | --at time] --sick | --personal --days n\n"
	    "               agent\n"
	    "       sign-in [-d dir] --void seq --note why\n"
	    "       sign-in [-d dir] --list [--date day] [--table] [--excel]\n"
	    "               [--encoding gbk]\n"
	    "       sign-in [-d dir] --import file\n"
	    "       sign-in -h | -V\n");
	exit(finish(status));
}

static void
set_action(struct opts *o, enum action a, int ev)
{
	o->action = a;
	o->ev = ev;
	o->nactions++;
}

static int
event_option(int ch)
{
	static const int map[][2] = { { OPT_END, EV_END }, { OPT_OUT, EV_OUT },
		{ OPT_BACK, EV_BACK }, { OPT_BREAK, EV_BREAK }, { OPT_DESERT, EV_DESERT },
		{ OPT_NIGHT, EV_NIGHT }, { OPT_OFF, EV_OFF }, { OPT_SICK, EV_SICK },
		{ OPT_PERSONAL, EV_PERSONAL } };

	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (map[i][0] == ch)
			return map[i][1];
	return -1;
}

/* Which options go together; anything else is a usage error. */
static void
check_opts(struct opts *o, int argc)
{
	int leave = o->ev == EV_SICK || o->ev == EV_PERSONAL;
	int agentless = o->action == A_LIST || o->action == A_IMPORT || o->action == A_VOID;

	if (o->nactions > 1)
		usage_error("one event or action at a time");
	else if (argc != (agentless ? 0 : 1))
		usage_error(agentless ? "no agent goes with --list, --import or --void" :
		    "name one agent, by code or by name");
	else if (leave != (o->days != NULL))
		usage_error("--days goes with --sick and --personal, and they need it");
	else if (o->date != NULL && o->action != A_LIST && o->ev != EV_OFF && !leave)
		usage_error("--date goes with --off, --sick, --personal and --list");
	else if (o->date != NULL && o->at != NULL)
		usage_error("--date and --at: give one");
	else if (o->action == A_VOID && o->note == NULL)
		usage_error("--void needs --note saying why");
	else if (o->note != NULL && (leave || o->action == A_LIST || o->action == A_IMPORT))
		usage_error("--note does not go with --sick, --personal, --list or --import");
	else if (o->at != NULL && o->action != A_EVENT)
		usage_error("--at goes with an event");
	else
		csvout_check(&o->out, o->action == A_LIST, "--list");
}

static void
parse_opts(struct opts *o, int argc, char *argv[])
{
	int ch;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, "d:hV", longopts, NULL)) != -1)
		switch (ch) {
		case 'd':
		case 'h':
		case 'V':
			tool_option(ch, optarg, &o->data, usage);
			break;
		case OPT_AT:
			o->at = optarg;
			break;
		case OPT_DATE:
			o->date = optarg;
			break;
		case OPT_DAYS:
			o->days = optarg;
			break;
		case OPT_IMPORT:
			o->import = optarg;
			set_action(o, A_IMPORT, -1);
			break;
		case OPT_LIST:
			set_action(o, A_LIST, -1);
			break;
		case OPT_NOTE:
			o->note = optarg;
			break;
		case OPT_VOID:
			o->void_seq = number_arg("--void", "the seq of a row", optarg);
			set_action(o, A_VOID, -1);
			break;
		default:
			if (event_option(ch) != -1)
				set_action(o, A_EVENT, event_option(ch));
			else
				csvout_option(&o->out, ch, optarg, argv[optind - 1]);
		}
	if (o->nactions == 0)
		set_action(o, A_EVENT, EV_IN);
	check_opts(o, argc - optind);
	o->agent = argv[optind];
}

static const char *
who(const struct desk *d, int agent)
{
	static char buf[256];

	if (agent < 0)
		return "an agent no longer in agents.csv";
	snprintf(buf, sizeof(buf), "%s %s", d->roster.a[agent].code, d->roster.a[agent].name);
	return buf;
}

/*
 * When the event happened: --at, or --date at 00:00 (leave), or now.  Only leave may lie
 * ahead, and at most ATT_LEAVE_DAYS: the readers look back no further (attendance.h).
 */
static int
event_time(const struct desk *d, const struct opts *o, int ev, const char *at, time_t *t)
{
	day_t day;

	*t = d->now;
	if (o->date != NULL) {
		if (clock_parse_date(o->date, &day) == -1) {
			warnx("--date: '%s' is not a date YYYY-MM-DD", o->date);
			return EX_DATAERR;
		}
		*t = clock_day_start(day);
	} else if (at != NULL && clock_parse(at, d->now, t) == -1) {
		warnx("'%s' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS] or RFC 3339)", at);
		return EX_DATAERR;
	}
	if (ev < EV_OFF && *t > d->now) {
		warnx("%s is in the future: only leave is entered ahead", at);
		return EX_DATAERR;
	}
	if (ev >= EV_OFF && labs(clock_day(*t) - clock_day(d->now)) > ATT_LEAVE_DAYS) {
		warnx("leave is entered at most %d days ahead or behind", ATT_LEAVE_DAYS);
		return EX_DATAERR;
	}
	return 0;
}

/* The first day a check must replay from: the month's start, for the late count. */
static day_t
month_start(day_t day)
{
	int y, m, dd;

	day_to_ymd(day, &y, &m, &dd);
	return day - dd + 1;
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
 * Every day the event touches still replays; else say which rule refuses it.  Rows from
 * first_new on are being added (from file, when importing): they are named by their line.
 */
static int
check(const struct att_log *l, const struct desk *d, const struct att_ev *e,
    long long first_new, const char *file)
{
	day_t first = clock_day(e->time), last = first;
	struct att_day day;
	char ymd[11];

	if (e->ev >= EV_OFF)
		att_leave_days(e, &first, &last);
	for (day_t i = first; i <= last; i++) {
		if (att_replay(l, e->agent, i, &day) == 0)
			continue;
		clock_ymd(i, ymd);
		if (day.bad->seq >= first_new)
			warnx("%srefused: on %s %s %s (%s)", where(file, day.bad), ymd,
			    who(d, e->agent), day.why, day.rule);
		else
			warnx("%srefused: it clashes with row %lld (%s on %s): %s %s (%s)",
			    where(file, e), day.bad->seq, att_event_names[day.bad->ev], ymd,
			    who(d, e->agent), day.why, day.rule);
		return EX_REFUSED;
	}
	return 0;
}

static void
say_lateness(const struct att_log *l, const struct desk *d, const struct att_ev *e,
    int min, const char *what)
{
	int n = att_month_count(l, d, e->agent, clock_day(e->time), e->ev);

	if (min > 0)
		printf("; %s %d min (%s %s this month)", what, min, ordinal(n), what);
}

/* The plain sentence of SPEC 2: what was recorded and why. */
static void
say(const struct att_log *l, const struct desk *d, const struct att_ev *e,
    const char *note)
{
	struct att_day day;
	day_t today = clock_day(e->time), first, last;
	char hhmm[32], a[11], b[11];

	clock_hhmm(e->time, hhmm);
	if (today != clock_day(d->now)) {		/* back-dated to another day */
		clock_ymd(today, a);
		snprintf(hhmm + 5, sizeof(hhmm) - 5, " on %s", a);
	}
	att_replay(l, e->agent, today, &day);
	printf("%s ", who(d, e->agent));
	switch (e->ev) {
	case EV_IN:
		printf("signed in at %s, %s %s", hhmm,
		    ordinal(att_position(l, today, e->seq)),
		    today == clock_day(d->now) ? "today" : "that day");
		say_lateness(l, d, e, att_late_min(d, today, &day), "late");
		break;
	case EV_END:
		printf("signed off at %s", hhmm);
		say_lateness(l, d, e, att_early_min(d, today, &day), "early");
		break;
	case EV_OFF:
	case EV_SICK:
	case EV_PERSONAL:
		att_leave_days(e, &first, &last);
		clock_ymd(first, a);
		clock_ymd(last, b);
		if (e->ev == EV_OFF)
			printf("has a rest day on %s", a);
		else
			printf("is on %s leave for %g day%s, %s%s%s", att_event_names[e->ev],
			    e->halves / 2.0, e->halves > 2 ? "s" : "",
			    first == last ? "on " : "", a, first == last ? "" : " to ");
		if (e->ev != EV_OFF && first != last)
			printf("%s", b);
		break;
	case EV_NIGHT:
		printf("is on night duty until %02d:%02d", d->rules.night_end / 60,
		    d->rules.night_end % 60);
		break;
	default:
		printf("%s at %s", (const char *[]){ [EV_OUT] = "is out",
		    [EV_BACK] = "is back", [EV_BREAK] = "is on a break",
		    [EV_DESERT] = "is away from the post (脱岗)" }[e->ev], hhmm);
		if (e->ev == EV_DESERT)
			printf(", %s time %s", ordinal(day.deserts),
			    today == clock_day(d->now) ? "today" : "that day");
	}
	printf("%s%s%s\n", note ? " (" : "", note ? note : "", note ? ")" : "");
}

static int
append_event(struct journal *j, const struct att_ev *e, const struct desk *d,
    const char *detail, const char *ref)
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
	f[AT_EVENT] = e->ev < 0 ? "void" : att_event_names[e->ev];
	f[AT_DETAIL] = detail;
	f[AT_REF] = ref;
	return journal_append(j, f);
}

static int
parse_days(const char *s, int *halves)
{
	if ((*halves = att_halves(s)) != -1)
		return 0;
	warnx("--days is a number of days in halves, 0.5 to %d, not '%s'", ATT_LEAVE_DAYS, s);
	return EX_DATAERR;
}

/* One event: lock, replay the days it touches, append, say it. */
static int
record(struct desk *d, const struct opts *o)
{
	const struct agent *a;
	struct att_ev e = { .ev = o->ev, .halves = o->ev == EV_OFF ? 2 : 0 };
	struct att_log l = { 0 };
	struct journal j;
	int rv = 0;

	if ((a = roster_find(&d->roster, o->agent, &rv)) == NULL)
		return rv;
	e.agent = a - d->roster.a;
	if ((o->days != NULL && (rv = parse_days(o->days, &e.halves)) != 0) ||
	    (o->note != NULL && (rv = journal_check_field("--note", o->note)) != 0) ||
	    (rv = event_time(d, o, o->ev, o->at, &e.time)) != 0)
		return rv;
	if ((rv = journal_open(&j, d->dir, J_ATTENDANCE, 1)) == 0 &&
	    (rv = att_log_load(&l, &j, d, month_start(clock_day(e.time)))) == 0) {
		e.seq = j.seq + 1;
		att_log_add(&l, &e);
		att_log_sort(&l);
		if ((rv = check(&l, d, &e, e.seq, NULL)) == 0 &&
		    (rv = append_event(&j, &e, d, o->note, NULL)) == 0)
			say(&l, d, &e, o->note);
	}
	att_log_free(&l);
	journal_close(&j);
	return rv;
}

/* --list: the day's sign-in order. */
static int
list(struct desk *d, struct opts *o)
{
	static const char *const hdr[] = { "position", "agent", "name", "in", "late_min",
		"state" };
	struct att_log l = { 0 };
	struct journal j;
	struct att_day day;
	day_t when = clock_day(d->now);
	char pos[16], in[6], late[16];
	int rv;

	if (o->date != NULL && clock_parse_date(o->date, &when) == -1) {
		warnx("--date: '%s' is not a date YYYY-MM-DD", o->date);
		return EX_DATAERR;
	}
	if ((rv = journal_open(&j, d->dir, J_ATTENDANCE, 0)) == 0 &&
	    (rv = att_log_load(&l, &j, d, when)) == 0 &&
	    (rv = csvout_begin(&o->out, hdr, 6)) == 0)
		for (size_t i = 0, n = 0; i < l.n && rv == 0; i++) {
			const struct att_ev *e = &l.v[i];

			if (e->ev != EV_IN || clock_day(e->time) != when || e->agent < 0 ||
			    att_replay(&l, e->agent, when, &day) == -1)
				continue;
			snprintf(pos, sizeof(pos), "%zu", ++n);
			clock_hhmm(e->time, in);
			snprintf(late, sizeof(late), "%d", att_late_min(d, when, &day));
			rv = csvout_row(&o->out, (const char *[]){ pos,
			    d->roster.a[e->agent].code, d->roster.a[e->agent].name, in, late,
			    att_state_names[day.state] });
		}
	rv = csvout_finish(&o->out, rv);
	att_log_free(&l);
	journal_close(&j);
	return rv;
}

/* The days still replay without the row: a void must not orphan a later row. */
static int
check_without(struct att_log *l, const struct desk *d, long long seq)
{
	struct att_ev gone = { 0 };
	struct att_day day;
	day_t first, last;
	char ymd[11];

	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].seq == seq) {
			gone = l->v[i];
			memmove(&l->v[i], &l->v[i + 1], (l->n - i - 1) * sizeof(*l->v));
			l->n--;
			break;
		}
	first = last = clock_day(gone.time);
	if (gone.ev >= EV_OFF)
		att_leave_days(&gone, &first, &last);
	for (day_t i = first; i <= last && gone.seq != 0; i++)
		if (att_replay(l, gone.agent, i, &day) == -1) {
			clock_ymd(i, ymd);
			warnx("refused: without row %lld, row %lld (%s on %s) would not stand: "
			    "%s %s (%s); void row %lld first", seq, day.bad->seq,
			    att_event_names[day.bad->ev], ymd, who(d, gone.agent), day.why,
			    day.rule, day.bad->seq);
			return EX_REFUSED;
		}
	return 0;
}

static int
append_void(struct journal *j, const struct desk *d, const struct jtarget *t,
    const char *note)
{
	char now[CLOCK_LEN], ref[24];
	const char *f[AT_NCOLS] = { 0 };

	clock_rfc3339(d->now, now);
	snprintf(ref, sizeof(ref), "%lld", t->seq);
	f[J_TIME] = now;
	f[AT_AGENT] = t->f[AT_AGENT];
	f[AT_EVENT] = "void";
	f[AT_DETAIL] = note;
	f[AT_REF] = ref;
	return journal_append(j, f);
}

static int
void_row(struct desk *d, const struct opts *o)
{
	struct jtarget t = { 0 };
	struct att_log l = { 0 };
	struct journal j;
	char ymd[11], hhmm[6];
	int rv;

	if ((rv = journal_check_field("--note", o->note)) != 0)
		return rv;
	if ((rv = journal_open(&j, d->dir, J_ATTENDANCE, 1)) != 0 ||
	    (rv = journal_target(&j, o->void_seq, &t)) != 0)
		goto out;
	if (!t.found) {
		warnx("attendance.csv has no row %lld", t.seq);
		rv = EX_DATAERR;
	} else if (t.is_void || t.voided) {
		warnx("refused: row %lld %s: a void is final (record the event again "
		    "instead)", t.seq, t.voided ? "is voided already" : "is a void");
		rv = EX_REFUSED;
	} else if ((rv = att_log_load(&l, &j, d, clock_day(t.time))) == 0 &&
	    (rv = check_without(&l, d, t.seq)) == 0 &&
	    (rv = append_void(&j, d, &t, o->note)) == 0) {
		clock_ymd(clock_day(t.time), ymd);
		clock_hhmm(t.time, hhmm);
		printf("voided row %lld (%s %s on %s at %s): %s\n", t.seq, t.f[AT_AGENT],
		    t.f[AT_EVENT], ymd, hhmm, o->note);
	}
out:
	jtarget_free(&t);
	att_log_free(&l);
	journal_close(&j);
	return rv;
}

/* One row of an import: time,agent,event[,detail]. */
static int
import_row(struct csvin *in, const struct desk *d, struct att_ev *e)
{
	const char **f = in->field;
	const struct agent *a = roster_match(&d->roster, f[1]);
	day_t day;

	memset(e, 0, sizeof(*e));
	e->line = in->line;
	if (clock_parse(f[0], d->now, &e->time) == -1)
		return csvin_fail(in, "'%s' is not a time", f[0]);
	if (a == NULL || !a->active)
		return csvin_fail(in, "%s agent '%s'", a ? "inactive" : "unknown", f[1]);
	e->agent = a - d->roster.a;
	if ((e->ev = att_event(f[2])) == -1)
		return csvin_fail(in, "unknown event '%s'", f[2]);
	if (e->ev == EV_SICK || e->ev == EV_PERSONAL) {
		if ((e->halves = att_halves(f[3])) == -1)
			return csvin_fail(in, "%s leave needs its days in halves in detail, "
			    "not '%s'", f[2], f[3]);
	} else if (strpbrk(f[3], "\r\n") != NULL)
		return csvin_fail(in, "detail holds a line break: a row is one line");
	else if (strlen(f[3]) > DETAIL_MAX)
		return csvin_fail(in, "detail is over %d bytes: a row is at most %d",
		    DETAIL_MAX, JOURNAL_ROW_MAX);
	e->halves += 2 * (e->ev == EV_OFF);
	day = clock_day(e->time);
	if (e->ev < EV_OFF && e->time > d->now)
		return csvin_fail(in, "%s is in the future", f[0]);
	if (labs(day - clock_day(d->now)) > ATT_LEAVE_DAYS && e->ev >= EV_OFF)
		return csvin_fail(in, "leave is entered at most %d days ahead or behind",
		    ATT_LEAVE_DAYS);
	return 0;
}

struct batch {
	struct brow {
		struct att_ev	 e;
		char		*detail;
	}		*v;
	size_t		 n;
};

static int
read_import(const char *file, const struct desk *d, struct batch *b)
{
	static const char *const cols[] = { "time", "agent", "event", "detail" };
	const char *name = strcmp(file, "-") == 0 ? "stdin" : file;
	struct csvin in;
	struct att_ev e;
	int rv;

	if (csvin_open(&in, file, name, CSVIN_KNOWN) == 0 &&
	    csvin_header(&in, cols, 4, 3) == 1)
		while (csvin_next(&in) == 1 && import_row(&in, d, &e) == 0) {
			b->v = xreallocarray(b->v, b->n + 1, sizeof(*b->v));
			b->v[b->n].detail = xstrdup(in.field[3]);
			b->v[b->n++].e = e;
		}
	rv = in.status;
	csvin_close(&in);
	return rv;
}

static int
line_cmp(const void *a, const void *b)
{
	const struct att_ev *x = &((const struct brow *)a)->e;
	const struct att_ev *y = &((const struct brow *)b)->e;

	return clock_order(x->time, x->line, y->time, y->line);
}

/* Check the batch against the book and itself, then append it in time order. */
static int
apply_batch(struct desk *d, struct batch *b, const char *name)
{
	struct att_log l = { 0 };
	struct journal j;
	day_t from = clock_day(d->now);
	int rv;

	for (size_t i = 0; i < b->n; i++)
		if (clock_day(b->v[i].e.time) < from)
			from = clock_day(b->v[i].e.time);
	if ((rv = journal_open(&j, d->dir, J_ATTENDANCE, 1)) != 0 ||
	    (rv = att_log_load(&l, &j, d, month_start(from))) != 0)
		goto out;
	for (size_t i = 0; i < b->n; i++) {
		b->v[i].e.seq = j.seq + 1 + i;
		att_log_add(&l, &b->v[i].e);
	}
	att_log_sort(&l);
	for (size_t i = 0; i < b->n && rv == 0; i++)
		rv = check(&l, d, &b->v[i].e, j.seq + 1, name);
	for (size_t i = 0; i < b->n && rv == 0; i++)
		rv = append_event(&j, &b->v[i].e, d, b->v[i].detail, NULL);
	if (rv != 0)
		journal_rollback(&j);
	else
		printf("imported %zu row%s into attendance.csv, rows %lld to %lld\n", b->n,
		    b->n == 1 ? "" : "s", j.seq - (long long)b->n + 1, j.seq);
out:
	att_log_free(&l);
	journal_close(&j);
	return rv;
}

static int
import(struct desk *d, const struct opts *o)
{
	struct batch b = { 0 };
	int rv;

	if ((rv = read_import(o->import, d, &b)) == 0 && b.n == 0)
		printf("no rows to import: attendance.csv is unchanged\n");
	else if (rv == 0) {
		qsort(b.v, b.n, sizeof(*b.v), line_cmp);
		rv = apply_batch(d, &b, strcmp(o->import, "-") == 0 ? "stdin" : o->import);
	}
	for (size_t i = 0; i < b.n; i++)
		free(b.v[i].detail);
	free(b.v);
	return rv;
}

int
main(int argc, char *argv[])
{
	struct opts o = { 0 };
	struct desk d;
	int rv;

	parse_opts(&o, argc, argv);
	if ((rv = desk_open(&d, o.data)) != 0)
		return rv;
	switch (o.action) {
	case A_EVENT:
		rv = record(&d, &o);
		break;
	case A_LIST:
		rv = list(&d, &o);
		break;
	case A_IMPORT:
		rv = import(&d, &o);
		break;
	case A_VOID:
		rv = void_row(&d, &o);
		break;
	}
	desk_close(&d);
	return finish(rv);
}
