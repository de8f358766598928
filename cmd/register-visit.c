/*
 * register-visit: the customer register (客户来访登记表, 来电登记).  Records visits, calls
 * and follow-ups, decides who owns the customer (lib/register) under the register's lock,
 * looks customers up, lists a day, and imports a paper register typed into CSV, all or
 * nothing.
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvout.h"
#include "desk.h"
#include "journal.h"
#include "phone.h"
#include "register.h"
#include "util.h"

enum { OPT_ADDRESS = 0x200, OPT_AGENT, OPT_CALL, OPT_DATE, OPT_FOLLOW, OPT_GENDER,
	OPT_HOUSEHOLD, OPT_IMPORT, OPT_INTEREST, OPT_LEVEL, OPT_LIST, OPT_LOOKUP, OPT_NAME,
	OPT_NOTE, OPT_PARTY, OPT_PHONE, OPT_REFERRER, OPT_SOURCE, OPT_UNIT };

static const struct option longopts[] = {
	{ "address",	required_argument,	NULL,	OPT_ADDRESS },
	{ "agent",	required_argument,	NULL,	OPT_AGENT },
	{ "call",	no_argument,		NULL,	OPT_CALL },
	{ "data",	required_argument,	NULL,	'd' },
	{ "date",	required_argument,	NULL,	OPT_DATE },
	{ "follow",	no_argument,		NULL,	OPT_FOLLOW },
	{ "gender",	required_argument,	NULL,	OPT_GENDER },
	{ "help",	no_argument,		NULL,	'h' },
	{ "household",	required_argument,	NULL,	OPT_HOUSEHOLD },
	{ "import",	required_argument,	NULL,	OPT_IMPORT },
	{ "interest",	required_argument,	NULL,	OPT_INTEREST },
	{ "level",	required_argument,	NULL,	OPT_LEVEL },
	{ "list",	no_argument,		NULL,	OPT_LIST },
	{ "lookup",	required_argument,	NULL,	OPT_LOOKUP },
	{ "name",	required_argument,	NULL,	OPT_NAME },
	{ "note",	required_argument,	NULL,	OPT_NOTE },
	{ "party",	required_argument,	NULL,	OPT_PARTY },
	{ "phone",	required_argument,	NULL,	OPT_PHONE },
	{ "referrer",	required_argument,	NULL,	OPT_REFERRER },
	{ "source",	required_argument,	NULL,	OPT_SOURCE },
	{ "unit",	required_argument,	NULL,	OPT_UNIT },
	{ "version",	no_argument,		NULL,	'V' },
	CSVOUT_LONGOPTS,
	{ NULL,		0,			NULL,	0 }
};

/* The options that fill a column of visits.csv, and the column. */
static const int fills[][2] = { { OPT_ADDRESS, VI_ADDRESS }, { OPT_AGENT, VI_AGENT },
	{ OPT_GENDER, VI_GENDER }, { OPT_HOUSEHOLD, VI_HOUSEHOLD },
	{ OPT_INTEREST, VI_INTEREST }, { OPT_LEVEL, VI_LEVEL }, { OPT_NAME, VI_NAME },
	{ OPT_NOTE, VI_NOTE }, { OPT_PARTY, VI_PARTY }, { OPT_PHONE, VI_PHONE },
	{ OPT_REFERRER, VI_REFERRER }, { OPT_SOURCE, VI_SOURCE }, { OPT_UNIT, VI_UNIT } };

enum action { A_RECORD, A_LOOKUP, A_LIST, A_IMPORT };

struct opts {
	enum action	 action;
	int		 nactions, nkinds;
	const char	*kind;		/* visit, call, follow */
	const char	*data, *date, *arg;
	const char	*f[VI_NCOLS];	/* the columns given */
	struct csvout	 out;
};

/* One register row on its way in: the book's columns, owned, and where it came from. */
struct entry {
	char		*f[VI_NCOLS];
	time_t		 time;
	int		 agent;
	const char	*where;		/* "FILE:LINE: " for an import, "" otherwise */
	long		 line;
};

