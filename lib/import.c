/*
 * import.c: the one --import of every tool.  The file is read whole (GBK turned into
 * UTF-8 on the way), its header's Chinese names taken as ours, each row folded to ASCII
 * where it is a code, a number, a phone or a time, and checked by the tool; then the rows
 * go to the tool in time order, which decides and appends them under its locks and rolls
 * back on any refusal.  Nothing is written unless every row is.
 */
#include <err.h>
#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>

#include "import.h"
#include "manager.h"
#include "util.h"

/*
 * The words an office's files use (SPEC 2, 7): a header (col NULL) names the first of its
 * columns the import has; a value of col is taken as the book's word.
 */
static const struct alias {
	const char	*col, *word, *as;
} aliases[] = {
	{ NULL, "时间", "time" }, { NULL, "日期", "time" }, { NULL, "日期时间", "time" },
	{ NULL, "工号", "agent" }, { NULL, "销售员", "agent" }, { NULL, "置业顾问", "agent" },
	{ NULL, "销售顾问", "agent" }, { NULL, "员工", "agent" }, { NULL, "事件", "event" },
	{ NULL, "电话", "phone" }, { NULL, "手机", "phone" }, { NULL, "联系电话", "phone" },
	{ NULL, "姓名", "name" }, { NULL, "客户姓名", "name" }, { NULL, "来源", "source" },
	{ NULL, "信息来源", "source" }, { NULL, "金额", "amount" }, { NULL, "合同号", "deal" },
	{ NULL, "单号", "deal" }, { NULL, "类别", "kind" }, { NULL, "类型", "kind" },
	{ NULL, "性别", "gender" }, { NULL, "同户", "household" }, { NULL, "房号", "unit" },
	{ NULL, "地址", "address" }, { NULL, "意向", "interest" }, { NULL, "级别", "level" },
	{ NULL, "客户级别", "level" }, { NULL, "介绍人", "referrer" }, { NULL, "人数", "party" },
	{ NULL, "备注", "note" }, { NULL, "备注", "detail" }, { NULL, "说明", "detail" },
	{ "event", "签到", "in" }, { "event", "签退", "end" }, { "event", "下班", "end" },
	{ "event", "外出", "out" }, { "event", "返回", "back" }, { "event", "用餐", "break" },
	{ "event", "休息", "break" }, { "event", "轮休", "off" }, { "event", "病假", "sick" }, { "event", "事假", "personal" },
	{ "event", "脱岗", "desert" }, { "event", "值班", "night" },
	{ "kind", "来访", "visit" }, { "kind", "来电", "call" }, { "kind", "跟进", "follow" },
	{ "kind", "回访", "follow" }, { "kind", "定金", "deposit" }, { "kind", "小定", "deposit" },
	{ "kind", "大定", "deposit" }, { "kind", "成交", "sale" }, { "kind", "签约", "sale" },
	{ "kind", "出租", "rent" }, { "kind", "租赁", "rent" },
	{ "gender", "男", "M" }, { "gender", "女", "F" },
};
#define NALIAS	(sizeof(aliases) / sizeof(aliases[0]))

/* The columns of free text, kept as typed; the others are folded to ASCII. */
static const char *const text_cols[] = { "name", "note", "detail", "address", "interest",
	"unit" };

/* The book's word for a value of col typed in Chinese, or the value. */
static const char *
import_value(const char *col, const char *s)
{
	for (size_t i = 0; i < NALIAS; i++)
		if (aliases[i].col != NULL && strcmp(aliases[i].col, col) == 0 &&
		    strcmp(aliases[i].word, s) == 0)
			return aliases[i].as;
	return s;
}

static const char *
header_word(const struct import_fmt *fmt, const char *h)
{
	for (size_t i = 0; i < NALIAS; i++)
		if (aliases[i].col == NULL && strcmp(aliases[i].word, h) == 0 &&
		    str_in(fmt->cols, fmt->ncols, aliases[i].as))
			return aliases[i].as;
	return h;
}

int
import_fail(struct import *im, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	csvin_vwarn(im->name, im->in.line, fmt, ap);
	va_end(ap);
	im->in.status = EX_DATAERR;
	return -1;
}

/* The line of byte off in buf, for a message. */
static long
line_at(const char *buf, size_t off)
{
	long line = 1;

	for (size_t i = 0; i < off; i++)
		line += buf[i] == '\n';
	return line;
}

static int
read_all(struct import *im, const char *path, struct str *b)
{
	int fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY);
	char chunk[65536];
	ssize_t got;

	if (fd == -1) {
		warn("%s", im->name);
		return errno == ENOENT ? EX_NOINPUT : EX_IOERR;
	}
	while ((got = read(fd, chunk, sizeof(chunk))) > 0)
		str_add(b, chunk, got);
	if (got == -1)
		warn("%s", im->name);
	if (fd != 0)
		close(fd);
	return got == -1 ? EX_IOERR : 0;
}

