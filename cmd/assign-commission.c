/*
 * assign-commission: who is paid for a deal, and why (佣金分配).  Records the deal and its
 * commission rows, decided by lib/commission from the register's evidence under the locks
 * of every book the decision reads; records cooperation agreements; voids a deal; imports
 * a finance system's export; prints the month's statement.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commission.h"
#include "csvout.h"
#include "desk.h"
#include "import.h"
#include "journal.h"
#include "manager.h"
#include "phone.h"
#include "util.h"
#include "void.h"

enum { M_DEAL, M_AGREE, M_VOID, M_IMPORT, M_STATEMENT, NMODES };

static const struct cli_mode modes[NMODES] = {
	/* TRANSLATORS: the default mode, as usage errors name it: "a deal needs --deal". */
	[M_DEAL] = { .out = 1, .words = N_("a deal") },
	[M_AGREE] = { "agree", .arg = 1, .operands = 1 },
	[M_VOID] = { "void", .arg = 1 },
	[M_IMPORT] = { "import", .arg = 1, .in = 1, .text = 1 },
	[M_STATEMENT] = { "statement", .arg = 1, .out = 1 },
};

enum { O_EXPLAIN, O_DEAL, O_PHONE, O_AGENT, O_AMOUNT, O_KIND, O_REFERRER, O_SPLIT, O_NOTE,
	NOPTS };
#define DEAL	CLI_BIT(M_DEAL)

static const struct cli_opt opts[NOPTS] = {
	[O_EXPLAIN] = { "explain", 0, DEAL },
	[O_DEAL] = { "deal", 1, DEAL, .need_in = DEAL },
	[O_PHONE] = { "phone", 1, DEAL, .need_in = DEAL },
	[O_AGENT] = { "agent", 1, DEAL, .need_in = DEAL },
	[O_AMOUNT] = { "amount", 1, DEAL, .need_in = DEAL },
	[O_KIND] = { "kind", 1, DEAL },
	[O_REFERRER] = { "referrer", 1, DEAL },
	[O_SPLIT] = { "split", 1, DEAL, .needs = CLI_BIT(O_NOTE) },
	[O_NOTE] = { "note", 1, CLI_BIT(M_AGREE) | CLI_BIT(M_VOID), CLI_BIT(O_SPLIT),
	    .need_in = CLI_BIT(M_VOID), .text = 1 },
};

static struct cli cli = { .modes = modes, .nmodes = NMODES, .opts = opts, .nopts = NOPTS,
	/* TRANSLATORS: the operand of --agree, as usage errors name it: "name one list of
	   shares, e.g. A01:50,A02:50"; "no list of shares goes with --void" takes its
	   words before the first comma or bracket (",", "(", "，", "（"). */
	.operand = N_("list of shares, e.g. A01:50,A02:50"),
	/* TRANSLATORS: printed after "usage: "; translate the placeholders (dir, id,
	   phone, closer, yuan, who, agent:pct, why, text, deal, file, yyyy-mm), not the
	   command, the options or the literal values (sale|rent|deposit, gbk), and keep
	   the lines aligned under the first command. */
	.usage = N_("assign-commission [-d dir] [--explain] --deal id --phone phone\n"
	"                         --agent closer --amount yuan [--kind sale|rent|deposit]\n"
	"                         [--referrer who] [--split agent:pct,... --note why]\n"
	"                         [--table | --excel] [--encoding gbk]\n"
	"       assign-commission [-d dir] --agree phone agent:pct,... [--note text]\n"
	"       assign-commission [-d dir] --void deal --note why\n"
	"       assign-commission [-d dir] --import file [--encoding gbk]\n"
	"       assign-commission [-d dir] --statement yyyy-mm [--table | --excel]\n"
	"                         [--encoding gbk]\n"
	"       assign-commission -h | -V\n") };

