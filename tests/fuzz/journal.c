/*
 * The journal reader, on the input as a data dir's attendance.csv, read the ways the
 * tools read a book:
 *  - every line (and, as libcsv is not instrumented, every cut of a line, both halves:
 *    a torn append) through csvsplit_check: a line taken is valid UTF-8 without NUL, a
 *    blank line is only line ends, and its fields written back as journal_append writes
 *    them (str_addcsv) read back the same; a header line through csvsplit_map,
 *    journal_header and journal_def_of_header;
 *  - csvin_open/csvin_header/csvin_next with CSVIN_JOURNAL, as the tools' readers;
 *  - journal_open and journal_scan, whole and from a seq, a time or with grep, and
 *    journal_target, as the tools do.
 * Differential invariants: a book journal_scan reads whole, csvin reads whole to the same
 * rows; read for money (JOURNAL_CHECKED) it is refused exactly when journal_chained,
 * which checks it a line at a time, refuses it; the live rows are the rows less the voids and what they cancel; in a book whose
 * seq rises and recorded_at never goes back, from_seq, since and grep (which walk back
 * from the end in blocks: JOURNAL_BLOCK is small in this build) give exactly the rows a
 * plain filter of the whole scan gives, and journal_target finds the row as it is.
 */
#include "fuzz.h"

#include "csvin.h"
#include "journal.h"
#include "util.h"

#ifndef JOURNAL_BLOCK
#define JOURNAL_BLOCK	(64 * 1024)
#endif
#define CUT_BUDGET	(16 * 1024)	/* bytes parsed for the cuts of one input */

static struct fuzz_dir book;
static const struct jdef *def = &jdefs[J_ATTENDANCE];

struct row {
	char		*canon;		/* the fields in the book's order, as a CSV line */
	long long	 seq;
	time_t		 recorded;
	int		 is_void;
	long long	 ref;
	char		*agent;
};

struct rows {
	struct row	*v;
	size_t		 n;
};

static void
rows_add(struct rows *rs, const char **f, long long seq, time_t recorded)
{
	struct str b = { 0 };
	struct row *r;

	for (size_t c = 0; c < def->ncols; c++) {
		str_adds(&b, c ? "," : "");
		str_addcsv(&b, f[c]);
	}
	rs->v = xreallocarray(rs->v, rs->n + 1, sizeof(*rs->v));
	r = &rs->v[rs->n++];
	r->canon = b.s != NULL ? b.s : xstrdup("");
	r->seq = seq;
	r->recorded = recorded;
	r->is_void = strcmp(f[AT_EVENT], "void") == 0;
	r->ref = strtoll(f[AT_REF], NULL, 10);
	r->agent = xstrdup(f[AT_AGENT]);
}

static void
rows_free(struct rows *rs)
{
	for (size_t i = 0; i < rs->n; i++) {
		free(rs->v[i].canon);
		free(rs->v[i].agent);
	}
	free(rs->v);
	memset(rs, 0, sizeof(*rs));
}

static int
same_row(const struct row *a, const struct row *b)
{
	return a->seq == b->seq && strcmp(a->canon, b->canon) == 0;
}

static int
only_line_ends(const char *l, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (l[i] != '\r' && l[i] != '\n')
			return 0;
	return 1;
}

/*
 * A line: the fields of one taken, written as the books write them, read back the same
 * (again: a whole line; the cuts of a line are only split).  1 if it was taken.
 */
