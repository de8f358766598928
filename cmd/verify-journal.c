/*
 * verify-journal: is the book intact?  Reads every journal of the data directory (or the
 * files named) from the top, a line at a time, and checks the header, each row's columns,
 * UTF-8 and single line, its seq, recorded_at, time and ref, and the chain (SPEC 1, SPEC 3
 * verify-journal).  Silent when all is well; each fault is one line FILE:LINE: what is
 * wrong, exit 65.  --heads prints each book's head for keeping elsewhere; --repair moves
 * a torn last line aside.
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clock.h"
#include "csvin.h"
#include "csvout.h"
#include "desk.h"
#include "journal.h"
#include "util.h"

enum { OPT_HEADS = 0x200, OPT_REPAIR };

static const struct option longopts[] = {
	{ "data",	required_argument,	NULL,	'd' },
	{ "heads",	no_argument,		NULL,	OPT_HEADS },
	{ "help",	no_argument,		NULL,	'h' },
	{ "repair",	required_argument,	NULL,	OPT_REPAIR },
	{ "verbose",	no_argument,		NULL,	'v' },
	{ "version",	no_argument,		NULL,	'V' },
	CSVOUT_LONGOPTS,
	{ NULL,		0,			NULL,	0 }
};

static const char zeros[] =
    "0000000000000000000000000000000000000000000000000000000000000000";

struct opts {
	const char	*data, *repair;
	int		 verbose, heads;
	char		**files;
	int		 nfiles;
	struct csvout	 out;
};

/* A file to check. */
struct book {
	char		*path;		/* to open */
	const char	*name;		/* in messages: the journal's file, or the path given */
	const struct jdef *def;		/* known by its name; else the header says */
	int		 named;		/* on the command line: missing is an error */
	char		*repair;	/* the command a torn last line asks for */
};

/* Seqs met, as runs of consecutive seqs: a sound book is one run. */
struct ranges {
	struct range {
		long long	 lo, hi;
	}		*v;
	size_t		 n, cap;
};

/* What the check of one book keeps: the row above, the seqs met, never the rows. */
struct check {
	const struct book *b;
	const struct jdef *def;
	int		*map;		/* the book's column -> the file's */
	size_t		 nhdr;
	const char	**f;		/* the row, by the book's column */
	struct csvsplit	 s;
	long		 line;
	long long	 rows;
	int		 faults;
	long long	 prev, due;	/* the row above's seq (-1 unknown); the seq due here */
	time_t		 rec;		/* the row above's recorded_at, as read and as written */
	char		 recorded[CLOCK_LEN];
	int		 chained;	/* chain holds the row above's; 0 after a lost row */
	char		 chain[CHAIN_LEN + 1];
	struct ranges	 seen, voids, voided;
};

static void
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: verify-journal [-d dir] [-v] [file ...]\n"
	    "       verify-journal [-d dir] --heads [--table] [--excel] [--encoding gbk]\n"
	    "                      [file ...]\n"
	    "       verify-journal [-d dir] --repair file\n"
	    "       verify-journal -h | -V\n");
	exit(finish(status));
}

static void
check_opts(const struct opts *o)
{
	if (o->repair != NULL && (o->verbose || o->heads || o->out.flags ||
	    o->out.encoding || o->nfiles))
		usage_error("--repair takes one file, alone");
	if (o->verbose && o->heads)
		usage_error("-v and --heads: give one");
	csvout_check(&o->out, o->heads, "--heads");
}

/* An option of this tool's own; usage (64) for any other. */
static void
own_option(struct opts *o, int ch, const char *arg, const char *as_typed)
{
	if (ch == 'v' || ch == OPT_HEADS)
		*(ch == 'v' ? &o->verbose : &o->heads) = 1;
	else if (ch == OPT_REPAIR)
		o->repair = arg;
	else
		csvout_option(&o->out, ch, arg, as_typed);
}

