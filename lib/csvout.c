/*
 * csvout.c: the one writer of listings.  Plain CSV stays raw for other programs (quoted
 * only when needed); --excel makes a copy a spreadsheet opens safely: UTF-8 BOM, CRLF,
 * formula-looking cells neutralised with a leading ' (OWASP), long digit strings kept as
 * text; --encoding gbk converts, and a character GBK lacks is an error, never a '?'.
 * --table aligns columns for people, CJK counted double width; OUT_HTML writes a table.
 * The two views for people keep every cell to the end, and there a column of amounts has
 * its thousands grouped (1,280,000.00, SPEC 7); CSV and --excel keep 1280000.00.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvout.h"
#include "money.h"


/* The output options; any other option is a usage error (typed: as the user typed it). */
void
csvout_option(struct csvout *o, int ch, const char *arg, const char *typed)
{
	switch (ch) {
	case OPT_TABLE:
		o->flags |= OUT_TABLE;
		break;
	case OPT_EXCEL:
		o->flags |= OUT_EXCEL;
		break;
	case OPT_ENCODING:
		if (strcasecmp(arg, "gbk") == 0)
			o->encoding = "GBK";
		else if (strcasecmp(arg, "utf-8") != 0 && strcasecmp(arg, "utf8") != 0)
			usage_error(_("--encoding is utf-8 or gbk, not '%s'"), arg);
		break;
	default:
		usage_error(_("unknown option or missing value: '%s'"), typed);
	}
}

/* Usage (64): the output options go with the listing, named by what; --table or --excel. */
void
csvout_check(const struct csvout *o, int listing, const char *what)
{
	if ((o->flags || o->encoding) && !listing)
		usage_error(_("--table, --excel and --encoding go with %s"), what);
	if (o->flags == (OUT_TABLE | OUT_EXCEL))
		usage_error("%s", _("--table is for people, --excel for spreadsheets: give one"));
}