static int
check_line(struct csvsplit *s, struct csvsplit *s2, const char *l, size_t n, int again)
{
	const char *why = csvsplit_check(s, l, n);
	struct str b = { 0 };

	if (why != NULL) {
		FUZZ_ASSERT(*why != '\0');
		/* csvsplit_line leaves no fields of a line it failed to split */
		FUZZ_ASSERT(strcmp(why, "NUL byte in the line") == 0 ||
		    strcmp(why, "not valid UTF-8") == 0 || strcmp(why, "a carriage return "
		    "splits the row") == 0 || (s->nfield == 0 && s->rows == 0));
		return 0;
	}
	FUZZ_ASSERT(memchr(l, '\0', n) == NULL && utf8_valid(l, n));
	FUZZ_ASSERT(s->rows == 0 || s->rows == 1);
	FUZZ_ASSERT((s->rows == 0) == only_line_ends(l, n));
	if (s->rows == 0)
		return 1;
	FUZZ_ASSERT(s->nfield >= 1);
	if (s->nfield == 1 && s->field[0][0] == '\0')
		return 1;	/* "": field by field, a blank line (no book has one) */
	for (size_t i = 0; i < s->nfield && again; i++) {
		if (strpbrk(s->field[i], "\r\n") != NULL) {	/* journal_append refuses */
			free(b.s);
			return 1;
		}
		str_adds(&b, i ? "," : "");
		str_addcsv(&b, s->field[i]);
	}
	if (!again)
		return 1;
	str_add(&b, "\n", 1);
	FUZZ_ASSERT(csvsplit_check(s2, b.s, b.len) == NULL);
	FUZZ_ASSERT(s2->rows == 1 && s2->nfield == s->nfield);
	for (size_t i = 0; i < s->nfield; i++)
		FUZZ_ASSERT(strcmp(s->field[i], s2->field[i]) == 0);
	free(b.s);
	return 1;
}

static void
check_header(struct csvsplit *s)
{
	int map[32];
	const struct jdef *d;
	char *why;

	if (s->rows != 1)
		return;
	for (int known = 0; known < 2; known++) {
		why = csvsplit_map(s, def->cols, def->ncols, def->ncols, known, map);
		if (why == NULL)
			for (size_t c = 0; c < def->ncols; c++)
				FUZZ_ASSERT(map[c] >= 0 && (size_t)map[c] < s->nfield &&
				    strcmp(s->field[map[c]], def->cols[c]) == 0);
		free(why);
	}
	if ((why = journal_header(def, s, map)) == NULL)
		FUZZ_ASSERT((size_t)map[def->ncols - 1] == s->nfield - 1);
	free(why);
	if ((d = journal_def_of_header(s)) != NULL)
		for (size_t c = 0; c < d->ncols; c++) {
			size_t i = 0;

			while (i < s->nfield && strcmp(s->field[i], d->cols[c]) != 0)
				i++;
			FUZZ_ASSERT(i < s->nfield);
		}
}

static void
split_lines(const char *data, size_t n)
{
	struct csvsplit s, s2;
	size_t budget = CUT_BUDGET, len;
	const char *p, *nl;

	csvsplit_init(&s);
	csvsplit_init(&s2);
	for (p = data; p < data + n; p += len) {
		nl = memchr(p, '\n', data + n - p);
		len = nl != NULL ? (size_t)(nl - p + 1) : (size_t)(data + n - p);
		if (check_line(&s, &s2, p, len, 1) && p == data)
			check_header(&s);
		for (size_t k = 0; k < len && budget >= 2 * len; k++, budget -= len) {
			check_line(&s, &s2, p, k, 0);
			check_line(&s, &s2, p + k, len - k, 0);
		}
	}
	csvsplit_free(&s);
	csvsplit_free(&s2);
}

/* The tools' plain reader: 0 when it read to the end, the rows in rs. */
static int
read_csvin(struct rows *rs)
{
	struct csvin in;
	int rv;

	FUZZ_ASSERT(csvin_open(&in, book.path, def->file, CSVIN_JOURNAL) == 0);
	if ((rv = csvin_header(&in, def->cols, def->ncols, def->ncols)) == 1)
		while ((rv = csvin_next(&in)) == 1) {
			FUZZ_ASSERT(in.s.nfield == in.nhdr);
			for (size_t c = 0; c < def->ncols; c++)
				FUZZ_ASSERT(in.field[c] != NULL);
			rows_add(rs, in.field, 0, 0);
		}
	FUZZ_ASSERT(rv == 0 || rv == -1);
	FUZZ_ASSERT(rv == 0 || in.status == EX_DATAERR);
	csvin_close(&in);
	return rv;
}

