/*
 * report.c: the nightly summaries (日报表, 展厅客流量统计表, 媒介效果) counted from the
 * floor book, the register and the deals, streaming: the rows of the days asked for are
 * read once and only counters are kept (and the few rows a later row may take back, and
 * the back-dated rows to list, an import's as one).  A visit is a batch received on the
 * floor (来店客户批数); the register's visits are counted apart, for the channels.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "register.h"
#include "report.h"
#include "util.h"

/* A reception, kept in case a later "not a customer" takes it back. */
struct recv {
	long long	 seq;
	time_t		 time;
	int		 agent;
	int		 counted;	/* the agent's turn */
	int		 open;		/* no done yet */
};

/*
 * A deal of the days, kept aside until its channel is known (--by source), up to
 * ASIDE_MAX of them: then they are looked up, so memory does not grow with the deals.
 */
#define ASIDE_MAX	32768

struct aside {
	time_t		 time;
	int		 agent, deposit;
	money_t		 amount;
	char		 phone[PHONE_LEN];
};

struct scan {
	struct report		*r;
	const struct rep_books	*books;
	struct aside		*deals;
	size_t			 ndeals, cap;
};

struct tally *
report_tally(const struct report *r, day_t day, enum rep_by by, size_t key)
{
	size_t off = 0;

	for (int b = 0; b < (int)by; b++)
		off += r->nkeys[b];
	return &r->t[(size_t)(day - r->first) * r->perday + off + key];
}

/* The slot of a time: its index in the rule's slots, or the last key for other times. */
static size_t
slot_of(const struct desk *d, time_t t)
{
	int m = clock_minute(t);

	for (size_t i = 0; i + 1 < d->rules.nslots; i++)
		if (m >= d->rules.slots[i] && m < d->rules.slots[i + 1])
			return i;
	return d->rules.nslots - 1;
}

const char *
report_key(const struct report *r, enum rep_by by, size_t key, char *buf, size_t len)
{
	const struct rules *ru = &r->desk->rules;

	switch (by) {
	case BY_SLOT:
		if (key + 1 >= ru->nslots)
			return N_("other");
		snprintf(buf, len, "%02d:%02d-%02d:%02d", ru->slots[key] / 60,
		    ru->slots[key] % 60, ru->slots[key + 1] / 60, ru->slots[key + 1] % 60);
		return buf;
	case BY_AGENT:
		return r->desk->roster.a[key].code;
	case BY_SOURCE:
		return key < ru->sources.n ? ru->sources.v[key] : N_("(none)");
	default:
		return "";
	}
}

/* Add one to a counter of every cut the row falls in; the agent and source may be absent. */
typedef void (*count_fn)(struct tally *, const void *);

static void
count(struct report *r, time_t t, int agent, int source, count_fn fn, const void *arg)
{
	day_t day = clock_day(t);

	fn(report_tally(r, day, BY_DAY, 0), arg);
	fn(report_tally(r, day, BY_SLOT, slot_of(r->desk, t)), arg);
	if (agent >= 0 && r->nkeys[BY_AGENT] > 0)
		fn(report_tally(r, day, BY_AGENT, agent), arg);
	if (source >= 0 && r->nkeys[BY_SOURCE] > 0)
		fn(report_tally(r, day, BY_SOURCE, source), arg);
}

static int
agent_of(const struct report *r, const char *code)
{
	const struct agent *a = roster_code(&r->desk->roster, code);

	return a != NULL ? a - r->desk->roster.a : -1;
}

/* The row happened on a day reported, and was in the book by now (FRONTDESK_NOW replays). */
static int
in_days(const struct report *r, const struct jrow *row)
{
	return clock_day(row->time) >= r->first && clock_day(row->time) <= r->last &&
	    row->recorded <= r->desk->now;
}

/*
 * SPEC 5.4: a back-dated row counts as usual and is listed, on the same day as on
 * earlier ones; the rows come in book order, so an import's are one line.
 */
static void
note_late(struct report *r, const char *file, const struct jrow *row, const char *what,
    const char *agent, const char *phone, const char *by)
{
	struct backdate b = { .file = file, .lo = row->seq, .time = row->time,
		.recorded = row->recorded, .by = (char *)by };

	if (!row->dated)
		return;
	if (strcmp(file, "attendance.csv") == 0)
		b.day = att_event(what) >= EV_OFF;	/* a rest day, a leave */
	snprintf(b.what, sizeof(b.what), "%s", what);
	snprintf(b.agent, sizeof(b.agent), "%s", agent);
	snprintf(b.phone, sizeof(b.phone), "%s", phone);
	backdates_add(&r->bd, &r->desk->rules, &b);
}