/* The CSV header, as it is; --table says it in the desk's language (csvout). */
static const char *const out_cols[] = {
	/* TRANSLATORS: a deal's --table column headings: the deal's id, the agent paid,
	   their share in per cent, their amount in yuan, the rule that decided
	   (撞单, 共单, 推荐人...) and its evidence (the book rows it rests on,
	   visits:12;floor:3, said as it is). */
	N_("deal"), N_("agent"), N_("share"), N_("amount"), N_("rule"), N_("evidence") };

/*
 * One deal as typed, or as a row of an import; where is "FILE:LINE: " or "".  The closer
 * is an active agent; a referrer is an agent or a row of referrers.csv (SPEC 5.3 rule 2).
 */
static int
deal_check(const struct desk *d, struct deal *dl, const char *phone, const char *amount,
    const char *where)
{
	const struct agent *a = NULL;
	struct referral ref;
	int rv = 0;

	if ((rv = phone_arg(where, phone, dl->phone)) != 0)
		return rv;
	if (money_parse(amount, &dl->amount) == -1 || dl->amount <= 0) {
		/* TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s the
		   amount as typed (--amount). */
		warnx(_("%s'%s' is not an amount in yuan above 0, with at most two decimals "
		    "(the largest is 92233720368547758.07)"), where, amount);
		return EX_DATAERR;
	}
	if (strcmp(dl->kind, "sale") && strcmp(dl->kind, "rent") && strcmp(dl->kind, "deposit")) {
		/* TRANSLATORS: %1$s is "FILE:LINE: " of an imported row, or empty; %2$s the
		   kind as typed; sale, rent and deposit are the values of --kind. */
		warnx(_("%skind is sale, rent or deposit, not '%s'"), where, dl->kind);
		return EX_DATAERR;
	}
	if (dl->id[0] == '\0' || strpbrk(dl->id, "\r\n") || strpbrk(dl->referrer, "\r\n") ||
	    (dl->note && strpbrk(dl->note, "\r\n"))) {
		/* TRANSLATORS: %s is "FILE:LINE: " of an imported row, or empty. */
		warnx(_("%sa deal needs an id, and no field holds a line break"), where);
		return EX_DATAERR;
	}
	if (*where == '\0' && (a = roster_find(&d->roster, dl->agent, &rv)) == NULL)
		return rv;		/* at the desk: refused, with the closest matches */
	if (*where != '\0' && (a = roster_match(&d->roster, dl->agent)) == NULL) {
		/* TRANSLATORS: %1$s is "FILE:LINE: " of an imported row; %2$s its agent
		   column, as typed. */
		warnx(_("%sunknown agent '%s'"), where, dl->agent);
		return EX_DATAERR;
	}
	if (*where != '\0' && !a->active) {
		/* TRANSLATORS: %1$s is "FILE:LINE: " of an imported row; %2$s its agent
		   column, as typed; the agent's active column in agents.csv says no. */
		warnx(_("%sinactive agent '%s'"), where, dl->agent);
		return EX_DATAERR;
	}
	dl->agent = a->code;
	if (*dl->referrer == '\0')
		return 0;
	if ((rv = referrer_find(&d->roster, &d->referrers, dl->referrer, where, &ref)) != 0)
		return rv;
	dl->referrer = ref.code;
	dl->outside = ref.outside;
	return 0;
}