static void
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: register-visit [-d dir] [--call] --agent agent --phone phone --name name\n"
	    "                      [--gender M|F] [--unit unit] [--address address]\n"
	    "                      [--interest text] [--level level] --source source\n"
	    "                      [--household phone] [--referrer who] [--party n]\n"
	    "                      [--note text]\n"
	    "       register-visit [-d dir] --follow --agent agent --phone phone [--note text]\n"
	    "       register-visit [-d dir] --lookup phone [--table | --excel]\n"
	    "                      [--encoding gbk]\n"
	    "       register-visit [-d dir] --list [--date day] [--table | --excel]\n"
	    "                      [--encoding gbk]\n"
	    "       register-visit [-d dir] --import file\n"
	    "       register-visit -h | -V\n");
	exit(finish(status));
}

static void
set_action(struct opts *o, enum action a, const char *arg)
{
	o->action = a;
	o->arg = arg;
	o->nactions++;
}

static int
fill(struct opts *o, int ch, const char *arg)
{
	for (size_t i = 0; i < sizeof(fills) / sizeof(fills[0]); i++)
		if (fills[i][0] == ch) {
			o->f[fills[i][1]] = arg;
			return 1;
		}
	return 0;
}

static void
check_opts(const struct opts *o, int argc)
{
	int given = 0, extra = 0, follow = strcmp(o->kind, "follow") == 0;

	for (size_t i = 0; i < VI_NCOLS; i++) {
		given |= o->f[i] != NULL;
		extra |= o->f[i] != NULL && i != VI_AGENT && i != VI_PHONE && i != VI_NOTE;
	}
	if (o->nactions > 1 || o->nkinds > 1 || (o->action != A_RECORD && o->nkinds))
		usage_error("one of a visit, --call, --follow, --lookup, --list and --import "
		    "at a time");
	else if (argc != 0)
		usage_error("every value goes with its option, e.g. --phone 13812345678");
	else if (o->action != A_RECORD && given)
		usage_error("--lookup, --list and --import take no register fields");
	else if (o->action == A_RECORD && o->f[VI_AGENT] == NULL)
		usage_error("--agent names who received the customer");
	else if (o->action == A_RECORD && !follow &&
	    (o->f[VI_NAME] == NULL || o->f[VI_SOURCE] == NULL))
		usage_error("a visit or a call needs --name and --source (the channel report "
		    "needs the source)");
	else if (follow && (o->f[VI_PHONE] == NULL || extra))
		usage_error("--follow takes --agent, --phone and --note");
	else if (o->date != NULL && o->action != A_LIST)
		usage_error("--date goes with --list");
	else
		csvout_check(&o->out, o->action == A_LOOKUP || o->action == A_LIST,
		    "--lookup and --list");
}

static void
parse_opts(struct opts *o, int argc, char *argv[])
{
	int ch;

	o->kind = "visit";
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "d:hV", longopts, NULL)) != -1)
		switch (ch) {
		case 'd':
		case 'h':
		case 'V':
			tool_option(ch, optarg, &o->data, usage);
			break;
		case OPT_CALL:
			o->kind = "call";
			o->nkinds++;
			break;
		case OPT_DATE:
			o->date = optarg;
			break;
		case OPT_FOLLOW:
			o->kind = "follow";
			o->nkinds++;
			break;
		case OPT_IMPORT:
			set_action(o, A_IMPORT, optarg);
			break;
		case OPT_LIST:
			set_action(o, A_LIST, NULL);
			break;
		case OPT_LOOKUP:
			set_action(o, A_LOOKUP, optarg);
			break;
		default:
			if (fill(o, ch, optarg))
				break;
			csvout_option(&o->out, ch, optarg, argv[optind - 1]);
		}
	check_opts(o, argc - optind);
}

static int bad(const struct entry *, const char *, ...) __attribute__((format(printf, 2, 3)));

/* Bad data: one line, with FILE:LINE for an import (exit 65). */
static int
bad(const struct entry *e, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	warnx("%s%s", e->where, msg);
	free(msg);
	return EX_DATAERR;
}

static int
norm_phone(struct entry *e, int col)
{
	char p[PHONE_LEN];

	if (e->f[col][0] == '\0')
		return 0;
	if (phone_arg(e->where, e->f[col], p) != 0)
		return EX_DATAERR;
	strcpy(e->f[col], p);
	return 0;
}

