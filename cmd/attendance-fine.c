/*
 * attendance-fine: the month's fines and deductions (考勤与违规处罚), item by item with
 * the rule each follows, or one line per agent; records an offence of the catalogue.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvout.h"
#include "desk.h"
#include "fines.h"
#include "journal.h"
#include "util.h"

enum { OPT_AT = 0x200, OPT_FINE, OPT_MONTH, OPT_NOTE, OPT_RECORD, OPT_SUMMARY, OPT_VOID };

static const struct option longopts[] = {
	{ "at",		required_argument,	NULL,	OPT_AT },
	{ "data",	required_argument,	NULL,	'd' },
	{ "fine",	required_argument,	NULL,	OPT_FINE },
	{ "help",	no_argument,		NULL,	'h' },
	{ "month",	required_argument,	NULL,	OPT_MONTH },
	{ "note",	required_argument,	NULL,	OPT_NOTE },
	{ "record",	required_argument,	NULL,	OPT_RECORD },
	{ "summary",	no_argument,		NULL,	OPT_SUMMARY },
	{ "version",	no_argument,		NULL,	'V' },
	{ "void",	required_argument,	NULL,	OPT_VOID },
	CSVOUT_LONGOPTS,
	{ NULL,		0,			NULL,	0 }
};

enum action { A_LIST, A_RECORD, A_VOID };

struct opts {
	enum action	 action;
	int		 nactions, summary;
	const char	*data, *month, *code, *fine, *note, *at, *agent;
	long long	 void_seq;
	struct csvout	 out;
};

static void
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: attendance-fine [-d dir] [--month yyyy-mm] [--summary] [--table]\n"
	    "               [--excel] [--encoding gbk]\n"
	    "       attendance-fine [-d dir] --record code [--fine yuan] [--note text]\n"
	    "               [--at time] agent\n"
	    "       attendance-fine [-d dir] --void seq --note why\n"
	    "       attendance-fine -h | -V\n");
	exit(finish(status));
}

static void
set_action(struct opts *o, enum action a)
{
	o->action = a;
	o->nactions++;
}

/* Which options go together; anything else is a usage error. */
static void
check_opts(const struct opts *o, int argc)
{
	int list = o->action == A_LIST;

	if (o->nactions > 1)
		usage_error("--record and --void: one at a time");
	else if (argc != (o->action == A_RECORD))
		usage_error(o->action == A_RECORD ? "--record names one agent, by code or by "
		    "name" : "no operands: the agent goes with --record");
	else if (!list && (o->month || o->summary || o->out.flags || o->out.encoding))
		usage_error("--month, --summary, --table, --excel and --encoding go with the "
		    "listing");
	else if (o->out.flags == (OUT_TABLE | OUT_EXCEL))
		usage_error("--table is for people, --excel for spreadsheets: give one");
	else if (o->action != A_RECORD && (o->fine || o->at))
		usage_error("--fine and --at go with --record");
	else if (list && o->note)
		usage_error("--note goes with --record and --void");
	else if (o->action == A_VOID && o->note == NULL)
		usage_error("--void needs --note saying why");
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
		case OPT_FINE:
			o->fine = optarg;
			break;
		case OPT_MONTH:
			o->month = optarg;
			break;
		case OPT_NOTE:
			o->note = optarg;
			break;
		case OPT_RECORD:
			o->code = optarg;
			set_action(o, A_RECORD);
			break;
		case OPT_SUMMARY:
			o->summary = 1;
			break;
		case OPT_VOID:
			o->void_seq = number_arg("--void", "the seq of a row", optarg);
			set_action(o, A_VOID);
			break;
		default:
			csvout_option(&o->out, ch, optarg, argv[optind - 1]);
		}
	check_opts(o, argc - optind);
	o->agent = argv[optind];
}

static day_t
month_start(day_t day)
{
	int y, m, dd;

	day_to_ymd(day, &y, &m, &dd);
	return day - dd + 1;
}

static int
item_row(struct csvout *out, const struct desk *d, const struct fine *f)
{
	const struct agent *a = &d->roster.a[f->agent];
	char ymd[11], n[16], amount[MONEY_LEN], *item;
	int rv;

	clock_ymd(clock_day(f->time), ymd);
	snprintf(n, sizeof(n), "%d", f->n);
	money_format(f->amount, amount);
	item = f->code ? xasprintf("violation:%s", f->code) :
	    xstrdup(fine_kind_names[f->kind]);
	rv = csvout_row(out, (const char *[]){ a->code, a->name, ymd, item, n, amount,
	    f->rule });
	free(item);
	return rv;
}