/* The decision: a deposit's sentence, with its row unless explained (seq 0); else CSV. */
static int
print_decision(struct csvout *out, const struct deal *dl, const struct decision *dc,
    long long seq)
{
	char amount[MONEY_LEN], pct[MONEY_LEN], masked[PHONE_LEN];
	int rv = 0;

	if (strcmp(dl->kind, "deposit") == 0) {	/* 五.2: it fixes the owner */
		phone_mask(dl->phone, masked);
		if (dc->rule == CR_NEW || dc->rule == CR_EXPIRED)
			/* TRANSLATORS: a deposit (定金) taken from a customer nobody owned:
			   %1$s is the deal id (DJ-0042), %2$s the customer's phone, masked
			   (150****6666), %3$s the agent code who now owns them for good (A06). */
			printf(_("deposit %s on %s: the customer is %s's for good (taken on the "
			    "spot: 当场落定, 五.2)"), dl->id, masked, dc->owner);
		else
			/* TRANSLATORS: a deposit (定金) from somebody's customer: %1$s is the
			   deal id (DJ-0042), %2$s the customer's phone, masked (150****6666),
			   %3$s the agent code of the owner, who now owns them for good (A06). */
			printf(_("deposit %s on %s: the customer is %s's for good (the owner when "
			    "it was paid: 已交定金的老客户, 条例 1)"), dl->id, masked, dc->owner);
		if (seq != 0)
			journal_say_row(seq);	/* SPEC 2 */
		else
			printf("\n");
		return 0;
	}
	if (out->ncols == 0 && (rv = csvout_begin(out, out_cols, 6)) != 0)
		return rv;
	for (size_t i = 0; i < dc->n && rv == 0; i++) {
		money_format(dc->s[i].amount, amount);
		money_format(dc->s[i].pct, pct);
		rv = csvout_row(out, (const char *[]){ dl->id, dc->s[i].agent, pct, amount,
		    csvout_word(out, c_rule_names[dc->rule]), dc->evidence });
	}
	return rv;
}

/* Decide one deal against the books, append it unless explaining, and print it. */
static int
record(struct desk *d, struct cli *c)
{
	const char *kind = c->val[O_KIND], *ref = c->val[O_REFERRER];
	struct deal dl = { .time = d->now, .id = c->val[O_DEAL], .agent = c->val[O_AGENT],
		.kind = kind ? kind : "sale", .referrer = ref ? ref : "",
		.note = c->val[O_NOTE] ? c->val[O_NOTE] : "", .split = c->val[O_SPLIT] };
	int write = c->val[O_EXPLAIN] == NULL;
	struct decision dc;
	struct c_books b;
	int rv;

	if (dl.split != NULL && (rv = manager_check(d, "--split")) != 0)
		return rv;	/* SPEC 2: a manager's action */
	if ((rv = deal_check(d, &dl, c->val[O_PHONE], c->val[O_AMOUNT], "")) != 0)
		return rv;
	if ((rv = c_books_open(&b, d, write)) == 0 &&
	    (rv = commission_deal(d, &b, &dl, write, "", &dc)) == 0)
		rv = print_decision(&c->out, &dl, &dc, write ? b.deals->seq : 0);
	rv = csvout_finish(&c->out, rv);
	c_books_close(&b, rv != 0);
	return rv;
}

/* --agree: a cooperation agreed before signing (合作分成, 五.4). */
static int
agree(struct desk *d, const struct cli *c)
{
	struct share s[SHARES_MAX];
	char phone[PHONE_LEN], masked[PHONE_LEN], shares[256], err[160], t[CLOCK_LEN];
	const char *f[AG_NCOLS] = { 0 }, *note = c->val[O_NOTE];
	struct journal j;
	size_t n;
	int rv;

	if ((rv = manager_check(d, "--agree")) != 0)	/* SPEC 2: a manager's action */
		return rv;
	if ((rv = phone_arg("", c->arg, phone)) != 0)
		return rv;
	if ((rv = shares_parse(d, c->argv[0], 1, s, &n, err, sizeof(err))) != 0) {
		if (rv == EX_DATAERR)
			warnx("--agree: %s", err);
		return rv;
	}
	if (note && (rv = journal_check_field("--note", note)) != 0)
		return rv;
	shares_format(s, n, shares, sizeof(shares));
	clock_rfc3339(d->now, t);
	f[J_TIME] = t, f[AG_PHONE] = phone, f[AG_SHARES] = shares;
	f[AG_NOTE] = note ? note : "";
	if ((rv = journal_open(&j, d->dir, J_AGREEMENTS, 1)) == 0 &&
	    (rv = journal_append(&j, f)) == 0) {
		phone_mask(phone, masked);
		/* TRANSLATORS: %1$s is the customer's phone, masked (139****2222), %2$s the
		   shares as agreements.csv keeps them (A04:50.00,A06:50.00). */
		printf(_("agreement on %s recorded: %s (合作分成, 五.4); it applies to deals "
		    "from now on"), masked, shares);
		journal_say_row(j.seq);
	}
	journal_close(&j);
	return rv;
}