static void
visit_fn(struct tally *t, const void *arg)
{
	const char *status = ((const char *const *)arg)[0];
	const char *phone = ((const char *const *)arg)[1];
	int fresh = strcmp(status, "new") == 0 || strcmp(status, "expired") == 0;

	t->registered++;
	t->contacts += *phone != '\0';			/* 留有客户资料数 */
	t->fresh += fresh || strcmp(status, "unregistered") == 0;
	t->returning += !fresh && strcmp(status, "unregistered") != 0;
	t->registrations += fresh;
}

static void
call_fn(struct tally *t, const void *arg)
{
	(void)arg;
	t->calls++;
}

static void
follow_fn(struct tally *t, const void *arg)
{
	(void)arg;
	t->follows++;
}

static int
visit_row(const struct jrow *row, void *arg)
{
	struct report *r = ((struct scan *)arg)->r;
	const char **f = row->f;
	const char *v[2] = { f[VI_STATUS], f[VI_PHONE] };
	int agent = agent_of(r, f[VI_AGENT]);
	int source = strlist_find(&r->desk->rules.sources, f[VI_SOURCE]);

	if (!in_days(r, row))
		return 0;
	if (strcmp(f[VI_KIND], "visit") == 0)
		count(r, row->time, agent, source, visit_fn, v);
	else if (strcmp(f[VI_KIND], "call") == 0)
		count(r, row->time, agent, source, call_fn, NULL);
	else if (strcmp(f[VI_KIND], "follow") == 0)
		count(r, row->time, agent, -1, follow_fn, NULL);
	else
		return 0;
	note_late(r, "visits.csv", row, f[VI_KIND], f[VI_AGENT], f[VI_PHONE], f[VI_BY]);
	return 0;
}

/* A book the report does not count: its rows back-dated into the days, listed. */
struct listed {
	struct report		*r;
	const struct jdef	*def;
};

/* SPEC 5.4: a sign-in typed at 10:02 for 08:29 is in the nightly report's list too. */
static int
listed_row(const struct jrow *row, void *arg)
{
	const struct listed *l = arg;
	const struct jdef *def = l->def;

	if (in_days(l->r, row))
		note_late(l->r, def->file, row, row->f[def->kind], row->f[def->agent], "",
		    row->f[def->ncols - 2]);
	return 0;
}

/* The back-dated rows of j: only its dated rows are split (a back-dated row is one). */
static int
list_backdated(struct report *r, struct journal *j, time_t since)
{
	struct listed l = { r, j->def };

	return journal_scan(j, &(struct jscan){ .since = since, .dated = since },
	    listed_row, &l);
}

/* SPEC 3: a batch (批) received on the floor is a visit, counted as a turn or not. */
static void
recv_fn(struct tally *t, const void *arg)
{
	t->receptions++;
	t->visits++;
	t->counted += *(const int *)arg;
}

/* --not-customer: no visit, and no turn (a reception of the agent all the same). */
static void
uncount_fn(struct tally *t, const void *arg)
{
	t->visits--;
	t->counted -= *(const int *)arg;
}

static int
recv_cmp(const void *a, const void *b)
{
	long long x = ((const struct recv *)a)->seq, y = ((const struct recv *)b)->seq;

	return (x > y) - (x < y);
}

/*
 * A done ends the reception its ref names; --not-customer takes back its visit and its
 * turn.  Nothing else can, so an ended reception is forgotten: the window's open
 * receptions are kept, not all of its receptions (they are in seq order: bsearch).
 */
static void
reception_done(struct report *r, const char **f)
{
	struct recv key = { .seq = atoll(f[FL_REF]) }, *v;

	v = r->nrecv > 0 ? bsearch(&key, r->recv, r->nrecv, sizeof(*r->recv), recv_cmp) : NULL;
	if (v == NULL || !v->open)
		return;
	if (strncmp(f[FL_REASON], "not-customer", 12) == 0)
		count(r, v->time, v->agent, -1, uncount_fn, &v->counted);
	v->open = 0;
}

/* Keep a reception; the ended ones go when the array is full. */
static void
reception_keep(struct report *r, const struct recv *v)
{
	size_t k = 0;

	if (r->nrecv == r->caprecv) {
		for (size_t i = 0; i < r->nrecv; i++)
			if (r->recv[i].open)
				r->recv[k++] = r->recv[i];
		r->nrecv = k;
		if (2 * k >= r->caprecv) {
			r->caprecv = r->caprecv ? 2 * r->caprecv : 64;
			r->recv = xreallocarray(r->recv, r->caprecv, sizeof(*r->recv));
		}
	}
	r->recv[r->nrecv++] = *v;
}

