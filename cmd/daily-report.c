/*
 * daily-report: the nightly summaries cron sends the manager (日报表, 展厅客流量统计表,
 * 媒介效果): the day, its traffic by slot, its agents, its channels; a month day by day
 * with a total.  CSV for programs, a table for people, one HTML page for a phone.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvout.h"
#include "desk.h"
#include "journal.h"
#include "report.h"
#include "util.h"

enum { OPT_BY = 0x200, OPT_DATE, OPT_FORMAT, OPT_FULL, OPT_MONTH, OPT_SUMMARY };

static const struct option longopts[] = {
	{ "by",		required_argument,	NULL,	OPT_BY },
	{ "data",	required_argument,	NULL,	'd' },
	{ "date",	required_argument,	NULL,	OPT_DATE },
	{ "format",	required_argument,	NULL,	OPT_FORMAT },
	{ "full",	no_argument,		NULL,	OPT_FULL },
	{ "help",	no_argument,		NULL,	'h' },
	{ "month",	required_argument,	NULL,	OPT_MONTH },
	{ "summary",	no_argument,		NULL,	OPT_SUMMARY },
	{ "version",	no_argument,		NULL,	'V' },
	CSVOUT_LONGOPTS,
	{ NULL,		0,			NULL,	0 }
};

struct opts {
	enum rep_by	 by;
	int		 views, full;		/* views: a bit for each asked for */
	const char	*data, *date, *month;
	struct csvout	 out;
};

static void
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: daily-report [-d dir] [--date day | --month yyyy-mm]\n"
	    "               [--by slot | agent | source | --summary] [--full]\n"
	    "               [--format csv | table | html] [--table] [--excel]\n"
	    "               [--encoding gbk]\n"
	    "       daily-report -h | -V\n");
	exit(finish(status));
}

static void
parse_by(struct opts *o, const char *arg)
{
	static const char *const names[] = { [BY_SLOT] = "slot", [BY_AGENT] = "agent",
		[BY_SOURCE] = "source" };

	for (int b = BY_SLOT; b < BY_COUNT; b++)
		if (strcmp(arg, names[b]) == 0) {
			o->by = b;
			o->views |= 1 << b;
			return;
		}
	usage_error("--by is slot, agent or source, not '%s'", arg);
}

static void
parse_format(struct opts *o, const char *arg)
{
	if (strcmp(arg, "table") == 0)
		o->out.flags |= OUT_TABLE;
	else if (strcmp(arg, "html") == 0)
		o->out.flags |= OUT_HTML;
	else if (strcmp(arg, "csv") != 0)
		usage_error("--format is csv, table or html, not '%s'", arg);
}

static void
check_opts(const struct opts *o, int argc)
{
	int f = o->out.flags;

	if (argc != 0)
		usage_error("no operands: the day goes with --date");
	else if (o->date && o->month)
		usage_error("--date or --month: give one");
	else if (o->views & (o->views - 1))
		usage_error("one of --by slot, --by agent, --by source and --summary");
	else if ((f & OUT_TABLE) + !!(f & OUT_HTML) + !!(f & OUT_EXCEL) > 1)
		usage_error("one of --format table, --format html and --excel");
	else if ((f & OUT_HTML) && o->out.encoding)
		usage_error("--encoding is for CSV and tables; the page is UTF-8");
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
		case OPT_BY:
			parse_by(o, optarg);
			break;
		case OPT_DATE:
			o->date = optarg;
			break;
		case OPT_FORMAT:
			parse_format(o, optarg);
			break;
		case OPT_FULL:
			o->full = 1;
			break;
		case OPT_MONTH:
			o->month = optarg;
			break;
		case OPT_SUMMARY:
			o->views |= 1 << BY_DAY;
			break;
		default:
			csvout_option(&o->out, ch, optarg, argv[optind - 1]);
		}
	check_opts(o, argc - optind);
}

/* The days: --date, --month, or today (yesterday before work_start: the night's report). */
static int
days(const struct desk *d, const struct opts *o, day_t *first, day_t *last)
{
	*first = clock_day(d->now) - (clock_minute(d->now) < d->rules.work_start);
	if (o->month != NULL && clock_parse_month(o->month, first, last) == -1) {
		warnx("--month takes a month YYYY-MM, not '%s'", o->month);
		return EX_DATAERR;
	}
	if (o->date != NULL && clock_parse_date(o->date, first) == -1) {
		warnx("--date takes a day YYYY-MM-DD, not '%s'", o->date);
		return EX_DATAERR;
	}
	if (o->month == NULL)
		*last = *first;
	return 0;
}

static const char *const hdrs[BY_COUNT][11] = {
	[BY_DAY] = { "date", "visits", "calls", "contacts", "new", "returning", "deposits",
		"sales", "amount", "conversion" },
	[BY_SLOT] = { "date", "slot", "visits", "calls", "contacts", "deposits", "sales" },
	[BY_AGENT] = { "date", "agent", "name", "receptions", "counted", "registrations",
		"returning", "calls", "follows", "deals", "amount" },
	[BY_SOURCE] = { "date", "source", "visits", "calls", "contacts", "deals" },
};
static const size_t ncols[BY_COUNT] = { 10, 7, 11, 6 };

static int
empty(const struct tally *t)
{
	return !(t->visits || t->calls || t->follows || t->deposits || t->sales ||
	    t->receptions);
}

/* A key's row: always for an active agent, a slot or a listed source; else when it counted. */
static int
shown(const struct report *r, enum rep_by by, size_t key, const struct tally *t)
{
	if (by == BY_AGENT)
		return r->desk->roster.a[key].active || !empty(t);
	if (by == BY_SLOT || by == BY_SOURCE)
		return key + 1 < r->nkeys[by] || !empty(t);
	return 1;
}