static int
summary_row(struct csvout *out, const struct fines *f, int agent)
{
	const struct agent *a = &f->desk->roster.a[agent];
	const struct fine_sum *s = &f->sum[agent];
	char n[4][16], leave[16], m[3][MONEY_LEN];
	struct str flags = { 0 };
	int rv;

	snprintf(n[0], 16, "%d", s->late);
	snprintf(n[1], 16, "%d", s->early);
	snprintf(n[2], 16, "%d", s->absent);
	snprintf(n[3], 16, "%d", s->desert);
	snprintf(leave, sizeof(leave), "%d%s", s->leave_halves / 2,
	    s->leave_halves % 2 ? ".5" : "");
	money_format(s->fines, m[0]);
	money_format(s->deductions, m[1]);
	money_format(s->total, m[2]);
	fines_flags(f, agent, &flags);
	rv = csvout_row(out, (const char *[]){ a->code, a->name, n[0], n[1], n[2], n[3],
	    leave, m[0], m[1], m[2], flags.s ? flags.s : "" });
	free(flags.s);
	return rv;
}

static int
print(struct csvout *out, const struct fines *f, int summary)
{
	static const char *const items[] = { "agent", "name", "date", "item", "occurrence",
		"amount", "rule" };
	static const char *const sums[] = { "agent", "name", "late", "early", "absent_days",
		"desert", "leave_days", "fines", "deductions", "total", "flags" };
	int rv;

	if (!summary) {
		rv = csvout_begin(out, items, 7);
		for (size_t i = 0; i < f->n && rv == 0; i++)
			rv = item_row(out, f->desk, &f->v[i]);
		return rv;
	}
	rv = csvout_begin(out, sums, 11);
	for (size_t a = 0; a < f->desk->roster.n && rv == 0; a++)
		if (f->sum[a].listed)
			rv = summary_row(out, f, a);
	return rv;
}

/* The month asked for (default this one), counted up to today. */
static int
month(const struct desk *d, const char *arg, day_t *first, day_t *last)
{
	day_t today = clock_day(d->now);

	*first = month_start(today);
	*last = today;
	if (arg != NULL && clock_parse_month(arg, first, last) == -1) {
		warnx("--month takes a month YYYY-MM, not '%s'", arg);
		return EX_DATAERR;
	}
	if (*last > today)
		*last = today;
	return 0;
}

static int
list(struct desk *d, struct opts *o)
{
	struct journal at, vj = { .fd = -1 };
	struct offences cat = { 0 };
	struct vlog vl = { 0 };
	struct fines f = { 0 };
	day_t first, last;
	int rv;

	if ((rv = month(d, o->month, &first, &last)) != 0 ||
	    (rv = offences_load(&cat, d->dir)) != 0)
		goto out;
	if ((rv = journal_open(&at, d->dir, J_ATTENDANCE, 0)) == 0 &&
	    (rv = journal_open(&vj, d->dir, J_VIOLATIONS, 0)) == 0 &&
	    (rv = vlog_read(&vl, &vj, d, first, last)) == 0 &&
	    (rv = fines_month(&f, d, &cat, &at, &vl, first, last)) == 0)
		rv = print(&o->out, &f, o->summary);
	rv = csvout_finish(&o->out, rv);
	fines_free(&f);
	vlog_free(&vl);
	journal_close(&vj);
	journal_close(&at);
out:
	offences_free(&cat);
	return rv;
}

/* The offence's occurrence this month for the agent, the new row counted. */
static int
occurrence(struct journal *j, const struct desk *d, const char *agent, const char *code,
    time_t t, int *n)
{
	day_t first = month_start(clock_day(t));
	struct vlog vl;
	int y, m, dd, rv;

	day_to_ymd(first, &y, &m, &dd);
	*n = 1;
	if ((rv = vlog_read(&vl, j, d, first, first + days_in_month(y, m) - 1)) == 0)
		for (size_t i = 0; i < vl.n; i++)
			*n += strcmp(d->roster.a[vl.v[i].agent].code, agent) == 0 &&
			    strcmp(vl.v[i].code, code) == 0 && vl.v[i].time <= t;
	vlog_free(&vl);
	return rv;
}

static int
when(const struct desk *d, const char *at, time_t *t)
{
	*t = d->now;
	if (at != NULL && clock_parse(at, d->now, t) == -1) {
		warnx("'%s' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS] or RFC 3339)", at);
		return EX_DATAERR;
	}
	if (*t > d->now) {
		warnx("%s is in the future: an offence is recorded after it happened", at);
		return EX_DATAERR;
	}
	return 0;
}

