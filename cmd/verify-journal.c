/*
 * verify-journal: is the book intact?  Reads every journal of the data directory (or the
 * files named) from the top, a line at a time, and checks the header, each row's columns,
 * UTF-8 and single line, its seq, recorded_at, time and ref, and the chain (SPEC 1, SPEC 3
 * verify-journal).  Silent when all is well; each fault is one line FILE:LINE: what is
 * wrong, exit 65.  --heads prints each book's head for keeping elsewhere; --against
 * holds each book to the heads kept: a book rewritten or cut back since is found, even
 * with every chain computed again.  --repair moves a torn last line aside.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "csvout.h"
#include "desk.h"
#include "heads.h"
#include "journal.h"
#include "util.h"

enum { M_CHECK, M_HEADS, M_REPAIR, NMODES };
static const struct cli_mode modes[NMODES] = {
	/* TRANSLATORS: the default mode, as refusals name it: "--verbose goes with a
	   check". */
	[M_CHECK] = { .operands = CLI_MANY, .words = N_("a check"), .text = 1 },
	[M_HEADS] = { "heads", .operands = CLI_MANY, .out = 1, .text = 1 },
	[M_REPAIR] = { "repair", .arg = 1, .text = 1 },
};

enum { O_AGAINST, O_VERBOSE, NOPTS };
static const struct cli_opt opts[NOPTS] = {
	[O_AGAINST] = { "against", 1, CLI_BIT(M_CHECK) | CLI_BIT(M_HEADS), .text = 1 },
	[O_VERBOSE] = { "verbose", 0, CLI_BIT(M_CHECK), .letter = 'v' },
};

static struct cli cli = { .modes = modes, .nmodes = NMODES, .opts = opts, .nopts = NOPTS,
	/* TRANSLATORS: what an operand is, as refusals name it: "no file goes with
	   --repair". */
	.operand = N_("file"),
	/* TRANSLATORS: the SYNOPSIS that -h prints after "usage: ": placeholders
	   translated, option names and gbk as they are, lines lined up. */
	.usage = N_("verify-journal [-d dir] [-v] [--against heads] [file ...]\n"
	"       verify-journal [-d dir] --heads [--against heads] [--table] [--excel]\n"
	"                      [--encoding gbk] [file ...]\n"
	"       verify-journal [-d dir] --repair file\n"
	"       verify-journal -h | -V\n") };

struct opts {
	const char	*data, *repair, *against;
	int		 verbose, heads;
	char		**files;
	int		 nfiles;
	struct csvout	*out;
	struct heads	 kept;		/* --against's */
};

/* A file to check. */
struct book {
	char		*path;		/* to open */
	const char	*name;		/* in messages: the journal's file, or the path given */
	const struct jdef *def;		/* known by its name; else the header says */
	int		 named;		/* on the command line: missing is an error */
	char		*repair;	/* the command a torn last line asks for */
	const struct jhead *head;	/* --against: the head it must still hold */
};

static void
parse_opts(struct opts *o, int argc, char *argv[])
{
	cli_parse(&cli, argc, argv);
	o->data = cli.data;
	o->repair = cli.mode == M_REPAIR ? cli.arg : NULL;
	o->against = cli.val[O_AGAINST];
	o->verbose = cli.val[O_VERBOSE] != NULL;
	o->heads = cli.mode == M_HEADS;
	o->files = cli.argv;
	o->nfiles = cli.argc;
	o->out = &cli.out;
}

/* Books and where they are ------------------------------------------------------------ */

/*
 * A journal's name alone (attendance.csv) is that book of the data directory; anything
 * else is a path, whose book is told by its file name or else by its header.
 */
static int
resolve(const struct opts *o, const char *arg, char **dir, struct book *b)
{
	const char *base = strrchr(arg, '/');
	int rv;

	memset(b, 0, sizeof(*b));
	b->name = arg;
	b->named = 1;
	b->def = journal_def(base ? base + 1 : arg);
	if (base != NULL || b->def == NULL) {
		b->path = xstrdup(arg);
		b->repair = xasprintf("verify-journal --repair %s", arg);
		return 0;
	}
	if (*dir == NULL && (rv = desk_dir(o->data, dir)) != 0)
		return rv;
	b->path = xasprintf("%s/%s", *dir, arg);
	b->repair = o->data ? xasprintf("verify-journal -d %s --repair %s", o->data, arg) :
	    xasprintf("verify-journal --repair %s", arg);
	return 0;
}

static void
books_free(struct book *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(b[i].path);
		free(b[i].repair);
	}
	free(b);
}

/*
 * A book not named is checked when it exists, when --heads lists it (a book not yet
 * written is an empty one), or when its head kept says it had rows (it was removed).
 */
static int
wanted(const struct opts *o, const struct book *b)
{
	struct stat st;

	return o->heads || (b->head != NULL && b->head->rows > 0) || stat(b->path, &st) == 0;
}

/* Book arg, named on the command line or not, added to b[*n] if it is to be checked. */
static int
add_book(const struct opts *o, const char *arg, int named, char **dir, struct book *b,
    size_t *n)
{
	int rv;

	if ((rv = resolve(o, arg, dir, &b[*n])) != 0)
		return rv;
	b[*n].named = named;
	b[*n].head = heads_find(&o->kept, arg);
	if (named || wanted(o, &b[*n]))
		(*n)++;
	else {
		free(b[*n].path);
		free(b[*n].repair);
	}
	return 0;
}

