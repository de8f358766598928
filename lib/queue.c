/*
 * queue.c: whose turn it is (seed 000 四.12-14 接待顺序, 新老客户区分, 义务销售员界定,
 * 现场客户接待管理条例 1-16; 001 (1)(2)).  The order is never stored: the day's
 * attendance and floor rows are replayed, in time order, through the rules of SPEC 5.1,
 * so every place in line can be explained from the books.
 */
#include <err.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "queue.h"
#include "util.h"

/* The state column of next-agent --queue; --table says it in the desk's language. */
const char *const q_state_names[] = {
	/* TRANSLATORS: an agent's state in next-agent --queue --table: in line and free,
	   waiting for a customer (空闲). */
	N_("idle"),
	/* TRANSLATORS: an agent's state: receiving a customer now (接待中). */
	N_("busy"),
	/* TRANSLATORS: an agent's state: off the floor for a while, out on an errand
	   (外出), on a break (休息) or away from the post (脱岗), back later (暂离). */
	N_("away"),
	/* TRANSLATORS: an agent's state: signed off for the day (已签退). */
	N_("gone"),
	/* TRANSLATORS: an agent's state: not signed in today (未签到). */
	N_("absent") };
static const char *const q_reason_names[R_COUNT] = { "rotation", "named", "returning",
	"duty", "referral", "manager" };
/* The event column of floor.csv (a sentence says it by journal_word). */
const char *const q_fev_names[F_COUNT] = { "receive", "done", "move" };

#define NOT_CUSTOMER	"not-customer"

/* The line ---------------------------------------------------------------------------- */

static int
key_cmp(const struct q_key *x, const struct q_key *y)
{
	if (x->k != y->k)
		return x->k < y->k ? -1 : 1;
	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	return (x->tie > y->tie) - (x->tie < y->tie);
}

static int
in_line(const struct q_agent *a)
{
	return a->present && !a->gone;
}

/* The agents in line, earliest first, leaving out `skip` (-1: nobody). */
static size_t
line_without(const struct queue *q, int skip, int *v)
{
	size_t n = 0;

	for (size_t i = 0; i < q->desk->roster.n; i++) {
		size_t j = n;

		if (!in_line(&q->a[i]) || (int)i == skip)
			continue;
		for (n++; j > 0 && key_cmp(&q->a[v[j - 1]].key, &q->a[i].key) > 0; j--)
			v[j] = v[j - 1];
		v[j] = i;
	}
	return n;
}

size_t
queue_line(const struct queue *q, int *v)
{
	return line_without(q, -1, v);
}

/* m of SPEC 5.1: the smallest k among the others in line (busy and away count). */
static int
min_k(const struct queue *q, int self)
{
	int m = INT_MAX;

	for (size_t i = 0; i < q->desk->roster.n; i++)
		if ((int)i != self && in_line(&q->a[i]) && q->a[i].key.k < m)
			m = q->a[i].key.k;
	return m;
}

int
queue_state(const struct queue *q, int i)
{
	const struct q_agent *a = &q->a[i];

	if (a->gone)
		return Q_GONE;
	if (!a->present)
		return Q_ABSENT;
	if (a->busy)
		return Q_BUSY;
	return a->away ? Q_AWAY : Q_IDLE;
}

int
queue_position(const struct queue *q, int agent)
{
	int *v = xcalloc(q->desk->roster.n + 1, sizeof(*v)), pos = 0;
	size_t n = queue_line(q, v);

	for (size_t i = 0; i < n; i++)
		if (v[i] == agent)
			pos = i + 1;
	free(v);
	return pos;
}

/* When the agent's present state began. */
time_t
queue_since(const struct queue *q, int i)
{
	const struct q_agent *a = &q->a[i];

	switch (queue_state(q, i)) {
	case Q_BUSY:
		return a->busy_since;
	case Q_AWAY:
		return a->away_since;
	}
	return a->since;
}

/* Owed a make-up, or holding one (补接一次). */
int
queue_makeup(const struct queue *q, int i)
{
	const struct q_agent *a = &q->a[i];

	return a->makeup || (a->skip[0] > 0 && a->skip[1] == 0);
}

/*
 * Where an agent is and since when: "busy since 10:42".  Said after a name ("A02 李娜 is
 * busy since 09:33") and in brackets after a code ("skipped A04 (out since 09:40)").
 */
