/*
 * register-visit: the customer register (客户来访登记表, 来电登记).  Records visits, calls
 * and follow-ups, each decided by lib/register under the register's lock (who owns the
 * customer), voids a row and hands an agent's customers over (客户移交), looks customers
 * up, lists a day, and imports a paper register typed into CSV, all or nothing.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csvout.h"
#include "desk.h"
#include "import.h"
#include "journal.h"
#include "phone.h"
#include "register.h"
#include "util.h"
#include "void.h"

/* The modes: the kinds of row first, in the words of the kind column. */
enum { M_VISIT, M_CALL, M_FOLLOW, M_LOOKUP, M_LIST, M_IMPORT, M_VOID, M_HANDOVER,
	NMODES };
#define ROW	(CLI_BIT(M_VISIT) | CLI_BIT(M_CALL))
#define ROWS	(ROW | CLI_BIT(M_FOLLOW))

/* The kind column of visits.csv; register-visit --list --table says it translated. */
static const char *const kinds[] = {
	/* TRANSLATORS: a register row's kind (register-visit --list --table): the
	   customer came to the showroom (来访). */
	N_("visit"),
	/* TRANSLATORS: a register row's kind: a phone enquiry (来电). */
	N_("call"),
	/* TRANSLATORS: a register row's kind: the owner followed the customer up
	   (跟进). */
	N_("follow"),
	/* TRANSLATORS: a register row's kind: the manager handed the customer over to
	   another agent (客户移交). */
	N_("handover") };
#define NKINDS	(sizeof(kinds) / sizeof(kinds[0]))

/* The gender column as visits.csv keeps it (--gender M|F); --table says it translated. */
static const char *const genders[] = {
	/* TRANSLATORS: a customer's gender in register-visit --list --table: male
	   (男). */
	N_("M"),
	/* TRANSLATORS: a customer's gender: female (女). */
	N_("F") };

static const struct cli_mode modes[NMODES] = {
	/* TRANSLATORS: the default mode, as usage errors name it: "a visit needs --agent". */
	[M_VISIT] = { .words = N_("a visit") },
	[M_CALL] = { "call" },
	[M_FOLLOW] = { "follow" },
	[M_LOOKUP] = { "lookup", .arg = 1, .out = 1 },
	[M_LIST] = { "list", .out = 1 },
	[M_IMPORT] = { "import", .arg = 1, .in = 1, .text = 1 },
	[M_VOID] = { "void", .arg = 1, .seq = 1 },
	[M_HANDOVER] = { "handover", .arg = 1 },
};

/* SPEC 3: a follow-up takes every visit option as what it says (a --name corrects it). */
enum { O_ADDRESS, O_AGENT, O_DATE, O_GENDER, O_HOUSEHOLD, O_INTEREST, O_LEVEL, O_NAME,
	O_NEXT, O_NOTE, O_PARTY, O_PHONE, O_REFERRER, O_SOURCE, O_TO, O_UNIT, NOPTS };
#define WHY	(CLI_BIT(M_VOID) | CLI_BIT(M_HANDOVER))
static const struct cli_opt opts[NOPTS] = {
	[O_ADDRESS] = { "address", 1, ROWS, .text = 1 },
	[O_AGENT] = { "agent", 1, ROWS, .need_in = ROWS },
	[O_DATE] = { "date", 1, CLI_BIT(M_LIST) },
	[O_GENDER] = { "gender", 1, ROWS },
	[O_HOUSEHOLD] = { "household", 1, ROWS },
	[O_INTEREST] = { "interest", 1, ROWS, .text = 1 },
	[O_LEVEL] = { "level", 1, ROWS },
	[O_NAME] = { "name", 1, ROWS, .need_in = CLI_BIT(M_VISIT), .text = 1 },
	[O_NEXT] = { "next", 1, CLI_BIT(M_FOLLOW) },
	[O_NOTE] = { "note", 1, ROWS | WHY, .need_in = WHY, .text = 1 },
	[O_PARTY] = { "party", 1, ROWS },
	[O_PHONE] = { "phone", 1, ROWS, .need_in = CLI_BIT(M_FOLLOW) },
	[O_REFERRER] = { "referrer", 1, ROWS },
	[O_SOURCE] = { "source", 1, ROWS, .need_in = ROW },
	[O_TO] = { "to", 1, CLI_BIT(M_HANDOVER), .need_in = CLI_BIT(M_HANDOVER) },
	[O_UNIT] = { "unit", 1, ROWS, .text = 1 },
};