static void
parse_opts(struct opts *o, int argc, char *argv[])
{
	int ch;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, "d:hvV", longopts, NULL)) != -1)
		if (!tool_option(ch, optarg, &o->data, usage))
			own_option(o, ch, optarg, argv[optind - 1]);
	o->files = argv + optind;
	o->nfiles = argc - optind;
	check_opts(o);
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
 * The files named, else every book of the data directory: those that exist, or all
 * seven for --heads (a book not yet written is an empty one).
 */
static int
books(const struct opts *o, char **dir, struct book **bp, size_t *np)
{
	struct book *b = xcalloc(o->nfiles ? o->nfiles : J_COUNT, sizeof(*b));
	struct stat st;
	size_t n = 0;
	int rv = 0;

	for (int i = 0; i < o->nfiles && rv == 0; i++)
		if ((rv = resolve(o, o->files[i], dir, &b[n])) == 0)
			n++;
	for (size_t i = 0; o->nfiles == 0 && i < J_COUNT && rv == 0; i++)
		if ((rv = resolve(o, jdefs[i].file, dir, &b[n])) == 0) {
			b[n].named = 0;
			if (o->heads || stat(b[n].path, &st) == 0)
				n++;
			else {
				free(b[n].path);
				free(b[n].repair);
			}
		}
	*bp = b;
	*np = n;
	return rv;
}

/* Reading a line at a time, up to the size taken under the lock ------------------------ */

#define RBUF	(64 * 1024)

struct reader {
	int		 fd;
	off_t		 at, end;	/* the next byte to read; where the book ends */
	const char	*name;
	char		*buf;
	size_t		 pos, len;
};

struct line {
	const char	*s;		/* NULL: too long to keep */
	size_t		 n;		/* its bytes, LF included */
	int		 torn;		/* the last line, without its LF */
	char		 head[24];	/* a line too long to keep: its seq */
};

/* Read on; 0 at the end, -1 failed (said). */
static int
fill(struct reader *r)
{
	size_t want;
	ssize_t n;

	memmove(r->buf, r->buf + r->pos, r->len - r->pos);
	r->len -= r->pos;
	r->pos = 0;
	want = RBUF - r->len;
	if ((off_t)want > r->end - r->at)
		want = r->end - r->at;
	if (want == 0)
		return 0;
	if ((n = pread(r->fd, r->buf + r->len, want, r->at)) == -1) {
		warn("%s", r->name);
		return -1;
	}
	if (n == 0)			/* cut short meanwhile (a repair): it ends here */
		r->end = r->at;
	r->len += n;
	r->at += n;
	return n > 0;
}

/* A line over JOURNAL_ROW_MAX is counted, not kept: memory stays one buffer. */
static int
skip_long(struct reader *r, struct line *l)
{
	char *nl, *comma = memchr(r->buf + r->pos, ',', r->len - r->pos);
	int rv;

	if (comma != NULL && (size_t)(comma - (r->buf + r->pos)) < sizeof(l->head))
		memcpy(l->head, r->buf + r->pos, comma - (r->buf + r->pos));
	l->s = NULL;
	l->n = 0;
	for (;;) {
		if ((nl = memchr(r->buf + r->pos, '\n', r->len - r->pos)) != NULL) {
			l->n += nl - (r->buf + r->pos) + 1;
			r->pos = nl - r->buf + 1;
			return 1;
		}
		l->n += r->len - r->pos;
		r->pos = r->len;
		if ((rv = fill(r)) != 1) {
			l->torn = 1;
			return rv == -1 ? -1 : 1;
		}
	}
}

/* The next line, LF included; 1, 0 at the end, -1 failed (said). */
static int
next_line(struct reader *r, struct line *l)
{
	char *nl;
	int rv;

	memset(l, 0, sizeof(*l));
	for (;;) {
		l->s = r->buf + r->pos;
		if ((nl = memchr(l->s, '\n', r->len - r->pos)) != NULL) {
			l->n = nl - l->s + 1;
			r->pos += l->n;
			return 1;
		}
		if (r->len - r->pos > JOURNAL_ROW_MAX)
			return skip_long(r, l);
		if ((rv = fill(r)) == -1)
			return -1;
		if (rv == 0) {
			l->s = r->buf + r->pos;
			l->n = r->len - r->pos;
			l->torn = 1;
			r->pos = r->len;
			return l->n > 0;
		}
	}
}