const char *
queue_where(const struct queue *q, int i)
{
	static char buf[4][128];
	static int n;
	const struct q_agent *a = &q->a[i];
	char t[6];

	clock_hhmm(queue_since(q, i), t);
	n = (n + 1) % 4;
	switch (queue_state(q, i)) {
	case Q_ABSENT:
		/* TRANSLATORS: where an agent is, said after the agent ("A02 李娜 is ...")
		   or in brackets after a code ("skipped A04 (...)"), as the next six. */
		return _("not signed in today");
	case Q_GONE:
		/* TRANSLATORS: %s is a time, 18:00 (said after an agent, as above). */
		snprintf(buf[n], sizeof(buf[n]), _("signed off at %s"), t);
		break;
	case Q_BUSY:
		/* TRANSLATORS: receiving a customer; %s is a time, 09:33. */
		snprintf(buf[n], sizeof(buf[n]), _("busy since %s"), t);
		break;
	case Q_AWAY:
		if (a->away == EV_OUT)
			/* TRANSLATORS: out on an errand (外出); %s is a time, 09:40. */
			snprintf(buf[n], sizeof(buf[n]), _("out since %s"), t);
		else if (a->away == EV_BREAK)
			/* TRANSLATORS: on a meal break (休息); %s is a time, 12:00. */
			snprintf(buf[n], sizeof(buf[n]), _("on a break since %s"), t);
		else
			/* TRANSLATORS: 脱岗; %s is a time, 10:15. */
			snprintf(buf[n], sizeof(buf[n]), _("away from the post since %s"), t);
		break;
	default:
		/* TRANSLATORS: free, waiting for a customer; %s is a time, 09:30. */
		snprintf(buf[n], sizeof(buf[n]), _("free since %s"), t);
	}
	return buf[n];
}

/* The replay ------------------------------------------------------------------------- */

/* 条例 1: in sign-in order; a late arrival at the end of the current round (k = m). */
static void
sign_in(struct queue *q, const struct q_ev *e, long tick)
{
	struct q_agent *a = &q->a[e->agent];
	int m = min_k(q, e->agent);

	if (a->present)
		return;
	a->key = (struct q_key){ m == INT_MAX ? 0 : m, e->time, tick };
	if (q->first_in == 0)
		q->first_in = e->time;
	else if (q->carry != NULL && q->carry[e->agent] && !q->started)
		a->key.t = q->first_in;	/* 条例 1: right after the first signer */
	a->present = 1;
	a->since = e->time;
}

/*
 * 条例 1: a skipped agent who is free again rejoins at the end of those not yet served,
 * one make-up at most (k = max(k, m - 1)); after a break or leaving the post there is no
 * make-up (k = max(k, m)).  An agent who was not skipped keeps the place.
 */
static void
rejoin(struct queue *q, int i, time_t now, long tick)
{
	struct q_agent *a = &q->a[i];
	int m = min_k(q, i), k = a->key.k;

	a->since = now;
	if (a->skip[0] == 0 && a->skip[1] == 0)
		return;
	if (m == INT_MAX)
		m = k;
	k = a->skip[1] ? (k > m ? k : m) : (k > m - 1 ? k : m - 1);
	a->makeup = k < m;
	a->key = (struct q_key){ k, now, tick };
	a->skip[0] = a->skip[1] = 0;
	a->gen++;
}

/* Every busy or away agent who stood before the one who takes a walk-in was skipped. */
static void
mark_skips(struct queue *q, int taker, struct q_recv *r)
{
	for (size_t i = 0; i < q->desk->roster.n; i++) {
		struct q_agent *b = &q->a[i];
		int lost = b->away == EV_BREAK || b->away == EV_DESERT;

		if ((int)i == taker || !in_line(b) || (!b->busy && !b->away) ||
		    key_cmp(&b->key, &q->a[taker].key) > 0)
			continue;
		b->skip[lost]++;
		r->skip = xreallocarray(r->skip, r->nskip + 1, sizeof(*r->skip));
		r->skip[r->nskip++] = (struct q_skip){ i, lost, b->gen };
	}
}