/* Every field the way the book keeps it, or exit 65 saying which is wrong. */
static int
check_entry(const struct desk *d, struct entry *e)
{
	const struct rules *r = &d->rules;
	const char *g = e->f[VI_GENDER], *p = e->f[VI_PARTY];
	int rv;

	for (size_t c = VI_KIND; c < VI_REF; c++)
		if (strpbrk(e->f[c], "\r\n") != NULL)
			return bad(e, "%s holds a line break: a row is one line",
			    jdefs[J_VISITS].cols[c]);
	if ((rv = norm_phone(e, VI_PHONE)) != 0 || (rv = norm_phone(e, VI_HOUSEHOLD)) != 0)
		return rv;
	if (*g != '\0' && strcmp(g, "M") != 0 && strcmp(g, "F") != 0)
		return bad(e, "gender is M or F, not '%s'", g);
	if (e->f[VI_LEVEL][0] != '\0' && !strlist_has(&r->levels, e->f[VI_LEVEL]))
		return bad(e, "level '%s' is not one of the rule levels", e->f[VI_LEVEL]);
	if (e->f[VI_SOURCE][0] != '\0' && !strlist_has(&r->sources, e->f[VI_SOURCE]))
		return bad(e, "source '%s' is not one of the rule sources", e->f[VI_SOURCE]);
	if (*p != '\0' && (strspn(p, "0123456789") != strlen(p) || *p == '0' || strlen(p) > 3))
		return bad(e, "party is the number of people, 1 to 999, not '%s'", p);
	if (strcmp(e->f[VI_KIND], "visit") != 0 && e->f[VI_PHONE][0] == '\0')
		return bad(e, "a %s needs the customer's phone", e->f[VI_KIND]);
	if (e->f[VI_HOUSEHOLD][0] != '\0' &&
	    strcmp(e->f[VI_HOUSEHOLD], e->f[VI_PHONE]) == 0)
		return bad(e, "a customer is not their own household");
	return 0;
}

static void
entry_free(struct entry *e)
{
	for (size_t c = 0; c < VI_NCOLS; c++)
		free(e->f[c]);
}

static const char *
day_str(day_t day)
{
	static char buf[2][11];
	static int n;

	n = !n;
	clock_ymd(day, buf[n]);
	return buf[n];
}

/* The household the entry links to: the one given (which must be known), else its own. */
static int
find_household(const struct desk *d, struct journal *v, struct journal *de,
    struct entry *e, struct reg *r)
{
	char masked[PHONE_LEN];
	struct reg self;
	int rv;

	if (e->f[VI_HOUSEHOLD][0] == '\0')
		return register_find(d, v, de, e->f[VI_PHONE], e->time, r);
	if ((rv = register_find(d, v, de, e->f[VI_PHONE], e->time, &self)) != 0 ||
	    (rv = register_find(d, v, de, e->f[VI_HOUSEHOLD], e->time, r)) != 0)
		return rv;
	if (self.owner[0] != '\0' && strcmp(self.root, r->root) != 0 &&
	    strcmp(self.owner, r->owner) != 0) {
		phone_mask(e->f[VI_PHONE], masked);
		warnx("%srefused: %s is registered to %s: a customer of one agent does not "
		    "join another's household (first registration wins, 条例 12)", e->where,
		    masked, self.owner);
		return EX_REFUSED;
	}
	if (!r->seen) {
		phone_mask(e->f[VI_HOUSEHOLD], masked);
		warnx("%srefused: %s is not in the register: a household links to a "
		    "registered customer (四.7)", e->where, masked);
		return EX_REFUSED;
	}
	return 0;
}

/* The sentence of SPEC 3 for a row decided with status st. */
static void
tell(const struct desk *d, const struct entry *e, const struct reg *r, int st,
    struct str *say)
{
	const char *kind = e->f[VI_KIND], *agent = e->f[VI_AGENT];
	const char *until = day_str(clock_day(e->time) + d->rules.registration_valid_days);
	char masked[PHONE_LEN];

