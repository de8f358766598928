/* void.h: one --void for every book (SPEC 1, 2): a row is cancelled by a new row. */
#ifndef VOID_H
#define VOID_H

#include "desk.h"
#include "journal.h"
#include "util.h"

struct void_ask {
	enum jid	 book;
	long long	 seq;
	const char	*note;		/* why: the void row keeps it */
	/* The tool's own refusal of a void that would leave a later row standing on
	   nothing: 0, or the exit status after saying why.  NULL: none. */
	int		(*rests)(const struct desk *d, struct journal *j,
			    const struct jtarget *t, void *arg);
	/* Rows to void with it in a later book (a deal's commissions), under the lock:
	   say adds to the sentence.  NULL: none. */
	int		(*also)(const struct desk *d, const struct jtarget *t,
			    struct str *say, void *arg);
	void		*arg;
};

/* --void SEQ --note WHY: the row, checked, cancelled, and said in words. */
int	void_row(const struct desk *d, const struct void_ask *v);
/* The void row of row seq, whose fields are f: now, its agent and key, the note. */
int	void_append(struct journal *j, const struct desk *d, char *const *f, long long seq,
	    const char *note);

#endif