static void
receive(struct queue *q, const struct q_ev *e, long tick)
{
	struct q_agent *a = &q->a[e->agent];
	struct q_recv *r;

	if (!in_line(a))
		return;
	q->recv = xreallocarray(q->recv, q->nrecv + 1, sizeof(*q->recv));
	r = &q->recv[q->nrecv++];
	*r = (struct q_recv){ e->seq, e->agent, e->counted, a->makeup, a->key, NULL, 0 };
	if (e->reason == R_ROTATION)
		mark_skips(q, e->agent, r);
	a->busy = e->seq;
	a->busy_since = e->time;
	a->receptions++;
	q->started = 1;
	if (e->counted) {		/* a turn: to the end of the next round */
		a->key = (struct q_key){ a->key.k + 1, e->time, tick };
		a->counted++;
		a->makeup = 0;
	}
}

/* --not-customer: the reception stops counting and its skips are forgiven. */
static void
undo(struct queue *q, struct q_recv *r)
{
	struct q_agent *a = &q->a[r->agent];

	a->key = r->before;
	a->makeup = r->makeup;
	a->counted -= r->counted;
	r->counted = 0;
	for (size_t i = 0; i < r->nskip; i++) {
		struct q_agent *b = &q->a[r->skip[i].agent];

		if (b->gen == r->skip[i].gen && b->skip[r->skip[i].lost] > 0)
			b->skip[r->skip[i].lost]--;
	}
	r->nskip = 0;
}

static void
done(struct queue *q, const struct q_ev *e, long tick)
{
	struct q_agent *a = &q->a[e->agent];

	if (a->busy == 0)
		return;
	for (size_t i = 0; i < q->nrecv && e->notcust; i++)
		if (q->recv[i].seq == a->busy)
			undo(q, &q->recv[i]);
	a->busy = 0;
	if (!a->away && !a->gone)
		rejoin(q, e->agent, e->time, tick);
}

/* 条例 4: the manager puts an agent at a position; the others keep their order. */
static void
move(struct queue *q, const struct q_ev *e)
{
	int *v = xcalloc(q->desk->roster.n + 1, sizeof(*v));
	size_t n = line_without(q, e->agent, v);
	struct q_key at;

	if (in_line(&q->a[e->agent]) && n > 0) {
		if ((size_t)e->to <= n) {
			at = q->a[v[e->to - 1]].key;
			for (size_t i = 0; i < n; i++) {
				struct q_key *b = &q->a[v[i]].key;

				if (b->k == at.k && b->t == at.t && b->tie >= at.tie)
					b->tie++;
			}
		} else {
			at = q->a[v[n - 1]].key;
			at.tie++;
		}
		q->a[e->agent].key = at;
	}
	free(v);
}

static void
attendance(struct queue *q, const struct q_ev *e, long tick)
{
	struct q_agent *a = &q->a[e->agent];

	switch (e->ev) {
	case EV_IN:
		sign_in(q, e, tick);
		break;
	case EV_OUT:
	case EV_BREAK:
	case EV_DESERT:
		a->away = e->ev;
		a->away_since = e->time;
		break;
	case EV_BACK:
		a->away = 0;
		if (a->busy == 0)
			rejoin(q, e->agent, e->time, tick);
		break;
	case EV_END:
		a->gone = 1;
		a->since = e->time;
		break;
	}
}

/* One more event of the day. */
void
queue_apply(struct queue *q, const struct q_ev *e)
{
	long tick = ++q->tick;

	if (e->agent < 0)
		return;
	if (!e->floor && (e->ev == EV_IN || q->a[e->agent].present))
		attendance(q, e, tick);
	else if (e->ev == F_RECEIVE)
		receive(q, e, tick);
	else if (e->ev == F_DONE)
		done(q, e, tick);
	else
		move(q, e);
}

static void
free_day(struct queue *q)
{
	for (size_t i = 0; i < q->nrecv; i++)
		free(q->recv[i].skip);
	free(q->recv);
	free(q->a);
	q->recv = NULL;
	q->nrecv = 0;
}

static void
reset(struct queue *q)
{
	free_day(q);
	q->a = xcalloc(q->desk->roster.n + 1, sizeof(*q->a));
	q->first_in = 0;
	q->started = 0;
	q->tick = 0;
}

static void
replay(struct queue *q, day_t day)
{
	reset(q);
	for (size_t i = 0; i < q->nev && q->ev[i].time <= q->until; i++)
		if (clock_day(q->ev[i].time) == day)
			queue_apply(q, &q->ev[i]);
}

/* Loading ---------------------------------------------------------------------------- */

static void
add_ev(struct queue *q, const struct q_ev *e)
{
	if ((q->nev & (q->nev - 1)) == 0)
		q->ev = xreallocarray(q->ev, q->nev ? 2 * q->nev : 1, sizeof(*q->ev));
	q->ev[q->nev++] = *e;
}