	phone_mask(e->f[VI_PHONE], masked);
	if (strcmp(kind, "call") == 0) {
		str_addf(say, "call from %s recorded: a call owns no customer (电话咨询不做客户"
		    "登记, 四.6)", masked);
		if (r->owner[0] != '\0')
			str_addf(say, "; the customer is %s's%s%s", r->owner,
			    r->until ? ", valid until " : ", deposit paid",
			    r->until ? day_str(r->until) : "");
	} else if (strcmp(kind, "follow") == 0)
		str_addf(say, "follow-up of %s by %s recorded: %s%s", masked, agent,
		    r->until ? "valid until " : "the deposit holds the customer for good",
		    r->until ? until : "");
	else if (st == RS_NEW || st == RS_EXPIRED) {
		str_addf(say, "new customer %s %s registered to %s, valid until %s", masked,
		    e->f[VI_NAME], agent, until);
		if (st == RS_EXPIRED && r->lapsed)
			str_addf(say, " (the registration of %s lapsed on %s: 条例 13)", r->was,
			    day_str(r->lapsed));
	} else if (st == RS_RETURNING) {
		str_addf(say, "returning customer of %s (", agent);
		if (r->registered)
			str_addf(say, "registered %s, ", day_str(r->registered));
		str_addf(say, "%s%s)", r->until ? "valid until " : "deposit paid: for good",
		    r->until ? until : "");
	} else {
		str_addf(say, "already registered to %s", r->owner);
		if (r->registered)
			str_addf(say, " on %s", day_str(r->registered));
		str_addf(say, "%s: first registration wins (recorded as crossed, 条例 12)",
		    r->deposit ? ", who took a deposit" : "");
	}
	if (e->f[VI_HOUSEHOLD][0] != '\0') {
		phone_mask(e->f[VI_HOUSEHOLD], masked);
		str_addf(say, "; household of %s (四.7)", masked);
	}
}

static void
set_field(struct entry *e, int col, const char *s)
{
	free(e->f[col]);
	e->f[col] = xstrdup(s);
}

/*
 * SPEC 5.2: the status and the owner this row gets, and the sentence that says so.
 * EX_REFUSED for a follow-up of a customer who is not the agent's.
 */
static int
decide(const struct desk *d, struct journal *v, struct journal *de, struct entry *e,
    struct str *say)
{
	char masked[PHONE_LEN];
	struct reg r;
	int rv, st;

	if (e->f[VI_PHONE][0] == '\0') {
		str_addf(say, "visit of %s recorded without a phone: unregistered, owns no "
		    "customer (有效客户登记必须填写联系方式, 五.2)", e->f[VI_NAME]);
		set_field(e, VI_STATUS, reg_status_names[RS_UNREGISTERED]);
		return 0;
	}
	if ((rv = find_household(d, v, de, e, &r)) != 0)
		return rv;
	set_field(e, VI_HOUSEHOLD, strcmp(r.root, e->f[VI_PHONE]) ? r.root : "");
	st = register_status(&r, e->f[VI_AGENT]);
	if (strcmp(e->f[VI_KIND], "follow") == 0 && st != RS_RETURNING) {
		phone_mask(e->f[VI_PHONE], masked);
		warnx("%srefused: %s %s: only the owner's follow-up renews a registration "
		    "(四.7, 条例 13)", e->where, masked, r.owner[0] ?
		    "is registered to another agent" : "has no valid registration");
		return EX_REFUSED;
	}
	tell(d, e, &r, st, say);
	if (strcmp(e->f[VI_KIND], "call") == 0)
		st = RS_UNREGISTERED;		/* 四.6: a call never owns */
	set_field(e, VI_OWNER, st == RS_NEW || st == RS_EXPIRED ? e->f[VI_AGENT] :
	    st == RS_UNREGISTERED ? "" : r.owner);
	set_field(e, VI_STATUS, reg_status_names[st]);
	return 0;
}

