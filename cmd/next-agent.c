/*
 * next-agent: whose turn it is to receive the next customer, and why (接待顺序).  Asks
 * lib/queue, which replays the day's books; --claim records the reception under the locks
 * of every book the decision read, so two desks never give out the same agent.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csvout.h"
#include "desk.h"
#include "journal.h"
#include "manager.h"
#include "phone.h"
#include "queue.h"
#include "register.h"
#include "util.h"
#include "void.h"

enum { M_ASK, M_DONE, M_MOVE, M_VOID, M_QUEUE, NMODES };
#define ASK	CLI_BIT(M_ASK)

static const struct cli_mode modes[NMODES] = {
	/* TRANSLATORS: the default mode in usage errors: "--claim goes with asking whose
	   turn it is". */
	[M_ASK] = { .words = N_("asking whose turn it is") },
	[M_DONE] = { "done", .arg = 1 },
	[M_MOVE] = { "move", .arg = 1 },
	[M_VOID] = { "void", .arg = 1, .seq = 1 },
	[M_QUEUE] = { "queue", .out = 1 },
};

/* --customer, --named and --referred-by say who the customer is: one at a time. */
enum { O_CLAIM, O_AGENT, O_CUSTOMER, O_NAMED, O_REFERRED, O_NOTCUST, O_NOTE, O_TO, NOPTS };
static const struct cli_opt opts[NOPTS] = {
	[O_CLAIM] = { "claim", 0, ASK },
	[O_AGENT] = { "agent", 1, 0, CLI_BIT(O_CLAIM), .needs = CLI_BIT(O_NOTE) },
	[O_CUSTOMER] = { "customer", 1, ASK, .group = 1 },
	[O_NAMED] = { "named", 1, ASK, .group = 1 },
	[O_REFERRED] = { "referred-by", 1, ASK, .group = 1 },
	[O_NOTCUST] = { "not-customer", 0, CLI_BIT(M_DONE), .needs = CLI_BIT(O_NOTE) },
	[O_NOTE] = { "note", 1, CLI_BIT(M_MOVE) | CLI_BIT(M_VOID),
	    CLI_BIT(O_AGENT) | CLI_BIT(O_NOTCUST), .need_in = CLI_BIT(M_VOID),
	    .text = 1 },
	[O_TO] = { "to", 1, CLI_BIT(M_MOVE), .need_in = CLI_BIT(M_MOVE) },
};

static struct cli cli = { .modes = modes, .nmodes = NMODES, .opts = opts, .nopts = NOPTS,
	/* TRANSLATORS: printed after "usage: "; the lines after the first line up under
	   it.  Translate the placeholders (dir, phone, agent, why, n, seq), not the
	   command, the options or gbk. */
	.usage = N_("next-agent [-d dir] [--claim] [--customer phone | --named agent |\n"
	"                  --referred-by phone]\n"
	"       next-agent [-d dir] --claim --agent agent --note why [--customer phone]\n"
	"       next-agent [-d dir] --done agent [--not-customer --note why]\n"
	"       next-agent [-d dir] --move agent --to n [--note why]\n"
	"       next-agent [-d dir] --void seq --note why\n"
	"       next-agent [-d dir] --queue [--table | --excel] [--encoding gbk]\n"
	"       next-agent -h | -V\n") };

/* The books a decision reads, locked in the order of SPEC 1 for as long as it takes. */
struct books {
	struct journal	 att, floor, visits, deals;
	int		 nopen;
	struct queue	 q;		/* the day replayed from them */
};

static int
books_load(struct books *b, const struct desk *d, int write, int customers)
{
	struct journal *j[] = { &b->att, &b->floor, &b->visits, &b->deals };
	const enum jid id[] = { J_ATTENDANCE, J_FLOOR, J_VISITS, J_DEALS };
	int rv = 0;

	b->q = (struct queue){ 0 };
	for (b->nopen = 0; b->nopen < (customers ? 4 : 2) && rv == 0; b->nopen++)
		rv = journal_open(j[b->nopen], d->dir, id[b->nopen],
		    write && id[b->nopen] == J_FLOOR);
	if (rv != 0)
		return rv;	/* a book that failed to open is closed too */
	return queue_load(&b->q, d, &b->att, &b->floor);
}

static void
books_close(struct books *b)
{
	struct journal *j[] = { &b->att, &b->floor, &b->visits, &b->deals };

	queue_free(&b->q);
	while (b->nopen > 0)
		journal_close(j[--b->nopen]);
}