/* The runs of seqs: for ref (SPEC 1: a void's ref is the seq it cancels) -------------- */

/* How many runs start at or below seq. */
static size_t
ranges_below(const struct ranges *r, long long seq)
{
	size_t lo = 0, hi = r->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (r->v[mid].lo <= seq)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int
ranges_has(const struct ranges *r, long long seq)
{
	size_t i = ranges_below(r, seq);

	return i > 0 && seq <= r->v[i - 1].hi;
}

static void
ranges_add(struct ranges *r, long long seq)
{
	size_t i = ranges_below(r, seq);
	struct range *before = i > 0 ? &r->v[i - 1] : NULL;
	struct range *after = i < r->n ? &r->v[i] : NULL;

	if (before != NULL && seq <= before->hi)
		return;
	if (before != NULL && seq == before->hi + 1) {
		before->hi = seq;
		if (after != NULL && after->lo == seq + 1) {	/* the gap is closed */
			before->hi = after->hi;
			memmove(after, after + 1, (r->n - i - 1) * sizeof(*after));
			r->n--;
		}
	} else if (after != NULL && after->lo == seq + 1)
		after->lo = seq;
	else {
		if (r->n == r->cap) {
			r->cap = r->cap ? 2 * r->cap : 8;
			r->v = xreallocarray(r->v, r->cap, sizeof(*r->v));
		}
		memmove(r->v + i + 1, r->v + i, (r->n - i) * sizeof(*r->v));
		r->v[i] = (struct range){ seq, seq };
		r->n++;
	}
}

/* The checks --------------------------------------------------------------------------- */

static void fault(struct check *, const char *, ...) __attribute__((format(printf, 2, 3)));

/* One fault, one line on stderr: verify-journal: FILE:LINE: what is wrong. */
static void
fault(struct check *c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	csvin_vwarn(c->b->name, c->line, fmt, ap);
	va_end(ap);
	c->faults++;
}

/* A seq as the books write it: 1, 2, ...; -1 for anything else. */
static long long
seq_of(const char *s, size_t n)
{
	long long v = 0;

	if (n == 0 || n > 18 || *s == '0')
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = 10 * v + s[i] - '0';
	}
	return v;
}

/* The chain at the end of a line: 64 lowercase hex digits, unquoted; NULL if not. */
static const char *
stored_chain(const struct line *l)
{
	size_t n = l->n - (l->n > 0 && l->s[l->n - 1] == '\n');
	const char *p;

	n -= n > 0 && l->s[n - 1] == '\r';
	if (n < CHAIN_LEN + 1 || l->s[n - CHAIN_LEN - 1] != ',')
		return NULL;
	p = l->s + n - CHAIN_LEN;
	for (size_t i = 0; i < CHAIN_LEN; i++)
		if (strchr("0123456789abcdef", p[i]) == NULL || p[i] == '\0')
			return NULL;
	return p;
}

/*
 * SPEC 1: seq counts rows from 1 and only grows, one by one.  A row is fine when its seq
 * is one more than the row above's, or than the seq due there had the row above been
 * right: so a row removed, moved or copied is one fault (two for a swapped pair), not
 * one for every row after it.
 */
static int
seq_step(struct check *c, long long seq)
{
	int ok = seq != -1 && ((c->prev != -1 && seq == c->prev + 1) || seq == c->due);

	c->due = (ok ? seq : c->due) + 1;
	c->prev = seq;
	if (seq != -1)
		ranges_add(&c->seen, seq);
	return ok;
}

/*
 * A row that cannot be read: the check goes on from its seq and chain as they stand, if
 * they can be told.  A line without a seq (the rest of a field split over two lines) is
 * not counted as a row for the seq due.
 */
