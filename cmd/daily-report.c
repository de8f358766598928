/*
 * daily-report: the nightly summaries cron sends the manager (日报表, 展厅客流量统计表,
 * 媒介效果): the day, its traffic by slot, its agents, its channels; a month day by day
 * with a total.  CSV for programs, a table for people, one HTML page for a phone.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csvout.h"
#include "desk.h"
#include "journal.h"
#include "report.h"
#include "util.h"

/* The views, one at a time: the day (or --summary), --by slot, agent or source. */
enum { M_DAY, M_BY, M_SUMMARY, NMODES };
static const struct cli_mode modes[NMODES] = {
	[M_DAY] = { .out = 1, .words = N_("the day's report") },
	[M_BY] = { "by", .arg = 1, .out = 1 },
	[M_SUMMARY] = { "summary", .out = 1 },
};

enum { O_DATE, O_MONTH, O_FULL, O_FORMAT, NOPTS };
static const struct cli_opt opts[NOPTS] = {
	[O_DATE] = { "date", 1, CLI_ANY, .group = 1 },
	[O_MONTH] = { "month", 1, CLI_ANY, .group = 1 },
	[O_FULL] = { "full", 0, CLI_ANY },
	[O_FORMAT] = { "format", 1, CLI_ANY },
};

static struct cli cli = { .modes = modes, .nmodes = NMODES, .opts = opts, .nopts = NOPTS,
	.one = N_("one of --by slot, --by agent, --by source and --summary at a time"),
	.usage = N_("daily-report [-d dir] [--date day | --month yyyy-mm]\n"
	"               [--by slot | agent | source | --summary] [--full]\n"
	"               [--format csv | table | html] [--table] [--excel]\n"
	"               [--encoding gbk]\n"
	"       daily-report -h | -V\n") };

/* The view --by names, or the day's. */
static enum rep_by
view(const struct cli *c)
{
	static const char *const names[] = { [BY_SLOT] = "slot", [BY_AGENT] = "agent",
		[BY_SOURCE] = "source" };

	if (c->mode != M_BY)
		return BY_DAY;
	for (int b = BY_SLOT; b < BY_COUNT; b++)
		if (strcmp(c->arg, names[b]) == 0)
			return b;
	usage_error(_("--by is slot, agent or source, not '%s'"), c->arg);
}

/* --format: csv, a table, or an HTML table; one of them, and the page is UTF-8. */
static void
format(struct csvout *out, const char *arg)
{
	int f;

	if (arg != NULL && strcmp(arg, "table") == 0)
		out->flags |= OUT_TABLE;
	else if (arg != NULL && strcmp(arg, "html") == 0)
		out->flags |= OUT_HTML;
	else if (arg != NULL && strcmp(arg, "csv") != 0)
		usage_error(_("--format is csv, table or html, not '%s'"), arg);
	f = out->flags;
	if ((f & OUT_TABLE) + !!(f & OUT_HTML) + !!(f & OUT_EXCEL) > 1)
		usage_error("%s", _("one of --format table, --format html and --excel"));
	if ((f & OUT_HTML) && out->encoding)
		usage_error("%s", _("--encoding is for CSV and tables; the page is UTF-8"));
}

/* The days: --date, --month, or today (yesterday before work_start: the night's report). */
static int
days(const struct desk *d, const struct cli *c, day_t *first, day_t *last)
{
	*first = *last = clock_day(d->now) - (clock_minute(d->now) < d->rules.work_start);
	if (c->val[O_MONTH] != NULL)
		return cli_month("--month", c->val[O_MONTH], first, last);
	if (c->val[O_DATE] != NULL && cli_date("--date", c->val[O_DATE], first) != 0)
		return EX_DATAERR;
	*last = *first;
	return 0;
}

static const char *const hdrs[BY_COUNT][11] = {
	[BY_DAY] = { N_("date"), N_("visits"), N_("calls"), N_("contacts"), N_("new"),
		N_("returning"), N_("deposits"), N_("sales"), N_("amount"), N_("conversion") },
	[BY_SLOT] = { N_("date"), N_("slot"), N_("visits"), N_("calls"), N_("contacts"),
		N_("deposits"), N_("sales") },
	[BY_AGENT] = { N_("date"), N_("agent"), N_("name"), N_("receptions"), N_("counted"),
		N_("registrations"), N_("returning"), N_("calls"), N_("follows"), N_("deals"),
		N_("amount") },
	[BY_SOURCE] = { N_("date"), N_("source"), N_("visits"), N_("calls"), N_("contacts"),
		N_("deals") },
};
static const size_t ncols[BY_COUNT] = { 10, 7, 11, 6 };