/* Display columns of a UTF-8 string: East Asian wide and fullwidth count 2. */
static size_t
text_width(const char *s)
{
	size_t w = 0;
	unsigned int c;

	while (*s != '\0') {
		c = utf8_next(&s);
		w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) ||
		    (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
		    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
		    (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
	}
	return w;
}

/* OWASP CSV injection: a cell a spreadsheet would run gets a leading quote. */
static void
excel_cell(struct str *b, const char *s)
{
	size_t n = strlen(s), digits = strspn(s, "0123456789");

	if (n > 0 && digits == n && (n >= 7 || (s[0] == '0' && n > 1))) {
		str_addf(b, "\"=\"\"%s\"\"\"", s);	/* a phone stays text: ="13812345678" */
		return;
	}
	if (strchr("=+-@\t\r", s[0]) != NULL && s[0] != '\0') {
		struct str q = { 0 };

		str_add(&q, "'", 1);
		str_adds(&q, s);
		str_addcsv(b, q.s);
		free(q.s);
		return;
	}
	str_addcsv(b, s);
}

/* s in the output encoding, added to dst; else -1, and *bad is the first byte it lacks. */
static int
convert(struct csvout *o, const char *s, size_t n, struct str *dst, const char **bad)
{
	char *in = (char *)s, *buf, *out;
	size_t room = 4 * n + 16;
	int rv = 0;

	out = buf = xmalloc(room);
	iconv(o->cd, NULL, NULL, NULL, NULL);
	if (iconv(o->cd, &in, &n, &out, &room) == (size_t)-1)
		rv = -1, *bad = in;
	else
		str_add(dst, buf, out - buf);
	free(buf);
	return rv;
}

/*
 * Every cell can be written in the encoding; else name the row, the column and the
 * character, never the rest of the cell: a customer's name is not for a log.
 */
static int
encodable(struct csvout *o, const char *const *f)
{
	struct str scratch = { 0 };
	const char *bad;
	int rv = 0;

	for (size_t c = 0; o->encoding != NULL && c < o->ncols && rv == 0; c++)
		if (convert(o, f[c], strlen(f[c]), &scratch, &bad) == -1) {
			warnx(_("row %ld, column %s: U+%04X cannot be written in %s"), o->row,
			    o->hdr[c], utf8_next(&bad), o->encoding);
			rv = EX_DATAERR;
		}
	free(scratch.s);
	return rv;
}

/*
 * Print one finished line.  Converted output is held until the end, so a listing that
 * cannot be written whole is not written at all.
 */
static int
emit(struct csvout *o, const struct str *line)
{
	const char *bad;

	if (o->encoding == NULL) {
		fwrite(line->s, 1, line->len, stdout);
		return 0;
	}
	if (convert(o, line->s, line->len, &o->pending, &bad) == 0)
		return 0;
	warnx(_("U+%04X cannot be written in %s"), utf8_next(&bad), o->encoding);
	return EX_DATAERR;
}

/* An HTML table row, the text escaped. */
static void
html_cells(const struct csvout *o, struct str *b, char *const *f, const char *td)
{
	str_adds(b, "<tr>");
	for (size_t c = 0; c < o->ncols; c++) {
		str_addf(b, "<%s>", td);
		for (const char *p = f[c]; *p != '\0'; p++)
			switch (*p) {
			case '&':
				str_adds(b, "&amp;");
				break;
			case '<':
				str_adds(b, "&lt;");
				break;
			case '>':
				str_adds(b, "&gt;");
				break;
			default:
				str_add(b, p, 1);
			}
		str_addf(b, "</%s>", td);
	}
	str_adds(b, "</tr>\n");
}

static int
emit_cells(struct csvout *o, const char *const *f)
{
	struct str b = { 0 };
	int rv;

	for (size_t c = 0; c < o->ncols; c++) {
		str_adds(&b, c ? "," : "");
		if (o->flags & OUT_EXCEL)
			excel_cell(&b, f[c]);
		else
			str_addcsv(&b, f[c]);
	}
	str_adds(&b, o->flags & OUT_EXCEL ? "\r\n" : "\n");
	rv = emit(o, &b);
	free(b.s);
	return rv;
}

/*
 * SPEC 7: a table for people is headed in their language, each column's name through the
 * catalogue (the tools mark their headers N_()); CSV and --excel keep the names.
 */
static const char *const *
headings(const char *const *hdr, size_t ncols)
{
	static const char *said[64];
	const char *name;

	if (ncols > 64)
		return hdr;
	for (size_t c = 0; c < ncols; c++) {
		name = strchr(hdr[c], '\004');
		said[c] = *hdr[c] == '\0' ? hdr[c] :
		    name != NULL ? ctx_gettext(hdr[c], name + 1) : _(hdr[c]);
	}
	return said;
}

/*
 * The names a header holds: a heading two listings say apart in a language, marked
 * NC_("heading", "late"), is named "late" in the CSV (late for a contact, not for work).
 */
static const char *const *
header_names(const char *const *hdr, size_t ncols)
{
	static const char *name[64];
	const char *p;

	if (ncols > 64)
		return hdr;
	for (size_t c = 0; c < ncols; c++)
		name[c] = (p = strchr(hdr[c], '\004')) != NULL ? p + 1 : hdr[c];
	return name;
}

int
csvout_begin(struct csvout *o, const char *const *hdr, size_t ncols)
{
	o->ncols = ncols;
	o->hdr = header_names(hdr, ncols);
	o->row = 0;
	if (o->encoding != NULL && (o->cd = iconv_open(o->encoding, "UTF-8")) ==
	    (iconv_t)-1) {
		warn("iconv %s", o->encoding);
		return EX_IOERR;
	}
	if ((o->flags & OUT_EXCEL) && o->encoding == NULL)
		fputs("\xef\xbb\xbf", stdout);
	if (o->flags & OUT_HUMAN)
		return csvout_row(o, headings(hdr, ncols));
	return encodable(o, o->hdr) ? EX_DATAERR : emit_cells(o, o->hdr);
}

int
csvout_row(struct csvout *o, const char *const *f)
{
	if (o->cells != NULL || !(o->flags & OUT_HUMAN))
		o->row++;		/* the table's header is row 0 */
	if (encodable(o, f) != 0)
		return EX_DATAERR;
	if (!(o->flags & OUT_HUMAN))
		return emit_cells(o, f);
	o->cells = xreallocarray(o->cells, o->ncells + o->ncols, sizeof(*o->cells));
	for (size_t c = 0; c < o->ncols; c++)
		o->cells[o->ncells++] = xstrdup(f[c]);
	return 0;
}

/* --table: columns two spaces apart, padded to the widest cell. */
static int
emit_table(struct csvout *o)
{
	size_t *w = xcalloc(o->ncols, sizeof(*w)), c;
	struct str b = { 0 };
	int rv = 0;

	for (size_t i = 0; i < o->ncells; i++)
		if (text_width(o->cells[i]) > w[i % o->ncols])
			w[i % o->ncols] = text_width(o->cells[i]);
	for (size_t i = 0; i < o->ncells && rv == 0; i += o->ncols) {
		b.len = 0;
		o->row = i / o->ncols;
		for (c = 0; c < o->ncols; c++) {
			str_adds(&b, o->cells[i + c]);
			for (size_t k = text_width(o->cells[i + c]); c + 1 < o->ncols &&
			    k < w[c] + 2; k++)
				str_add(&b, " ", 1);
		}
		while (b.len > 0 && b.s[b.len - 1] == ' ')	/* empty last cells */
			b.len--;
		str_add(&b, "\n", 1);
		rv = emit(o, &b);
	}
	free(b.s);
	free(w);
	return rv;
}

/* OUT_HTML: the table, its header row of th cells. */
static int
emit_html(struct csvout *o)
{
	struct str b = { 0 };
	int rv;

	str_adds(&b, "<table>\n");
	for (size_t i = 0; i < o->ncells; i += o->ncols)
		html_cells(o, &b, o->cells + i, i ? "td" : "th");
	str_adds(&b, "</table>\n");
	rv = emit(o, &b);
	free(b.s);
	return rv;
}

/*
 * SPEC 7: column c holds amounts when every cell under its header is an amount as
 * money_format writes it, or empty, and one is not empty.  A column with a cell of other
 * text (a note, a name) is not one, and is shown as it is.
 */
static int
amount_column(const struct csvout *o, size_t c)
{
	char buf[MONEY_HLEN];
	int any = 0;

	for (size_t i = o->ncols + c; i < o->ncells; i += o->ncols) {
		if (*o->cells[i] == '\0')
			continue;
		if (money_human(o->cells[i], buf) == -1)
			return 0;
		any = 1;
	}
	return any;
}

/* For people, a column of amounts with its thousands grouped: 1,280,000.00 (SPEC 7). */
static void
group_amounts(struct csvout *o)
{
	char buf[MONEY_HLEN];

	for (size_t c = 0; c < o->ncols; c++) {
		if (!amount_column(o, c))
			continue;
		for (size_t i = o->ncols + c; i < o->ncells; i += o->ncols)
			if (money_human(o->cells[i], buf) == 0) {
				free(o->cells[i]);
				o->cells[i] = xstrdup(buf);
			}
	}
}

/*
 * SPEC 7: a word a book holds (present, busy, crossed, late), in the reader's language in
 * a view for people; the CSV and --excel keep it.  The tools mark their words N_(); typed
 * text is never passed here (codes and names are not in the catalogue: they stay).
 */
const char *
csvout_word(const struct csvout *o, const char *word)
{
	return (o->flags & OUT_HUMAN) && *word != '\0' ? _(word) : word;
}

/* A line of text under a table, in the listing's encoding. */
void
csvout_text(struct csvout *o, const char *line)
{
	str_adds(&o->after, line);
	str_adds(&o->after, "\n");
}

/* Finish the listing; the held output is written only when all of it could be (ok). */
static int
end(struct csvout *o, int ok)
{
	int rv;

	if (o->flags & OUT_HUMAN)
		group_amounts(o);
	rv = o->flags & OUT_TABLE ? emit_table(o) : o->flags & OUT_HTML ? emit_html(o) : 0;
	if (rv == 0 && o->after.len > 0)
		rv = emit(o, &o->after);
	if (rv == 0 && ok && o->pending.len > 0)
		fwrite(o->pending.s, 1, o->pending.len, stdout);
	for (size_t i = 0; i < o->ncells; i++)
		free(o->cells[i]);
	free(o->cells);
	free(o->pending.s);
	free(o->after.s);
	if (o->encoding != NULL)
		iconv_close(o->cd);
	return rv;
}

/* End the output if it was begun; a failure to end it fails the command that had not. */
int
csvout_finish(struct csvout *o, int rv)
{
	if (o->ncols && end(o, rv == 0) != 0 && rv == 0)
		return EX_DATAERR;
	return rv;
}