/* GBK (GB18030, its superset) to UTF-8, or 65 at the line that is not. */
static int
from_gbk(struct import *im, struct str *b)
{
	iconv_t cd = iconv_open("UTF-8", "GB18030");
	struct str u = { 0 };
	char *in = b->s, out[4096], *o;
	size_t left = b->len, room;
	int rv = 0;

	if (cd == (iconv_t)-1)
		err(EX_SOFTWARE, "iconv GB18030");
	while (left > 0 && rv == 0) {
		o = out, room = sizeof(out);
		if (iconv(cd, &in, &left, &o, &room) == (size_t)-1 && errno != E2BIG) {
			/* TRANSLATORS: FILE:LINE: keeps its ASCII colons. */
			warnx(_("%s:%ld: not GBK (GB18030) text"), im->name,
			    line_at(b->s, in - b->s));
			rv = EX_DATAERR;
		}
		str_add(&u, out, o - out);
	}
	iconv_close(cd);
	free(b->s);
	*b = u;
	return rv;
}

/* Without --encoding, UTF-8 or nothing: say how to read what a Chinese Excel saves. */
static int
check_utf8(const struct import *im, const struct str *b)
{
	const char *p = b->s, *end = b->s + b->len, *nl;

	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', end - p)) == NULL)
			nl = end;
		if (!utf8_valid(p, nl - p)) {
			/* TRANSLATORS: FILE:LINE: keeps its ASCII colons. */
			warnx(_("%s:%ld: not valid UTF-8 (a file saved by a Chinese Excel is "
			    "GBK: give --encoding gbk)"), im->name, line_at(b->s, p - b->s));
			return EX_DATAERR;
		}
	}
	return 0;
}