static int
word(const char *const *names, int n, const char *s)
{
	size_t len = strcspn(s, ":");

	for (int i = 0; i < n; i++)
		if (strlen(names[i]) == len && strncmp(names[i], s, len) == 0)
			return i;
	return -1;
}

/* The reason column: the word, then ": " and the note as typed (manager, not-customer). */
char *
queue_reason(const struct q_ev *e, const char *note)
{
	const char *w = e->ev == F_RECEIVE ? q_reason_names[e->reason] :
	    e->ev == F_DONE ? (e->notcust ? NOT_CUSTOMER : "") : "to";

	if (e->ev == F_MOVE)
		return note ? xasprintf("to %d: %s", e->to, note) : xasprintf("to %d", e->to);
	return note ? xasprintf("%s: %s", w, note) : xstrdup(w);
}

static int
floor_fields(struct q_ev *e, const char **f)
{
	char *end;

	switch (e->ev = word(q_fev_names, F_COUNT, f[FL_EVENT])) {
	case F_RECEIVE:
		e->reason = word(q_reason_names, R_COUNT, f[FL_REASON]);
		e->counted = f[FL_COUNTED][0] == '1';
		return e->reason == -1 || strlen(f[FL_COUNTED]) != 1 ||
		    strchr("01", f[FL_COUNTED][0]) == NULL ? -1 : 0;
	case F_DONE:
		e->notcust = strncmp(f[FL_REASON], NOT_CUSTOMER, strlen(NOT_CUSTOMER)) == 0;
		e->ref = strtoll(f[FL_REF], &end, 10);
		return e->ref > 0 && *end == '\0' ? 0 : -1;
	case F_MOVE:
		e->to = strncmp(f[FL_REASON], "to ", 3) == 0 ?
		    (int)strtol(f[FL_REASON] + 3, &end, 10) : 0;
		return e->to > 0 && (*end == '\0' || *end == ':') ? 0 : -1;
	}
	return -1;
}

struct floor_load {
	struct queue		*q;
	const struct journal	*j;
};

static int
floor_row(const struct jrow *r, void *arg)
{
	struct floor_load *fl = arg;
	const struct roster *ro = &fl->q->desk->roster;
	const struct agent *a = roster_code(ro, r->f[FL_AGENT]);
	struct q_ev e = { .time = r->time, .floor = 1, .seq = r->seq,
		.agent = a != NULL ? a - ro->a : -1 };

	if (floor_fields(&e, r->f) == -1) {
		/* TRANSLATORS: floor.csv:12: then the values of the row's columns event,
		   reason, counted and ref (receive, rotation, 1, ""). */
		warnx(_("%s:%ld: event '%s' with reason '%s', counted '%s' and ref '%s' is not "
		    "one the book writes"), fl->j->def->file, r->line, r->f[FL_EVENT],
		    r->f[FL_REASON], r->f[FL_COUNTED], r->f[FL_REF]);
		return -1;
	}
	add_ev(fl->q, &e);
	return 0;
}

static int
ev_cmp(const void *x, const void *y)
{
	const struct q_ev *a = x, *b = y;

	if (a->time == b->time && a->floor != b->floor)
		return a->floor - b->floor;	/* attendance first */
	return clock_order(a->time, a->seq, b->time, b->seq);
}

/* The last day before today the floor was open (calendar.csv). */
static day_t
prev_open(const struct desk *d, day_t day)
{
	day_t p = day - 1;

	while (desk_closed(d, p) && p > day - 366)
		p--;
	return p;
}

static int
load_events(struct queue *q, struct journal *att, struct journal *fl)
{
	struct floor_load ld = { q, fl };
	struct att_log l;
	time_t since = clock_day_start(q->prev);
	int rv;

	if ((rv = att_log_read(&l, att, q->desk, since, 0)) == 0)
		for (size_t i = 0; i < l.n; i++)
			if (l.v[i].ev < EV_NIGHT)
				add_ev(q, &(struct q_ev){ .time = l.v[i].time, .seq = l.v[i].seq,
				    .agent = l.v[i].agent, .ev = l.v[i].ev });
	att_log_free(&l);
	if (rv == 0)
		rv = journal_scan(fl, &(struct jscan){ .since = since }, floor_row, &ld);
	if (q->nev > 1)
		qsort(q->ev, q->nev, sizeof(*q->ev), ev_cmp);
	return rv;
}

