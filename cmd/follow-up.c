/*
 * follow-up: the follow-up card and the lost customers (意向客户跟踪卡, 意向客户流失分析表;
 * seed 001 三表一卡).  The morning's due list, a planned contact, a customer lost (战败),
 * yesterday's callers handed out (次日分派), and a void; the rules are lib/followup.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csvout.h"
#include "desk.h"
#include "followup.h"
#include "journal.h"
#include "manager.h"
#include "phone.h"
#include "util.h"
#include "void.h"

enum { M_DUE, M_PLAN, M_LOST, M_VOID, M_ASSIGN, M_CARD, M_SUMMARY, M_ANALYSIS, NMODES };
static const struct cli_mode modes[NMODES] = {
	/* TRANSLATORS: how refusals name follow-up without a mode (跟进提醒). */
	[M_DUE] = { .out = 1, .words = N_("the due list") },
	[M_PLAN] = { "plan", .arg = 1 },
	[M_LOST] = { "lost", .arg = 1 },
	[M_VOID] = { "void", .arg = 1, .seq = 1 },
	[M_ASSIGN] = { "assign", .out = 1 },
	[M_CARD] = { "card", .arg = 1, .out = 1 },
	[M_SUMMARY] = { "summary", .out = 1 },
	[M_ANALYSIS] = { "analysis", .out = 1 },
};

enum { O_AGENT, O_BY, O_COMPETITOR, O_DATE, O_FULL, O_MONTH, O_NEXT, O_NOTE, O_REASON,
	O_WITHIN, NOPTS };
static const struct cli_opt opts[NOPTS] = {
	[O_AGENT] = { "agent", 1, CLI_BIT(M_DUE) | CLI_BIT(M_PLAN) | CLI_BIT(M_LOST),
	    .need_in = CLI_BIT(M_PLAN) | CLI_BIT(M_LOST) },
	[O_BY] = { "by", 1, CLI_BIT(M_ANALYSIS) },
	[O_COMPETITOR] = { "competitor", 1, CLI_BIT(M_LOST), .text = 1 },
	[O_DATE] = { "date", 1, CLI_BIT(M_DUE) | CLI_BIT(M_ASSIGN) },
	[O_FULL] = { "full", 0, CLI_BIT(M_DUE) | CLI_BIT(M_ASSIGN) | CLI_BIT(M_CARD) },
	[O_MONTH] = { "month", 1, CLI_BIT(M_SUMMARY) | CLI_BIT(M_ANALYSIS) },
	[O_NEXT] = { "next", 1, CLI_BIT(M_PLAN), .need_in = CLI_BIT(M_PLAN) },
	[O_NOTE] = { "note", 1, CLI_BIT(M_PLAN) | CLI_BIT(M_LOST) | CLI_BIT(M_VOID),
	    .need_in = CLI_BIT(M_VOID), .text = 1 },
	[O_REASON] = { "reason", 1, CLI_BIT(M_LOST), .need_in = CLI_BIT(M_LOST) },
	[O_WITHIN] = { "within", 1, CLI_BIT(M_DUE) },
};

static struct cli cli = { .modes = modes, .nmodes = NMODES, .opts = opts, .nopts = NOPTS,
	/* TRANSLATORS: the SYNOPSIS after "usage: "; keep the command, the options and
	   gbk, translate the placeholders (dir, agent, day, n, phone, text, reason, seq,
	   why) and keep the lines aligned under the first command. */
	.usage = N_("follow-up [-d dir] [--agent agent] [--date day] [--within n] [--full]\n"
	"          [--table | --excel] [--encoding gbk]\n"
	"       follow-up [-d dir] --plan phone --agent agent --next day [--note text]\n"
	"       follow-up [-d dir] --lost phone --agent agent --reason reason\n"
	"          [--competitor text] [--note text]\n"
	"       follow-up [-d dir] --void seq --note why\n"
	"       follow-up [-d dir] --assign [--date day] [--full] [--table | --excel]\n"
	"          [--encoding gbk]\n"
	"       follow-up [-d dir] --card phone [--full] [--table | --excel]\n"
	"          [--encoding gbk]\n"
	"       follow-up [-d dir] --summary [--month yyyy-mm] [--table | --excel]\n"
	"          [--encoding gbk]\n"
	"       follow-up [-d dir] --analysis [--month yyyy-mm]\n"
	"          [--by reason | agent | source | level] [--table | --excel]\n"
	"          [--encoding gbk]\n"
	"       follow-up -h | -V\n") };

/* A phone for a listing: masked unless --full (SPEC 3 follow-up). */
static const char *
shown_phone(const struct cli *c, const char *phone, char *buf)
{
	if (c->val[O_FULL] != NULL)
		return phone;
	phone_mask(phone, buf);
	return buf;
}