static void
say(const struct desk *d, const struct agent *a, const struct offence *of, money_t fine,
    time_t t, int n, const char *note)
{
	char amount[MONEY_LEN], hhmm[6], ymd[11];

	money_format(fine, amount);
	clock_hhmm(t, hhmm);
	clock_ymd(clock_day(t), ymd);
	printf("%s %s fined %s yuan for %s at %s%s%s, the %s time ", a->code, a->name,
	    amount, of->code, hhmm, clock_day(t) != clock_day(d->now) ? " on " : "",
	    clock_day(t) != clock_day(d->now) ? ymd : "", ordinal(n));
	if (month_start(clock_day(t)) == month_start(clock_day(d->now)))
		printf("this month");
	else
		printf("in %.7s", ymd);
	if (of->dismiss_after && n >= of->dismiss_after)
		printf("; dismissal threshold reached (offence:%s, from the %s)", of->code,
		    ordinal(of->dismiss_after));
	printf("%s%s%s\n", note ? " (" : "", note ? note : "", note ? ")" : "");
}

static int
append(struct journal *j, const char *agent, const char *code, const char *fine,
    const char *note, const char *ref, time_t t)
{
	const char *f[VL_NCOLS] = { 0 };
	char time[CLOCK_LEN];

	clock_rfc3339(t, time);
	f[J_TIME] = time;
	f[VL_AGENT] = agent;
	f[VL_CODE] = code;
	f[VL_FINE] = fine;
	f[VL_NOTE] = note;
	f[VL_REF] = ref;
	return journal_append(j, f);
}

/* --record: one offence of the catalogue (第一部分 四), at its fine. */
static int
record(struct desk *d, const struct opts *o)
{
	struct offences cat = { 0 };
	const struct offence *of;
	const struct agent *a;
	struct journal j = { .fd = -1 };
	char amount[MONEY_LEN];
	money_t fine;
	time_t t;
	int n, rv;

	if ((rv = offences_load(&cat, d->dir)) != 0)
		return rv;
	if ((of = offences_find(&cat, o->code)) == NULL) {
		warnx("'%s' is not a code in offences.csv (an unlisted offence is 'other')",
		    o->code);
		rv = EX_DATAERR;
	} else if ((a = roster_find(&d->roster, o->agent, &rv)) != NULL &&
	    (rv = offence_fine(of, o->fine, &fine)) == 0 &&
	    (o->note == NULL || (rv = journal_check_field("--note", o->note)) == 0) &&
	    (rv = when(d, o->at, &t)) == 0 &&
	    (rv = journal_open(&j, d->dir, J_VIOLATIONS, 1)) == 0 &&
	    (rv = occurrence(&j, d, a->code, of->code, t, &n)) == 0) {
		money_format(fine, amount);
		if ((rv = append(&j, a->code, of->code, amount, o->note, NULL, t)) == 0)
			say(d, a, of, fine, t, n, o->note);
	}
	journal_close(&j);
	offences_free(&cat);
	return rv;
}

/* --void: a violation recorded in error is cancelled by a new row, never erased. */
static int
void_row(struct desk *d, const struct opts *o)
{
	struct jtarget t = { 0 };
	struct journal j;
	char ref[24], ymd[11], hhmm[6];
	int rv;

	if ((rv = journal_check_field("--note", o->note)) != 0)
		return rv;
	if ((rv = journal_open(&j, d->dir, J_VIOLATIONS, 1)) == 0 &&
	    (rv = journal_target(&j, o->void_seq, &t)) == 0) {
		snprintf(ref, sizeof(ref), "%lld", t.seq);
		if (!t.found) {
			warnx("violations.csv has no row %lld", t.seq);
			rv = EX_DATAERR;
		} else if (t.is_void || t.voided) {
			warnx("refused: row %lld %s: a void is final (record the offence again "
			    "instead)", t.seq, t.voided ? "is voided already" : "is a void");
			rv = EX_REFUSED;
		} else if ((rv = append(&j, t.f[VL_AGENT], "void", "", o->note, ref,
		    d->now)) == 0) {
			clock_ymd(clock_day(t.time), ymd);
			clock_hhmm(t.time, hhmm);
			printf("voided row %lld (%s %s on %s at %s, %s yuan): %s\n", t.seq,
			    t.f[VL_AGENT], t.f[VL_CODE], ymd, hhmm, t.f[VL_FINE], o->note);
		}
	}
	jtarget_free(&t);
	journal_close(&j);
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
	case A_LIST:
		rv = list(&d, &o);
		break;
	case A_RECORD:
		rv = record(&d, &o);
		break;
	case A_VOID:
		rv = void_row(&d, &o);
		break;
	}
	desk_close(&d);
	return finish(rv);
}