static int
floor_row(const struct jrow *row, void *arg)
{
	struct report *r = ((struct scan *)arg)->r;
	const char **f = row->f;
	int agent = agent_of(r, f[FL_AGENT]), counted = strcmp(f[FL_COUNTED], "1") == 0;

	if (strcmp(f[FL_EVENT], "done") == 0)
		reception_done(r, f);
	if (!in_days(r, row) || strcmp(f[FL_EVENT], "receive") != 0)
		return 0;
	count(r, row->time, agent, -1, recv_fn, &counted);
	reception_keep(r, &(struct recv){ row->seq, row->time, agent, counted, 1 });
	note_late(r, "floor.csv", row, "receive", f[FL_AGENT], f[FL_CUSTOMER], f[FL_BY]);
	return 0;
}

static void
deposit_fn(struct tally *t, const void *arg)
{
	(void)arg;
	t->deposits++;
}

static void
deal_fn(struct tally *t, const void *arg)
{
	t->sales++;
	if (money_add(t->amount, *(const money_t *)arg, &t->amount) == -1) {
		t->amount = MONEY_MAX;
		t->saturated = 1;
	}
}

static int count_channels(struct scan *);

static int
deal_row(const struct jrow *row, void *arg)
{
	struct scan *s = arg;
	struct report *r = s->r;
	const char **f = row->f;
	struct aside a = { .time = row->time, .agent = agent_of(r, f[DE_AGENT]),
		.deposit = strcmp(f[DE_KIND], "deposit") == 0 };

	if (!in_days(r, row))
		return 0;
	if (money_parse(f[DE_AMOUNT], &a.amount) == -1) {
		warnx("deals.csv:%ld: amount '%s' is not yuan", row->line, f[DE_AMOUNT]);
		return -1;
	}
	note_late(r, "deals.csv", row, f[DE_KIND], f[DE_AGENT], f[DE_PHONE], f[DE_BY]);
	if (s->books->by != BY_SOURCE) {
		count(r, a.time, a.agent, -1, a.deposit ? deposit_fn : deal_fn, &a.amount);
		return 0;
	}
	if (s->ndeals == s->cap)
		s->deals = xreallocarray(s->deals, s->cap = s->cap ? 2 * s->cap : 64,
		    sizeof(*s->deals));
	snprintf(a.phone, sizeof(a.phone), "%s", f[DE_PHONE]);
	s->deals[s->ndeals++] = a;
	return s->ndeals == ASIDE_MAX ? count_channels(s) : 0;
}

/*
 * The deals kept aside, counted under the channel that brought each customer: their
 * registration's source (媒介效果), all looked up in one read of the register.  Then
 * none is aside.
 */
static int
count_channels(struct scan *s)
{
	struct reg_chan *ask = xcalloc(s->ndeals, sizeof(*ask));
	const struct aside *a;
	int rv;

	for (size_t i = 0; i < s->ndeals; i++)
		ask[i].phone = s->deals[i].phone, ask[i].at = s->deals[i].time;
	rv = register_channels(s->r->desk, s->books->visits, ask, s->ndeals);
	for (size_t i = 0; rv == 0 && i < s->ndeals; i++) {
		a = &s->deals[i];
		count(s->r, a->time, a->agent, ask[i].source,
		    a->deposit ? deposit_fn : deal_fn, &a->amount);
	}
	free(ask);
	s->ndeals = 0;
	return rv;
}

/*
 * Count the days first to last from the three books, each read from the first day on.
 * What was recorded after the last day counts only when back-dated into the days (SPEC
 * 5.4), or when it voids one of their rows; a done falls on its reception's day (the
 * queue is the day's).  Of the attendance and violations books only the rows
 * back-dated into the days are read, to be listed with the others (SPEC 5.4).
 */