/* An agent by code or name; inactive ones too for the due list (their customers). */
static int
agent_of(const struct desk *d, const char *who, int any, const char **code)
{
	const struct agent *a = any ? roster_match(&d->roster, who) : NULL;
	int rv = 0;

	if (a == NULL && (a = roster_find(&d->roster, who, &rv)) == NULL)
		return rv;
	*code = a->code;
	return 0;
}

static int
due_row(const struct desk *d, struct cli *c, const struct fu_due *u)
{
	const struct agent *a = roster_code(&d->roster, u->agent);
	char masked[PHONE_LEN], last[11], due[11], expires[11];

	clock_ymd_or_empty(u->last, last);
	clock_ymd_or_empty(u->due, due);
	clock_ymd_or_empty(u->expires, expires);
	return csvout_row(&c->out, (const char *[]){ u->agent, a != NULL ? a->name : "",
	    shown_phone(c, u->phone, masked), u->customer, u->level, last, due, expires,
	    csvout_word(&c->out, fu_why_words[u->why]) });
}

/* --within N: days after the day, from 0. */
static int
within(const struct cli *c)
{
	const char *w = c->val[O_WITHIN];

	long long n;

	if (w == NULL || strcmp(w, "0") == 0)
		return 0;
	if ((n = number_arg("--within", N_("a number of days from 0 to 366"), w)) > 366)
		usage_error(_("%s takes %s, not '%s'"), "--within",
		    _("a number of days from 0 to 366"), w);
	return (int)n;
}

/* The due list (跟进提醒): due on the day or before, or within --within days after. */
static int
due_list(struct desk *d, struct cli *c)
{
	static const char *const hdr[] = {
		/* TRANSLATORS: the due list's --table headings: the agent's code and name,
		   the customer's phone and name, level (意向级别), last contact, the day
		   due, the registration's last valid day, why due. */
		N_("agent"), N_("name"), N_("phone"), N_("customer"), N_("level"),
		N_("last_contact"), N_("due"), N_("expires"), N_("why") };
	struct fu_ask a = { clock_day(d->now), within(c), NULL };
	struct fu_books b;
	struct fu_list l = { 0 };
	int rv = 0;

	if ((c->val[O_DATE] != NULL && (rv = cli_date("--date", c->val[O_DATE], &a.day)) != 0) ||
	    (c->val[O_AGENT] != NULL && (rv = agent_of(d, c->val[O_AGENT], 1, &a.agent)) != 0))
		return rv;
	if ((rv = followup_open(&b, d, 0)) == 0 &&
	    (rv = followup_due(d, &b, &a, &l)) == 0 &&
	    (rv = csvout_begin(&c->out, hdr, 9)) == 0)
		for (size_t i = 0; i < l.n && rv == 0; i++)
			rv = due_row(d, c, &l.v[i]);
	rv = csvout_finish(&c->out, rv);
	fu_list_free(&l);
	followup_close(&b);
	return rv;
}

/* --plan and --lost: a desk action, said in one sentence with its row (SPEC 2). */
static int
record(struct desk *d, struct cli *c)
{
	const char *agent = NULL;
	char phone[PHONE_LEN];
	struct str say = { 0 };
	struct fu_books b;
	day_t next = 0;
	int rv;

	if (phone_arg("", c->arg, phone) != 0)
		return EX_DATAERR;
	if ((rv = agent_of(d, c->val[O_AGENT], 0, &agent)) != 0 ||
	    (c->mode == M_PLAN && (rv = cli_date("--next", c->val[O_NEXT], &next)) != 0))
		return rv;
	if ((c->val[O_NOTE] && (rv = journal_check_field("--note", c->val[O_NOTE]))) ||
	    (c->val[O_COMPETITOR] &&
	    (rv = journal_check_field("--competitor", c->val[O_COMPETITOR]))))
		return rv;
	if ((rv = followup_open(&b, d, FU_WRITE)) == 0) {
		rv = c->mode == M_PLAN ?
		    followup_plan(d, &b, phone, agent, next, c->val[O_NOTE], &say) :
		    followup_lost(d, &b, phone, agent, c->val[O_REASON],
		    c->val[O_COMPETITOR], c->val[O_NOTE], &say);
		if (rv == 0) {
			printf("%s", say.s);
			journal_say_row(b.fu.seq);
		}
	}
	free(say.s);
	followup_close(&b);
	return rv;
}

