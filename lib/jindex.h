/* jindex.h: the phone index kept beside a book (visits.idx, deals.idx). */
#ifndef JINDEX_H
#define JINDEX_H

#include <stdint.h>
#include <sys/types.h>

#include "journal.h"

#define JIX_ROWS	256	/* rows a block: every 256 appends, one more record */
#define JIX_BITS	4096	/* a block's filter: its keys, 4 bits each */

/* One block of a book: where its rows are, and a filter of the keys they hold. */
struct jix_rec {
	int64_t		 off, end;	/* its bytes: whole lines */
	int64_t		 seq, last;	/* its first and last row */
	int64_t		 recorded;	/* its last row's recorded_at */
	int64_t		 voids;		/* void rows in it */
	char		 chain[CHAIN_LEN];	/* its last row's */
	uint64_t	 bloom[JIX_BITS / 64];
};

/* The index of a book: n records that agree with the book, the last of them in last. */
struct jix {
	int		 fd;
	size_t		 n;
	struct jix_rec	 last;
};

/* Open j's index, to read or (write) to extend; -1 when there is none to use. */
int	jix_open(const struct journal *j, int write, struct jix *x);
/* The first record whose last row was recorded at since or later; x->n if none. */
size_t	jix_since(const struct jix *x, time_t since);
/* n records from record from, read at once (to free); NULL if they cannot be. */
struct jix_rec *jix_read(const struct jix *x, size_t from, size_t n);
/* Add key to the block's filter. */
void	jix_add(struct jix_rec *r, const char *key);
/* The block may hold key: every one of its bits is set. */
int	jix_has(const struct jix_rec *r, const char *key);
/* Add n records in one write, synced. */
int	jix_append(struct jix *x, const struct jix_rec *v, size_t n);
void	jix_close(struct jix *x);

#endif
