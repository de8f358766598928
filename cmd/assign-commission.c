/*
 * assign-commission: who is paid for a deal, and why (佣金分配).  Records the deal and its
 * commission rows, decided by lib/commission from the register's evidence under the locks
 * of every book the decision reads; records cooperation agreements; voids a deal; imports
 * a finance system's export; prints the month's statement.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commission.h"
#include "csvout.h"
#include "desk.h"
#include "journal.h"
#include "phone.h"
#include "util.h"

enum { OPT_AGENT = 0x200, OPT_AGREE, OPT_AMOUNT, OPT_DEAL, OPT_EXPLAIN, OPT_IMPORT,
	OPT_KIND, OPT_NOTE, OPT_PHONE, OPT_REFERRER, OPT_SPLIT, OPT_STATEMENT, OPT_VOID };

static const struct option longopts[] = {
	{ "agent",	required_argument,	NULL,	OPT_AGENT },
	{ "agree",	required_argument,	NULL,	OPT_AGREE },
	{ "amount",	required_argument,	NULL,	OPT_AMOUNT },
	{ "data",	required_argument,	NULL,	'd' },
	{ "deal",	required_argument,	NULL,	OPT_DEAL },
	{ "explain",	no_argument,		NULL,	OPT_EXPLAIN },
	{ "help",	no_argument,		NULL,	'h' },
	{ "import",	required_argument,	NULL,	OPT_IMPORT },
	{ "kind",	required_argument,	NULL,	OPT_KIND },
	{ "note",	required_argument,	NULL,	OPT_NOTE },
	{ "phone",	required_argument,	NULL,	OPT_PHONE },
	{ "referrer",	required_argument,	NULL,	OPT_REFERRER },
	{ "split",	required_argument,	NULL,	OPT_SPLIT },
	{ "statement",	required_argument,	NULL,	OPT_STATEMENT },
	{ "version",	no_argument,		NULL,	'V' },
	{ "void",	required_argument,	NULL,	OPT_VOID },
	CSVOUT_LONGOPTS,
	{ NULL,		0,			NULL,	0 }
};

enum action { A_DEAL, A_AGREE, A_VOID, A_IMPORT, A_STATEMENT };

struct opts {
	enum action	 action;
	int		 nactions, explain;
	const char	*data, *deal, *phone, *agent, *amount, *kind, *referrer, *split;
	const char	*note, *arg, *shares;
	struct csvout	 out;
};

static const char *const out_cols[] = { "deal", "agent", "share", "amount", "rule",
	"evidence" };

static void
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: assign-commission [-d dir] [--explain] --deal id --phone phone\n"
	    "                         --agent closer --amount yuan [--kind sale|rent|deposit]\n"
	    "                         [--referrer who] [--split agent:pct,... --note why]\n"
	    "                         [--table | --excel] [--encoding gbk]\n"
	    "       assign-commission [-d dir] --agree phone agent:pct,... [--note text]\n"
	    "       assign-commission [-d dir] --void deal --note why\n"
	    "       assign-commission [-d dir] --import file\n"
	    "       assign-commission [-d dir] --statement yyyy-mm [--table | --excel]\n"
	    "                         [--encoding gbk]\n"
	    "       assign-commission -h | -V\n");
	exit(finish(status));
}

static void
set_action(struct opts *o, enum action a, const char *arg)
{
	o->action = a;
	o->arg = arg;
	o->nactions++;
}

static void
check_opts(const struct opts *o, int argc)
{
	int deal = o->action == A_DEAL;

	if (o->nactions > 1)
		usage_error("one of a deal, --agree, --void, --import and --statement");
	else if (argc != (o->action == A_AGREE ? 1 : 0))
		usage_error(o->action == A_AGREE ? "--agree PHONE takes the shares, e.g. "
		    "A01:50,A02:50" : "every value goes with its option");
	else if (deal && (!o->deal || !o->phone || !o->agent || !o->amount))
		usage_error("a deal needs --deal, --phone, --agent and --amount");
	else if (!deal && (o->deal || o->phone || o->agent || o->amount || o->kind ||
	    o->referrer || o->split || o->explain))
		usage_error("--deal, --phone, --agent, --amount, --kind, --referrer, --split "
		    "and --explain describe a deal");
	else if (o->split && o->kind && strcmp(o->kind, "deposit") == 0)
		usage_error("a deposit pays no commission: --split goes with a sale or a rent");
	else if ((o->split != NULL || o->action == A_VOID) && o->note == NULL)
		usage_error("--%s needs --note saying why", o->split ? "split" : "void");
	else if (o->note && deal && !o->split)
		usage_error("--note goes with --split, --agree and --void");
	else if ((o->action == A_IMPORT) && o->note)
		usage_error("--note does not go with --import");
	else
		csvout_check(&o->out, deal || o->action == A_STATEMENT,
		    "a deal and --statement");
}

static void
parse_opts(struct opts *o, int argc, char *argv[])
{
	const char **field[] = { [OPT_AGENT - OPT_AGENT] = &o->agent,
		[OPT_AMOUNT - OPT_AGENT] = &o->amount, [OPT_DEAL - OPT_AGENT] = &o->deal,
		[OPT_KIND - OPT_AGENT] = &o->kind, [OPT_NOTE - OPT_AGENT] = &o->note,
		[OPT_PHONE - OPT_AGENT] = &o->phone,
		[OPT_REFERRER - OPT_AGENT] = &o->referrer,
		[OPT_SPLIT - OPT_AGENT] = &o->split };
	int ch;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, "d:hV", longopts, NULL)) != -1)
		switch (ch) {
		case 'd':
		case 'h':
		case 'V':
			tool_option(ch, optarg, &o->data, usage);
			break;
		case OPT_AGREE:
			set_action(o, A_AGREE, optarg);
			break;
		case OPT_EXPLAIN:
			o->explain = 1;
			break;
		case OPT_IMPORT:
			set_action(o, A_IMPORT, optarg);
			break;
		case OPT_STATEMENT:
			set_action(o, A_STATEMENT, optarg);
			break;
		case OPT_VOID:
			set_action(o, A_VOID, optarg);
			break;
		default:
			if (ch >= OPT_AGENT && ch <= OPT_SPLIT && field[ch - OPT_AGENT] != NULL)
				*field[ch - OPT_AGENT] = optarg;
			else
				csvout_option(&o->out, ch, optarg, argv[optind - 1]);
		}
	check_opts(o, argc - optind);
	o->shares = argv[optind];
}

/* The books of a deal, locked in the order of SPEC 1: read floor, visits, agreements;
 * append deals and commissions. */
