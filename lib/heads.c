/*
 * heads.c: a heads file, what verify-journal --heads printed (SPEC 3 verify-journal):
 * file,rows,head, one line per book, kept outside the machine.  --against reads it
 * again, through csvin as every CSV is read, and holds each book to its line.
 */
#include <stdlib.h>
#include <string.h>

#include "heads.h"
#include "util.h"

static const char *const cols[] = { "file", "rows", "head" };
enum { H_FILE, H_ROWS, H_HEAD, H_NCOLS };

/* A count of rows as --heads prints it: 0, 1, 2, ...; -1 for anything else. */
static long long
rows_text(const char *s)
{
	long long v = 0;
	size_t n = strlen(s);

	if (n == 0 || n > 18 || (*s == '0' && n > 1))
		return -1;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		v = 10 * v + *s - '0';
	}
	return v;
}

/* A chain as the books write it: 64 lowercase hex digits. */
static int
chain_text(const char *s)
{
	size_t n = strspn(s, "0123456789abcdef");

	return n == CHAIN_LEN && s[n] == '\0';
}

/* The head as --heads --excel keeps a number text for a spreadsheet (="000..."), bare. */
static const char *
head_text(const char *s, char *buf)
{
	size_t n = strlen(s);

	if (n != CHAIN_LEN + 3 || strncmp(s, "=\"", 2) != 0 || s[n - 1] != '"')
		return s;
	memcpy(buf, s + 2, CHAIN_LEN);
	buf[CHAIN_LEN] = '\0';
	return buf;
}

/* The row just read, checked; 0, or -1 said. */
static int
head_check(const struct heads *h, const struct csvin *in, long long rows,
    const char *head)
{
	const char *const *f = in->field;
	const struct jhead *dup;

	if (*f[H_FILE] == '\0')
		/* TRANSLATORS: verify-journal --against, after FILE:LINE: of the heads
		   file: its file column, which names the book, is empty. */
		return csvin_fail(in, "%s", _("the file column is empty: no book is named"));
	if (rows == -1)
		/* TRANSLATORS: verify-journal --against, after FILE:LINE: of the heads
		   file; %s is the rows column's value. */
		return csvin_fail(in, _("rows '%s' is not a count of rows"), f[H_ROWS]);
	if (!chain_text(head))
		/* TRANSLATORS: verify-journal --against: %s is the head column's value. */
		return csvin_fail(in, _("head '%s' is not 64 lowercase hex digits"),
		    f[H_HEAD]);
	if (rows == 0 && strspn(head, "0") != CHAIN_LEN)
		/* TRANSLATORS: verify-journal --against: %s is the head column's value. */
		return csvin_fail(in, _("head '%s' of a book of 0 rows: it is 64 zeros"),
		    f[H_HEAD]);
	if ((dup = heads_find(h, f[H_FILE])) != NULL)
		/* TRANSLATORS: verify-journal --against: %1$s is the book, %2$ld the line
		   of the heads file that named it first. */
		return csvin_fail(in, _("%s is named already, on line %ld"), f[H_FILE],
		    dup->line);
	return 0;
}

/* The row just read, kept; -1 if it is not a head (said). */
static int
head_add(struct heads *h, const struct csvin *in)
{
	long long rows = rows_text(in->field[H_ROWS]);
	char buf[CHAIN_LEN + 1];
	const char *head = head_text(in->field[H_HEAD], buf);
	struct jhead *j;

	if (head_check(h, in, rows, head) == -1)
		return -1;
	h->v = xreallocarray(h->v, h->n + 1, sizeof(*h->v));
	j = &h->v[h->n++];
	j->file = xstrdup(in->field[H_FILE]);
	j->rows = rows;
	memcpy(j->chain, head, sizeof(j->chain));
	j->from = h->name;
	j->line = in->line;
	return 0;
}

/*
 * Every line is read, and each that is not a head is said (FILE:LINE: why): a heads file
 * with a fault is 65, and no book is held to it.
 */
int
heads_read(struct heads *h, const char *path)
{
	struct csvin in;
	int rv, bad = 0;

	memset(h, 0, sizeof(*h));
	h->name = path;
	if (csvin_open(&in, path, path, 0) == -1)
		return in.status;
	if ((rv = csvin_header(&in, cols, H_NCOLS, H_NCOLS)) == 1)
		while ((rv = csvin_next(&in)) != 0 && (rv == 1 || in.status == EX_DATAERR))
			bad |= rv == -1 || head_add(h, &in) == -1;
	rv = rv == -1 ? in.status : bad ? EX_DATAERR : 0;
	csvin_close(&in);
	return rv;
}

const struct jhead *
heads_find(const struct heads *h, const char *file)
{
	for (size_t i = 0; i < h->n; i++)
		if (strcmp(h->v[i].file, file) == 0)
			return &h->v[i];
	return NULL;
}

void
heads_free(struct heads *h)
{
	for (size_t i = 0; i < h->n; i++)
		free(h->v[i].file);
	free(h->v);
	memset(h, 0, sizeof(*h));
}
