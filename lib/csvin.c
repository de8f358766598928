/*
 * csvin.c: every CSV read goes through libcsv, strict, one physical line at a time, so
 * that each error has its line.  Fields keep their blanks.  A row must not span lines:
 * the books never write one, and a hand-edited file that does is an error at its line.
 */
#include <err.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvin.h"
#include "util.h"

#define BOM	"\xef\xbb\xbf"

static int
keep_blanks(unsigned char c)
{
	(void)c;
	return 0;
}

static void
parser_init(struct csv_parser *p)
{
	if (csv_init(p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		errx(EX_OSERR, "%s", _("out of memory"));
	csv_set_space_func(p, keep_blanks);
}

int
csvsplit_init(struct csvsplit *s)
{
	memset(s, 0, sizeof(*s));
	parser_init(&s->p);
	return 0;
}

static void
on_field(void *data, size_t len, void *arg)
{
	struct csvsplit *s = arg;

	if (s->nfield == s->fcap) {
		s->fcap = s->fcap ? 2 * s->fcap : 16;
		s->off = xreallocarray(s->off, s->fcap, sizeof(*s->off));
	}
	if (s->len + len + 1 > s->cap) {
		s->cap = 2 * (s->len + len + 1);
		s->buf = xrealloc(s->buf, s->cap);
	}
	s->off[s->nfield++] = s->len;
	memcpy(s->buf + s->len, data, len);
	s->len += len;
	s->buf[s->len++] = '\0';
}

static void
on_row(int c, void *arg)
{
	(void)c;
	((struct csvsplit *)arg)->rows++;
}

/*
 * Split one line (with or without its line end); -1 on a CSV syntax error, and then no
 * fields and no rows (not the fields parsed before the error, whose pointers are stale).
 */
int
csvsplit_line(struct csvsplit *s, const char *line, size_t n)
{
	s->len = s->nfield = 0;
	s->rows = 0;
	if (csv_parse(&s->p, line, n, on_field, on_row, s) != n ||
	    csv_fini(&s->p, on_field, on_row, s) != 0) {
		s->error = csv_error(&s->p);	/* csv_fini would not reset it: start anew */
		csv_free(&s->p);
		parser_init(&s->p);
		s->nfield = 0;
		s->rows = 0;
		return -1;
	}
	s->field = xreallocarray(s->field, s->nfield + 1, sizeof(*s->field));
	for (size_t i = 0; i < s->nfield; i++)
		s->field[i] = s->buf + s->off[i];
	return 0;
}

/*
 * Split one line and say what keeps it from being one row: NULL when it is one (or a
 * blank line: s->rows is 0), else why not.  Every reader words its faults this way.
 */
const char *
csvsplit_check(struct csvsplit *s, const char *l, size_t n)
{
	if (memchr(l, '\0', n) != NULL)
		return _("NUL byte in the line");
	if (!utf8_valid(l, n))
		return _("not valid UTF-8");
	if (csvsplit_line(s, l, n) == -1)
		return s->error == CSV_EPARSE ?
		    _("bad CSV: a stray or unclosed double quote") : _("bad CSV: cannot parse");
	if (s->rows > 1)
		return _("a carriage return splits the row");
	return NULL;
}

struct column {
	const char	*name;
	size_t		 i;
};

static int
column_cmp(const void *a, const void *b)
{
	const struct column *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	return c ? c : (x->i > y->i) - (x->i < y->i);
}

/*
 * The first column that repeats an earlier one, or nfield when none does.  Sorted, not
 * compared pair by pair: a header of a million columns must not take hours.
 */
static size_t
first_repeat(const struct csvsplit *s)
{
	struct column *v;
	size_t first = s->nfield;

	if (s->nfield < 2)
		return first;
	v = xreallocarray(NULL, s->nfield, sizeof(*v));
	for (size_t i = 0; i < s->nfield; i++)
		v[i] = (struct column){ s->field[i], i };
	qsort(v, s->nfield, sizeof(*v), column_cmp);
	for (size_t i = 1; i < s->nfield; i++)
		if (v[i].i < first && strcmp(v[i].name, v[i - 1].name) == 0)
			first = v[i].i;
	free(v);
	return first;
}

/*
 * Find the columns asked for in a split header line: map[c] is the file's column of
 * cols[c], or -1.  The first nreq must be there; with known, every column must be one
 * asked for.  NULL, or what is wrong (to free).
 */
char *
csvsplit_map(const struct csvsplit *s, const char *const *cols, size_t ncols, size_t nreq,
    int known, int *map)
{
	size_t twice = first_repeat(s);

	if (twice < s->nfield)
		/* TRANSLATORS: after FILE:LINE: of a header; %s is a column's name. */
		return xasprintf(_("column '%s' appears twice"), s->field[twice]);
	for (size_t i = 0; i < s->nfield && known; i++) {
		size_t c = 0;

		while (c < ncols && strcmp(s->field[i], cols[c]) != 0)
			c++;
		if (c == ncols)
			/* TRANSLATORS: after FILE:LINE: of a header; %s is a column's
			   name as the file has it. */
			return xasprintf(_("unknown column '%s'"), s->field[i]);
	}
	for (size_t c = 0; c < ncols; c++) {
		map[c] = -1;
		for (size_t i = 0; i < s->nfield; i++)
			if (strcmp(s->field[i], cols[c]) == 0)
				map[c] = i;
		if (map[c] == -1 && c < nreq)
			/* TRANSLATORS: after FILE:LINE: of a header; %s is a column's
			   name ("phone"). */
			return xasprintf(_("missing column '%s'"), cols[c]);
	}
	return NULL;
}

/*
 * A scan's pre-filter (struct jscan keep): the fields col[0..n) of a line as it is,
 * unsplit, into v and vn; -1 when one of them is quoted or missing.  It only tells which
 * lines are worth splitting: the lines kept are split by libcsv, as any other.
 */
int
csv_plain_fields(const char *l, size_t len, const int *col, int n, const char **v,
    size_t *vn)
{
	const char *p = l, *end = l + len, *q;
	int last = -1, got = 0;

	for (int i = 0; i < n; i++)
		last = col[i] > last ? col[i] : last;
	while (end > l && (end[-1] == '\n' || end[-1] == '\r'))
		end--;
	for (int c = 0; c <= last; c++) {
		if (p > end)
			return -1;
		if (p < end && *p == '"') {	/* passed over */
			for (int i = 0; i < n; i++)
				if (col[i] == c)
					return -1;
			for (p++; (q = memchr(p, '"', end - p)) != NULL && q + 1 < end &&
			    q[1] == '"'; p = q + 2)
				;
			if (q == NULL || (q + 1 < end && q[1] != ','))
				return -1;
			p = q + 2;
			continue;
		}
		if ((q = memchr(p, ',', end - p)) == NULL)
			q = end;
		for (int i = 0; i < n; i++)
			if (col[i] == c)
				v[i] = p, vn[i] = q - p, got++;
		p = q + 1;
	}
	return got == n ? 0 : -1;
}

void
csvsplit_free(struct csvsplit *s)
{
	csv_free(&s->p);
	free(s->buf);
	free(s->off);
	free(s->field);
}

/* Bad data, said the one way (SPEC 2): PROG: FILE:LINE: message. */
void
csvin_vwarn(const char *name, long line, const char *fmt, va_list ap)
{
	char *msg = xvasprintf(fmt, ap);

	warnx("%s:%ld: %s", name, line, msg);
	free(msg);
}

int
csvin_fail(const struct csvin *in, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	csvin_vwarn(in->name, in->line, fmt, ap);
	va_end(ap);
	((struct csvin *)in)->status = EX_DATAERR;
	return -1;
}

static void
csvin_init(struct csvin *in, const char *name, int flags)
{
	memset(in, 0, sizeof(*in));
	in->name = name;
	in->flags = flags;
	in->fd = -1;
	csvsplit_init(&in->s);
}

int
csvin_open(struct csvin *in, const char *path, const char *name, int flags)
{
	csvin_init(in, name, flags);
	if (strcmp(path, "-") == 0)
		in->fp = stdin;
	else
		in->fp = fopen(path, "r");
	if (in->fp != NULL)
		return 0;
	if (errno == ENOENT && (flags & CSVIN_OPTIONAL))
		return 0;
	in->status = errno == ENOENT ? EX_NOINPUT : EX_IOERR;
	warn("%s", name);
	return -1;
}

/* A stream already open (an import read into memory): csvin_close closes it. */
void
csvin_fpopen(struct csvin *in, FILE *fp, const char *name, int flags)
{
	csvin_init(in, name, flags);
	in->fp = fp;
}

/*
 * A stream of fd from offset off that keeps an offset of its own (pread), so that a
 * book read inside a read of the same book (a lookup from a row's callback) moves
 * neither: a dup() would share one offset between them.  The caller keeps fd open.
 */
struct fdpos {
	int	 fd;
	off_t	 off;
};

static ssize_t
fdpos_read(void *c, char *buf, size_t n)
{
	struct fdpos *p = c;
	ssize_t got = pread(p->fd, buf, n, p->off);

	if (got > 0)
		p->off += got;
	return got;
}

static int
fdpos_seek(void *c, off64_t *pos, int whence)
{
	struct fdpos *p = c;
	off64_t to = *pos + (whence == SEEK_CUR ? p->off : 0);

	if ((whence != SEEK_SET && whence != SEEK_CUR) || to < 0) {
		errno = EINVAL;
		return -1;
	}
	*pos = p->off = to;
	return 0;
}

static int
fdpos_close(void *c)
{
	free(c);
	return 0;
}

static FILE *
csvin_stream(int fd, off_t off)
{
	static const cookie_io_functions_t io = { .read = fdpos_read, .seek = fdpos_seek,
		.close = fdpos_close };
	struct fdpos *p = xmalloc(sizeof(*p));
	FILE *fp;

	*p = (struct fdpos){ fd, off };
	if ((fp = fopencookie(p, "r", io)) == NULL)
		free(p);
	return fp;
}

/* Read from offset off of fd (the caller keeps fd and its lock). */
int
csvin_fdopen(struct csvin *in, int fd, off_t off, const char *name, int flags)
{
	csvin_init(in, name, flags);
	in->fd = fd, in->pos = off;
	if ((in->fp = csvin_stream(fd, off)) == NULL) {
		warn("%s", name);
		in->status = EX_IOERR;
		return -1;
	}
	return 0;
}

/* Of the n bytes at off, those before stop (0: all of them). */
size_t
csvin_span(off_t off, size_t n, off_t stop)
{
	return stop == 0 || off + (off_t)n <= stop ? n : off < stop ? (size_t)(stop - off) : 0;
}

#define GREP_CHUNK	(64 * 1024)	/* over JOURNAL_ROW_MAX: it holds a whole line */

/* Read the chunk of the file at from (cut at in->stop) into gbuf: its bytes, 0, -1. */
static ssize_t
chunk_read(struct csvin *in, off_t from)
{
	ssize_t got;

	if (in->gbuf == NULL)
		in->gbuf = xmalloc(GREP_CHUNK + 1);
	if ((got = pread(in->fd, in->gbuf, csvin_span(from, GREP_CHUNK, in->stop),
	    from)) > 0) {
		in->goff = from, in->glen = got;
		in->gbuf[got] = '\0';
	}
	return got;
}

/*
 * Where the i-th string of grep next occurs in the chunk from p on, or the chunk's end:
 * a string is looked for again once passed, not for every line (leave has three words).
 */
static char *
grep_next(struct csvin *in, size_t i, char *p, char *end)
{
	char *q;

	if (in->gnext[i] == NULL || in->gnext[i] < p) {
		q = text_find(p, end - p, in->grep[i]);
		in->gnext[i] = q != NULL ? q : end;
	}
	return in->gnext[i];
}

/*
 * With grep or keep, pass over the lines before the next occurrence of one of grep's
 * strings, or the next line keep keeps, a chunk at a time: count them and check their
 * length and start as read_line does, but neither copy nor split them (a register lookup
 * reads a year of rows to find a phone's few).  The stream goes on from the line wanted,
 * or from one read_line must see: a line too long or with a byte order mark, a line
 * longer than a chunk, the last line.  Stopping early is always safe: read_line skips
 * a line it does not want itself.
 */
static void
grep_skip(struct csvin *in)
{
	off_t from = in->pos;
	long lines = 0;
	char *start, *p, *end, *hit, *nl, *q;
	size_t ngrep = 0;

	while (in->grep != NULL && in->grep[ngrep] != NULL)
		ngrep++;
	if (in->gnext == NULL)
		in->gnext = xcalloc(ngrep, sizeof(*in->gnext));
	for (;;) {
		if (from < in->goff || from >= in->goff + (off_t)in->glen) {
			if (chunk_read(in, from) <= 0)
				break;		/* the end, or an error getline will tell */
			memset(in->gnext, 0, ngrep * sizeof(*in->gnext));
		}
		start = p = in->gbuf + (from - in->goff);
		end = in->gbuf + in->glen;
		hit = end;
		for (size_t i = 0; i < ngrep; i++)
			if ((q = grep_next(in, i, p, end)) < hit)
				hit = q;
		for (; (nl = memchr(p, '\n', hit - p)) != NULL; p = nl + 1, lines++)
			if (nl - p >= JOURNAL_ROW_MAX || (nl - p >= 3 && memcmp(p, BOM, 3) == 0) ||
			    (in->keep != NULL && in->keep(p, nl + 1 - p, in->keep_arg)))
				break;
		from = in->goff + (p - in->gbuf);
		if (nl != NULL || hit != end || in->glen < GREP_CHUNK ||
		    p == in->gbuf)
			break;		/* see above */
		if (p == start)
			in->glen = 0;	/* a line cut by the chunk's end: read from it */
	}
	if (from != in->pos && fseeko(in->fp, from, SEEK_SET) == 0)
		in->pos = from, in->line += lines;
}

/* Raw lines (csvin_line) ------------------------------------------------------------ */

#define LINE_HEAD	32	/* what is kept of a line longer than a chunk */

static int
line_failed(struct csvin *in)
{
	warn("%s", in->name);
	in->status = EX_IOERR;
	return -1;
}

/* The bytes from in->pos on in gbuf: a whole line when a chunk holds one; 0 at the end. */
static ssize_t
chunk_at_pos(struct csvin *in)
{
	size_t at;

	if (in->pos >= in->goff && in->pos < in->goff + (off_t)in->glen) {
		at = in->pos - in->goff;
		if (memchr(in->gbuf + at, '\n', in->glen - at) != NULL)
			return in->glen - at;
	}
	return chunk_read(in, in->pos);
}

/* The line of n bytes at in->pos, the last one without its LF when torn. */
static int
line_take(struct csvin *in, struct csvline *l, size_t n, int torn)
{
	l->s = in->gbuf + (in->pos - in->goff);
	l->n = l->kept = n;
	l->torn = torn;
	in->pos += n;
	in->line++;
	return 1;
}

/* A line longer than a chunk is counted, its start kept: memory stays one chunk. */
static int
line_skip(struct csvin *in, struct csvline *l)
{
	off_t from = in->pos;
	ssize_t got;
	char *nl;

	if (in->lcap < LINE_HEAD)
		in->lbuf = xrealloc(in->lbuf, in->lcap = LINE_HEAD);
	memcpy(in->lbuf, in->gbuf + (in->pos - in->goff), LINE_HEAD);
	for (;;) {
		if ((got = chunk_read(in, from)) == -1)
			return line_failed(in);
		if (got == 0 || (nl = memchr(in->gbuf, '\n', got)) != NULL)
			break;
		from += got;
	}
	*l = (struct csvline){ in->lbuf, from - in->pos, LINE_HEAD, got == 0 };
	if (got != 0)
		l->n += nl - in->gbuf + 1;
	in->pos += l->n;
	in->line++;
	return 1;
}

/*
 * The next physical line from in->pos up to in->stop, as the file holds it, for a reader
 * that checks every line itself (verify-journal); not with grep or keep.  1, 0 at the
 * end, -1 failed (said).
 */
int
csvin_line(struct csvin *in, struct csvline *l)
{
	ssize_t got;
	char *p, *nl;

	memset(l, 0, sizeof(*l));
	if ((got = chunk_at_pos(in)) <= 0)
		return got == 0 ? 0 : line_failed(in);
	p = in->gbuf + (in->pos - in->goff);
	if ((nl = memchr(p, '\n', got)) != NULL)
		return line_take(in, l, nl - p + 1, 0);
	if (got < GREP_CHUNK)		/* the end: the last line has no LF */
		return line_take(in, l, got, 1);
	return line_skip(in, l);
}

/* The n bytes at l hold one of the strings of grep, or keep keeps them. */
static int
wanted(const struct csvin *in, const char *l, size_t n)
{
	for (const char *const *g = in->grep; g != NULL && *g != NULL; g++)
		if (memmem(l, n, *g, strlen(*g)) != NULL)
			return 1;
	return in->keep != NULL && in->keep(l, n, in->keep_arg);
}

/* Read one physical line and split it; 1 a row, 0 end of file, -1 failed. */
static int
read_line(struct csvin *in)
{
	const char *why;
	ssize_t n, raw;
	char *l;
	int filter;

	for (;;) {
		filter = in->grep != NULL || in->keep != NULL;
		if (filter && in->fd != -1 && in->fp != NULL)
			grep_skip(in);
		if (in->stop != 0 && in->pos >= in->stop)
			return 0;
		errno = 0;
		if (in->fp == NULL || (n = getline(&in->lbuf, &in->lcap, in->fp)) == -1) {
			if (errno == 0 || errno == ENOENT)
				return 0;
			in->status = EX_IOERR;
			warn("%s", in->name);
			return -1;
		}
		in->line++;
		raw = n;
		l = in->lbuf;
		if (in->line == 1 && n >= 3 && memcmp(l, BOM, 3) == 0 &&
		    !(in->flags & CSVIN_JOURNAL))
			l += 3, n -= 3;
		if (n >= 3 && memcmp(l, BOM, 3) == 0)	/* files joined: not in a field */
			return csvin_fail(in, "%s",
			    _("a byte order mark (U+FEFF) starts the line"));
		if (n == 0)
			return 0;
		if (l[n - 1] != '\n' && (in->flags & CSVIN_JOURNAL))
			return csvin_fail(in, "%s", _("the last line has no line end: the "
			    "row is torn (see verify-journal --repair)"));
		if (n > JOURNAL_ROW_MAX && (in->flags & CSVIN_JOURNAL))
			/* TRANSLATORS: %1$zd is the line's bytes, %2$d the most a row may
			   have (4096). */
			return csvin_fail(in, _("the line is %zd bytes: a row is at most %d"),
			    n, JOURNAL_ROW_MAX);
		if (filter && !wanted(in, in->lbuf, raw)) {
			in->pos += raw;
			continue;
		}
		in->pos += raw;
		in->raw = raw;
		if ((why = csvsplit_check(&in->s, l, n)) != NULL)
			return csvin_fail(in, "%s", why);
		if (in->s.rows == 1)
			return 1;
		if (in->flags & CSVIN_JOURNAL)
			return csvin_fail(in, "%s", _("empty line"));
	}
}

/*
 * Read the header and find the columns asked for: the first nreq must be there, the
 * rest may be missing (read as "").  Columns the file has and we do not know are skipped.
 */
int
csvin_header(struct csvin *in, const char *const *cols, size_t ncols, size_t nreq)
{
	char *why;
	int rv;

	if ((rv = read_line(in)) <= 0) {
		if (rv == 0 && in->fp != NULL && !(in->flags & CSVIN_OPTIONAL)) {
			if (in->line == 0)
				in->line = 1;	/* where the header belongs */
			return csvin_fail(in, "%s", _("empty file: the header is missing"));
		}
		return rv;
	}
	in->ncols = ncols;
	in->nhdr = in->s.nfield;
	in->map = xreallocarray(NULL, ncols, sizeof(*in->map));
	in->ownmap = 1;
	in->field = xreallocarray(NULL, ncols, sizeof(*in->field));
	if ((why = csvsplit_map(&in->s, cols, ncols, nreq, in->flags & CSVIN_KNOWN,
	    in->map)) != NULL) {
		csvin_fail(in, "%s", why);
		free(why);
		return -1;
	}
	return 1;
}

/* Take the header read by another reader of the same file; line is the last line read. */
void
csvin_adopt(struct csvin *in, const struct csvin *hdr, long line)
{
	in->ncols = hdr->ncols;
	in->nhdr = hdr->nhdr;
	in->map = hdr->map;
	in->ownmap = 0;
	in->field = xreallocarray(NULL, in->ncols, sizeof(*in->field));
	in->line = line;
}

int
csvin_next(struct csvin *in)
{
	int rv;

	if ((rv = read_line(in)) <= 0)
		return rv;
	if (in->s.nfield != in->nhdr)
		/* TRANSLATORS: %1$zu is the fields of the row, %2$zu the header's. */
		return csvin_fail(in, _("%zu fields where the header has %zu"),
		    in->s.nfield, in->nhdr);
	for (size_t c = 0; c < in->ncols; c++)
		in->field[c] = in->map[c] == -1 ? "" : in->s.field[in->map[c]];
	return 1;
}

void
csvin_close(struct csvin *in)
{
	if (in->fp != NULL && in->fp != stdin)
		fclose(in->fp);
	csvsplit_free(&in->s);
	free(in->lbuf);
	free(in->gbuf);
	free(in->gnext);
	if (in->ownmap)
		free(in->map);
	free(in->field);
	memset(in, 0, sizeof(*in));
}