struct books {
	struct journal	 j[5];
	int		 n;
	struct c_books	 c;
};

enum { B_FLOOR, B_VISITS, B_DEALS, B_AGREEMENTS, B_COMMISSIONS };

static int
books_open(struct books *b, const struct desk *d, int write)
{
	static const enum jid id[] = { J_FLOOR, J_VISITS, J_DEALS, J_AGREEMENTS,
		J_COMMISSIONS };
	int rv = 0;

	for (b->n = 0; b->n < 5 && rv == 0; b->n++)
		rv = journal_open(&b->j[b->n], d->dir, id[b->n], write &&
		    (b->n == B_DEALS || b->n == B_COMMISSIONS));
	b->c = (struct c_books){ &b->j[B_FLOOR], &b->j[B_VISITS], &b->j[B_DEALS],
		&b->j[B_AGREEMENTS] };
	return rv;
}

static void
books_close(struct books *b, int rollback)
{
	while (b->n > 0) {
		if (rollback && b->j[b->n - 1].write)
			journal_rollback(&b->j[b->n - 1]);
		journal_close(&b->j[--b->n]);
	}
}

/* One deal as typed, or as a row of an import; where is "FILE:LINE: " or "". */
static int
deal_check(const struct desk *d, struct deal *dl, const char *phone, const char *amount,
    const char *where)
{
	const struct agent *a = NULL;
	int rv = 0;

	if ((rv = phone_arg(where, phone, dl->phone)) != 0)
		return rv;
	if (money_parse(amount, &dl->amount) == -1 || dl->amount <= 0) {
		warnx("%s'%s' is not an amount in yuan above 0, with at most two decimals "
		    "(the largest is 92233720368547758.07)", where, amount);
		return EX_DATAERR;
	}
	if (strcmp(dl->kind, "sale") && strcmp(dl->kind, "rent") && strcmp(dl->kind, "deposit")) {
		warnx("%skind is sale, rent or deposit, not '%s'", where, dl->kind);
		return EX_DATAERR;
	}
	if (dl->id[0] == '\0' || strpbrk(dl->id, "\r\n") || strpbrk(dl->referrer, "\r\n") ||
	    (dl->note && strpbrk(dl->note, "\r\n"))) {
		warnx("%sa deal needs an id, and no field holds a line break", where);
		return EX_DATAERR;
	}
	if (*where == '\0' && (a = roster_find(&d->roster, dl->agent, &rv)) == NULL)
		return rv;		/* at the desk: refused, with the closest matches */
	if (*where != '\0' && ((a = roster_match(&d->roster, dl->agent)) == NULL ||
	    !a->active)) {
		warnx("%s%s agent '%s'", where, a ? "inactive" : "unknown", dl->agent);
		return EX_DATAERR;
	}
	dl->agent = a->code;
	return 0;
}

