/*
 * jindex.c: the phone index kept beside a book, so that a lookup reads the blocks of
 * rows that may hold a phone, not the register's whole reach.  For every JIX_ROWS rows
 * it keeps a record: where they are, when the last was recorded, how many voids they
 * hold, and a Bloom filter of their phones and households.  The index is a cache: the
 * book alone is the evidence.  An index that does not end on a row of the book, with
 * that row's chain, is not used, and the next append writes it again.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "jindex.h"
#include "util.h"

#define MAGIC		"frontdesk idx 1\n"
#define MAGIC_LEN	(sizeof(MAGIC) - 1)
#define REC		((off_t)sizeof(struct jix_rec))
#define AT(i)		((off_t)MAGIC_LEN + (off_t)(i) * REC)

/* The index's path: the book's, .csv made .idx; NULL for a book not named so. */
static char *
jix_path(const struct journal *j)
{
	size_t n = strlen(j->path);

	if (n < 4 || strcmp(j->path + n - 4, ".csv") != 0)
		return NULL;
	return xasprintf("%.*s.idx", (int)(n - 4), j->path);
}

/* The record ends on a row of the book, and on that row's chain. */
static int
agrees(const struct journal *j, const struct jix_rec *r)
{
	char tail[CHAIN_LEN + 1];

	return r->end > j->data && r->end <= j->size && r->last <= j->seq &&
	    pread(j->fd, tail, sizeof(tail), r->end - sizeof(tail)) == sizeof(tail) &&
	    tail[CHAIN_LEN] == '\n' && memcmp(tail, r->chain, CHAIN_LEN) == 0;
}

/* How many whole records of x agree with the book j: all, or none. */
static size_t
records(const struct journal *j, struct jix *x)
{
	char magic[MAGIC_LEN];
	struct stat st;
	size_t n;

	if (fstat(x->fd, &st) == -1 || st.st_size < (off_t)MAGIC_LEN ||
	    pread(x->fd, magic, MAGIC_LEN, 0) != MAGIC_LEN ||
	    memcmp(magic, MAGIC, MAGIC_LEN) != 0)
		return 0;
	if ((n = (st.st_size - MAGIC_LEN) / REC) == 0)
		return 0;
	if (pread(x->fd, &x->last, REC, AT(n - 1)) != REC || !agrees(j, &x->last))
		return 0;
	return n;
}

/*
 * Open the index of j: for reading, or (write) to extend it, made anew when it does not
 * agree with the book.  -1 when there is none to use or it cannot be written.
 */
int
jix_open(const struct journal *j, int write, struct jix *x)
{
	char *path = jix_path(j);

	memset(x, 0, sizeof(*x));
	x->fd = path == NULL ? -1 : open(path, write ? O_RDWR | O_CREAT | O_CLOEXEC :
	    O_RDONLY | O_CLOEXEC, 0640);
	free(path);
	if (x->fd == -1)
		return -1;
	x->n = records(j, x);
	if (write && (ftruncate(x->fd, AT(x->n)) == -1 ||
	    (x->n == 0 && pwrite(x->fd, MAGIC, MAGIC_LEN, 0) != MAGIC_LEN))) {
		jix_close(x);
		return -1;
	}
	return 0;
}

/* The first record whose last row was recorded at since or later; n if none. */
size_t
jix_since(const struct jix *x, time_t since)
{
	struct jix_rec r;
	size_t lo = 0, hi = x->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (pread(x->fd, &r, REC, AT(mid)) != REC)
			return x->n;
		if (r.recorded < since)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Records from to x->n, read at once; NULL if they cannot be. */
struct jix_rec *
jix_read(const struct jix *x, size_t from, size_t n)
{
	struct jix_rec *v = xreallocarray(NULL, n ? n : 1, sizeof(*v));

	if (pread(x->fd, v, n * REC, AT(from)) != (ssize_t)(n * REC)) {
		free(v);
		return NULL;
	}
	return v;
}

/* A key's 4 bits of the filter, from the two halves of its hash. */
#define BIT(h, i)	((((h) & 0xffffffff) + (i) * (((h) >> 32) | 1)) % JIX_BITS)

void
jix_add(struct jix_rec *r, const char *key)
{
	uint64_t h = fnv1a(key);

	for (uint64_t i = 0; i < 4; i++)
		r->bloom[BIT(h, i) / 64] |= 1ULL << (BIT(h, i) % 64);
}

/* The block may hold key: every one of its bits is set. */
int
jix_has(const struct jix_rec *r, const char *key)
{
	uint64_t h = fnv1a(key);

	for (uint64_t i = 0; i < 4; i++)
		if (!(r->bloom[BIT(h, i) / 64] & 1ULL << (BIT(h, i) % 64)))
			return 0;
	return 1;
}

/*
 * Add n records in one write, synced.  A write cut short leaves a record cut short,
 * which records() does not count, and jix_open cuts off.
 */
int
jix_append(struct jix *x, const struct jix_rec *v, size_t n)
{
	if (pwrite(x->fd, v, n * REC, AT(x->n)) != (ssize_t)(n * REC) || fsync(x->fd) == -1)
		return -1;
	x->n += n;
	return 0;
}

void
jix_close(struct jix *x)
{
	if (x->fd != -1)
		close(x->fd);
	x->fd = -1;
}