static int
listed(const struct book *b, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(b[i].name, name) == 0)
			return 1;
	return 0;
}

/*
 * The files named, else every book of the data directory in SPEC 1 order, then those
 * of the heads kept (--against) that are not among them.  Each holds its head kept.
 */
static int
books(const struct opts *o, char **dir, struct book **bp, size_t *np)
{
	size_t n = 0, max = o->nfiles ? (size_t)o->nfiles : J_COUNT + o->kept.n;
	struct book *b = xcalloc(max, sizeof(*b));
	int rv = 0;

	for (int i = 0; i < o->nfiles && rv == 0; i++)
		rv = add_book(o, o->files[i], 1, dir, b, &n);
	for (size_t i = 0; o->nfiles == 0 && i < J_COUNT && rv == 0; i++)
		rv = add_book(o, jdefs[i].file, 0, dir, b, &n);
	for (size_t i = 0; o->nfiles == 0 && i < o->kept.n && rv == 0; i++)
		if (!listed(b, n, o->kept.v[i].file))
			rv = add_book(o, o->kept.v[i].file, 0, dir, b, &n);
	*bp = b;
	*np = n;
	return rv;
}

/* What an intact book prints: the -v line, or its --heads row. */
static int
say_ok(struct opts *o, const struct jcheck *c)
{
	char rows[24];

	snprintf(rows, sizeof(rows), "%lld", c->rows);
	if (o->heads)
		return csvout_row(o->out, (const char *[]){ c->name, rows, c->chain });
	if (o->verbose)
		/* TRANSLATORS: -v, an intact book: %1$s its name, %2$s its rows, %3$s
		   the chain of its last row (64 hex digits), the head to keep. */
		printf(ngettext("%s: ok, %s row, head %s\n", "%s: ok, %s rows, head %s\n",
		    (unsigned long)c->rows), c->name, rows, c->chain);
	return 0;
}

/* Check one book: 0 intact, 65 faults (said line by line), or why it was not checked. */
static int
verify(struct opts *o, const struct book *b)
{
	struct jcheck c;
	int rv;

	jcheck_init(&c, b->name, b->def, b->repair);
	c.head = b->head;
	if ((rv = jcheck_book(&c, b->path)) == 0 && c.missing && b->named && !c.faults) {
		errno = ENOENT;
		warn("%s", b->name);
		rv = EX_NOINPUT;
	}
	if (rv == 0)
		rv = c.faults ? EX_DATAERR : say_ok(o, &c);
	jcheck_free(&c);
	return rv;
}

/* A book left unchecked (66, 74, 75) weighs more than faults found (65); the first wins. */
static int
worse(int rv, int next)
{
	return rv == 0 || (rv == EX_DATAERR && next != 0) ? next : rv;
}

static int
verify_all(struct opts *o, char **dir)
{
	/* TRANSLATORS: the headings of --heads --table (CSV keeps the names): the
	   book, its rows, its head (the chain of its last row). */
	static const char *const hdr[] = { N_("file"), N_("rows"), N_("head") };
	struct book *b = NULL;
	size_t n = 0;
	int rv, one;

	/* a heads file with a fault is said line by line, and no book is held to it */
	if (o->against != NULL && (rv = heads_read(&o->kept, o->against)) != 0) {
		heads_free(&o->kept);
		return rv;
	}
	if ((rv = books(o, dir, &b, &n)) == 0 && (!o->heads ||
	    (rv = csvout_begin(o->out, hdr, 3)) == 0)) {
		for (size_t i = 0; i < n; i++)
			if ((one = verify(o, &b[i])) != 0)
				rv = worse(rv, one);
		rv = csvout_finish(o->out, rv);
	}
	books_free(b, n);
	heads_free(&o->kept);
	return rv;
}

/* --repair ----------------------------------------------------------------------------- */

static int
repair(const struct opts *o, char **dir)
{
	struct book b;
	off_t moved;
	int rv;

	if ((rv = resolve(o, o->repair, dir, &b)) == 0 &&
	    (b.def != NULL || (rv = journal_is_book(b.path, b.name)) == 0) &&
	    (rv = journal_repair(b.path, b.name, &moved)) == 0) {
		if (moved == 0)
			/* TRANSLATORS: %s is the book given to --repair. */
			printf(_("%s: nothing to repair: no torn last line\n"), b.name);
		else
			/* TRANSLATORS: %1$s is the book given to --repair, %2$lld the
			   bytes moved, %3$s the book again: FILE.torn is where they went. */
			printf(_("%s: moved the torn last line (%lld bytes) to %s.torn\n"),
			    b.name, (long long)moved, b.name);
	}
	free(b.path);
	free(b.repair);
	return rv;
}

int
main(int argc, char *argv[])
{
	struct opts o = { 0 };
	char *dir = NULL;
	int rv;

	parse_opts(&o, argc, argv);
	rv = o.repair != NULL ? repair(&o, &dir) : verify_all(&o, &dir);
	free(dir);
	return finish(rv);
}