struct dup {
	const char	*id;
	long long	 seq;
};

static int
dup_row(const struct jrow *r, void *arg)
{
	struct dup *dp = arg;

	if (strcmp(r->f[DE_DEAL], dp->id) == 0)
		dp->seq = r->seq;
	return 0;
}

static long long
deal_row(struct journal *deals, const char *id, int *rv)
{
	struct dup dp = { id, 0 };

	*rv = journal_scan(deals, NULL, dup_row, &dp);
	return dp.seq;
}

static int
append_deal(struct books *b, const struct deal *dl, const struct decision *dc)
{
	char t[CLOCK_LEN], amount[MONEY_LEN], pct[MONEY_LEN];
	const char *f[DE_NCOLS] = { 0 };	/* the wider of the two books */
	int rv;

	clock_rfc3339(dl->time, t);
	money_format(dl->amount, amount);
	f[J_TIME] = t;
	f[DE_DEAL] = dl->id, f[DE_KIND] = dl->kind, f[DE_PHONE] = dl->phone;
	f[DE_AGENT] = dl->agent, f[DE_AMOUNT] = amount, f[DE_REFERRER] = dl->referrer;
	f[DE_NOTE] = dl->note;
	if ((rv = journal_append(&b->j[B_DEALS], f)) != 0)
		return rv;
	for (size_t i = 0; i < dc->n && rv == 0; i++) {
		memset(f, 0, sizeof(f));
		money_format(dc->s[i].amount, amount);
		money_format(dc->s[i].pct, pct);
		f[J_TIME] = t;
		f[CO_DEAL] = dl->id, f[CO_AGENT] = dc->s[i].agent, f[CO_SHARE] = pct;
		f[CO_AMOUNT] = amount, f[CO_RULE] = c_rule_names[dc->rule];
		f[CO_EVIDENCE] = dc->evidence;
		rv = journal_append(&b->j[B_COMMISSIONS], f);
	}
	return rv;
}

static int
print_decision(struct csvout *out, const struct deal *dl, const struct decision *dc)
{
	char amount[MONEY_LEN], pct[MONEY_LEN], masked[PHONE_LEN];
	int rv = 0;

	if (strcmp(dl->kind, "deposit") == 0) {	/* 五.2: it fixes the owner */
		phone_mask(dl->phone, masked);
		printf("deposit %s on %s: the customer is %s's for good (%s)\n", dl->id, masked,
		    dc->owner, dc->rule == CR_NEW || dc->rule == CR_EXPIRED ?
		    "taken on the spot: 当场落定, 五.2" :
		    "the owner when it was paid: 已交定金的老客户, 条例 1");
		return 0;
	}
	if (out->ncols == 0 && (rv = csvout_begin(out, out_cols, 6)) != 0)
		return rv;
	for (size_t i = 0; i < dc->n && rv == 0; i++) {
		money_format(dc->s[i].amount, amount);
		money_format(dc->s[i].pct, pct);
		rv = csvout_row(out, (const char *[]){ dl->id, dc->s[i].agent, pct, amount,
		    c_rule_names[dc->rule], dc->evidence });
	}
	return rv;
}

/* Decide one deal against the books, append it unless explaining, and print it. */
static int
one_deal(const struct desk *d, struct books *b, struct deal *dl, int write,
    struct csvout *out, const char *where)
{
	struct decision dc;
	long long seq;
	int rv;

	if ((seq = deal_row(&b->j[B_DEALS], dl->id, &rv)) != 0 && rv == 0) {
		warnx("%srefused: deal '%s' is recorded already (deals.csv row %lld): void it "
		    "first", where, dl->id, seq);
		return EX_REFUSED;
	}
	if (rv != 0 || (rv = commission_decide(d, &b->c, dl, &dc)) != 0)
		return rv;
	if (strcmp(dl->kind, "deposit") == 0)
		dc.n = 0;
	commission_split(dl->amount, dc.s, dc.n);
	if (write && (rv = append_deal(b, dl, &dc)) != 0)
		return rv;
	return out ? print_decision(out, dl, &dc) : 0;
}