/* The column of visits.csv each option fills (0: none). */
static const int fills[NOPTS] = { [O_ADDRESS] = VI_ADDRESS, [O_AGENT] = VI_AGENT,
	[O_GENDER] = VI_GENDER, [O_HOUSEHOLD] = VI_HOUSEHOLD, [O_INTEREST] = VI_INTEREST,
	[O_LEVEL] = VI_LEVEL, [O_NAME] = VI_NAME, [O_NOTE] = VI_NOTE, [O_PARTY] = VI_PARTY,
	[O_PHONE] = VI_PHONE, [O_REFERRER] = VI_REFERRER, [O_SOURCE] = VI_SOURCE,
	[O_UNIT] = VI_UNIT };

static struct cli cli = { .modes = modes, .nmodes = NMODES, .opts = opts, .nopts = NOPTS,
	/* TRANSLATORS: printed after "usage: "; translate the placeholders (dir, agent,
	   phone, name, unit, address, text, level, source, who, n, day, seq, file), not the
	   command, the options or the literal values (M|F, gbk), and keep the lines
	   aligned under the first command. */
	.usage = N_("register-visit [-d dir] --agent agent --phone phone --name name\n"
	"                      [--gender M|F] [--unit unit] [--address address]\n"
	"                      [--interest text] [--level level] --source source\n"
	"                      [--household phone] [--referrer who] [--party n]\n"
	"                      [--note text]\n"
	"       register-visit [-d dir] --call --agent agent --phone phone --source source\n"
	"                      [--name name] [--note text]\n"
	"       register-visit [-d dir] --follow --agent agent --phone phone [--level level]\n"
	"                      [--next day] [--name name] [--note text]\n"
	"       register-visit [-d dir] --void seq --note text\n"
	"       register-visit [-d dir] --handover agent --to agent --note text\n"
	"       register-visit [-d dir] --lookup phone [--table | --excel]\n"
	"                      [--encoding gbk]\n"
	"       register-visit [-d dir] --list [--date day] [--table | --excel]\n"
	"                      [--encoding gbk]\n"
	"       register-visit [-d dir] --import file [--encoding gbk]\n"
	"       register-visit -h | -V\n") };

/* The register and the deposits, locked in the order of SPEC 1. */
static int
open_books(const struct desk *d, struct journal *v, struct journal *de, int write)
{
	int rv = journal_open(v, d->dir, J_VISITS, write);

	if (rv == 0)
		return journal_open(de, d->dir, J_DEALS, 0);
	memset(de, 0, sizeof(*de));
	de->fd = -1;			/* closes as a book never opened */
	return rv;
}

static int
append_entry(struct journal *j, const struct reg_entry *e)
{
	char t[CLOCK_LEN];
	const char *f[VI_NCOLS];

	for (size_t c = 0; c < VI_NCOLS; c++)
		f[c] = e->f[c];
	clock_rfc3339(e->time, t);
	f[J_TIME] = t;
	return journal_append(j, f);
}

/* --next: the follow-up's plan row of followups.csv (SPEC 5.6), after its register row. */
static int
append_plan(const struct desk *d, struct journal *fu, const struct reg_entry *e,
    day_t next)
{
	const char *f[FU_NCOLS] = { 0 };
	char t[CLOCK_LEN], due[11];

	clock_rfc3339(e->time, t);
	clock_ymd(next, due);
	(void)d;
	f[J_TIME] = t;
	f[FU_PHONE] = e->f[VI_PHONE];
	f[FU_AGENT] = e->f[VI_AGENT];
	f[FU_EVENT] = "plan";
	f[FU_DUE] = due;
	return journal_append(fu, f);
}