/* --assign (次日分派): the callers of the day, by default the previous open day. */
static int
assign(struct desk *d, struct cli *c)
{
	static const char *const hdr[] = {
		/* TRANSLATORS: --assign's --table headings: the caller's phone and name,
		   the agent they were handed to, the day the call back is due. */
		N_("phone"), N_("customer"), N_("agent"), N_("due") };
	day_t day = clock_day(d->now) - 1;
	struct fu_assigned *v = NULL;
	char masked[PHONE_LEN], due[11];
	struct fu_books b;
	size_t n = 0;
	int rv = 0;

	if ((rv = manager_check(d, "--assign")) != 0)	/* SPEC 2: a manager's action */
		return rv;
	while (desk_closed(d, day) && day > clock_day(d->now) - 366)
		day--;
	if (c->val[O_DATE] != NULL && (rv = cli_date("--date", c->val[O_DATE], &day)) != 0)
		return rv;
	if ((rv = followup_open(&b, d, FU_ATT | FU_WRITE)) == 0 &&
	    (rv = followup_assign(d, &b, day, &v, &n)) == 0 &&
	    (rv = csvout_begin(&c->out, hdr, 4)) == 0)
		for (size_t i = 0; i < n && rv == 0; i++) {
			clock_ymd(v[i].due, due);
			rv = csvout_row(&c->out, (const char *[]){
			    shown_phone(c, v[i].phone, masked), v[i].customer, v[i].agent,
			    due });
		}
	rv = csvout_finish(&c->out, rv);
	free(v);
	followup_close(&b);
	return rv;
}

/* A card row's event for people: the book's word (SPEC 7: receive is 接待). */
static const char *
card_event(const struct csvout *out, const struct fu_card_row *r)
{
	if (!(out->flags & OUT_HUMAN))
		return r->event;
	if (r->id == J_AGREEMENTS)
		return csvout_word(out, r->event);
	return journal_word(&jdefs[r->id], r->event);
}

/* --card (意向客户跟踪卡): every row about the customer, then where they stand. */
static int
card(struct desk *d, struct cli *c)
{
	static const char *const hdr[] = {
		/* TRANSLATORS: --card's --table headings: when, the book, its row, the
		   row's event, its agent, the rest of the row. */
		N_("time"), N_("book"), N_("seq"), N_("event"), N_("agent"), N_("detail") };
	char phone[PHONE_LEN], t[CLOCK_LEN], seq[24];
	struct str foot = { 0 };
	struct fu_books b;
	struct fu_card fc = { 0 };
	int rv;

	if (phone_arg("", c->arg, phone) != 0)
		return EX_DATAERR;
	if ((rv = followup_open(&b, d, FU_CARD)) == 0 &&
	    (rv = followup_card(d, &b, phone, (c->val[O_FULL] != NULL ? CARD_FULL : 0) |
	    (c->out.flags & OUT_HUMAN ? CARD_HUMAN : 0), &fc)) == 0 &&
	    (rv = csvout_begin(&c->out, hdr, 6)) == 0) {
		for (size_t i = 0; i < fc.n && rv == 0; i++) {
			clock_rfc3339(fc.v[i].time, t);
			snprintf(seq, sizeof(seq), "%lld", fc.v[i].seq);
			rv = csvout_row(&c->out, (const char *[]){ t, fc.v[i].book, seq,
			    card_event(&c->out, &fc.v[i]), fc.v[i].agent, fc.v[i].detail });
		}
		followup_card_foot(d, &fc, &foot);
		if (c->out.flags & OUT_TABLE) {
			foot.s[--foot.len] = '\0';	/* csvout_text ends the line */
			csvout_text(&c->out, "");
			csvout_text(&c->out, foot.s);
		}
	}
	rv = csvout_finish(&c->out, rv);
	if (rv == 0 && !(c->out.flags & OUT_TABLE) && fflush(stdout) == 0)
		fputs(foot.s, stderr);		/* after the rows, on a terminal too */
	free(foot.s);
	fu_card_free(&fc);
	followup_close(&b);
	return rv;
}

/* --by: what the analysis counts by; reason when not given. */
static enum fu_by
by_of(const struct cli *c)
{
	const char *by = c->val[O_BY];

	for (int i = 0; by != NULL && i < FU_NBY; i++)
		if (strcmp(by, fu_by_words[i]) == 0)
			return i;
	if (by != NULL)
		usage_error(_("--by is reason, agent, source or level, not '%s'"), by);
	return FU_BY_REASON;
}

/* A key's share of the month's lost and lapsed, a percentage with one decimal, half up. */
static void
share(int n, int total, char *buf, size_t len)
{
	long tenths = total ? ((long)n * 2000 + total) / (2L * total) : 0;

	if (total == 0)
		*buf = '\0';
	else
		snprintf(buf, len, "%ld.%ld", tenths / 10, tenths % 10);
}

