/*
 * attendance-fine: the month's fines and deductions (考勤与违规处罚), item by item with
 * the rule each follows, or one line per agent; records an offence of the catalogue.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "csvout.h"
#include "desk.h"
#include "fines.h"
#include "journal.h"
#include "manager.h"
#include "util.h"
#include "void.h"

enum { M_LIST, M_RECORD, M_VOID, NMODES };
static const struct cli_mode modes[NMODES] = {
	/* TRANSLATORS: how refusals name attendance-fine without a mode. */
	[M_LIST] = { .out = 1, .words = N_("the listing") },
	[M_RECORD] = { "record", .arg = 1, .operands = 1 },
	[M_VOID] = { "void", .arg = 1, .seq = 1 },
};

enum { O_MONTH, O_SUMMARY, O_FINE, O_NOTE, O_AT, NOPTS };
static const struct cli_opt opts[NOPTS] = {
	[O_MONTH] = { "month", 1, CLI_BIT(M_LIST) },
	[O_SUMMARY] = { "summary", 0, CLI_BIT(M_LIST) },
	[O_FINE] = { "fine", 1, CLI_BIT(M_RECORD) },
	[O_NOTE] = { "note", 1, CLI_BIT(M_RECORD) | CLI_BIT(M_VOID),
	    .need_in = CLI_BIT(M_VOID), .text = 1 },
	[O_AT] = { "at", 1, CLI_BIT(M_RECORD) },
};

static struct cli cli = { .modes = modes, .nmodes = NMODES, .opts = opts, .nopts = NOPTS,
	/* TRANSLATORS: "name one %s"; the word before a comma or a bracket is said alone. */
	.operand = N_("agent, by code or by name"),
	/* TRANSLATORS: the SYNOPSIS after "usage: "; keep the command, the options and
	 * gbk, translate the placeholders (dir, yyyy-mm, code, yuan, text, time, agent ...). */
	.usage = N_("attendance-fine [-d dir] [--month yyyy-mm] [--summary] [--table]\n"
	"               [--excel] [--encoding gbk]\n"
	"       attendance-fine [-d dir] --record code [--fine yuan] [--note text]\n"
	"               [--at time] agent\n"
	"       attendance-fine [-d dir] --void seq --note why\n"
	"       attendance-fine -h | -V\n") };

static int
item_row(struct csvout *out, const struct desk *d, const struct fine *f)
{
	const struct agent *a = &d->roster.a[f->agent];
	char ymd[11], n[16], amount[MONEY_LEN], *item;
	int rv;

	clock_ymd(clock_day(f->time), ymd);
	snprintf(n, sizeof(n), "%d", f->n);
	money_format(f->amount, amount);
	item = fines_item(f, out);	/* SPEC 7: late, 迟到 in a view for people */
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
	const int count[4] = { s->late, s->early, s->absent, s->desert };
	const money_t money[3] = { s->fines, s->deductions, s->total };
	char n[4][16], leave[16], m[3][MONEY_LEN];
	struct str flags = { 0 };
	int rv;

	for (size_t i = 0; i < 4; i++)
		snprintf(n[i], sizeof(n[i]), "%d", count[i]);
	snprintf(leave, sizeof(leave), "%d%s", s->leave_halves / 2,
	    s->leave_halves % 2 ? ".5" : "");
	for (size_t i = 0; i < 3; i++)
		money_format(money[i], m[i]);
	fines_flags(f, agent, out, &flags);
	rv = csvout_row(out, (const char *[]){ a->code, a->name, n[0], n[1], n[2], n[3],
	    leave, m[0], m[1], m[2], flags.s ? flags.s : "" });
	free(flags.s);
	return rv;
}

static int
print(struct csvout *out, const struct fines *f, int summary)
{
	/* TRANSLATORS: the --table headings of the items (the CSV header stays). */
	static const char *const items[] = { N_("agent"), N_("name"), N_("date"),
		N_("item"), N_("occurrence"), N_("amount"), N_("rule") };
	/* TRANSLATORS: the --table headings of --summary (the CSV header stays). */
	static const char *const sums[] = { N_("agent"), N_("name"), N_("late"),
		N_("early"), N_("absent_days"), N_("desert"), N_("leave_days"), N_("fines"),
		N_("deductions"), N_("total"), N_("flags") };
	int rv = summary ? csvout_begin(out, sums, 11) : csvout_begin(out, items, 7);

	for (size_t i = 0; !summary && i < f->n && rv == 0; i++)
		rv = item_row(out, f->desk, &f->v[i]);
	for (size_t a = 0; summary && a < f->desk->roster.n && rv == 0; a++)
		if (f->sum[a].listed)
			rv = summary_row(out, f, a);
	return rv;
}