int
report_run(struct report *r, const struct desk *d, const struct rep_books *b, day_t first,
    day_t last)
{
	struct scan s = { r, b, NULL, 0, 0 };
	const struct jscan w = { .since = clock_day_start(first),
		.dated = clock_day_start(last + 1) };
	int rv;

	memset(r, 0, sizeof(*r));
	r->desk = d, r->first = first, r->last = last;
	r->nkeys[BY_DAY] = 1;
	r->nkeys[BY_SLOT] = d->rules.nslots;
	r->nkeys[BY_AGENT] = b->by == BY_AGENT ? d->roster.n : 0;	/* the view's only */
	r->nkeys[BY_SOURCE] = b->by == BY_SOURCE ? d->rules.sources.n + 1 : 0;
	for (int i = 0; i < BY_COUNT; i++)
		r->perday += r->nkeys[i];
	r->t = xcalloc((last - first + 1) * r->perday, sizeof(*r->t));
	if ((rv = list_backdated(r, b->attendance, w.since)) == 0 &&
	    (rv = journal_scan(b->floor, &w, floor_row, &s)) == 0 &&
	    (rv = journal_scan(b->visits, &w, visit_row, &s)) == 0)
		rv = journal_scan(b->deals, &w, deal_row, &s);
	if (rv == 0 && b->by == BY_SOURCE)
		rv = count_channels(&s);
	if (rv == 0)
		rv = list_backdated(r, b->violations, w.since);
	free(s.deals);
	return rv;
}

static void
add_tally(struct tally *sum, const struct tally *t)
{
	sum->visits += t->visits, sum->registered += t->registered;
	sum->calls += t->calls, sum->contacts += t->contacts;
	sum->fresh += t->fresh, sum->returning += t->returning;
	sum->registrations += t->registrations, sum->follows += t->follows;
	sum->deposits += t->deposits, sum->sales += t->sales;
	sum->receptions += t->receptions, sum->counted += t->counted;
	if (t->saturated || money_add(sum->amount, t->amount, &sum->amount) == -1) {
		sum->amount = MONEY_MAX;
		sum->saturated = 1;
	}
}

/* The month's total of one key: the sum of its days. */
void
report_total(const struct report *r, enum rep_by by, size_t key, struct tally *sum)
{
	memset(sum, 0, sizeof(*sum));
	for (day_t day = r->first; day <= r->last; day++)
		add_tally(sum, report_tally(r, day, by, key));
}

void
report_free(struct report *r)
{
	free(r->t);
	free(r->recv);
	backdates_free(&r->bd);
	memset(r, 0, sizeof(*r));
}

/*
 * The page's chart, for a phone (SPEC 3 html): a bar across the page per slot of a day
 * or per day of a month, visits over calls, drawn in CSS pixels without a viewBox, so
 * that its text is 12 px at any width and the bars, in per cent of the width, never
 * make the page scroll sideways.
 */
#define CHART_LABEL	48		/* px: the slot or the day, left of the bars */
#define CHART_ROW	24		/* px: two bars of 10: their 12 px counts apart */
#define CHART_BAR	70		/* the longest bar, in per cent of the width */

/* The number of the chart's bars, and the largest count of them (at least 1). */
static size_t
chart_keys(const struct report *r, long *max)
{
	int month = r->first != r->last;
	size_t n = month ? (size_t)(r->last - r->first + 1) : r->nkeys[BY_SLOT];
	const struct tally *t;

	if (!month && report_tally(r, r->first, BY_SLOT, n - 1)->visits == 0 &&
	    report_tally(r, r->first, BY_SLOT, n - 1)->calls == 0)
		n--;				/* other times: a bar only when they count */
	*max = 1;
	for (size_t i = 0; i < n; i++) {
		t = month ? report_tally(r, r->first + i, BY_DAY, 0) :
		    report_tally(r, r->first, BY_SLOT, i);
		*max = t->visits > *max ? t->visits : *max;
		*max = t->calls > *max ? t->calls : *max;
	}
	return n;
}

/* One bar of count n at height y, its length a share of max, the count after it. */
static void
chart_bar(FILE *fp, const char *cls, const char *key, const char *what, long n, long max,
    size_t y)
{
	long tenths = CHART_BAR * 10 * n / max;

	fprintf(fp, "<rect class=\"%s\" x=\"0\" y=\"%zu\" width=\"%ld.%ld%%\" "
	    "height=\"10\"><title>%s: %ld %s</title></rect>\n", cls, y, tenths / 10,
	    tenths % 10, key, n, _(what));
	if (n > 0)
		fprintf(fp, "<text x=\"%ld.%ld%%\" dx=\"4\" y=\"%zu\">%ld</text>\n",
		    tenths / 10, tenths % 10, y + 10, n);
}