static int
record(struct desk *d, struct opts *o)
{
	struct deal dl = { .time = d->now, .id = o->deal, .kind = o->kind ? o->kind : "sale",
		.agent = o->agent, .referrer = o->referrer ? o->referrer : "",
		.note = o->note ? o->note : "", .split = o->split };
	struct books b;
	int rv;

	if ((rv = deal_check(d, &dl, o->phone, o->amount, "")) != 0)
		return rv;
	if ((rv = books_open(&b, d, !o->explain)) == 0)
		rv = one_deal(d, &b, &dl, !o->explain, &o->out, "");
	rv = csvout_finish(&o->out, rv);
	books_close(&b, rv != 0);
	return rv;
}

/* --agree: a cooperation agreed before signing (合作分成, 五.4). */
static int
agree(struct desk *d, const struct opts *o)
{
	struct share s[SHARES_MAX];
	char phone[PHONE_LEN], masked[PHONE_LEN], shares[256], err[160], t[CLOCK_LEN];
	const char *f[AG_NCOLS] = { 0 };
	struct journal j;
	size_t n;
	int rv;

	if ((rv = phone_arg("", o->arg, phone)) != 0)
		return rv;
	if ((rv = shares_parse(d, o->shares, 1, s, &n, err, sizeof(err))) != 0) {
		if (rv == EX_DATAERR)
			warnx("--agree: %s", err);
		return rv;
	}
	if (o->note && (rv = journal_check_field("--note", o->note)) != 0)
		return rv;
	shares_format(s, n, shares, sizeof(shares));
	clock_rfc3339(d->now, t);
	f[J_TIME] = t, f[AG_PHONE] = phone, f[AG_SHARES] = shares;
	f[AG_NOTE] = o->note ? o->note : "";
	if ((rv = journal_open(&j, d->dir, J_AGREEMENTS, 1)) == 0 &&
	    (rv = journal_append(&j, f)) == 0) {
		phone_mask(phone, masked);
		printf("agreement on %s recorded: %s (合作分成, 五.4); it applies to deals "
		    "from now on\n", masked, shares);
	}
	journal_close(&j);
	return rv;
}

struct live {
	const char	*id;
	long long	*seq;
	size_t		 n;
};

static int
live_row(const struct jrow *r, void *arg)
{
	struct live *l = arg;

	if (strcmp(r->f[CO_DEAL], l->id) == 0) {
		l->seq = xreallocarray(l->seq, l->n + 1, sizeof(*l->seq));
		l->seq[l->n++] = r->seq;
	}
	return 0;
}

static int
append_void(struct journal *j, const struct desk *d, int col, const char *id,
    long long seq, const char *note)
{
	const char *f[DE_NCOLS] = { 0 };
	char t[CLOCK_LEN], ref[24];

	clock_rfc3339(d->now, t);
	snprintf(ref, sizeof(ref), "%lld", seq);
	f[J_TIME] = t;
	f[col] = id;
	f[j->def->kind] = "void";
	f[j->def->ncols - 3] = ref;
	f[j->def == &jdefs[J_DEALS] ? DE_NOTE : CO_EVIDENCE] = note;
	return journal_append(j, f);
}

/* --void: the deal and its commission rows are cancelled by new rows, never erased. */
static int
void_deal(struct desk *d, const struct opts *o)
{
	struct books b;
	struct live c = { o->arg, NULL, 0 };
	long long seq = 0;
	int rv;

	if ((rv = journal_check_field("--note", o->note)) != 0)
		return rv;
	if ((rv = books_open(&b, d, 1)) == 0 &&
	    (seq = deal_row(&b.j[B_DEALS], o->arg, &rv)) == 0 && rv == 0) {
		warnx("deals.csv has no deal '%s' (or it is voided already)", o->arg);
		rv = EX_DATAERR;
	}
	if (rv == 0)
		rv = journal_scan(&b.j[B_COMMISSIONS], NULL, live_row, &c);
	if (rv == 0)
		rv = append_void(&b.j[B_DEALS], d, DE_DEAL, o->arg, seq, o->note);
	for (size_t i = 0; i < c.n && rv == 0; i++)
		rv = append_void(&b.j[B_COMMISSIONS], d, CO_DEAL, o->arg, c.seq[i], o->note);
	if (rv == 0)
		printf("voided deal %s (deals.csv row %lld) and its %zu commission row%s: %s\n",
		    o->arg, seq, c.n, c.n == 1 ? "" : "s", o->note);
	free(c.seq);
	books_close(&b, rv != 0);
	return rv;
}