static void
lost_row(struct check *c, const struct line *l)
{
	const char *comma = l->s ? memchr(l->s, ',', l->n) : NULL, *chain;
	long long seq = comma ? seq_of(l->s, comma - l->s) :
	    seq_of(l->head, strlen(l->head));

	c->rows++;
	if (seq != -1)
		seq_step(c, seq);
	else
		c->prev = -1;
	if ((c->chained = l->s && (chain = stored_chain(l)) != NULL))
		memcpy(c->chain, chain, CHAIN_LEN);
}

static long long
check_seq(struct check *c, const char *s)
{
	long long seq = seq_of(s, strlen(s)), due = c->due;

	if (seq == -1)
		fault(c, "seq '%s' is not a row number", s);
	if (!seq_step(c, seq) && seq != -1)
		fault(c, "seq %lld where %lld was due (%s)", seq, due,
		    seq > due ? "a row missing or moved" : "a row moved or copied");
	return seq;
}

/* SPEC 1: recorded_at never goes backwards; both times are RFC 3339. */
static void
check_times(struct check *c)
{
	time_t t;

	if (clock_parse_rfc3339(c->f[J_RECORDED], &t) == -1)
		fault(c, "recorded_at '%s' is not an RFC 3339 time", c->f[J_RECORDED]);
	else {
		if (c->recorded[0] != '\0' && t < c->rec)
			fault(c, "recorded_at goes back: %s after %s", c->f[J_RECORDED],
			    c->recorded);
		c->rec = t;
		snprintf(c->recorded, sizeof(c->recorded), "%s", c->f[J_RECORDED]);
	}
	if (clock_parse_rfc3339(c->f[J_TIME], &t) == -1)
		fault(c, "time '%s' is not an RFC 3339 time", c->f[J_TIME]);
}

/*
 * SPEC 1: a correction is a void row whose ref is the seq it cancels.  A ref names an
 * earlier row of the book that is live when the ref is written: not a void (a void is
 * final) and not voided already.
 */
static void
check_ref(struct check *c, long long seq)
{
	const char *s = c->f[c->def->ncols - 3];
	int is_void = strcmp(c->f[c->def->kind], "void") == 0;
	long long ref = seq_of(s, strlen(s));

	if (*s == '\0') {
		if (is_void)
			fault(c, "a void row without ref: it cancels no row");
	} else if (ref == -1)
		fault(c, "ref '%s' is not a seq", s);
	else if ((seq != -1 && ref >= seq) || !ranges_has(&c->seen, ref))
		fault(c, "ref %lld names no earlier row", ref);
	else if (ranges_has(&c->voids, ref))
		fault(c, "ref %lld names a void row (a void is final)", ref);
	else if (ranges_has(&c->voided, ref))
		fault(c, "ref %lld names a row voided already", ref);
	else if (is_void)
		ranges_add(&c->voided, ref);
	if (is_void && seq != -1)
		ranges_add(&c->voids, seq);
}

/*
 * SPEC 1: chain is the SHA-256 of the row above's chain, LF and this line before the
 * comma preceding chain.  After a break the check goes on from the chain the row carries,
 * so an edited row is one fault, not one for every row after it.
 */
static void
check_chain(struct check *c, const struct line *l)
{
	char link[CHAIN_LEN + 1];
	const char *stored = stored_chain(l);
	int linked = c->chained && journal_link(c->chain, l->s, l->n, link) == 0;

	if (stored == NULL) {
		fault(c, "chain is not 64 lowercase hex digits at the end of the line");
		if ((c->chained = linked))
			memcpy(c->chain, link, CHAIN_LEN);
		return;
	}
	if (linked && memcmp(link, stored, CHAIN_LEN) != 0)
		fault(c, "chain broken (this row edited, or the row before it removed or "
		    "moved)");
	memcpy(c->chain, stored, CHAIN_LEN);
	c->chained = 1;
}