/*
 * The line as it stood at t: the previous open day replayed for its carry-over (条例 1:
 * who received no counted customer there), then the day of t up to t.  Reads the two
 * days' tails only.
 */
int
queue_load_at(struct queue *q, const struct desk *d, struct journal *att,
    struct journal *fl, time_t t)
{
	int rv;

	memset(q, 0, sizeof(*q));
	q->desk = d;
	q->day = clock_day(t);
	q->until = t;
	q->prev = prev_open(d, q->day);
	if ((rv = load_events(q, att, fl)) != 0)
		return rv;
	if (d->rules.carry_over) {
		replay(q, q->prev);
		q->carry = xcalloc(d->roster.n + 1, sizeof(*q->carry));
		for (size_t i = 0; i < d->roster.n; i++)
			q->carry[i] = q->a[i].present && q->a[i].counted == 0;
	}
	replay(q, q->day);
	return 0;
}

/* Today's line, as it stands now. */
int
queue_load(struct queue *q, const struct desk *d, struct journal *att, struct journal *fl)
{
	return queue_load_at(q, d, att, fl, d->now);
}

void
queue_free(struct queue *q)
{
	free_day(q);
	free(q->carry);
	free(q->ev);
	memset(q, 0, sizeof(*q));
}

/* Deciding --------------------------------------------------------------------------- */

static int say(struct q_answer *, const char *, ...) __attribute__((format(printf, 2, 3)));

static int
say(struct q_answer *ans, const char *fmt, ...)
{
	size_t n = strlen(ans->why);
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(ans->why + n, sizeof(ans->why) - n, fmt, ap);
	va_end(ap);
	return 0;
}

static int
give(struct q_answer *ans, int agent, int reason, int counted)
{
	ans->agent = agent;
	ans->reason = reason;
	ans->counted = counted;
	return 0;
}

/* Nobody free: say who is busy or away and since when. */
static int
nobody(const struct queue *q, const int *v, size_t n, struct q_answer *ans)
{
	if (n == 0)
		return say(ans, _("nobody is on the floor: no one has signed in today, or all "
		    "have signed off")), EX_REFUSED;
	/* TRANSLATORS: then each agent in line, " A01 busy since 09:05", ", A02 out since
	   09:40", then " (a busy agent ...)", always all of them in this order: "nobody
	   is free: A01 busy since 09:05, A02 out since 09:40 (a busy agent is never given
	   another customer: 条例 3, 6)". */
	say(ans, _("nobody is free:"));
	for (size_t i = 0; i < n; i++)
		/* TRANSLATORS: an agent's code (A01) and where they are (busy since 09:05):
		   the first of the list after "nobody is free:" (" %s %s"), then each of
		   the others (", %s %s"). */
		say(ans, i ? _(", %s %s") : _(" %s %s"), q->desk->roster.a[v[i]].code,
		    queue_where(q, v[i]));
	say(ans, _(" (a busy agent is never given another customer: 条例 3, 6)"));
	return EX_REFUSED;
}

/* 四.13, 条例 1: the first free agent in line; the busy and away before them are skipped. */
static int
rotation(const struct queue *q, struct q_answer *ans)
{
	int *v = xcalloc(q->desk->roster.n + 1, sizeof(*v));
	size_t n = queue_line(q, v), i = 0;
	int rv = 0;

	while (i < n && queue_state(q, v[i]) != Q_IDLE)
		i++;
	if (i == n)
		rv = nobody(q, v, n, ans);
	else {
		give(ans, v[i], R_ROTATION, 1);
		/* TRANSLATORS: why an agent receives a walk-in: "A01 王伟 — next in line
		   (round 1)"; %d is the round of the rotation (轮). */
		say(ans, _("next in line (round %d)"), q->a[v[i]].key.k + 1);
		if (q->a[v[i]].makeup)
			/* TRANSLATORS: after "next in line (round 1)". */
			say(ans, _(", a make-up turn (补接)"));
		for (size_t s = 0; s < i; s++)
			/* TRANSLATORS: the agents passed over, each code with where they are
			   in brackets: "next in line (round 1); skipped A04 (out since
			   09:40), A05 (busy since 10:00)". */
			say(ans, s ? _(", %s (%s)") : _("; skipped %s (%s)"),
			    q->desk->roster.a[v[s]].code, queue_where(q, v[s]));
	}
	free(v);
	return rv;
}