/* A key's row: always for an active agent, a slot or a listed source; else when it counted. */
static int
shown(const struct report *r, enum rep_by by, size_t key, const struct tally *t)
{
	if (t->visits || (by == BY_SLOT ? t->contacts : t->registered) || t->calls ||
	    t->follows || t->deposits || t->sales || t->receptions)
		return 1;
	if (by == BY_AGENT)
		return r->desk->roster.a[key].active;
	return by == BY_DAY || key + 1 < r->nkeys[by];
}

/* 展厅销售率: sales per visit on the floor, a percentage with one decimal; empty without. */
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
	const char *k = csvout_word(out, report_key(r, by, key, label, sizeof(label)));

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
	default:		/* the register's visits: the floor knows no channel */
		N(0, t->registered), N(1, t->calls), N(2, t->contacts), N(3, t->sales);
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
			rv = row(out, r, by, k, csvout_word(out, N_("total")), &sum);
	}
	return rv;
}

static int
print(const struct report *r, struct cli *c, enum rep_by by)
{
	static const char *const what[BY_COUNT] = { N_("日报表 daily report"),
		N_("展厅客流量统计表 traffic by slot"), N_("接待统计 by agent"),
		N_("媒介效果 by source") };
	int html = c->out.flags & OUT_HTML, full = c->val[O_FULL] != NULL, rv;
	char a[11], b[11], *title;

	clock_ymd(r->first, a);
	clock_ymd(r->last, b);
	/* TRANSLATORS: the page's title: what it is, then the first and last day */
	title = r->first != r->last ? xasprintf(_("%s %s to %s"), _(what[by]), a, b) :
	    xasprintf("%s %s", _(what[by]), a);
	if (html)
		report_page_head(r, title, stdout);
	if ((rv = csvout_begin(&c->out, hdrs[by], ncols[by])) == 0 &&
	    (rv = rows(&c->out, r, by, c->val[O_MONTH] != NULL)) == 0 && !html)
		backdates_print(&r->bd, &r->desk->rules, full, &c->out);	/* SPEC 5.4 */
	rv = csvout_finish(&c->out, rv);
	if (html)
		report_page_foot(r, full, stdout);
	free(title);
	return rv;
}

/*
 * The report of the days asked for, from the floor, the visits and the deals; and the
 * rows of every book back-dated into them (SPEC 5.4).  Every row it counts or lists is
 * checked against the chain first (SPEC 1).
 */
static int
report(const struct desk *d, struct cli *c, enum rep_by by)
{
	static const enum jid ids[] = { J_ATTENDANCE, J_FLOOR, J_VISITS, J_DEALS,
		J_VIOLATIONS };
	struct journal j[5] = { { .fd = -1 }, { .fd = -1 }, { .fd = -1 }, { .fd = -1 },
		{ .fd = -1 } };
	struct rep_books books = { &j[0], &j[1], &j[2], &j[3], &j[4], by };
	struct report r = { 0 };
	day_t first, last;
	int rv;

	if ((rv = days(d, c, &first, &last)) != 0)
		return rv;
	for (size_t i = 0; i < 5 && rv == 0; i++)
		rv = journal_open(&j[i], d->dir, ids[i], JOURNAL_CHECKED);
	if (rv == 0)
		rv = report_run(&r, d, &books, first, last);
	if (rv == 0)
		rv = print(&r, c, by);
	report_free(&r);
	for (size_t i = 5; i-- > 0;)
		journal_close(&j[i]);
	return rv;
}

int
main(int argc, char *argv[])
{
	struct desk d;
	enum rep_by by;
	int rv;

	cli_parse(&cli, argc, argv);
	by = view(&cli);
	format(&cli.out, cli.val[O_FORMAT]);
	if ((rv = desk_open(&d, cli.data)) != 0)
		return rv;
	rv = report(&d, &cli, by);
	desk_close(&d);
	return finish(rv);
}