/* The floor row of e; its reason in words from queue_reason, with the note. */
static int
append_floor(struct journal *j, const struct desk *d, const struct q_ev *e,
    const char *note, const char *customer)
{
	const char *f[FL_NCOLS] = { 0 };
	char now[CLOCK_LEN], ref[24] = "", *reason = queue_reason(e, note);
	int rv;

	clock_rfc3339(e->time, now);
	if (e->ref)
		snprintf(ref, sizeof(ref), "%lld", e->ref);
	f[J_TIME] = now;
	f[FL_AGENT] = d->roster.a[e->agent].code;
	f[FL_EVENT] = q_fev_names[e->ev];
	f[FL_REASON] = reason;
	f[FL_CUSTOMER] = customer;
	f[FL_COUNTED] = e->ev == F_RECEIVE ? (e->counted ? "1" : "0") : "";
	f[FL_REF] = ref;
	rv = journal_append(j, f);
	free(reason);
	return rv;
}

/* The question as queue_decide takes it: the mode, the agent named, the note. */
static int
question(const struct desk *d, const struct cli *c, struct q_ask *qa)
{
	const char *name = c->val[O_AGENT] ? c->val[O_AGENT] : c->val[O_NAMED];
	const struct agent *a = NULL;
	int rv = 0;

	if (name != NULL && (a = roster_find(&d->roster, name, &rv)) == NULL)
		return rv;
	*qa = (struct q_ask){ .agent = a ? a - d->roster.a : -1, .note = c->val[O_NOTE] };
	qa->mode = c->val[O_AGENT] ? Q_MANAGER : c->val[O_NAMED] ? Q_NAMED :
	    c->val[O_REFERRED] ? Q_REFERRAL : c->val[O_CUSTOMER] ? Q_RETURNING : Q_WALKIN;
	return qa->note ? journal_check_field("--note", qa->note) : 0;
}

/* The customer a question is about: --customer, --referred-by, and who owns them. */
struct customer {
	const char	*given;
	char		 phone[PHONE_LEN], masked[PHONE_LEN];
	struct reg	 owner;
};

static int
find_owner(const struct desk *d, struct books *b, const struct cli *c,
    struct customer *cu)
{
	if (cu->given == NULL)
		return 0;
	if (phone_arg("", cu->given, cu->phone) != 0)
		return EX_DATAERR;
	phone_mask(cu->phone, cu->masked);
	if (c->val[O_AGENT] != NULL)
		return 0;
	return register_find(d, &b->visits, &b->deals, NULL, cu->phone, d->now,
	    &cu->owner);
}

static int
claim(struct desk *d, struct books *b, const struct q_answer *ans, const char *note,
    const char *customer)
{
	struct q_ev e = { .time = d->now, .floor = 1, .agent = ans->agent, .ev = F_RECEIVE,
		.reason = ans->reason, .counted = ans->counted };

	return append_floor(&b->floor, d, &e, ans->reason == R_MANAGER ? note : NULL,
	    customer);
}

/* The answer, and with --claim the reception recorded, under the books' locks. */
static int
answer(struct desk *d, const struct cli *c, struct books *b, struct customer *cu,
    struct q_ask *qa)
{
	struct q_answer ans;
	int rv;

	if ((rv = find_owner(d, b, c, cu)) != 0)
		return rv;
	qa->agent = qa->agent != -1 ? qa->agent : cu->owner.agent;
	qa->phone = cu->masked;
	qa->deposit = cu->owner.deposit != 0;
	qa->until = cu->owner.until;
	if ((rv = queue_decide(&b->q, qa, &ans)) != 0) {
		/* TRANSLATORS: %s says why a house rule refuses. */
		warnx(_("refused: %s"), ans.why);
		return rv;
	}
	if (c->val[O_CLAIM] == NULL)
		/* TRANSLATORS: whose turn it is: the agent (A01 王伟), then why (next in line
		   (round 1); ...); nothing is recorded. */
		printf(_("%s — %s\n"), roster_who(&d->roster, ans.agent), ans.why);
	else if ((rv = claim(d, b, &ans, c->val[O_NOTE], cu->phone)) == 0) {
		/* TRANSLATORS: the reception recorded: the agent (A01 王伟), then why (next
		   in line (round 1); ...); " (row 12)" follows. */
		printf(_("%s receives the customer — %s"), roster_who(&d->roster, ans.agent),
		    ans.why);
		journal_say_row(b->floor.seq);
	}
	return rv;
}

/* Whose turn: the question, and with --claim the reception recorded. */
static int
ask(struct desk *d, const struct cli *c)
{
	struct customer cu = { .owner.agent = -1 };
	struct q_ask qa;
	struct books b;
	int rv;

	cu.given = c->val[O_CUSTOMER] ? c->val[O_CUSTOMER] : c->val[O_REFERRED];
	if (c->val[O_CLAIM] && c->val[O_AGENT] &&	/* SPEC 2: the manager's override */
	    (rv = manager_check(d, "--claim --agent")) != 0)
		return rv;
	if ((rv = question(d, c, &qa)) != 0)
		return rv;
	if ((rv = books_load(&b, d, c->val[O_CLAIM] != NULL, cu.given != NULL)) == 0)
		rv = answer(d, c, &b, &cu, &qa);
	books_close(&b);
	return rv;
}