/* The month: --month, else this one. */
static int
month_of(const struct desk *d, const struct cli *c, day_t *first, day_t *last)
{
	*first = clock_month_start(clock_day(d->now));
	*last = clock_month_start(*first + 31) - 1;
	if (c->val[O_MONTH] != NULL)
		return cli_month("--month", c->val[O_MONTH], first, last);
	return 0;
}

/* --summary: the month per agent. */
static int
summary(struct desk *d, struct cli *c)
{
	static const char *const hdr[] = {
		/* TRANSLATORS: --summary's --table headings: the agent's code and name;
		   customers held at the month's end; contacts that fell due; met on time;
		   met late; registrations lapsed (流失); customers lost (战败); callers
		   handed out (次日分派); called back. */
		N_("agent"), N_("name"), N_("held"), NC_("count", "due"), N_("on_time"),
		NC_("count", "late"),
		N_("lapsed"), N_("lost"), N_("assigned"), N_("called_back") };
	struct fu_summary sum = { 0 };
	struct fu_books b;
	const struct agent *a;
	day_t first, last;
	char n[8][16];
	int rv;

	if ((rv = month_of(d, c, &first, &last)) != 0)
		return rv;
	if ((rv = followup_open(&b, d, 0)) == 0 &&
	    (rv = followup_summary(d, &b, first, last, &sum)) == 0 &&
	    (rv = csvout_begin(&c->out, hdr, 10)) == 0)
		for (size_t i = 0; i < sum.n && rv == 0; i++) {
			const struct fu_sum *x = &sum.v[i];
			const int v[8] = { x->held, x->due, x->on_time, x->late, x->lapsed,
				x->lost, x->assigned, x->called_back };

			for (size_t k = 0; k < 8; k++)
				snprintf(n[k], sizeof(n[k]), "%d", v[k]);
			a = roster_code(&d->roster, x->agent);
			rv = csvout_row(&c->out, (const char *[]){ x->agent, a ? a->name : "",
			    n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7] });
		}
	rv = csvout_finish(&c->out, rv);
	fu_summary_free(&sum);
	followup_close(&b);
	return rv;
}

/* --analysis (意向客户流失分析表): the month's customers lost and lapsed, by one key. */
static int
analysis(struct desk *d, struct cli *c)
{
	static const char *const hdr[] = {
		/* TRANSLATORS: --analysis's --table headings: the reason, agent, source or
		   level; the customers lost (战败) and lapsed (流失); their share, %. */
		N_("key"), N_("lost"), N_("lapsed"), NC_("count", "share") };
	enum fu_by by = by_of(c);
	struct fu_gones g = { 0 };
	struct fu_tallies t = { 0 };
	struct fu_books b;
	char lost[16], lapsed[16], pct[48];
	day_t first, last;
	int rv;

	if ((rv = month_of(d, c, &first, &last)) != 0)
		return rv;
	if ((rv = followup_open(&b, d, 0)) == 0 &&
	    (rv = followup_gone(d, &b, first, last, &g)) == 0 &&
	    (rv = csvout_begin(&c->out, hdr, 4)) == 0) {
		followup_analysis(d, &g, by, &t);
		for (size_t i = 0; i < t.n && rv == 0; i++) {
			snprintf(lost, sizeof(lost), "%d", t.v[i].lost);
			snprintf(lapsed, sizeof(lapsed), "%d", t.v[i].lapsed);
			share(t.v[i].lost + t.v[i].lapsed, t.lost + t.lapsed, pct, sizeof(pct));
			rv = csvout_row(&c->out, (const char *[]){ by == FU_BY_REASON ?
			    csvout_word(&c->out, t.v[i].key) : t.v[i].key, lost, lapsed, pct });
		}
	}
	rv = csvout_finish(&c->out, rv);
	fu_tallies_free(&t);
	fu_gones_free(&g);
	followup_close(&b);
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
	if (cli.mode == M_DUE)
		rv = due_list(&d, &cli);
	else if (cli.mode == M_VOID)	/* a plan, an assignment or a 战败 in error */
		rv = void_row(&d, &(struct void_ask){ J_FOLLOWUPS, cli.seq,
		    cli.val[O_NOTE], NULL, NULL, NULL });
	else if (cli.mode == M_ASSIGN)
		rv = assign(&d, &cli);
	else if (cli.mode == M_CARD)
		rv = card(&d, &cli);
	else if (cli.mode == M_SUMMARY)
		rv = summary(&d, &cli);
	else if (cli.mode == M_ANALYSIS)
		rv = analysis(&d, &cli);
	else
		rv = record(&d, &cli);
	desk_close(&d);
	return finish(rv);
}