/* 展厅销售率: sales per visit, a percentage with one decimal; empty without visits. */
static void
conversion(const struct tally *t, char *buf, size_t len)
{
	long tenths;

	*buf = '\0';
	if (t->visits > 0) {
		tenths = (t->sales * 1000 + t->visits / 2) / t->visits;
		snprintf(buf, len, "%ld.%ld", tenths / 10, tenths % 10);
	}
}

static int
row(struct csvout *out, const struct report *r, enum rep_by by, size_t key,
    const char *date, const struct tally *t)
{
	char n[10][24], amount[MONEY_LEN], label[32];
	const char *name = by == BY_AGENT ? r->desk->roster.a[key].name : "";
	const char *k = report_key(r, by, key, label, sizeof(label));

	money_format(t->amount, amount);
#define N(i, v)	snprintf(n[i], sizeof(n[i]), "%ld", (long)(v))
	switch (by) {
	case BY_DAY:
		N(0, t->visits), N(1, t->calls), N(2, t->contacts), N(3, t->fresh);
		N(4, t->returning), N(5, t->deposits), N(6, t->sales);
		conversion(t, n[7], sizeof(n[7]));
		return csvout_row(out, (const char *[]){ date, n[0], n[1], n[2], n[3], n[4],
		    n[5], n[6], amount, n[7] });
	case BY_SLOT:
		N(0, t->visits), N(1, t->calls), N(2, t->contacts), N(3, t->deposits);
		N(4, t->sales);
		return csvout_row(out, (const char *[]){ date, k, n[0], n[1], n[2], n[3],
		    n[4] });
	case BY_AGENT:
		N(0, t->receptions), N(1, t->counted), N(2, t->registrations);
		N(3, t->returning), N(4, t->calls), N(5, t->follows), N(6, t->sales);
		return csvout_row(out, (const char *[]){ date, k, name, n[0], n[1], n[2],
		    n[3], n[4], n[5], n[6], amount });
	default:
		N(0, t->visits), N(1, t->calls), N(2, t->contacts), N(3, t->sales);
		return csvout_row(out, (const char *[]){ date, k, n[0], n[1], n[2], n[3] });
	}
#undef N
}

/* Every day's rows, then, for a month, the total of each key. */
static int
rows(struct csvout *out, const struct report *r, enum rep_by by, int month)
{
	struct tally sum;
	char ymd[11];
	int rv = 0;

	for (day_t day = r->first; day <= r->last && rv == 0; day++) {
		clock_ymd(day, ymd);
		for (size_t k = 0; k < r->nkeys[by] && rv == 0; k++)
			if (shown(r, by, k, report_tally(r, day, by, k)))
				rv = row(out, r, by, k, ymd, report_tally(r, day, by, k));
	}
	for (size_t k = 0; month && k < r->nkeys[by] && rv == 0; k++) {
		report_total(r, by, k, &sum);
		if (shown(r, by, k, &sum))
			rv = row(out, r, by, k, "total", &sum);
	}
	return rv;
}

/* Back-dated rows: under the table, or on stderr beside the CSV (the page lists its own). */
static void
list_late(const struct report *r, struct opts *o)
{
	struct str s = { 0 };
	int table = o->out.flags & OUT_TABLE;

	if (table && r->nlate > 0)
		csvout_text(&o->out, "\nback-dated rows (补登):");
	for (size_t i = 0; i < r->nlate; i++) {
		s.len = 0;
		str_adds(&s, table ? "  " : "");
		report_late_text(r, i, o->full, &s);
		if (table)
			csvout_text(&o->out, s.s);
		else
			warnx("back-dated: %s", s.s);
	}
	free(s.s);
}

static int
print(const struct report *r, struct opts *o)
{
	static const char *const what[BY_COUNT] = { "日报表 daily report",
		"展厅客流量统计表 traffic by slot", "接待统计 by agent", "媒介效果 by source" };
	char a[11], b[11], *title;
	int html = o->out.flags & OUT_HTML, rv;

	clock_ymd(r->first, a);
	clock_ymd(r->last, b);
	title = xasprintf("%s %s%s%s", what[o->by], a, r->first != r->last ? " to " : "",
	    r->first != r->last ? b : "");
	if (html)
		report_page_head(r, title, stdout);
	if ((rv = csvout_begin(&o->out, hdrs[o->by], ncols[o->by])) == 0 &&
	    (rv = rows(&o->out, r, o->by, o->month != NULL)) == 0 && !html)
		list_late(r, o);
	rv = csvout_finish(&o->out, rv);
	if (html)
		report_page_foot(r, o->full, stdout);
	free(title);
	return rv;
}

int
main(int argc, char *argv[])
{
	struct opts o = { 0 };
	struct journal fl = { .fd = -1 }, vi = { .fd = -1 }, de = { .fd = -1 };
	struct rep_books books = { &fl, &vi, &de, BY_DAY };
	struct report r = { 0 };
	struct desk d;
	day_t first, last;
	int rv;

	parse_opts(&o, argc, argv);
	books.by = o.by;
	if ((rv = desk_open(&d, o.data)) != 0)
		return rv;
	if ((rv = days(&d, &o, &first, &last)) == 0 &&
	    (rv = journal_open(&fl, d.dir, J_FLOOR, 0)) == 0 &&
	    (rv = journal_open(&vi, d.dir, J_VISITS, 0)) == 0 &&
	    (rv = journal_open(&de, d.dir, J_DEALS, 0)) == 0 &&
	    (rv = report_run(&r, &d, &books, first, last)) == 0)
		rv = print(&r, &o);
	report_free(&r);
	journal_close(&de);
	journal_close(&vi);
	journal_close(&fl);
	desk_close(&d);
	return finish(rv);
}