/*
 * One row: decided under the lock, appended, said with its seq (SPEC 2).  A follow-up
 * with --next also appends its plan to followups.csv, under that book's lock too (taken
 * last, SPEC 1), both or neither.
 */
static int
record_entry(struct desk *d, struct reg_entry *e, day_t next)
{
	struct journal v, de, fu = { .fd = -1 };
	struct str say = { 0 };
	char due[11];
	int rv;

	if ((rv = open_books(d, &v, &de, 1)) != 0 ||
	    (next && (rv = journal_open(&fu, d->dir, J_FOLLOWUPS, 1)) != 0))
		goto out;
	if (next)
		journal_hold(&v);
	if ((rv = register_decide(d, &v, &de, NULL, e, &say)) == 0 &&
	    (rv = append_entry(&v, e)) == 0 && next &&
	    ((rv = append_plan(d, &fu, e, next)) != 0 || (rv = journal_commit(&v)) != 0)) {
		journal_rollback(&fu);
		journal_rollback(&v);
	}
	if (rv == 0) {
		printf("%s", say.s);
		journal_say_row(v.seq);
	}
	if (rv == 0 && next) {
		clock_ymd(next, due);
		/* TRANSLATORS: the second line of a follow-up given --next: %s is the day
		   of the next contact or appointment (2026-11-20); the row of followups.csv
		   follows, " (row 3)". */
		printf(_("next contact planned for %s in followups.csv"), due);
		journal_say_row(fu.seq);
	}
	free(say.s);
out:
	journal_close(&fu);
	journal_close(&de);
	journal_close(&v);
	return rv;
}

/* The row the command line gives, checked: a row is one line (SPEC 1). */
static int
entry_of(struct desk *d, const struct cli *c, struct reg_entry *e)
{
	const struct agent *a;
	int rv = 0;

	if ((a = roster_find(&d->roster, c->val[O_AGENT], &rv)) == NULL)
		return rv;
	for (size_t i = 0; i < NOPTS; i++) {
		if (fills[i] == 0 || c->val[i] == NULL)
			continue;
		if ((rv = journal_check_field(jdefs[J_VISITS].cols[fills[i]], c->val[i])) != 0)
			return rv;
		reg_entry_set(e, fills[i], c->val[i]);
	}
	reg_entry_set(e, VI_KIND, kinds[c->mode]);
	reg_entry_set(e, VI_AGENT, a->code);
	if (c->mode == M_VISIT && c->val[O_PARTY] == NULL)
		reg_entry_set(e, VI_PARTY, "1");
	e->time = d->now;
	return register_check(d, e);
}

static int
record(struct desk *d, const struct cli *c)
{
	struct reg_entry e;
	day_t next = 0;
	int rv;

	if (c->val[O_NEXT] != NULL) {
		if ((rv = cli_date("--next", c->val[O_NEXT], &next)) != 0)
			return rv;
		if (next < clock_day(d->now)) {
			/* TRANSLATORS: %s is the day typed after --next; the next contact
			   (下次跟进) is today or a day to come. */
			warnx(_("--next: %s is in the past: the next contact is today or a day "
			    "to come"), c->val[O_NEXT]);
			return EX_DATAERR;
		}
	}
	reg_entry_init(&e, "");
	if ((rv = entry_of(d, c, &e)) == 0)
		rv = record_entry(d, &e, next);
	reg_entry_free(&e);
	return rv;
}

/* --void: the register's reader, kept for the sentence of who owns the customer now. */
struct voiding {
	struct journal	*visits;
};

static int
void_rests(const struct desk *d, struct journal *j, const struct jtarget *t, void *arg)
{
	(void)d, (void)t;
	((struct voiding *)arg)->visits = j;
	return 0;
}