/* SPEC 1: a field holding CR or LF is refused at input, so no book holds one. */
static int
held_cr(const struct csvsplit *s)
{
	for (size_t i = 0; i < s->nfield; i++)
		if (strchr(s->field[i], '\r') != NULL)
			return 1;
	return 0;
}

static void
check_row(struct check *c, const struct line *l)
{
	const char *why;
	long long seq;

	if (l->torn) {
		fault(c, "torn last line (an interrupted append): %s", c->b->repair);
		return;
	}
	if (l->n > JOURNAL_ROW_MAX) {
		fault(c, "the line is %zu bytes: a row is at most %d", l->n, JOURNAL_ROW_MAX);
		lost_row(c, l);
	} else if ((why = csvsplit_check(&c->s, l->s, l->n)) != NULL) {
		fault(c, "%s", why);
		lost_row(c, l);
	} else if (c->s.rows == 0)
		fault(c, "empty line");
	else if (held_cr(&c->s)) {
		fault(c, "a quoted field holds a carriage return: a row is one line");
		lost_row(c, l);
	} else if (c->s.nfield != c->nhdr) {
		fault(c, "%zu fields where the header has %zu", c->s.nfield, c->nhdr);
		lost_row(c, l);
	} else {
		c->rows++;
		for (size_t k = 0; k < c->def->ncols; k++)
			c->f[k] = c->s.field[c->map[k]];
		seq = check_seq(c, c->f[J_SEQ]);
		check_times(c);
		check_ref(c, seq);
		check_chain(c, l);
	}
}

/* A header line cut short: the start of a book's header, or a book known by its name. */
static int
torn_header(const struct book *b, const struct line *l)
{
	struct str h = { 0 };
	int torn = b->def != NULL;

	for (size_t i = 0; i < J_COUNT && !torn && l->s != NULL; i++) {
		h.len = 0;
		journal_header_line(&jdefs[i], &h);
		torn = l->n < h.len && memcmp(l->s, h.s, l->n) == 0;
	}
	free(h.s);
	return torn;
}

/* Line 1: the header of a book, known by the file's name or else by its columns. */
static int
check_header(struct check *c, const struct line *l)
{
	const char *why = NULL;
	char *bad;

	if (l->torn && torn_header(c->b, l))
		fault(c, "torn last line (an interrupted append): %s", c->b->repair);
	else if (l->torn)
		fault(c, "not the header of a journal (see frontdesk-journals(5))");
	else if (l->n > JOURNAL_ROW_MAX)
		fault(c, "the line is %zu bytes: not a journal's header", l->n);
	else if ((why = csvsplit_check(&c->s, l->s, l->n)) != NULL)
		fault(c, "%s", why);
	else if (c->s.rows == 0)
		fault(c, "empty line: the header is missing");
	else if (l->n >= 3 && memcmp(l->s, "\xef\xbb\xbf", 3) == 0)
		fault(c, "a byte order mark before the header: a journal has none");
	else if ((c->def = c->b->def ? c->b->def : journal_def_of_header(&c->s)) == NULL)
		fault(c, "not the header of a journal (see frontdesk-journals(5))");
	else {
		c->map = xreallocarray(NULL, c->def->ncols, sizeof(*c->map));
		if ((bad = journal_header(c->def, &c->s, c->map)) != NULL) {
			fault(c, "%s", bad);
			free(bad);
			return -1;
		}
		c->nhdr = c->s.nfield;
		c->f = xreallocarray(NULL, c->def->ncols, sizeof(*c->f));
		return 0;
	}
	return -1;
}

static void
check_init(struct check *c, const struct book *b)
{
	memset(c, 0, sizeof(*c));
	c->b = b;
	c->due = 1;
	c->chained = 1;
	memcpy(c->chain, zeros, sizeof(zeros));
	csvsplit_init(&c->s);
}

static void
check_free(struct check *c)
{
	csvsplit_free(&c->s);
	free(c->map);
	free(c->f);
	free(c->seen.v);
	free(c->voids.v);
	free(c->voided.v);
}