/* The month asked for (default this one), counted up to today. */
static int
month_asked(const struct desk *d, const char *arg, day_t *first, day_t *last)
{
	day_t today = clock_day(d->now);

	*first = clock_month_start(today);
	*last = today;
	if (arg != NULL && cli_month("--month", arg, first, last) != 0)
		return EX_DATAERR;
	if (*last > today)
		*last = today;
	return 0;
}

/* What the listing reads: the catalogue, the two books, and the month replayed. */
struct month {
	struct offences	 cat;
	struct journal	 at, vj;
	struct vlog	 vl;
	struct fines	 f;
};

/*
 * The rule texts in the reader's language for people (said), else as a CSV value.  SPEC
 * 1: no fine is summed from a broken chain: the violations book is checked whole, the
 * attendance rows as they are read.
 */
static int
month_load(struct month *m, const struct desk *d, day_t first, day_t last, int said)
{
	int rv;

	if ((rv = offences_load(&m->cat, d->dir)) != 0)
		return rv;
	if ((rv = journal_open(&m->at, d->dir, J_ATTENDANCE, JOURNAL_CHECKED)) != 0)
		return rv;
	if ((rv = journal_open(&m->vj, d->dir, J_VIOLATIONS, JOURNAL_READ)) != 0 ||
	    (rv = journal_chained(&m->vj)) != 0)
		return rv;
	if ((rv = vlog_read(&m->vl, &m->vj, d, first, last)) != 0)
		return rv;
	return fines_month(&m->f, d, &m->cat, &m->at, &m->vl, first, last, said);
}

static void
month_free(struct month *m)
{
	fines_free(&m->f);
	vlog_free(&m->vl);
	journal_close(&m->vj);
	journal_close(&m->at);
	offences_free(&m->cat);
}

static int
list(struct desk *d, struct cli *c)
{
	struct month m = { .at = { .fd = -1 }, .vj = { .fd = -1 } };
	day_t first, last;
	int rv;

	if ((rv = month_asked(d, c->val[O_MONTH], &first, &last)) != 0)
		return rv;
	if ((rv = month_load(&m, d, first, last, (c->out.flags & OUT_HUMAN) != 0)) == 0 &&
	    (rv = print(&c->out, &m.f, c->val[O_SUMMARY] != NULL)) == 0)
		backdates_print(&m.f.bd, &d->rules, 1, &c->out);	/* SPEC 5.4 */
	rv = csvout_finish(&c->out, rv);
	month_free(&m);
	return rv;
}

/* When the offence happened: --at, or now; never ahead of now. */
static int
when(const struct desk *d, const char *at, time_t *t)
{
	*t = d->now;
	if (at != NULL && cli_at(at, d->now, t) != 0)
		return EX_DATAERR;
	if (*t > d->now) {
		/* TRANSLATORS: %s the --at as typed (18:30). */
		warnx(_("%s is in the future: an offence is recorded after it happened"), at);
		return EX_DATAERR;
	}
	return 0;
}

/* The offence the command line gives, checked: its code, the agent, the fine, the time. */
static int
offence_of(const struct desk *d, const struct cli *c, const struct offences *cat,
    const struct offence **of, struct vrow *v)
{
	const struct agent *a;
	int rv = 0;

	if ((*of = offence_match(cat, c->arg, &rv)) == NULL)	/* a code, or its words */
		return rv;
	if ((a = roster_find(&d->roster, c->argv[0], &rv)) == NULL)
		return rv;
	v->agent = a - d->roster.a;
	v->code = (*of)->code;
	if ((rv = offence_fine(*of, c->val[O_FINE], &v->fine)) != 0)
		return rv;
	if (c->val[O_NOTE] != NULL && (rv = journal_check_field("--note", c->val[O_NOTE])))
		return rv;
	return when(d, c->val[O_AT], &v->time);
}

