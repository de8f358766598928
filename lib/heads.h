/*
 * heads.h: the heads verify-journal --heads printed (file,rows,head), kept outside the
 * machine and read again by --against: each book must still hold, at that row, that
 * chain (SPEC 3 verify-journal).
 */
#ifndef HEADS_H
#define HEADS_H

#include <stddef.h>

#include "journal.h"

/* The heads of a heads file, each with its line. */
struct heads {
	const char	*name;		/* the file, in messages */
	struct jhead	*v;
	size_t		 n;
};

/* Read the heads file at path; 0, or the status (each bad line said, 65). */
int	heads_read(struct heads *h, const char *path);
/* The head recorded for the book named file (as --heads named it), or NULL. */
const struct jhead *heads_find(const struct heads *h, const char *file);
void	heads_free(struct heads *h);

#endif