static void
say_done(const struct desk *d, const struct queue *q, const struct q_ev *e, time_t from,
    const char *note)
{
	char t[6], f[6];
	int i = e->agent, pos = queue_position(q, i);

	clock_hhmm(e->time, t);
	clock_hhmm(from, f);
	if (e->notcust)
		/* TRANSLATORS: the agent (A02 李娜), when the reception began (09:33) and
		   the manager's note (快递员送件): the visitor was a courier, a scout. */
		printf(_("%s: the walk-in received at %s was no customer (%s): not counted, "
		    "back to the place they had"), roster_who(&d->roster, i), f, note);
	else
		/* TRANSLATORS: the agent (A01 王伟), the time now (09:30), the minutes the
		   reception took (25). */
		printf(_("%s is free at %s after %ld min with the customer"),
		    roster_who(&d->roster, i), t, (long)(e->time - from) / 60);
	if (pos != 0 && queue_state(q, i) == Q_IDLE)
		/* TRANSLATORS: %s is an ordinal, 4th (第 4): the place in the rotation. */
		printf(_("; now %s in line"), ordinal(pos));
	else if (pos != 0)
		/* TRANSLATORS: %s says where the agent is (out since 09:40). */
		printf(_("; %s"), queue_where(q, i));
	if (q->a[i].makeup)
		printf("%s", _("; skipped while away or busy: a make-up place at the end of "
		    "those not yet served (补接一次, 条例 1)"));
	journal_say_row(e->seq);
}

/* The change checked against the replayed day, recorded, applied and said. */
static int
change_locked(struct desk *d, struct books *b, struct q_ev *e, long long to,
    const char *note)
{
	time_t from = b->q.a[e->agent].busy_since;
	int *v = xcalloc(d->roster.n + 1, sizeof(*v)), n = queue_line(&b->q, v), rv;
	char why[512];

	free(v);
	if ((rv = queue_check(&b->q, e->agent, e->ev, why, sizeof(why))) != 0) {
		warnx(_("refused: %s"), why);
		return rv;
	}
	e->ref = e->ev == F_DONE ? b->q.a[e->agent].busy : 0;
	e->to = to > n ? n : (int)to;	/* past the end: the end */
	if ((rv = append_floor(&b->floor, d, e, note, "")) != 0)
		return rv;
	e->seq = b->floor.seq;
	queue_apply(&b->q, e);
	if (e->ev == F_DONE)
		say_done(d, &b->q, e, from, note);
	else {
		if (note != NULL)
			/* TRANSLATORS: the agent (A03 张敏), the new place in line (1) and the
			   manager's note as typed. */
			printf(_("%s moved to position %d by the manager (条例 4): %s"),
			    roster_who(&d->roster, e->agent), queue_position(&b->q, e->agent),
			    note);
		else
			/* TRANSLATORS: the agent (A03 张敏) and the new place in line (1). */
			printf(_("%s moved to position %d by the manager (条例 4)"),
			    roster_who(&d->roster, e->agent), queue_position(&b->q, e->agent));
		journal_say_row(e->seq);
	}
	return 0;
}

/* A change to the line: --done or --move. */
static int
change(struct desk *d, const struct cli *c, int fev, long long to)
{
	const char *note = c->val[O_NOTE];
	const struct agent *a;
	struct q_ev e = { .time = d->now, .floor = 1, .ev = fev,
		.notcust = c->val[O_NOTCUST] != NULL };
	struct books b;
	int rv = 0;

	if (fev == F_MOVE && (rv = manager_check(d, "--move")) != 0)
		return rv;	/* SPEC 2: the manager's reordering (条例 4) */
	if ((a = roster_find(&d->roster, c->arg, &rv)) == NULL)
		return rv;
	e.agent = a - d->roster.a;
	if (note != NULL && (rv = journal_check_field("--note", note)) != 0)
		return rv;
	if ((rv = books_load(&b, d, 1, 0)) == 0)
		rv = change_locked(d, &b, &e, to, note);
	books_close(&b);
	return rv;
}

struct later {
	const struct jtarget	*t;
	long long		 seq;	/* a later receive by the same agent */
};

static int
later_receive(const struct jrow *r, void *arg)
{
	struct later *l = arg;

	if (r->seq > l->t->seq && strcmp(r->f[FL_EVENT], "receive") == 0 &&
	    strcmp(r->f[FL_AGENT], l->t->f[FL_AGENT]) == 0) {
		l->seq = r->seq;
		return 1;
	}
	return 0;
}

