/*
 * next-agent: whose turn it is to receive the next customer, and why (接待顺序).  Asks
 * lib/queue, which replays the day's books; --claim records the reception under the locks
 * of every book the decision read, so two desks never give out the same agent.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvout.h"
#include "desk.h"
#include "journal.h"
#include "phone.h"
#include "queue.h"
#include "register.h"
#include "util.h"

enum { OPT_AGENT = 0x200, OPT_CLAIM, OPT_CUSTOMER, OPT_DONE, OPT_MOVE, OPT_NAMED,
	OPT_NOTCUST, OPT_NOTE, OPT_QUEUE, OPT_REFERRED, OPT_TO, OPT_VOID };

static const struct option longopts[] = {
	{ "agent",		required_argument,	NULL,	OPT_AGENT },
	{ "claim",		no_argument,		NULL,	OPT_CLAIM },
	{ "customer",		required_argument,	NULL,	OPT_CUSTOMER },
	{ "data",		required_argument,	NULL,	'd' },
	{ "done",		required_argument,	NULL,	OPT_DONE },
	{ "help",		no_argument,		NULL,	'h' },
	{ "move",		required_argument,	NULL,	OPT_MOVE },
	{ "named",		required_argument,	NULL,	OPT_NAMED },
	{ "not-customer",	no_argument,		NULL,	OPT_NOTCUST },
	{ "note",		required_argument,	NULL,	OPT_NOTE },
	{ "queue",		no_argument,		NULL,	OPT_QUEUE },
	{ "referred-by",	required_argument,	NULL,	OPT_REFERRED },
	{ "to",			required_argument,	NULL,	OPT_TO },
	{ "version",		no_argument,		NULL,	'V' },
	{ "void",		required_argument,	NULL,	OPT_VOID },
	CSVOUT_LONGOPTS,
	{ NULL,			0,			NULL,	0 }
};

enum action { A_ASK, A_DONE, A_MOVE, A_VOID, A_QUEUE };

struct opts {
	enum action	 action;
	int		 nactions, nmodes, mode, claim, notcust;
	const char	*data, *agent, *customer, *note, *who;
	long long	 seq;		/* --void */
	int		 to;		/* --move */
	struct csvout	 out;
};

static void
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: next-agent [-d dir] [--claim] [--customer phone | --named agent |\n"
	    "                  --referred-by phone]\n"
	    "       next-agent [-d dir] --claim --agent agent --note why [--customer phone]\n"
	    "       next-agent [-d dir] --done agent [--not-customer --note why]\n"
	    "       next-agent [-d dir] --move agent --to n [--note why]\n"
	    "       next-agent [-d dir] --void seq --note why\n"
	    "       next-agent [-d dir] --queue [--table | --excel] [--encoding gbk]\n"
	    "       next-agent -h | -V\n");
	exit(finish(status));
}

static void
set_action(struct opts *o, enum action a, const char *who)
{
	o->action = a;
	o->who = who;
	o->nactions++;
}

static void
set_mode(struct opts *o, int mode, const char *arg)
{
	if (mode == Q_NAMED)
		o->who = arg;
	else
		o->customer = arg;
	o->mode = mode;
	o->nmodes++;
}