/* SPEC 3: the owner decided again as if the row had never been written, said. */
static int
void_owner(const struct desk *d, const struct jtarget *t, struct str *say, void *arg)
{
	struct voiding *vo = arg;
	const char *phone = t->f[VI_PHONE];
	char masked[PHONE_LEN], until[11];
	struct journal de;
	struct reg r;
	int rv;

	if (phone[0] == '\0' || strlen(phone) >= PHONE_LEN)
		return 0;			/* a visit without a phone: nobody's */
	if ((rv = journal_open(&de, d->dir, J_DEALS, 0)) != 0)
		return rv;
	rv = register_find(d, vo->visits, &de, NULL, phone, d->now, &r);
	journal_close(&de);
	if (rv != 0)
		return rv;
	phone_mask(phone, masked);
	if (r.owner[0] != '\0' && r.deposit)
		/* TRANSLATORS: added to the sentence of register-visit --void: %1$s is the
		   customer's phone, masked (139****1111), %2$s the agent code who owns them
		   now, held by a deposit (定金). */
		str_addf(say, _("; %s is now %s's, deposit paid"), masked, r.owner);
	else if (r.owner[0] != '\0') {
		clock_ymd(r.until, until);
		/* TRANSLATORS: added to the sentence of register-visit --void: %1$s is the
		   customer's phone, masked (139****1111), %2$s the agent code who owns them
		   now, %3$s the last day of the registration (2026-12-06). */
		str_addf(say, _("; %s is now %s's, valid until %s"), masked, r.owner, until);
	} else
		/* TRANSLATORS: added to the sentence of register-visit --void: %s is the
		   customer's phone, masked (139****1111); nobody holds a valid registration
		   of them now, the next visit registers them (新客户). */
		str_addf(say, _("; %s is now nobody's (the next visit registers them)"), masked);
	return 0;
}

static int
void_visit(struct desk *d, const struct cli *c)
{
	struct voiding vo = { 0 };

	return void_row(d, &(struct void_ask){ J_VISITS, c->seq, c->val[O_NOTE],
	    void_rests, void_owner, &vo });
}

