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
#include "followup.h"
#include "import.h"
#include "journal.h"
#include "manager.h"
#include "phone.h"
#include "register.h"
#include "util.h"

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

/*
 * One row: decided under the lock, appended, said with its seq (SPEC 2).  A follow-up
 * reads followups.csv for a caller handed out (次日分派), and with --next appends its
 * plan there, under that book's lock too (taken last, SPEC 1), both or neither.
 */
static int
record_entry(struct desk *d, struct reg_entry *e, day_t next)
{
	struct journal v, de, fu = { .fd = -1 };
	struct str say = { 0 };
	char due[11];
	int rv, follow = strcmp(e->f[VI_KIND], "follow") == 0;

	if ((rv = register_open(d, &v, &de, 1)) != 0 || (follow &&
	    ((rv = journal_open(&fu, d->dir, J_FOLLOWUPS, next != 0)) != 0 ||
	    (rv = followup_assignee(d, &fu, e->f[VI_PHONE], e->assigned,
	    sizeof(e->assigned))) != 0)))
		goto out;
	if (next)
		journal_hold(&v);
	if ((rv = register_decide(d, &v, &de, NULL, e, &say)) == 0 &&
	    (rv = register_append(&v, e)) == 0 && next &&
	    ((rv = followup_append(&fu, &(struct fu_row){ e->time, e->f[VI_PHONE],
	    e->f[VI_AGENT], "plan", next, NULL, NULL })) != 0 ||
	    (rv = journal_commit(&v)) != 0)) {
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

/* --handover: one row per customer FROM holds, each then TO's (客户移交, SPEC 5.2). */
static int
hand_over(struct desk *d, const struct cli *c)
{
	struct strlist said = { 0 };
	long long first = 0;
	int rv;

	if ((rv = manager_check(d, "--handover")) != 0)	/* SPEC 2: a manager's action */
		return rv;
	rv = register_handover(d, c->arg, c->val[O_TO], c->val[O_NOTE], &said, &first);
	for (size_t i = 0; rv == 0 && i < said.n; i++) {
		printf("%s", said.v[i]);
		journal_say_row(first + (long long)i);
	}
	strlist_free(&said);
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

	if ((rv = register_open(im->desk, &vi, &de, 1)) != 0)
		goto out;
	journal_hold(&vi);
	b = reg_batch_new();
	for (size_t i = 0; i < n && rv == 0; i++) {
		if ((rv = register_decide(im->desk, &vi, &de, b, &v[i].e, NULL)) == 0 &&
		    (rv = register_append(&vi, &v[i].e)) == 0)
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
	char phone[PHONE_LEN], reg[11], last[11], until[11], n[16];
	int rv;

	if (phone_arg("", c->arg, phone) != 0)
		return EX_DATAERR;
	if ((rv = register_open(d, &v, &de, 0)) == 0 &&
	    (rv = register_find(d, &v, &de, NULL, phone, d->now, &r)) == 0 &&
	    (rv = csvout_begin(&c->out, hdr, 9)) == 0) {
		clock_ymd_or_empty(r.registered, reg);
		clock_ymd_or_empty(r.last, last);
		clock_ymd_or_empty(r.until, until);
		snprintf(n, sizeof(n), "%d", r.visits);
		rv = csvout_row(&c->out, (const char *[]){ phone, r.name, r.owner, reg, last,
		    until, csvout_word(&c->out, register_standing(&r)), n, r.level });
	}
	rv = csvout_finish(&c->out, rv);
	if (rv == 0 && r.owner[0] != '\0' && (r.agent < 0 || !d->roster.a[r.agent].active))
		/* TRANSLATORS: after --lookup's row, when its owner has left: %s is the
		   owner ("A05 王芳").  SPEC 5.2, seed 000 条例 14 (客户移交). */
		warnx(_("note: %s is no longer active but holds the customer until the manager "
		    "hands them over (--handover) or the registration lapses (条例 14)"),
		    r.agent < 0 ? r.owner : roster_who(&d->roster, r.agent));
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
		rv = register_void(&d, cli.seq, cli.val[O_NOTE]);
	else if (cli.mode == M_HANDOVER)
		rv = hand_over(&d, &cli);
	else
		rv = record(&d, &cli);
	desk_close(&d);
	return finish(rv);
}