/* Which options go together; anything else is a usage error. */
static void
check_opts(const struct opts *o, int argc)
{
	int ask = o->action == A_ASK;

	if (o->nactions > 1)
		usage_error("one of --done, --move, --void and --queue at a time");
	else if (argc != 0)
		usage_error("agents and phones go with their options, e.g. --done A03");
	else if (o->nmodes > 1 ||
	    (o->agent && (o->mode == Q_NAMED || o->mode == Q_REFERRAL)))
		usage_error("one of --customer, --named, --referred-by and --agent at a time");
	else if (!ask && (o->nmodes || o->claim || o->agent))
		usage_error("--claim, --agent, --customer, --named and --referred-by ask whose "
		    "turn it is: they do not go with --%s", (const char *[]){ "", "done",
		    "move", "void", "queue" }[o->action]);
	else if (o->agent && !o->claim)
		usage_error("--agent is the manager's choice: it goes with --claim");
	else if (o->notcust && o->action != A_DONE)
		usage_error("--not-customer goes with --done");
	else if ((o->agent || o->notcust || o->action == A_VOID) && o->note == NULL)
		usage_error("--%s needs --note saying why", o->agent ? "agent" : o->notcust ?
		    "not-customer" : "void");
	else if (o->note && !o->agent && !o->notcust && o->action != A_MOVE &&
	    o->action != A_VOID)
		usage_error("--note goes with --agent, --not-customer, --move and --void");
	else if ((o->action == A_MOVE) != (o->to != 0))
		usage_error("--move needs --to, and --to goes with --move");
	else
		csvout_check(&o->out, o->action == A_QUEUE, "--queue");
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
		case OPT_AGENT:
			o->agent = optarg;
			break;
		case OPT_CLAIM:
			o->claim = 1;
			break;
		case OPT_CUSTOMER:
			set_mode(o, Q_RETURNING, optarg);
			break;
		case OPT_DONE:
			set_action(o, A_DONE, optarg);
			break;
		case OPT_MOVE:
			set_action(o, A_MOVE, optarg);
			break;
		case OPT_NAMED:
			set_mode(o, Q_NAMED, optarg);
			break;
		case OPT_NOTCUST:
			o->notcust = 1;
			break;
		case OPT_NOTE:
			o->note = optarg;
			break;
		case OPT_QUEUE:
			set_action(o, A_QUEUE, NULL);
			break;
		case OPT_REFERRED:
			set_mode(o, Q_REFERRAL, optarg);
			break;
		case OPT_TO:
			o->to = number_arg("--to", "a number from 1", optarg) > 9999 ? 9999 :
			    (int)strtol(optarg, NULL, 10);
			break;
		case OPT_VOID:
			set_action(o, A_VOID, NULL);
			o->seq = number_arg("--void", "the seq of a row", optarg);
			break;
		default:
			csvout_option(&o->out, ch, optarg, argv[optind - 1]);
		}
	check_opts(o, argc - optind);
}

static const char *
who(const struct desk *d, int i)
{
	static char buf[160];

	snprintf(buf, sizeof(buf), "%s %s", d->roster.a[i].code, d->roster.a[i].name);
	return buf;
}

/* The books a decision reads, locked in the order of SPEC 1 for as long as it takes. */
struct books {
	struct journal	 att, floor, visits, deals;
	int		 nopen;
};

static int
books_open(struct books *b, const struct desk *d, int write, int customers)
{
	struct journal *j[] = { &b->att, &b->floor, &b->visits, &b->deals };
	const enum jid id[] = { J_ATTENDANCE, J_FLOOR, J_VISITS, J_DEALS };
	int rv = 0;

	for (b->nopen = 0; b->nopen < (customers ? 4 : 2) && rv == 0; b->nopen++)
		rv = journal_open(j[b->nopen], d->dir, id[b->nopen],
		    write && id[b->nopen] == J_FLOOR);
	return rv;		/* a book that failed to open is closed too */
}

static void
books_close(struct books *b)
{
	struct journal *j[] = { &b->att, &b->floor, &b->visits, &b->deals };

	while (b->nopen > 0)
		journal_close(j[--b->nopen]);
}

static int
append_floor(struct journal *j, const struct desk *d, const struct q_ev *e,
    const char *reason, const char *customer)
{
	const char *f[FL_NCOLS] = { 0 };
	char now[CLOCK_LEN], ref[24] = "";

	clock_rfc3339(e->time, now);
	if (e->ref)
		snprintf(ref, sizeof(ref), "%lld", e->ref);
	f[J_TIME] = now;
	f[FL_AGENT] = d->roster.a[e->agent].code;
	f[FL_EVENT] = e->ev == -1 ? "void" : q_fev_names[e->ev];
	f[FL_REASON] = reason;
	f[FL_CUSTOMER] = customer;
	f[FL_COUNTED] = e->ev == F_RECEIVE ? (e->counted ? "1" : "0") : "";
	f[FL_REF] = ref;
	return journal_append(j, f);
}

/* The customer a question is about: --customer, --referred-by, and who owns them. */
struct customer {
	char		 phone[PHONE_LEN], masked[PHONE_LEN];
	struct reg	 owner;
};

static int
find_owner(const struct desk *d, struct books *b, const struct opts *o,
    struct customer *c)
{
	if (o->customer == NULL)
		return 0;
	if (phone_arg("", o->customer, c->phone) != 0)
		return EX_DATAERR;
	phone_mask(c->phone, c->masked);
	if (o->agent != NULL)
		return 0;
	return register_find(d, &b->visits, &b->deals, c->phone, d->now, &c->owner);
}