static void
say(const struct desk *d, const struct offence *of, const struct vrow *v, int n,
    const char *note)
{
	const struct agent *a = &d->roster.a[v->agent];
	day_t day = clock_day(v->time), today = clock_day(d->now);
	char amount[MONEY_LEN], hhmm[6], ymd[11], month[8];

	money_format(v->fine, amount);
	clock_hhmm(v->time, hhmm);
	clock_ymd(day, ymd);
	snprintf(month, sizeof(month), "%.7s", ymd);
	if (day == today)
		/* TRANSLATORS: %1$s %2$s the agent's code and name (A06 杨帆), %3$s the
		 * fine in yuan (50.00), %4$s the offence's code (argue), %5$s the time
		 * (11:20), %6$s the ordinal of the agent's offences of that code this month
		 * ("2nd"). */
		printf(_("%s %s fined %s yuan for %s at %s, the %s time this month"), a->code,
		    a->name, amount, of->code, hhmm, ordinal(n));
	else if (clock_month_start(day) == clock_month_start(today))
		/* TRANSLATORS: as above, on another day: code, name, yuan, offence, time,
		 * %6$s the day (2026-11-14), %7$s the ordinal. */
		printf(_("%s %s fined %s yuan for %s at %s on %s, the %s time this month"),
		    a->code, a->name, amount, of->code, hhmm, ymd, ordinal(n));
	else
		/* TRANSLATORS: as above, in an earlier month: code, name, yuan, offence,
		 * time, day, ordinal, %8$s the month (2026-10). */
		printf(_("%s %s fined %s yuan for %s at %s on %s, the %s time in %s"), a->code,
		    a->name, amount, of->code, hhmm, ymd, ordinal(n), month);
	if (of->dismiss_after && n >= of->dismiss_after)
		/* TRANSLATORS: offence:%1$s is a flag of the summary, as it is (offence:
		 * argue); %2$s the ordinal from which the catalogue dismisses ("3rd"). */
		printf(_("; dismissal threshold reached (offence:%s, from the %s)"), of->code,
		    ordinal(of->dismiss_after));
	printf("%s", backdate_clause(&d->rules, v->time, d->now, 0));	/* SPEC 2 */
	if (note != NULL)
		/* TRANSLATORS: the --note typed, at the end of a desk's sentence. */
		printf(_(" (%s)"), note);
	journal_say_row(v->seq);
}

static int
append(struct journal *j, const struct desk *d, const struct vrow *v, const char *note)
{
	const char *f[VL_NCOLS] = { 0 };
	char time[CLOCK_LEN], amount[MONEY_LEN];

	clock_rfc3339(v->time, time);
	money_format(v->fine, amount);
	f[J_TIME] = time;
	f[VL_AGENT] = d->roster.a[v->agent].code;
	f[VL_CODE] = v->code;
	f[VL_FINE] = amount;
	f[VL_NOTE] = note;
	return journal_append(j, f);
}

/* The row under the lock: appended, and said with its occurrence in its month. */
static int
record_locked(const struct desk *d, const struct offence *of, struct vrow *v,
    const char *note)
{
	day_t first = clock_month_start(clock_day(v->time));
	struct vlog vl = { 0 };
	struct journal j;
	int rv;

	if ((rv = journal_open(&j, d->dir, J_VIOLATIONS, 1)) != 0)
		goto out;
	/* the whole month of the offence: up to the day before the next month's first */
	if ((rv = vlog_read(&vl, &j, d, first, clock_month_start(first + 31) - 1)) != 0)
		goto out;
	v->seq = j.seq + 1;		/* 第一部分 四: its nth, as the listing counts it */
	if ((rv = append(&j, d, v, note)) == 0)
		say(d, of, v, vlog_nth(&vl, v), note);
out:
	vlog_free(&vl);
	journal_close(&j);
	return rv;
}

/* --record: one offence of the catalogue (第一部分 四), at its fine. */
static int
record(struct desk *d, const struct cli *c)
{
	struct offences cat;
	const struct offence *of;
	struct vrow v = { 0 };
	int rv;

	if ((rv = manager_check(d, "--record")) != 0)	/* SPEC 2: a manager's action */
		return rv;
	if ((rv = offences_load(&cat, d->dir)) != 0)
		return rv;
	if ((rv = offence_of(d, c, &cat, &of, &v)) == 0)
		rv = record_locked(d, of, &v, c->val[O_NOTE]);
	offences_free(&cat);
	return rv;
}

int
main(int argc, char *argv[])
{
	struct desk d;
	int rv;

	cli_parse(&cli, argc, argv);
	if ((rv = desk_open(&d, cli.data)) != 0)
		return rv;
	if (cli.mode == M_RECORD)
		rv = record(&d, &cli);
	else if (cli.mode == M_VOID)	/* a violation recorded in error: a new row */
		rv = void_row(&d, &(struct void_ask){ J_VIOLATIONS, cli.seq,
		    cli.val[O_NOTE], NULL, NULL, NULL });
	else
		rv = list(&d, &cli);
	desk_close(&d);
	return finish(rv);
}