static int
collect(const struct jrow *r, void *arg)
{
	FUZZ_ASSERT(r->seq > 0 && r->line >= 2);
	rows_add(arg, r->f, r->seq, r->recorded);
	return 0;
}

/* The live rows of all[from..]: not voids, not cancelled by a void in that window. */
static void
live_of(const struct rows *all, size_t from, struct rows *live, const char *grep,
    char **lines)
{
	for (size_t i = from; i < all->n; i++) {
		int voided = 0;

		if (all->v[i].is_void)
			continue;
		for (size_t k = from; k < all->n && !voided; k++)
			voided = all->v[k].is_void && all->v[k].ref == all->v[i].seq;
		if (voided || (grep != NULL && strstr(lines[i], grep) == NULL))
			continue;
		live->v = xreallocarray(live->v, live->n + 1, sizeof(*live->v));
		live->v[live->n] = all->v[i];
		live->v[live->n].canon = xstrdup(all->v[i].canon);
		live->v[live->n++].agent = xstrdup(all->v[i].agent);
	}
}

static void
assert_same(const struct rows *a, const struct rows *b, size_t from)
{
	FUZZ_ASSERT(a->n == b->n - from);
	for (size_t i = 0; i < a->n; i++)
		FUZZ_ASSERT(same_row(&a->v[i], &b->v[from + i]));
}

/* A well-ordered book: the windows walked back to equal the whole scan filtered. */
static void
windows(struct journal *j, const struct rows *all, const uint8_t *data, size_t n,
    char **lines)
{
	struct rows got = { 0 }, want = { 0 };
	struct jtarget t;
	size_t i = data[n / 2] % all->n, first;
	const struct row *r = &all->v[i];
	long long referred = 0;

	FUZZ_ASSERT(journal_scan(j, &(struct jscan){ .flags = JSCAN_ALL, .seq = r->seq },
	    collect, &got) == 0);
	assert_same(&got, all, i);
	rows_free(&got);

	for (first = 0; all->v[first].recorded < r->recorded; first++)
		;
	FUZZ_ASSERT(journal_scan(j, &(struct jscan){ .flags = JSCAN_ALL,
	    .since = r->recorded }, collect, &got) == 0);
	assert_same(&got, all, first);
	rows_free(&got);

	FUZZ_ASSERT(journal_scan(j, &(struct jscan){ .since = r->recorded }, collect, &got) == 0);
	live_of(all, first, &want, NULL, lines);
	assert_same(&got, &want, 0);
	rows_free(&got);
	rows_free(&want);

	if (r->agent[0] != '\0' && strchr(r->agent, '\n') == NULL) {
		for (first = 0; all->v[first].recorded < 0; first++)
			;
		FUZZ_ASSERT(journal_scan(j, &(struct jscan){ .grep = (const char *[]){ r->agent,
		    NULL } }, collect, &got) == 0);
		if (first < all->n)
			live_of(all, first, &want, r->agent, lines);
		assert_same(&got, &want, 0);
		rows_free(&got);
		rows_free(&want);
	}

	FUZZ_ASSERT(journal_target(j, r->seq, &t) == 0);
	FUZZ_ASSERT(t.found && t.is_void == r->is_void && t.nf == def->ncols);
	rows_add(&got, (const char **)t.f, r->seq, r->recorded);
	FUZZ_ASSERT(same_row(&got.v[0], r));
	rows_free(&got);
	for (size_t k = i + 1; k < all->n; k++)
		if (all->v[k].is_void && all->v[k].ref == r->seq)
			FUZZ_ASSERT(t.voided);
	for (size_t k = i + 1; k < all->n && referred == 0; k++) {
		int voided = 0;

		if (all->v[k].is_void || all->v[k].ref != r->seq)
			continue;
		for (size_t v = i + 1; v < all->n; v++)
			voided |= all->v[v].is_void && all->v[v].ref == all->v[k].seq;
		if (!voided)
			referred = all->v[k].seq;
	}
	FUZZ_ASSERT(t.referred == referred);
	jtarget_free(&t);
}

