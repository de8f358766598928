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

int	jix_open(const struct journal *, int, struct jix *);
size_t	jix_since(const struct jix *, time_t);
struct jix_rec *jix_read(const struct jix *, size_t, size_t);
void	jix_add(struct jix_rec *, const char *);
int	jix_has(const struct jix_rec *, const char *);
int	jix_append(struct jix *, const struct jix_rec *, size_t);
void	jix_close(struct jix *);

#endif