static int
append_entry(struct journal *j, const struct entry *e)
{
	char t[CLOCK_LEN];
	const char *f[VI_NCOLS];

	for (size_t c = 0; c < VI_NCOLS; c++)
		f[c] = e->f[c];
	clock_rfc3339(e->time, t);
	f[J_TIME] = t;
	return journal_append(j, f);
}

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
record_entries(struct desk *d, struct entry *e, size_t n, int quiet)
{
	struct journal v, de;
	struct str say = { 0 };
	int rv = open_books(d, &v, &de, 1);

	for (size_t i = 0; i < n && rv == 0; i++) {
		say.len = 0;
		if ((rv = decide(d, &v, &de, &e[i], &say)) == 0 &&
		    (rv = append_entry(&v, &e[i])) == 0 && !quiet)
			printf("%s\n", say.s);
	}
	if (rv != 0)
		journal_rollback(&v);
	else if (quiet)
		printf("imported %zu row%s into visits.csv, rows %lld to %lld\n", n,
		    n == 1 ? "" : "s", v.seq - (long long)n + 1, v.seq);
	free(say.s);
	journal_close(&de);
	journal_close(&v);
	return rv;
}

static void
entry_init(struct entry *e)
{
	memset(e, 0, sizeof(*e));
	for (size_t c = 0; c < VI_NCOLS; c++)
		e->f[c] = xstrdup("");
	e->where = "";
}

static int
record(struct desk *d, const struct opts *o)
{
	struct entry e;
	const struct agent *a;
	int rv = 0;

	if ((a = roster_find(&d->roster, o->f[VI_AGENT], &rv)) == NULL)
		return rv;
	entry_init(&e);
	for (size_t c = VI_KIND; c < VI_REF; c++)
		if (o->f[c] != NULL)
			set_field(&e, c, o->f[c]);
	set_field(&e, VI_KIND, o->kind);
	set_field(&e, VI_AGENT, a->code);
	if (strcmp(o->kind, "visit") == 0 && o->f[VI_PARTY] == NULL)
		set_field(&e, VI_PARTY, "1");
	e.time = d->now;
	if ((rv = check_entry(d, &e)) == 0)
		rv = record_entries(d, &e, 1, 0);
	entry_free(&e);
	return rv;
}

/* --import: a paper register typed into CSV, each row checked, then decided in time order. */
static const char *const import_cols[] = { "time", "kind", "agent", "phone", "name",
	"gender", "household", "unit", "address", "interest", "level", "source", "referrer",
	"party", "note" };
static const int import_col[] = { J_TIME, VI_KIND, VI_AGENT, VI_PHONE, VI_NAME, VI_GENDER,
	VI_HOUSEHOLD, VI_UNIT, VI_ADDRESS, VI_INTEREST, VI_LEVEL, VI_SOURCE, VI_REFERRER,
	VI_PARTY, VI_NOTE };
#define NIMPORT	(sizeof(import_cols) / sizeof(import_cols[0]))

static int
import_row(struct csvin *in, const struct desk *d, struct entry *e, char *where)
{
	const char **f = in->field;
	const struct agent *a = roster_match(&d->roster, f[2]);
	const char *k = f[1];

	entry_init(e);
	e->line = in->line;
	e->where = where;
	for (size_t i = 1; i < NIMPORT; i++)
		set_field(e, import_col[i], f[i]);
	if (clock_parse(f[0], d->now, &e->time) == -1 || e->time > d->now)
		return csvin_fail(in, "'%s' is not a time, or it is in the future", f[0]);
	if (strcmp(k, "visit") != 0 && strcmp(k, "call") != 0 && strcmp(k, "follow") != 0)
		return csvin_fail(in, "kind is visit, call or follow, not '%s'", k);
	if (a == NULL || !a->active)
		return csvin_fail(in, "%s agent '%s'", a ? "inactive" : "unknown", f[2]);
	set_field(e, VI_AGENT, a->code);
	if (strcmp(k, "follow") != 0 && (f[4][0] == '\0' || f[11][0] == '\0'))
		return csvin_fail(in, "a %s needs a name and a source", k);
	if (strcmp(k, "visit") == 0 && f[13][0] == '\0')
		set_field(e, VI_PARTY, "1");
	if (check_entry(d, e) != 0)
		return in->status = EX_DATAERR;
	return 0;
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;

	return clock_order(x->time, x->line, y->time, y->line);
}