/* --void's also: the deal's live commission rows go with it, under their book's lock. */
static int
void_shares(const struct desk *d, const struct jtarget *t, struct str *say, void *arg)
{
	const struct cli *c = arg;
	char *f[CO_NCOLS] = { [CO_DEAL] = t->f[DE_DEAL] };
	struct c_rows l = { 0 };
	struct journal j;
	int rv;

	if ((rv = journal_open(&j, d->dir, J_COMMISSIONS, 1)) == 0)
		rv = commission_rows(&j, t->f[DE_DEAL], &l);
	for (size_t i = 0; i < l.n && rv == 0; i++)
		rv = void_append(&j, d, f, l.seq[i], c->val[O_NOTE]);
	if (rv == 0)
		/* TRANSLATORS: added to the sentence of a void of a deal, after the
		   deal in brackets: "voided row 1 of deals.csv (...) and its 2 commission
		   rows: NOTE (row 10)"; %zu is how many rows of commissions.csv went with it. */
		str_addf(say, ngettext(" and its %zu commission row",
		    " and its %zu commission rows", l.n), l.n);
	else
		journal_rollback(&j);
	free(l.seq);
	journal_close(&j);
	return rv;
}

/* --void DEAL: its live row is cancelled by a new row, its commission rows with it. */
static int
void_deal(struct desk *d, struct cli *c)
{
	struct c_rows l = { 0 };
	struct journal j;
	long long seq;
	int rv;

	if ((rv = journal_open(&j, d->dir, J_DEALS, 0)) == 0 &&
	    (rv = commission_rows(&j, c->arg, &l)) == 0 && l.n == 0) {
		/* TRANSLATORS: %s is the deal id given to --void (HT-1101). */
		warnx(_("deals.csv has no deal '%s' (or it is voided already)"), c->arg);
		rv = EX_DATAERR;
	}
	seq = l.n > 0 ? l.seq[l.n - 1] : 0;
	free(l.seq);
	journal_close(&j);
	if (rv != 0)
		return rv;
	return void_row(d, &(struct void_ask){ J_DEALS, seq, c->val[O_NOTE], NULL,
	    void_shares, c });
}

/* --import: a finance system's export, each row checked, then decided in time order. */
struct drow {
	struct import_row r;
	struct deal	 dl;
	char		*f[8];
};

static int
import_check(struct import *im, const char **f, void *row)
{
	struct drow *r = row;

	for (size_t i = 0; i < 8; i++)
		r->f[i] = xstrdup(f[i]);
	r->dl = (struct deal){ .id = r->f[1], .agent = r->f[3],
		.kind = r->f[5][0] ? r->f[5] : "sale", .referrer = r->f[6], .note = r->f[7] };
	if (import_time(im, f[0], &r->dl.time) != 0)
		return -1;
	if (r->dl.time > im->desk->now)
		/* TRANSLATORS: %s is the time column of an imported row, as typed. */
		return import_fail(im, _("'%s' is not a time, or it is in the future"), f[0]);
	r->r.time = r->dl.time;
	im->in.status = deal_check(im->desk, &r->dl, r->f[2], r->f[4], r->r.where);
	return im->in.status != 0 ? -1 : 0;
}

/*
 * Each deal decided against the books as they stand, the batch's earlier deals too: the
 * appends are not held (a finance export is small), and all are taken back on a refusal.
 */