static int
claim(struct desk *d, struct books *b, const struct q_answer *ans, const struct opts *o,
    const char *customer)
{
	struct q_ev e = { .time = d->now, .floor = 1, .agent = ans->agent, .ev = F_RECEIVE,
		.reason = ans->reason, .counted = ans->counted };
	char *reason = queue_reason(&e, ans->reason == R_MANAGER ? o->note : NULL);
	int rv = append_floor(&b->floor, d, &e, reason, customer);

	free(reason);
	return rv;
}

/* Whose turn: the question, and with --claim the reception recorded. */
static int
ask(struct desk *d, const struct opts *o)
{
	struct q_ask qa = { .mode = o->mode, .note = o->note };
	struct customer c = { .owner.agent = -1 };
	struct q_answer ans;
	struct books b;
	struct queue q = { 0 };
	const struct agent *a = NULL;
	int rv = 0;

	if ((o->agent || o->mode == Q_NAMED) &&
	    (a = roster_find(&d->roster, o->agent ? o->agent : o->who, &rv)) == NULL)
		return rv;
	if (o->note != NULL && (rv = journal_check_field("--note", o->note)) != 0)
		return rv;
	if ((rv = books_open(&b, d, o->claim, o->customer != NULL)) == 0 &&
	    (rv = queue_load(&q, d, &b.att, &b.floor)) == 0 &&
	    (rv = find_owner(d, &b, o, &c)) == 0) {
		qa.mode = o->agent ? Q_MANAGER : o->mode;
		qa.agent = a ? a - d->roster.a : c.owner.agent;
		qa.phone = c.masked;
		qa.deposit = c.owner.deposit != 0;
		qa.until = c.owner.until;
		if ((rv = queue_decide(&q, &qa, &ans)) != 0)
			warnx("refused: %s", ans.why);
		else if (!o->claim)
			printf("%s — %s\n", who(d, ans.agent), ans.why);
		else if ((rv = claim(d, &b, &ans, o, c.phone)) == 0)
			printf("%s receives the customer — %s\n", who(d, ans.agent), ans.why);
	}
	queue_free(&q);
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
		printf("%s: the walk-in received at %s was no customer (%s): not counted, "
		    "back to the place they had", who(d, i), f, note);
	else
		printf("%s is free at %s after %ld min with the customer", who(d, i), t,
		    (long)(e->time - from) / 60);
	if (pos != 0 && queue_state(q, i) == Q_IDLE)
		printf("; now %s in line", ordinal(pos));
	else if (pos != 0)
		printf("; %s", queue_where(q, i));
	if (q->a[i].makeup)
		printf("; skipped while away or busy: a make-up place at the end of those "
		    "not yet served (补接一次, 条例 1)");
	printf("\n");
}