/* 义务销售员: the last free agent in line; -1 when nobody is free. */
static int
duty_agent(const struct queue *q, int except)
{
	int *v = xcalloc(q->desk->roster.n + 1, sizeof(*v)), duty = -1;
	size_t n = queue_line(q, v);

	for (size_t i = 0; i < n; i++)
		if (queue_state(q, v[i]) == Q_IDLE && v[i] != except)
			duty = v[i];
	free(v);
	return duty;
}

/*
 * 四.14: the owner receives their customer when free; when busy or not on the floor the
 * duty agent covers, not counted (条例 3, 9), or with returning_fallback rotation the
 * next in line takes it as a turn (001 (2)二).
 */
static int
to_owner(const struct queue *q, const struct q_ask *ask, struct q_answer *ans, int reason,
    int counted)
{
	int o = ask->agent, duty;

	if (queue_state(q, o) == Q_IDLE)
		return give(ans, o, reason, counted);
	if (q->desk->rules.returning_rotation) {
		int rv = rotation(q, ans);

		/* TRANSLATORS: after the rotation's answer; %1$s is the owner's code (A02),
		   %2$s where they are (busy since 09:33).  returning_fallback is a rule key. */
		say(ans, _("; %s is %s, so the customer goes by rotation (returning_fallback)"),
		    q->desk->roster.a[o].code, queue_where(q, o));
		return rv;
	}
	if ((duty = duty_agent(q, o)) == -1) {
		int *v = xcalloc(q->desk->roster.n + 1, sizeof(*v));
		int rv = nobody(q, v, queue_line(q, v), ans);

		free(v);
		return rv;
	}
	give(ans, duty, R_DUTY, 0);
	/* TRANSLATORS: why the duty agent receives the owner's customer; %1$s is the owner
	   (A02 李娜), %2$s where they are (busy since 09:33).  Said after "returning
	   customer ...: " or "brought by ...: ". */
	return say(ans, _("duty agent (义务接待, 四.14): %s is %s; not counted, keeps the "
	    "place in line (条例 3, 9)"), roster_who(&q->desk->roster, o), queue_where(q, o));
}

static int
returning(const struct queue *q, const struct q_ask *ask, struct q_answer *ans)
{
	char until[11];
	int rv;

	if (ask->agent == -1) {
		rv = rotation(q, ans);
		/* TRANSLATORS: after the rotation's answer; %s is a masked phone,
		   138****5678. */
		say(ans, _("; %s has no valid registration: a new walk-in"), ask->phone);
		return rv;
	}
	if (ask->until) {
		clock_ymd(ask->until, until);
		/* TRANSLATORS: the customer's masked phone (138****5678), the agent who owns
		   them (A02) and the last day of the registration (2026-11-30); what
		   follows says who receives them. */
		say(ans, _("returning customer %s of %s (valid until %s): "), ask->phone,
		    q->desk->roster.a[ask->agent].code, until);
	} else
		/* TRANSLATORS: the customer's masked phone (138****5678) and the agent who
		   owns them (A02); what follows says who receives them. */
		say(ans, _("returning customer %s of %s (deposit paid): "), ask->phone,
		    q->desk->roster.a[ask->agent].code);
	if ((rv = to_owner(q, ask, ans, R_RETURNING, 0)) == 0 && ans->reason == R_RETURNING)
		say(ans, _("the owner receives, not counted, keeps the place in line (四.14)"));
	return rv;
}

static int
referral(const struct queue *q, const struct q_ask *ask, struct q_answer *ans)
{
	int rv;

	if (ask->agent == -1 || !ask->deposit) {
		rv = rotation(q, ans);
		/* TRANSLATORS: after the rotation's answer; %s is the masked phone of the
		   customer who brought the new one, 138****5678. */
		say(ans, _("; the referrer %s has paid no deposit: a new walk-in (条例 1)"),
		    ask->phone);
		return rv;
	}
	/* TRANSLATORS: the masked phone of the customer who brought the new one
	   (138****5678) and the agent who owns them (A02); what follows says who
	   receives the new customer. */
	say(ans, _("brought by %s, a customer of %s who paid a deposit: "), ask->phone,
	    q->desk->roster.a[ask->agent].code);
	if ((rv = to_owner(q, ask, ans, R_REFERRAL, 1)) == 0 && ans->reason == R_REFERRAL)
		say(ans, _("the owner receives, counted (条例 1; 001 (2)三)"));
	return rv;
}