/* --handover: one row per customer FROM holds, each then TO's (客户移交, SPEC 5.2). */
static int
hand_over(struct desk *d, const struct cli *c)
{
	const struct agent *from, *to;
	struct strlist roots = { 0 };
	struct journal v, de;
	struct reg *r = NULL;
	char masked[PHONE_LEN], until[11], ref[24];
	long long first;
	int rv = 0;

	if ((from = roster_match(&d->roster, c->arg)) == NULL) {
		roster_find(&d->roster, c->arg, &rv);	/* unknown: said, with the closest */
		return rv;
	}
	if ((to = roster_find(&d->roster, c->val[O_TO], &rv)) == NULL)
		return rv;
	if (from == to) {
		/* TRANSLATORS: %s is the agent given to both --handover and --to (A01
		   王伟). */
		warnx(_("refused: %s %s would hand over to themselves: --to names another "
		    "agent (客户移交)"), from->code, from->name);
		return EX_REFUSED;
	}
	if ((rv = journal_check_field("--note", c->val[O_NOTE])) != 0)
		return rv;
	if ((rv = open_books(d, &v, &de, 1)) != 0)
		goto out;
	if ((rv = register_held(d, &v, &de, from->code, d->now, &roots)) != 0)
		goto out;
	if (roots.n == 0) {
		/* TRANSLATORS: %1$s is the agent code given to --handover, %2$s the name
		   (A01 王伟). */
		warnx(_("refused: %s %s holds no customer: no valid registration and no "
		    "deposit to hand over (客户移交)"), from->code, from->name);
		rv = EX_REFUSED;
		goto out;
	}
	r = xcalloc(roots.n, sizeof(*r));
	for (size_t i = 0; rv == 0 && i < roots.n; i++)
		rv = register_find(d, &v, &de, NULL, roots.v[i], d->now, &r[i]);
	journal_hold(&v);		/* all or nothing: one write */
	for (size_t i = 0; rv == 0 && i < roots.n; i++) {
		struct reg_entry e;

		reg_entry_init(&e, "");
		reg_entry_set(&e, VI_KIND, "handover");
		reg_entry_set(&e, VI_PHONE, roots.v[i]);
		reg_entry_set(&e, VI_NAME, r[i].name);
		reg_entry_set(&e, VI_LEVEL, r[i].level);
		reg_entry_set(&e, VI_AGENT, to->code);
		reg_entry_set(&e, VI_REFERRER, from->code);
		reg_entry_set(&e, VI_OWNER, to->code);
		reg_entry_set(&e, VI_NOTE, c->val[O_NOTE]);
		if (r[i].seq != 0 && !r[i].deposit) {
			snprintf(ref, sizeof(ref), "%lld", r[i].seq);
			reg_entry_set(&e, VI_REF, ref);
		}
		e.time = d->now;
		rv = append_entry(&v, &e);
		reg_entry_free(&e);
	}
	if (rv != 0 || (rv = journal_commit(&v)) != 0) {
		journal_rollback(&v);
		goto out;
	}
	first = v.seq - (long long)roots.n + 1;
	for (size_t i = 0; i < roots.n; i++) {
		phone_mask(roots.v[i], masked);
		if (r[i].deposit)
			/* TRANSLATORS: one line of --handover per customer: %1$s the phone,
			   masked (139****1111), %2$s the customer's name, %3$s and %4$s the
			   agent who held them (A01 王伟), %5$s and %6$s the agent who holds
			   them now; a deposit (定金) holds the customer for good. */
			printf(_("%s %s handed over from %s %s to %s %s: deposit paid, held "
			    "for good (客户移交)"), masked, r[i].name, from->code, from->name,
			    to->code, to->name);
		else {
			clock_ymd(r[i].until, until);
			/* TRANSLATORS: one line of --handover per customer: %1$s the phone,
			   masked (139****1111), %2$s the customer's name, %3$s and %4$s the
			   agent who held them (A01 王伟), %5$s and %6$s the agent who holds
			   them now, %7$s the last day of the registration, unchanged. */
			printf(_("%s %s handed over from %s %s to %s %s: valid until %s "
			    "(客户移交)"), masked, r[i].name, from->code, from->name,
			    to->code, to->name, until);
		}
		journal_say_row(first + (long long)i);
	}
out:
	free(r);
	strlist_free(&roots);
	journal_close(&de);
	journal_close(&v);
	return rv;
}

/* --import: a paper register typed into CSV, each row checked, then decided in time order. */
struct vrow {
	struct import_row r;
	struct reg_entry e;
};

static const char *const import_cols[] = { "time", "kind", "agent", "phone", "name",
	"gender", "household", "unit", "address", "interest", "level", "source", "referrer",
	"party", "note" };
static const int import_col[] = { J_TIME, VI_KIND, VI_AGENT, VI_PHONE, VI_NAME, VI_GENDER,
	VI_HOUSEHOLD, VI_UNIT, VI_ADDRESS, VI_INTEREST, VI_LEVEL, VI_SOURCE, VI_REFERRER,
	VI_PARTY, VI_NOTE };
#define NIMPORT	(sizeof(import_cols) / sizeof(import_cols[0]))