/* --import: a finance system's export, each row checked, then decided in time order. */
static const char *const import_cols[] = { "time", "deal", "phone", "agent", "amount",
	"kind", "referrer", "note" };

struct irow {
	struct deal	 dl;
	char		*f[8], *where, *phone, *amount;
	long		 line;
};

static int
import_row(struct csvin *in, const struct desk *d, struct irow *r, const char *name)
{
	for (size_t i = 0; i < 8; i++)
		r->f[i] = xstrdup(in->field[i]);
	r->line = in->line;
	r->where = xasprintf("%s:%ld: ", name, in->line);
	r->dl = (struct deal){ .id = r->f[1], .agent = r->f[3],
		.kind = r->f[5][0] ? r->f[5] : "sale", .referrer = r->f[6], .note = r->f[7] };
	if (clock_parse(r->f[0], d->now, &r->dl.time) == -1 || r->dl.time > d->now)
		return csvin_fail(in, "'%s' is not a time, or it is in the future", r->f[0]);
	return in->status = deal_check(d, &r->dl, r->f[2], r->f[4], r->where);
}

static int
irow_cmp(const void *a, const void *b)
{
	const struct irow *x = a, *y = b;

	return clock_order(x->dl.time, x->line, y->dl.time, y->line);
}

static int
apply_import(struct desk *d, struct irow *v, size_t n)
{
	struct books b;
	long long first;
	int rv;

	qsort(v, n, sizeof(*v), irow_cmp);
	if ((rv = books_open(&b, d, 1)) == 0) {
		first = b.j[B_COMMISSIONS].seq;
		for (size_t i = 0; i < n && rv == 0; i++)
			rv = one_deal(d, &b, &v[i].dl, 1, NULL, v[i].where);
	}
	if (rv == 0)
		printf("imported %zu deal%s into deals.csv, rows %lld to %lld, with %lld "
		    "commission rows\n", n, n == 1 ? "" : "s", b.j[B_DEALS].seq -
		    (long long)n + 1, b.j[B_DEALS].seq, b.j[B_COMMISSIONS].seq - first);
	books_close(&b, rv != 0);
	return rv;
}

static int
import_deals(struct desk *d, struct opts *o)
{
	const char *name = strcmp(o->arg, "-") == 0 ? "stdin" : o->arg;
	struct irow *v = NULL;
	size_t n = 0;
	struct csvin in;
	int rv;

	if (csvin_open(&in, o->arg, name, CSVIN_KNOWN) == 0 &&
	    csvin_header(&in, import_cols, 8, 5) == 1)
		while (csvin_next(&in) == 1) {
			v = xreallocarray(v, n + 1, sizeof(*v));
			memset(&v[n], 0, sizeof(*v));
			if (import_row(&in, d, &v[n++], name) != 0)
				break;
		}
	if ((rv = in.status) == 0 && n == 0)
		printf("no rows to import: deals.csv is unchanged\n");
	else if (rv == 0)
		rv = apply_import(d, v, n);
	csvin_close(&in);
	for (size_t i = 0; i < n; i++) {
		for (size_t c = 0; c < 8; c++)
			free(v[i].f[c]);
		free(v[i].where);
	}
	free(v);
	return rv;
}

/* --statement: the month's credited amounts, targets and commissions (001 (4)). */
struct month {
	const struct desk *desk;
	day_t		 first, last;
	char		**id;		/* the month's sale and rent deals, */
	int		*rent;		/* and which are rents */
	size_t		 n;
	money_t		*credit;	/* [agent * 2 + rent] */
	int		 overflow;
};

static int
in_month(const struct month *m, time_t t)
{
	return clock_day(t) >= m->first && clock_day(t) <= m->last;
}