/* Named by the customer (条例 16) or by the manager (条例 4): never a busy agent. */
static int
chosen(const struct queue *q, const struct q_ask *ask, struct q_answer *ans)
{
	int a = ask->agent, duty;

	if (queue_state(q, a) == Q_IDLE) {
		give(ans, a, ask->mode == Q_NAMED ? R_NAMED : R_MANAGER, 1);
		return ask->mode == Q_NAMED ?
		    say(ans, _("named by the customer: out of turn, counted (条例 16)")) :
		    /* TRANSLATORS: %s is the manager's note, as typed. */
		    say(ans, _("the manager's choice (%s): counted like a turn (条例 4)"),
		    ask->note);
	}
	/* TRANSLATORS: an agent (A03 张敏) and where they are (busy since 09:41). */
	say(ans, _("%s is %s"), roster_who(&q->desk->roster, a), queue_where(q, a));
	if (queue_state(q, a) == Q_BUSY)
		say(ans, _(": never interrupt a reception (条例 3, 6)"));
	if ((duty = duty_agent(q, a)) != -1)
		/* TRANSLATORS: the last free agent in line, A01 王伟 (义务接待). */
		say(ans, _("; the duty agent is %s"), roster_who(&q->desk->roster, duty));
	else
		say(ans, _("; nobody else is free either"));
	return EX_REFUSED;
}

/* Who receives this customer, and why; EX_REFUSED with the reason in ans->why. */
int
queue_decide(const struct queue *q, const struct q_ask *ask, struct q_answer *ans)
{
	memset(ans, 0, sizeof(*ans));
	ans->agent = -1;
	switch (ask->mode) {
	case Q_RETURNING:
		return returning(q, ask, ans);
	case Q_REFERRAL:
		return referral(q, ask, ans);
	case Q_NAMED:
	case Q_MANAGER:
		return chosen(q, ask, ans);
	}
	return rotation(q, ans);
}

/* Can the agent be done (receiving) or moved (in line)?  EX_REFUSED with why if not. */
int
queue_check(const struct queue *q, int agent, int fev, char *why, size_t len)
{
	int st = queue_state(q, agent);

	if (fev == F_DONE && q->a[agent].busy == 0)	/* signed off while receiving: ok */
		/* TRANSLATORS: an agent (A01 王伟) and where they are (free since 09:30). */
		snprintf(why, len, _("%s is not receiving anyone (%s)"),
		    roster_who(&q->desk->roster, agent), queue_where(q, agent));
	else if (fev == F_MOVE && (st == Q_ABSENT || st == Q_GONE))
		/* TRANSLATORS: an agent (A01 王伟) and where they are (signed off at 18:00). */
		snprintf(why, len, _("%s is not in line today (%s)"),
		    roster_who(&q->desk->roster, agent), queue_where(q, agent));
	else
		return 0;
	return EX_REFUSED;
}

/* The floor on the attendance book --------------------------------------------------- */

/*
 * 条例 3, 6: a reception is never interrupted, so an agent receiving a customer at t
 * takes no break.  An errand (--out) may take the customer along to see the site
 * (参观现场), and a supervisor's --desert records what was seen: neither is asked here.
 */
int
queue_may_break(const struct desk *d, struct journal *att, struct journal *fl, int agent,
    time_t t)
{
	struct queue q;
	char since[6];
	int rv;

	if ((rv = queue_load_at(&q, d, att, fl, t)) == 0 &&
	    queue_state(&q, agent) == Q_BUSY) {
		clock_hhmm(queue_since(&q, agent), since);
		/* TRANSLATORS: an agent (A01 王伟), the time the reception began (09:05)
		   and the floor.csv row that recorded it. */
		warnx(_("refused: %s is receiving a customer since %s (floor.csv row %lld): "
		    "a break waits until the reception is done (条例 3, 6)"),
		    roster_who(&d->roster, agent), since, q.a[agent].busy);
		rv = EX_REFUSED;
	}
	queue_free(&q);
	return rv;
}