/* A change to the line: --done or --move, checked against the replayed day. */
static int
change(struct desk *d, const struct opts *o, int fev)
{
	const struct agent *a;
	struct q_ev e = { .time = d->now, .floor = 1, .ev = fev, .notcust = o->notcust };
	struct books b;
	struct queue q = { 0 };
	char why[512], *reason = NULL;
	time_t from = 0;
	int rv = 0, *v = NULL, n;

	if ((a = roster_find(&d->roster, o->who, &rv)) == NULL)
		return rv;
	e.agent = a - d->roster.a;
	if (o->note != NULL && (rv = journal_check_field("--note", o->note)) != 0)
		return rv;
	if ((rv = books_open(&b, d, 1, 0)) != 0 ||
	    (rv = queue_load(&q, d, &b.att, &b.floor)) != 0)
		goto out;
	if ((rv = queue_check(&q, e.agent, fev, why, sizeof(why))) != 0) {
		warnx("refused: %s", why);
		goto out;
	}
	v = xcalloc(d->roster.n + 1, sizeof(*v));
	n = queue_line(&q, v);
	e.ref = fev == F_DONE ? q.a[e.agent].busy : 0;
	e.to = o->to > n ? n : o->to;	/* past the end: the end */
	from = q.a[e.agent].busy_since;
	reason = queue_reason(&e, o->note);
	if ((rv = append_floor(&b.floor, d, &e, reason, "")) != 0)
		goto out;
	e.seq = b.floor.seq;
	queue_apply(&q, &e);
	if (fev == F_DONE)
		say_done(d, &q, &e, from, o->note);
	else
		printf("%s moved to position %d by the manager (条例 4)%s%s\n", who(d, e.agent),
		    queue_position(&q, e.agent), o->note ? ": " : "", o->note ? o->note : "");
out:
	free(v);
	free(reason);
	queue_free(&q);
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

/* A done may go only while its agent has received nobody since: one reception at a time. */
static int
orphans(struct journal *j, const struct jtarget *t, long long *seq)
{
	struct later l = { t, 0 };
	int rv = 0;

	if (strcmp(t->f[FL_EVENT], "done") == 0)
		rv = journal_scan(j, &(struct jscan){ .seq = t->seq }, later_receive, &l);
	*seq = t->referred ? t->referred : l.seq;
	return rv;
}

/* --void: a floor row is cancelled by a new row, never edited. */
static int
void_row(struct desk *d, const struct opts *o)
{
	struct jtarget t = { 0 };
	struct journal j;
	const struct agent *a;
	struct q_ev e = { .time = d->now, .floor = 1, .ev = -1, .ref = o->seq };
	char ymd[11], hhmm[6];
	long long later;
	int rv;

	if ((rv = journal_check_field("--note", o->note)) != 0)
		return rv;
	if ((rv = journal_open(&j, d->dir, J_FLOOR, 1)) != 0 ||
	    (rv = journal_target(&j, o->seq, &t)) != 0)
		goto out;
	a = t.found ? roster_code(&d->roster, t.f[FL_AGENT]) : NULL;
	if (!t.found || a == NULL) {
		if (t.found)
			warnx("floor.csv:%ld: agent '%s' is not in agents.csv", t.line,
			    t.f[FL_AGENT]);
		else
			warnx("floor.csv has no row %lld", t.seq);
		rv = EX_DATAERR;
	} else if (t.is_void || t.voided) {
		warnx("refused: row %lld %s: a void is final", t.seq, t.voided ?
		    "is voided already" : "is a void");
		rv = EX_REFUSED;
	} else if ((rv = orphans(&j, &t, &later)) != 0 || later != 0) {
		if (rv == 0 && t.referred)
			warnx("refused: row %lld (done) ends the reception of row %lld: void "
			    "row %lld first", later, t.seq, later);
		else if (rv == 0)
			warnx("refused: %s received again in row %lld, after this done: void "
			    "row %lld first", t.f[FL_AGENT], later, later);
		rv = rv ? rv : EX_REFUSED;
	} else {
		e.agent = a - d->roster.a;
		if ((rv = append_floor(&j, d, &e, o->note, t.f[FL_CUSTOMER])) == 0) {
			clock_ymd(clock_day(t.time), ymd);
			clock_hhmm(t.time, hhmm);
			printf("voided floor row %lld (%s %s on %s at %s): %s\n", t.seq,
			    t.f[FL_AGENT], t.f[FL_EVENT], ymd, hhmm, o->note);
		}
	}
out:
	jtarget_free(&t);
	journal_close(&j);
	return rv;
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
	    q_state_names[queue_state(q, i)], since, n, c, queue_makeup(q, i) ? "1" : "0" });
}

/* --queue: today's line, then those who signed off. */
static int
list(struct desk *d, struct opts *o)
{
	static const char *const hdr[] = { "position", "agent", "name", "state", "since",
		"receptions", "counted", "makeup" };
	struct books b;
	struct queue q = { 0 };
	int *v = xcalloc(d->roster.n + 1, sizeof(*v)), rv;
	size_t n;

	if ((rv = books_open(&b, d, 0, 0)) == 0 &&
	    (rv = queue_load(&q, d, &b.att, &b.floor)) == 0 &&
	    (rv = csvout_begin(&o->out, hdr, 8)) == 0) {
		n = queue_line(&q, v);
		for (size_t i = 0; i < n && rv == 0; i++)
			rv = queue_row(&o->out, d, &q, v[i], i + 1);
		for (size_t i = 0; i < d->roster.n && rv == 0; i++)
			if (queue_state(&q, i) == Q_GONE)
				rv = queue_row(&o->out, d, &q, i, 0);
	}
	rv = csvout_finish(&o->out, rv);
	free(v);
	queue_free(&q);
	books_close(&b);
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
	case A_ASK:
		rv = ask(&d, &o);
		break;
	case A_DONE:
		rv = change(&d, &o, F_DONE);
		break;
	case A_MOVE:
		rv = change(&d, &o, F_MOVE);
		break;
	case A_VOID:
		rv = void_row(&d, &o);
		break;
	case A_QUEUE:
		rv = list(&d, &o);
		break;
	}
	desk_close(&d);
	return finish(rv);
}