static int
import_check(struct import *im, const char **f, void *row)
{
	const struct desk *d = im->desk;
	const struct agent *a = roster_match(&d->roster, f[2]);
	struct vrow *v = row;
	struct reg_entry *e = &v->e;
	const char *k = f[1];

	reg_entry_init(e, v->r.where);
	for (size_t i = 1; i < NIMPORT; i++)
		reg_entry_set(e, import_col[i], f[i]);
	if (import_time(im, f[0], &e->time) != 0)
		return -1;
	if (e->time > d->now)
		/* TRANSLATORS: %s is the time column of an imported row, as typed. */
		return import_fail(im, _("'%s' is not a time, or it is in the future"), f[0]);
	v->r.time = e->time;
	if (strcmp(k, "visit") != 0 && strcmp(k, "call") != 0 && strcmp(k, "follow") != 0)
		/* TRANSLATORS: visit, call and follow are the values of the kind column. */
		return import_fail(im, _("kind is visit, call or follow, not '%s'"), k);
	if (a == NULL)
		/* TRANSLATORS: %s is the agent column of an imported row, as typed. */
		return import_fail(im, _("unknown agent '%s'"), f[2]);
	if (!a->active)
		/* TRANSLATORS: %s is the agent column of an imported row, as typed; the
		   agent's active column in agents.csv says no. */
		return import_fail(im, _("inactive agent '%s'"), f[2]);
	reg_entry_set(e, VI_AGENT, a->code);
	if (strcmp(k, "visit") == 0 && (f[4][0] == '\0' || f[11][0] == '\0'))
		return import_fail(im, _("a visit needs a name and a source"));
	if (strcmp(k, "call") == 0 && f[11][0] == '\0')	/* 笔笔登记: no name is logged */
		return import_fail(im, _("a call needs a source"));
	if (strcmp(k, "visit") == 0 && f[13][0] == '\0')
		reg_entry_set(e, VI_PARTY, "1");
	if ((im->in.status = register_check(d, e)) != 0)
		return -1;
	return 0;
}

/*
 * The rows in time order, each decided against the book as it was and the rows before
 * it in the batch (held in memory, not read back: the cost is linear in the rows).
 */
static int
import_apply(struct import *im, void *rows, size_t n)
{
	struct vrow *v = rows;
	struct journal vi, de;
	struct reg_batch *b;
	int rv;

	if ((rv = open_books(im->desk, &vi, &de, 1)) != 0)
		goto out;
	journal_hold(&vi);
	b = reg_batch_new();
	for (size_t i = 0; i < n && rv == 0; i++) {
		if ((rv = register_decide(im->desk, &vi, &de, b, &v[i].e, NULL)) == 0 &&
		    (rv = append_entry(&vi, &v[i].e)) == 0)
			reg_batch_add(b, &vi, &v[i].e);
	}
	reg_batch_free(b);
	if (rv != 0 || (rv = journal_commit(&vi)) != 0)
		journal_rollback(&vi);
	im->first = vi.seq - (long long)n + 1, im->last = vi.seq;
out:
	journal_close(&de);
	journal_close(&vi);
	return rv;
}

static void
import_free(void *row)
{
	reg_entry_free(&((struct vrow *)row)->e);
}

static const struct import_fmt import_fmt = { "visits.csv", import_cols, NIMPORT, 3,
	sizeof(struct vrow), import_check, import_apply, import_free };

/* --lookup: what the register knows of one customer. */
static int
lookup(struct desk *d, struct cli *c)
{
	/* The CSV header, as it is; --table says it in the desk's language (csvout). */
	static const char *const hdr[] = {
		/* TRANSLATORS: --lookup --table column headings: the customer's phone, name,
		   owner (agent code), day registered, day last seen, last day the
		   registration holds, status, number of visits, the latest level given
		   to the household (意向级别). */
		N_("phone"), N_("name"), N_("owner"), N_("registered"), N_("last_contact"),
		N_("expires"), N_("status"), N_("visits"), N_("level") };
	struct journal v, de;
	struct reg r;
	char phone[PHONE_LEN], reg[11] = "", last[11] = "", until[11] = "", n[16];
	const char *status;
	int rv;

	if (phone_arg("", c->arg, phone) != 0)
		return EX_DATAERR;
	if ((rv = open_books(d, &v, &de, 0)) == 0 &&
	    (rv = register_find(d, &v, &de, NULL, phone, d->now, &r)) == 0 &&
	    (rv = csvout_begin(&c->out, hdr, 9)) == 0) {
		if (r.registered)
			clock_ymd(r.registered, reg);
		if (r.last)
			clock_ymd(r.last, last);
		if (r.until)
			clock_ymd(r.until, until);
		/* TRANSLATORS: --lookup's status: a deposit (定金) holds the customer for
		   good (已交定金). */
		status = r.deposit ? N_("deposit") :
		    /* TRANSLATORS: --lookup's status: the registration holds, until the
		       day in the column before (有效, 保护期内). */
		    r.owner[0] ? N_("valid") :
		    r.seen ? N_("expired") : r.rows ? N_("unregistered") : N_("new");
		snprintf(n, sizeof(n), "%d", r.visits);
		rv = csvout_row(&c->out, (const char *[]){ phone, r.name, r.owner, reg, last,
		    until, csvout_word(&c->out, status), n, r.level });
	}
	rv = csvout_finish(&c->out, rv);
	journal_close(&de);
	journal_close(&v);
	return rv;
}