static int
nothing(const struct jrow *r, void *arg)
{
	(void)r;
	(void)arg;
	return 0;
}

/* Every row scanned for money is checked: the whole scan breaks where the lines break. */
static void
checked_agrees(void)
{
	struct journal c;
	int whole, scan;

	FUZZ_ASSERT(journal_open(&c, book.dir, J_ATTENDANCE, JOURNAL_CHECKED) == 0);
	whole = journal_chained(&c);
	scan = journal_scan(&c, &(struct jscan){ .flags = JSCAN_ALL }, nothing, NULL);
	FUZZ_ASSERT(whole == scan && (whole == 0 || whole == EX_DATAERR));
	journal_close(&c);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_zone("Asia/Shanghai");
	setenv("FRONTDESK_LOCK_TIMEOUT", "0", 1);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	struct rows plain = { 0 }, all = { 0 }, live = { 0 }, want = { 0 };
	struct journal j;
	char **lines = NULL;
	size_t nlines = 0;
	int plain_rv, rv, ordered;

	split_lines((const char *)data, n);
	fuzz_dir_put(&book, "journal", def->file, data, n);
	plain_rv = read_csvin(&plain);
	if ((rv = journal_open(&j, book.dir, J_ATTENDANCE, 0)) != 0) {
		FUZZ_ASSERT(rv == EX_DATAERR);
		goto done;
	}
	rv = journal_scan(&j, &(struct jscan){ .flags = JSCAN_ALL }, collect, &all);
	FUZZ_ASSERT(rv == 0 || rv == EX_DATAERR);
	if (rv != 0)
		goto done;
	FUZZ_ASSERT(journal_scan(&j, NULL, collect, &live) == 0);
	if (n == 0) {
		FUZZ_ASSERT(all.n == 0 && live.n == 0);
		goto done;
	}
	/* what the book reader reads whole, the plain reader reads the same */
	FUZZ_ASSERT(plain_rv == 0 && plain.n == all.n);
	for (size_t i = 0; i < all.n; i++)
		plain.v[i].seq = all.v[i].seq;
	assert_same(&plain, &all, 0);
	live_of(&all, 0, &want, NULL, NULL);
	assert_same(&live, &want, 0);
	checked_agrees();

	/* the rows' lines, for grep: the header, then one line a row */
	for (const char *p = (const char *)data, *end = p + n, *nl; p < end; p = nl + 1) {
		nl = memchr(p, '\n', end - p);
		FUZZ_ASSERT(nl != NULL);
		lines = xreallocarray(lines, nlines + 1, sizeof(*lines));
		lines[nlines++] = strndup(p, nl - p);
	}
	FUZZ_ASSERT(nlines == all.n + 1);
	ordered = all.n > 0;
	for (size_t i = 1; i < all.n && ordered; i++)
		ordered = all.v[i].seq > all.v[i - 1].seq &&
		    all.v[i].recorded >= all.v[i - 1].recorded;
	/* walking back in blocks needs lines shorter than a block (rows: 4096 at most) */
	for (size_t i = 0; i < nlines && ordered; i++)
		ordered = strlen(lines[i]) + 1 < JOURNAL_BLOCK;
	if (ordered)
		windows(&j, &all, data, n, lines + 1);
done:
	journal_close(&j);
	fuzz_dir_remove(&book);
	for (size_t i = 0; i < nlines; i++)
		free(lines[i]);
	free(lines);
	rows_free(&plain);
	rows_free(&all);
	rows_free(&live);
	rows_free(&want);
	return 0;
}