/* The header with our names for the Chinese ones: the first line, rewritten. */
static void
translate_header(struct import *im, struct str *b)
{
	size_t skip = b->len >= 3 && memcmp(b->s, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
	char *nl = memchr(b->s + skip, '\n', b->len - skip);
	size_t n = (nl != NULL ? nl - b->s : (ptrdiff_t)b->len) - skip;
	struct csvsplit s;
	struct str h = { 0 };

	csvsplit_init(&s);
	if (n > 0 && b->s[skip + n - 1] == '\r')
		n--;
	if (csvsplit_line(&s, b->s + skip, n) == 0) {
		for (size_t i = 0; i < s.nfield; i++) {
			str_adds(&h, i ? "," : "");
			str_addcsv(&h, header_word(im->fmt, s.field[i]));
		}
		str_add(&h, b->s + skip + n, b->len - skip - n);	/* the line end on */
		b->len = skip;
		str_add(b, h.s, h.len);
	}			/* else csvin tells what is wrong with it */
	free(h.s);
	csvsplit_free(&s);
}

static int
is_text(const char *col)
{
	return str_in(text_cols, sizeof(text_cols) / sizeof(text_cols[0]), col);
}

/* The row's fields as the tool reads them: codes folded to ASCII, words to the book's. */
static void
fold_row(struct import *im, char **v)
{
	for (size_t c = 0; c < im->fmt->ncols; c++) {
		const char *col = im->fmt->cols[c];

		free(v[c]);
		v[c] = is_text(col) ? xstrdup(im->in.field[c]) : ascii_fold(im->in.field[c]);
		if (!is_text(col) && import_value(col, v[c]) != v[c]) {
			char *w = xstrdup(import_value(col, v[c]));

			free(v[c]);
			v[c] = w;
		}
	}
}

/*
 * A time as the --at forms write it, or as Excel writes one back (2026/11/9 8:21,
 * 2026/11/09 08:21:00); -1 otherwise, said (import_fail).
 */
int
import_time(struct import *im, const char *s, time_t *t)
{
	int y, mo, d, h, mi, sec = 0, n = 0;
	char iso[64];

	if (clock_parse(s, im->desk->now, t) == 0)
		return 0;
	if ((sscanf(s, "%4d/%2d/%2d %2d:%2d%n", &y, &mo, &d, &h, &mi, &n) == 5 &&
	    s[n] == '\0') || (sscanf(s, "%4d/%2d/%2d %2d:%2d:%2d%n", &y, &mo, &d, &h, &mi,
	    &sec, &n) == 6 && s[n] == '\0')) {
		snprintf(iso, sizeof(iso), "%04d-%02d-%02d %02d:%02d:%02d", y, mo, d, h, mi,
		    sec);
		if (clock_parse(iso, im->desk->now, t) == 0)
			return 0;
	}
	/* TRANSLATORS: %s is a time column's value as the file holds it. */
	return import_fail(im, _("'%s' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS], "
	    "2026/11/9 8:21 or RFC 3339)"), s);
}

/* The file as UTF-8 with our header names, in a stream for csvin. */
static int
open_input(struct import *im, const char *path, const char *encoding, struct str *b)
{
	FILE *fp;
	int rv;

	if ((rv = read_all(im, path, b)) != 0 ||
	    (rv = encoding ? from_gbk(im, b) : check_utf8(im, b)) != 0)
		return rv;
	if (b->len == 0) {
		/* TRANSLATORS: %s is the file imported; FILE:1: keeps its ASCII colons. */
		warnx(_("%s:1: empty file: the header is missing"), im->name);
		return EX_DATAERR;
	}
	translate_header(im, b);
	if ((fp = fmemopen(b->s, b->len, "r")) == NULL)
		err(EX_OSERR, "fmemopen");
	csvin_fpopen(&im->in, fp, im->name, CSVIN_KNOWN);
	return 0;
}

static int
row_cmp(const void *a, const void *b)
{
	const struct import_row *x = a, *y = b;

	return clock_order(x->time, x->line, y->time, y->line);
}

/* A row is one line (SPEC 1): a quoted line break in a field is refused as typed. */
static int
one_line(struct import *im, char **v)
{
	for (size_t c = 0; c < im->fmt->ncols; c++)
		if (strpbrk(v[c], "\r\n") != NULL)
			/* TRANSLATORS: %s is a column ("note") or an option ("--note"),
			   as the book or the command line names it. */
			return import_fail(im, _("%s holds a line break: a row is one line"),
			    im->fmt->cols[c]);
	return 0;
}

/* Every row read and checked before any is written: the rows, n of them, or the status. */
static int
read_rows(struct import *im, char **rows, size_t *n)
{
	const struct import_fmt *fmt = im->fmt;
	char **v = xcalloc(fmt->ncols, sizeof(*v));
	struct import_row *r;

	if (csvin_header(&im->in, fmt->cols, fmt->ncols, fmt->nreq) == 1)
		while (csvin_next(&im->in) == 1) {
			*rows = xreallocarray(*rows, *n + 1, fmt->size);
			r = (struct import_row *)(*rows + (*n)++ * fmt->size);
			memset(r, 0, fmt->size);
			r->line = im->in.line;
			r->where = xasprintf("%s:%ld: ", im->name, im->in.line);
			fold_row(im, v);
			if (one_line(im, v) != 0 || fmt->check(im, (const char **)v, r) != 0)
				break;
		}
	for (size_t c = 0; c < fmt->ncols; c++)
		free(v[c]);
	free(v);
	return im->in.status;
}

static void
free_rows(const struct import_fmt *fmt, char *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct import_row *r = (struct import_row *)(rows + i * fmt->size);

		if (fmt->free != NULL)
			fmt->free(r);
		free(r->where);
	}
	free(rows);
}

/* --import FILE (or - for stdin): all of it, in time order, or nothing. */
int
import_run(const struct desk *d, const struct import_fmt *fmt, const char *path,
    const char *encoding, void *arg)
{
	struct import im = { .desk = d, .fmt = fmt, .arg = arg,
		.name = strcmp(path, "-") == 0 ? "stdin" : path };
	struct str b = { 0 };
	char *rows = NULL;
	size_t n = 0;
	int rv;

	if ((rv = manager_check(d, "--import")) != 0)	/* SPEC 2: a manager's action */
		return rv;
	if ((rv = open_input(&im, path, encoding, &b)) == 0 &&
	    (rv = read_rows(&im, &rows, &n)) == 0 && n == 0)
		/* TRANSLATORS: %s is the book ("attendance.csv"). */
		printf(_("no rows to import: %s is unchanged\n"), fmt->book);
	else if (rv == 0) {
		qsort(rows, n, fmt->size, row_cmp);
		if ((rv = fmt->apply(&im, rows, n)) == 0)
			/* TRANSLATORS: the sentence of every --import: %1$zu rows, %2$s the
			   book ("attendance.csv"), %3$lld and %4$lld the seqs of the first
			   and last row written, %5$s what the tool adds: "" or ", with 3
			   commission rows". */
			printf(ngettext("imported %zu row into %s, rows %lld to %lld%s\n",
			    "imported %zu rows into %s, rows %lld to %lld%s\n", n), n,
			    fmt->book, im.first, im.last, im.more.s ? im.more.s : "");
	}
	csvin_close(&im.in);
	free_rows(fmt, rows, n);
	free(im.more.s);
	free(b.s);
	return rv;
}