struct day_list {
	struct csvout	*out;
	day_t		 day;
	time_t		 now;
	int		 rv;
};

static const int list_cols[] = { J_SEQ, J_TIME, VI_KIND, VI_PHONE, VI_NAME, VI_GENDER,
	VI_HOUSEHOLD, VI_LEVEL, VI_SOURCE, VI_AGENT, VI_REFERRER, VI_PARTY, VI_STATUS,
	VI_OWNER, VI_NOTE };
#define NLIST	(sizeof(list_cols) / sizeof(list_cols[0]))

static int
list_row(const struct jrow *r, void *arg)
{
	struct day_list *dl = arg;
	const char *f[NLIST];
	char t[6];

	if (clock_day(r->time) != dl->day || r->time > dl->now)
		return 0;
	for (size_t i = 0; i < NLIST; i++) {
		f[i] = r->f[list_cols[i]];
		/* the words the register writes (status: register_decide's), said */
		if ((list_cols[i] == VI_KIND && str_in(kinds, NKINDS, f[i])) ||
		    (list_cols[i] == VI_GENDER && str_in(genders, 2, f[i])) ||
		    list_cols[i] == VI_STATUS)
			f[i] = csvout_word(dl->out, f[i]);
	}
	clock_hhmm(r->time, t);
	f[1] = t;
	return (dl->rv = csvout_row(dl->out, f)) != 0 ? -1 : 0;
}

/* --list: the day's rows of the register, as recorded (voids honoured). */
static int
list(struct desk *d, struct cli *c)
{
	const char *hdr[NLIST];
	struct day_list dl = { &c->out, clock_day(d->now), d->now, 0 };
	struct journal v;
	int rv;

	for (size_t i = 0; i < NLIST; i++)
		hdr[i] = jdefs[J_VISITS].cols[list_cols[i]];
	if (c->val[O_DATE] != NULL && (rv = cli_date("--date", c->val[O_DATE], &dl.day)) != 0)
		return rv;
	if ((rv = journal_open(&v, d->dir, J_VISITS, 0)) == 0 &&
	    (rv = csvout_begin(&c->out, hdr, NLIST)) == 0)
		rv = journal_scan(&v, &(struct jscan){ .since = clock_day_start(dl.day) },
		    list_row, &dl);
	if (dl.rv != 0)
		rv = dl.rv;
	rv = csvout_finish(&c->out, rv);
	journal_close(&v);
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
	if (cli.mode == M_LOOKUP)
		rv = lookup(&d, &cli);
	else if (cli.mode == M_LIST)
		rv = list(&d, &cli);
	else if (cli.mode == M_IMPORT)
		rv = import_run(&d, &import_fmt, cli.arg, cli.encoding, NULL);
	else if (cli.mode == M_VOID)
		rv = void_visit(&d, &cli);
	else if (cli.mode == M_HANDOVER)
		rv = hand_over(&d, &cli);
	else
		rv = record(&d, &cli);
	desk_close(&d);
	return finish(rv);
}