static int
month_deal(const struct jrow *r, void *arg)
{
	struct month *m = arg;
	int rent = strcmp(r->f[DE_KIND], "rent") == 0;

	if (!in_month(m, r->time) || (!rent && strcmp(r->f[DE_KIND], "sale") != 0))
		return 0;
	m->id = xreallocarray(m->id, m->n + 1, sizeof(*m->id));
	m->rent = xreallocarray(m->rent, m->n + 1, sizeof(*m->rent));
	m->id[m->n] = xstrdup(r->f[DE_DEAL]);
	m->rent[m->n++] = rent;
	return 0;
}

static int
month_share(const struct jrow *r, void *arg)
{
	struct month *m = arg;
	const struct agent *a = roster_code(&m->desk->roster, r->f[CO_AGENT]);
	money_t amount, *c;

	if (!in_month(m, r->time))
		return 0;
	if (money_parse(r->f[CO_AMOUNT], &amount) == -1) {
		warnx("commissions.csv:%ld: amount '%s' is not yuan", r->line,
		    r->f[CO_AMOUNT]);
		return -1;
	}
	if (a == NULL)
		return 0;
	for (size_t i = 0; i < m->n; i++)
		if (strcmp(m->id[i], r->f[CO_DEAL]) == 0) {
			c = &m->credit[(a - m->desk->roster.a) * 2 + m->rent[i]];
			m->overflow |= money_add(*c, amount, c) == -1;
		}
	return 0;
}

static int
statement_row(struct csvout *out, const struct desk *d, size_t i, const money_t *credit)
{
	const struct agent *a = &d->roster.a[i];
	money_t sc = commission_of(credit[0], a->sales_target, d->rules.sale_rate_pct);
	money_t rc = commission_of(credit[1], a->rent_target, d->rules.rent_rate_pct), total;
	char v[7][MONEY_LEN];

	if (sc < 0 || rc < 0 || money_add(sc, rc, &total) == -1) {
		warnx("%s: the commission is too large to represent", a->code);
		return EX_DATAERR;
	}
	money_format(credit[0], v[0]), money_format(a->sales_target, v[1]);
	money_format(sc, v[2]), money_format(credit[1], v[3]);
	money_format(a->rent_target, v[4]), money_format(rc, v[5]), money_format(total, v[6]);
	return csvout_row(out, (const char *[]){ a->code, a->name, v[0], v[1], v[2], v[3],
	    v[4], v[5], v[6] });
}

static int
statement(struct desk *d, struct opts *o)
{
	static const char *const hdr[] = { "agent", "name", "sales_credited", "sales_target",
		"sales_commission", "rent_credited", "rent_target", "rent_commission", "total" };
	struct month m = { .desk = d };
	struct journal de, co = { .fd = -1 };
	struct jscan since;
	int rv;

	if (clock_parse_month(o->arg, &m.first, &m.last) == -1) {
		warnx("--statement takes a month YYYY-MM, not '%s'", o->arg);
		return EX_DATAERR;
	}
	since = (struct jscan){ .since = clock_day_start(m.first) };
	m.credit = xcalloc(2 * d->roster.n + 2, sizeof(*m.credit));
	if ((rv = journal_open(&de, d->dir, J_DEALS, 0)) == 0 &&
	    (rv = journal_open(&co, d->dir, J_COMMISSIONS, 0)) == 0 &&
	    (rv = journal_scan(&de, &since, month_deal, &m)) == 0 &&
	    (rv = journal_scan(&co, &since, month_share, &m)) == 0) {
		if (m.overflow) {
			warnx("the month's credited amounts are too large to add up");
			rv = EX_DATAERR;
		} else if ((rv = csvout_begin(&o->out, hdr, 9)) == 0)
			for (size_t i = 0; i < d->roster.n && rv == 0; i++)
				if (d->roster.a[i].active || m.credit[2 * i] ||
				    m.credit[2 * i + 1])
					rv = statement_row(&o->out, d, i, &m.credit[2 * i]);
	}
	rv = csvout_finish(&o->out, rv);
	for (size_t i = 0; i < m.n; i++)
		free(m.id[i]);
	free(m.id);
	free(m.rent);
	free(m.credit);
	journal_close(&co);
	journal_close(&de);
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
	case A_DEAL:
		rv = record(&d, &o);
		break;
	case A_AGREE:
		rv = agree(&d, &o);
		break;
	case A_VOID:
		rv = void_deal(&d, &o);
		break;
	case A_IMPORT:
		rv = import_deals(&d, &o);
		break;
	case A_STATEMENT:
		rv = statement(&d, &o);
		break;
	}
	desk_close(&d);
	return finish(rv);
}