/* Every line of the book up to the size taken; a bad header ends the check. */
static int
check_lines(struct check *c, const struct journal *j)
{
	struct reader r = { .fd = j->fd, .end = j->size, .name = c->b->name };
	struct line l;
	int rv;

	r.buf = xmalloc(RBUF);
	while ((rv = next_line(&r, &l)) == 1) {
		c->line++;
		if (c->line == 1 && check_header(c, &l) == -1)
			break;
		if (c->line > 1)
			check_row(c, &l);
	}
	free(r.buf);
	return rv == -1 ? EX_IOERR : 0;
}

/* What an intact book prints: the -v line, or its --heads row. */
static int
say_ok(struct opts *o, const struct check *c)
{
	char rows[24];

	snprintf(rows, sizeof(rows), "%lld", c->rows);
	if (o->heads)
		return csvout_row(&o->out, (const char *[]){ c->b->name, rows, c->chain });
	if (o->verbose)
		printf("%s: ok, %s row%s, head %s\n", c->b->name, rows,
		    c->rows == 1 ? "" : "s", c->chain);
	return 0;
}

/* Check one book: 0 intact, 65 faults (said line by line), or why it was not checked. */
static int
verify(struct opts *o, const struct book *b)
{
	struct journal j;
	struct check c;
	int rv;

	check_init(&c, b);
	if ((rv = journal_snapshot(&j, b->path, b->name)) == 0 && j.fd == -1 && b->named) {
		errno = ENOENT;
		warn("%s", b->name);
		rv = EX_NOINPUT;
	}
	if (rv == 0 && j.fd != -1)
		rv = check_lines(&c, &j);
	if (rv == 0)
		rv = c.faults ? EX_DATAERR : say_ok(o, &c);
	check_free(&c);
	journal_close(&j);
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
	static const char *const hdr[] = { "file", "rows", "head" };
	struct book *b;
	size_t n;
	int rv, one;

	if ((rv = books(o, dir, &b, &n)) == 0 && (!o->heads ||
	    (rv = csvout_begin(&o->out, hdr, 3)) == 0)) {
		for (size_t i = 0; i < n; i++)
			if ((one = verify(o, &b[i])) != 0)
				rv = worse(rv, one);
		rv = csvout_finish(&o->out, rv);
	}
	books_free(b, n);
	return rv;
}

/* --repair ----------------------------------------------------------------------------- */

/* A file not named as a book must begin with a book's header before a line is cut. */
static int
is_journal(const struct book *b)
{
	struct csvsplit s;
	struct journal j;
	struct reader r = { .name = b->name };
	struct line l;
	int rv;

	if (b->def != NULL)
		return 0;
	csvsplit_init(&s);
	r.buf = xmalloc(RBUF);
	if ((rv = journal_snapshot(&j, b->path, b->name)) == 0 && j.fd != -1) {
		r.fd = j.fd;
		r.end = j.size;
		if ((rv = next_line(&r, &l)) == -1)
			rv = EX_IOERR;
		else if (rv == 1 && (l.torn ? !torn_header(b, &l) : l.s == NULL ||
		    csvsplit_check(&s, l.s, l.n) != NULL || journal_def_of_header(&s) == NULL)) {
			warnx("%s: not a journal: --repair cuts only a journal's torn last line",
			    b->name);
			rv = EX_DATAERR;
		} else
			rv = 0;
	}
	free(r.buf);
	csvsplit_free(&s);
	journal_close(&j);
	return rv;
}

static int
repair(const struct opts *o, char **dir)
{
	struct book b;
	off_t moved;
	int rv;

	if ((rv = resolve(o, o->repair, dir, &b)) == 0 && (rv = is_journal(&b)) == 0 &&
	    (rv = journal_repair(b.path, b.name, &moved)) == 0) {
		if (moved == 0)
			printf("%s: nothing to repair: no torn last line\n", b.name);
		else
			printf("%s: moved the torn last line (%lld bytes) to %s.torn\n",
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