static int
import_apply(struct import *im, void *rows, size_t n)
{
	struct drow *v = rows;
	struct decision dc;
	struct c_books b;
	long long first;
	int rv;

	if ((rv = c_books_open(&b, im->desk, 1)) == 0) {
		first = b.commissions->seq;
		im->first = b.deals->seq + 1;
		for (size_t i = 0; i < n && rv == 0; i++)
			rv = commission_deal(im->desk, &b, &v[i].dl, 1, v[i].r.where, &dc);
		im->last = b.deals->seq;
		/* TRANSLATORS: added to "imported 3 rows into deals.csv, rows 5 to 7": %lld
		   is how many rows of commissions.csv the deals added. */
		str_addf(&im->more, ngettext(", with %lld commission row",
		    ", with %lld commission rows", (unsigned long)(b.commissions->seq - first)),
		    b.commissions->seq - first);
	}
	c_books_close(&b, rv != 0);
	return rv;
}

static void
import_free(void *row)
{
	for (size_t i = 0; i < 8; i++)
		free(((struct drow *)row)->f[i]);
}

static const struct import_fmt import_fmt = { "deals.csv",
	(const char *const[]){ "time", "deal", "phone", "agent", "amount", "kind",
	"referrer", "note" }, 8, 5, sizeof(struct drow), import_check, import_apply,
	import_free };

/* --statement: the month's statement of lib/commission, with the targets. */
static int
statement(struct desk *d, struct cli *c)
{
	/* The CSV header, as it is; --table says it in the desk's language (csvout). */
	static const char *const hdr[] = {
		/* TRANSLATORS: the month's commission statement, --table column headings:
		   agent code, name, sales credited to the agent (their shares of the month's
		   sales), their sales target, the commission on what passes it; the same for
		   rents; the total commission. */
		N_("agent"), N_("name"), N_("sales_credited"), N_("sales_target"),
		N_("sales_commission"), N_("rent_credited"), N_("rent_target"),
		N_("rent_commission"), N_("total") };
	struct c_statement s = { 0 };
	day_t first, last;
	char v[7][MONEY_LEN];
	int rv;

	if ((rv = cli_month("--statement", c->arg, &first, &last)) != 0 ||
	    (rv = commission_statement(d, first, last, &s)) != 0 ||
	    (rv = csvout_begin(&c->out, hdr, 9)) != 0)
		goto out;
	for (size_t i = 0; i < s.n && rv == 0; i++) {
		const struct c_line *l = &s.v[i];

		money_format(l->credited[0], v[0]);
		money_format(l->agent->sales_target, v[1]);
		money_format(l->commission[0], v[2]);
		money_format(l->credited[1], v[3]);
		money_format(l->agent->rent_target, v[4]);
		money_format(l->commission[1], v[5]);
		money_format(l->total, v[6]);
		rv = csvout_row(&c->out, (const char *[]){ l->agent->code, l->agent->name,
		    v[0], v[1], v[2], v[3], v[4], v[5], v[6] });
	}
out:
	c_statement_free(&s);
	return csvout_finish(&c->out, rv);
}

int
main(int argc, char *argv[])
{
	struct desk d;
	int rv;

	cli_parse(&cli, argc, argv);		/* 五.2: a deposit pays nobody */
	if (cli.val[O_SPLIT] && cli.val[O_KIND] && strcmp(cli.val[O_KIND], "deposit") == 0)
		usage_error("%s", _("a deposit pays no commission: --split goes with a sale or "
		    "a rent"));
	if ((rv = desk_open(&d, cli.data)) != 0)
		return rv;
	if (cli.mode == M_AGREE)
		rv = agree(&d, &cli);
	else if (cli.mode == M_VOID)
		rv = void_deal(&d, &cli);
	else if (cli.mode == M_IMPORT)
		rv = import_run(&d, &import_fmt, cli.arg, cli.encoding, NULL);
	else if (cli.mode == M_STATEMENT)
		rv = statement(&d, &cli);
	else
		rv = record(&d, &cli);
	desk_close(&d);
	return finish(rv);
}