/* Why floor row e would not stand where the replay is: its agent is not on the floor. */
static const char *
off_floor(const struct queue *q, const struct q_ev *e, char *why, size_t len)
{
	const struct q_agent *a = &q->a[e->agent];
	char t[6];

	if (e->ev == F_DONE || (a->present && !a->gone && (!a->away || e->ev == F_MOVE)))
		return NULL;
	clock_hhmm(a->gone ? a->since : a->away_since, t);
	if (!a->present)
		/* TRANSLATORS: said after an agent (A03 张敏 ...) whose floor row would not
		   stand, as the next three; they take a time, 09:40. */
		snprintf(why, len, "%s", _("has not signed in"));
	else if (a->gone)
		snprintf(why, len, _("signed off at %s"), t);
	else if (a->away == EV_OUT)
		/* TRANSLATORS: out on an errand (外出); %s is a time, 09:40. */
		snprintf(why, len, _("is out since %s"), t);
	else if (a->away == EV_BREAK)
		/* TRANSLATORS: on a meal break (休息); %s is a time, 12:00. */
		snprintf(why, len, _("is on a break since %s"), t);
	else
		/* TRANSLATORS: 脱岗; %s is a time, 10:15. */
		snprintf(why, len, _("is away from the post since %s"), t);
	return why;
}

struct seqs {
	long long	*v;
	size_t		 n;
};

static int
seqs_has(const struct seqs *s, long long seq)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i] == seq)
			return 1;
	return 0;
}

/*
 * The day replayed without attendance row skip (0: with every row), each floor row
 * checked before it applies: the first that does not stand and is not in known, with
 * why; or, when learn, none, every one that does not stand added to known.
 */
static const struct q_ev *
unstood(struct queue *q, long long skip, struct seqs *known, int learn, char *why,
    size_t len)
{
	reset(q);
	for (size_t i = 0; i < q->nev && q->ev[i].time <= q->until; i++) {
		const struct q_ev *e = &q->ev[i];

		if (clock_day(e->time) != q->day || e->agent < 0 ||
		    (!e->floor && e->seq == skip))
			continue;
		if (e->floor && off_floor(q, e, why, len) != NULL &&
		    !seqs_has(known, e->seq)) {
			if (!learn)
				return e;
			known->v = xreallocarray(known->v, known->n + 1, sizeof(*known->v));
			known->v[known->n++] = e->seq;
		}
		queue_apply(q, e);
	}
	return NULL;
}

static void
say_unstood(const struct desk *d, long long seq, const struct q_ev *e, const char *why)
{
	static const char *const needs[F_COUNT] = {
		/* TRANSLATORS: why a floor row needs what its agent lacks: a reception
		   (receive) needs the agent signed in and not away. */
		[F_RECEIVE] = N_("a reception needs its agent on the floor"),
		/* TRANSLATORS: a move (the manager's reordering) needs the agent in line. */
		[F_MOVE] = N_("a move needs its agent in line") };
	char ymd[11], hhmm[6];

	clock_ymd(clock_day(e->time), ymd);
	clock_hhmm(e->time, hhmm);
	/* TRANSLATORS: the attendance row being voided (443); the floor row (5), its event
	   (receive or move, as translated), its date and time; the agent (A03 张敏)
	   and why they were not there (has not signed in); the rule it breaks (a reception
	   needs its agent on the floor); the floor row again, twice. */
	warnx(_("refused: without row %lld, floor.csv row %lld (%s on %s at %s) would not "
	    "stand: %s %s (%s); void floor.csv row %lld first (next-agent --void %lld)"),
	    seq, e->seq, journal_word(&jdefs[J_FLOOR], q_fev_names[e->ev]), ymd, hhmm,
	    roster_who(&d->roster, e->agent), why, _(needs[e->ev]), e->seq, e->seq);
}

/*
 * SPEC 3 sign-in: a void must not leave a later floor row standing on nothing: the
 * receptions of an agent whose sign-in or return (back) it cancels.  The day is
 * replayed with the row and without it; a floor row that stood on nothing already is
 * not the void's doing.
 */
int
queue_may_void(const struct desk *d, struct journal *att, struct journal *fl,
    long long seq, time_t t)
{
	time_t end = clock_day_start(clock_day(t) + 1) - 1;
	struct queue q;
	struct seqs before = { 0 };
	const struct q_ev *e;
	char why[128];
	int rv;

	if ((rv = queue_load_at(&q, d, att, fl, end)) == 0) {
		unstood(&q, 0, &before, 1, why, sizeof(why));
		if ((e = unstood(&q, seq, &before, 0, why, sizeof(why))) != NULL) {
			say_unstood(d, seq, e, why);
			rv = EX_REFUSED;
		}
	}
	free(before.v);
	queue_free(&q);
	return rv;
}