static int
import(struct desk *d, const struct opts *o)
{
	const char *name = strcmp(o->arg, "-") == 0 ? "stdin" : o->arg;
	struct entry *e = NULL;
	char **where = NULL;
	size_t n = 0;
	struct csvin in;
	int rv;

	if (csvin_open(&in, o->arg, name, CSVIN_KNOWN) == 0 &&
	    csvin_header(&in, import_cols, NIMPORT, 3) == 1)
		while (csvin_next(&in) == 1) {
			e = xreallocarray(e, n + 1, sizeof(*e));
			where = xreallocarray(where, n + 1, sizeof(*where));
			where[n] = xasprintf("%s:%ld: ", name, in.line);
			n++;
			if (import_row(&in, d, &e[n - 1], where[n - 1]) != 0)
				break;
		}
	if ((rv = in.status) == 0 && n == 0)
		printf("no rows to import: visits.csv is unchanged\n");
	else if (rv == 0) {
		qsort(e, n, sizeof(*e), entry_cmp);
		rv = record_entries(d, e, n, 1);
	}
	csvin_close(&in);
	for (size_t i = 0; i < n; i++) {
		entry_free(&e[i]);
		free(where[i]);
	}
	free(e);
	free(where);
	return rv;
}

/* --lookup: what the register knows of one customer. */
static int
lookup(struct desk *d, struct opts *o)
{
	static const char *const hdr[] = { "phone", "name", "owner", "registered",
		"last_contact", "expires", "status", "visits" };
	struct journal v, de;
	struct reg r;
	char phone[PHONE_LEN], reg[11] = "", last[11] = "", until[11] = "", n[16];
	const char *status;
	int rv;

	if (phone_arg("", o->arg, phone) != 0)
		return EX_DATAERR;
	if ((rv = open_books(d, &v, &de, 0)) == 0 &&
	    (rv = register_find(d, &v, &de, phone, d->now, &r)) == 0 &&
	    (rv = csvout_begin(&o->out, hdr, 8)) == 0) {
		if (r.registered)
			clock_ymd(r.registered, reg);
		if (r.last)
			clock_ymd(r.last, last);
		if (r.until)
			clock_ymd(r.until, until);
		status = r.deposit ? "deposit" : r.owner[0] ? "valid" : r.seen ? "expired" :
		    r.rows ? "unregistered" : "new";
		snprintf(n, sizeof(n), "%d", r.visits);
		rv = csvout_row(&o->out, (const char *[]){ phone, r.name, r.owner, reg, last,
		    until, status, n });
	}
	rv = csvout_finish(&o->out, rv);
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
	for (size_t i = 0; i < NLIST; i++)
		f[i] = r->f[list_cols[i]];
	clock_hhmm(r->time, t);
	f[1] = t;
	return (dl->rv = csvout_row(dl->out, f)) != 0 ? -1 : 0;
}

/* --list: the day's rows of the register, as recorded (voids honoured). */
static int
list(struct desk *d, struct opts *o)
{
	const char *hdr[NLIST];
	struct day_list dl = { &o->out, clock_day(d->now), d->now, 0 };
	struct journal v;
	int rv;

	for (size_t i = 0; i < NLIST; i++)
		hdr[i] = jdefs[J_VISITS].cols[list_cols[i]];
	if (o->date != NULL && clock_parse_date(o->date, &dl.day) == -1) {
		warnx("--date: '%s' is not a date YYYY-MM-DD", o->date);
		return EX_DATAERR;
	}
	if ((rv = journal_open(&v, d->dir, J_VISITS, 0)) == 0 &&
	    (rv = csvout_begin(&o->out, hdr, NLIST)) == 0)
		rv = journal_scan(&v, &(struct jscan){ .since = clock_day_start(dl.day) },
		    list_row, &dl);
	if (dl.rv != 0)
		rv = dl.rv;
	rv = csvout_finish(&o->out, rv);
	journal_close(&v);
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
	case A_RECORD:
		rv = record(&d, &o);
		break;
	case A_LOOKUP:
		rv = lookup(&d, &o);
		break;
	case A_LIST:
		rv = list(&d, &o);
		break;
	case A_IMPORT:
		rv = import(&d, &o);
		break;
	}
	desk_close(&d);
	return finish(rv);
}