static void
chart(const struct report *r, FILE *fp)
{
	int month = r->first != r->last;
	long max;
	size_t n = chart_keys(r, &max), y;
	char key[32], label[32];

	fprintf(fp, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%%\" "
	    "height=\"%zu\" role=\"img\" aria-label=\"%s\">\n", CHART_ROW * n + 4,
	    _("visits and calls"));
	for (size_t i = 0; i < n; i++) {
		const struct tally *t = month ? report_tally(r, r->first + i, BY_DAY, 0) :
		    report_tally(r, r->first, BY_SLOT, i);

		y = CHART_ROW * i + 2;
		if (month)
			snprintf(key, sizeof(key), "%d", (int)i + 1);
		else if (i + 1 < r->desk->rules.nslots)
			snprintf(key, sizeof(key), "%.5s", report_key(r, BY_SLOT, i, label,
			    sizeof(label)));
		else
			snprintf(key, sizeof(key), "%s", _("other"));
		fprintf(fp, "<text x=\"0\" y=\"%zu\">%s</text>\n"
		    "<g transform=\"translate(%d 0)\">\n", y + 14, key, CHART_LABEL);
		chart_bar(fp, "v", key, N_("visits"), t->visits, max, y);
		chart_bar(fp, "c", key, N_("calls"), t->calls, max, y + 10);
		fputs("</g>\n", fp);
	}
	fprintf(fp, "</svg>\n<p class=\"key\"><span class=\"v\">■</span> %s "
	    "<span class=\"c\">■</span> %s</p>\n",
	    /* TRANSLATORS: the chart's key; the page is bilingual in English */
	    _("visits 来店批数"), _("calls 来电"));
}

/*
 * The page's style, for a phone (SPEC 3 html): at 400 px nothing scrolls sideways but a
 * table too wide, inside its own box (div.t), its first column kept in view; long words
 * wrap; a table of one row (the day's summary: the first row is also the next to last)
 * is turned on its side, a line for each column.
 */
#define ONE	"tr:first-child:nth-last-child(2)"
static const char page_style[] =
	"body{font-family:sans-serif;margin:1em auto;max-width:48em;padding:0 .5em;"
	"overflow-wrap:anywhere}\n"
	"h1{font-size:1.3em}svg{display:block;max-width:40em}svg text{font-size:12px}\n"
	"rect.v,span.v{fill:#3b6ea5;color:#3b6ea5}\n"
	"rect.c,span.c{fill:#e08a2c;color:#e08a2c}\n"
	"div.t{overflow-x:auto}table{border-collapse:collapse;font-size:.9em}\n"
	"th,td{border:1px solid #ccc;padding:.2em .4em;text-align:right;"
	"white-space:nowrap}\n"
	"th{background:#eee}td:first-child{background:#fff}\n"
	"td:first-child,th:first-child{position:sticky;left:0}\n"
	ONE "," ONE "+tr{float:left}\n"
	ONE ">*," ONE "+tr>*{display:block;position:static}\n"
	ONE ">*+*," ONE "+tr>*+*{margin-top:-1px}\n"
	ONE ">th{text-align:left}" ONE "+tr{margin-left:-1px}\n";
#undef ONE

/* A page that stands alone: inline style and chart, readable on a phone. */
void
report_page_head(const struct report *r, const char *title, FILE *fp)
{
	fprintf(fp, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
	    "<title>%s</title>\n<style>\n%s</style>\n</head>\n<body>\n<h1>%s</h1>\n", title,
	    page_style, title);	/* zh-CN: the page is Chinese, or bilingual under C */
	chart(r, fp);
	fputs("<div class=\"t\">\n", fp);
}

/* Text in a page: < > & escaped (who recorded a row is typed text). */
static void
html_text(const char *s, FILE *fp)
{
	for (; *s != '\0'; s++)
		if (*s == '<' || *s == '>' || *s == '&')
			fputs(*s == '<' ? "&lt;" : *s == '>' ? "&gt;" : "&amp;", fp);
		else
			putc(*s, fp);
}

/* The page's end: the back-dated rows, an import's as one line (SPEC 5.4). */
void
report_page_foot(const struct report *r, int full, FILE *fp)
{
	struct str s = { 0 };

	fputs("</div>\n", fp);
	if (r->bd.n > 0)
		fprintf(fp, "<h2>%s</h2>\n<ul>\n", _("back-dated rows 补登"));
	for (size_t i = 0; i < r->bd.n; i++) {
		s.len = 0;
		backdate_text(&r->bd.v[i], &r->desk->rules, full, &s);
		fputs("<li>", fp);
		html_text(s.s, fp);
		fputs("</li>\n", fp);
	}
	fprintf(fp, "%s</body>\n</html>\n", r->bd.n ? "</ul>\n" : "");
	free(s.s);
}