/* --void of a done: only while its agent has received nobody since (条例 3). */
static int
rests(const struct desk *d, struct journal *j, const struct jtarget *t, void *arg)
{
	struct later l = { t, 0 };
	int rv;

	(void)arg;
	if (roster_code(&d->roster, t->f[FL_AGENT]) == NULL) {	/* the queue cannot replay it */
		/* TRANSLATORS: the line of floor.csv and the agent code it holds. */
		warnx(_("floor.csv:%ld: agent '%s' is not in agents.csv"), t->line,
		    t->f[FL_AGENT]);
		return EX_DATAERR;
	}
	if (strcmp(t->f[FL_EVENT], "done") != 0)
		return 0;
	rv = journal_scan(j, &(struct jscan){ .seq = t->seq }, later_receive, &l);
	if (rv != 0 || l.seq == 0)
		return rv;
	/* TRANSLATORS: the agent's code (A01) and the floor.csv row of their later
	   reception, twice.  "done" is the event of the row being voided: the end of a
	   reception. */
	warnx(_("refused: %s received again in row %lld, after this done: void row %lld "
	    "first"), t->f[FL_AGENT], l.seq, l.seq);
	return EX_REFUSED;
}

static int
queue_row(struct csvout *out, const struct desk *d, const struct queue *q, int i,
    int pos)
{
	const struct q_agent *a = &q->a[i];
	char p[16] = "", since[6], n[16], c[16];

	if (pos)
		snprintf(p, sizeof(p), "%d", pos);
	clock_hhmm(queue_since(q, i), since);
	snprintf(n, sizeof(n), "%d", a->receptions);
	snprintf(c, sizeof(c), "%d", a->counted);
	return csvout_row(out, (const char *[]){ p, d->roster.a[i].code, d->roster.a[i].name,
	    csvout_word(out, q_state_names[queue_state(q, i)]), since, n, c,
	    queue_makeup(q, i) ? "1" : "0" });
}

/* --queue: today's line, then those who signed off. */
static int
list(struct desk *d, struct cli *c)
{
	/* TRANSLATORS: the column headings of next-agent --queue --table: a place in
	   line, an agent's code, name, state (idle, busy, away...), since when, how many
	   receptions today, how many counted as a turn, owed a make-up turn (补接). */
	static const char *const hdr[] = { N_("position"),
		/* TRANSLATORS: a heading: the agent's code (A01), 工号. */
		N_("agent"), N_("name"),
		/* TRANSLATORS: a heading over idle, busy, away, gone, absent. */
		N_("state"),
		/* TRANSLATORS: a heading: since when the agent is in that state (09:30). */
		N_("since"), N_("receptions"),
		/* TRANSLATORS: a heading: the receptions counted as a turn (计入轮次). */
		N_("counted"),
		/* TRANSLATORS: a heading: 1 when owed or holding a make-up turn (补接). */
		N_("makeup") };
	struct books b;
	int *v = xcalloc(d->roster.n + 1, sizeof(*v)), rv;
	size_t n;

	if ((rv = books_load(&b, d, 0, 0)) == 0 &&
	    (rv = csvout_begin(&c->out, hdr, 8)) == 0) {
		n = queue_line(&b.q, v);
		for (size_t i = 0; i < n && rv == 0; i++)
			rv = queue_row(&c->out, d, &b.q, v[i], i + 1);
		for (size_t i = 0; i < d->roster.n && rv == 0; i++)
			if (queue_state(&b.q, i) == Q_GONE)
				rv = queue_row(&c->out, d, &b.q, i, 0);
	}
	rv = csvout_finish(&c->out, rv);
	free(v);
	books_close(&b);
	return rv;
}

int
main(int argc, char *argv[])
{
	struct desk d;
	long long to = 0;
	int rv;

	cli_parse(&cli, argc, argv);
	/* beyond the tables: --agent picks the agent, as --named and --referred-by do */
	if (cli.val[O_AGENT] != NULL && (cli.val[O_NAMED] || cli.val[O_REFERRED]))
		usage_error("%s", _("one of --named, --referred-by and --agent at a time"));
	if (cli.val[O_TO] != NULL)
		/* TRANSLATORS: "--to takes a number from 1, not '0'" */
		to = number_arg("--to", _("a number from 1"), cli.val[O_TO]);
	if ((rv = desk_open(&d, cli.data)) != 0)
		return rv;
	if (cli.mode == M_ASK)
		rv = ask(&d, &cli);
	else if (cli.mode == M_QUEUE)
		rv = list(&d, &cli);
	else if (cli.mode == M_VOID)
		rv = void_row(&d, &(struct void_ask){ J_FLOOR, cli.seq, cli.val[O_NOTE],
		    rests, NULL, NULL });
	else
		rv = change(&d, &cli, cli.mode == M_DONE ? F_DONE : F_MOVE, to);
	desk_close(&d);
	return finish(rv);
}
