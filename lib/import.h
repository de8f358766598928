/*
 * import.h: the one --import of every tool (SPEC 2): the files an office has (UTF-8 with
 * or without BOM, CRLF, GBK with --encoding gbk; Chinese headers and event names; Excel's
 * times; full-width digits), the whole file checked before a row is written, the rows
 * decided in time order, all or nothing, one sentence.
 */
#ifndef IMPORT_H
#define IMPORT_H

#include <stddef.h>
#include <time.h>

#include "csvin.h"
#include "util.h"
#include "desk.h"

/* Every row of an import starts with this: where it came from, and when it happened. */
struct import_row {
	time_t		 time;
	long		 line;
	char		*where;		/* "FILE:LINE: " for messages */
};

struct import;
typedef int (*import_check_fn)(struct import *im, const char **f, void *row);
typedef int (*import_apply_fn)(struct import *im, void *rows, size_t n);
typedef void (*import_free_fn)(void *row);

/* What a tool imports: its columns (the first nreq required) and what to do with them. */
struct import_fmt {
	const char		 *book;		/* the journal it fills: "attendance.csv" */
	const char *const	 *cols;
	size_t			  ncols, nreq;
	size_t			  size;		/* of a row, which starts with struct import_row */
	import_check_fn		  check;	/* one row, checked: 0, or -1 (import_fail) */
	import_apply_fn		  apply;	/* the rows in time order, under the locks */
	import_free_fn		  free;		/* what check allocated in a row, or NULL */
};

struct import {
	const struct desk	*desk;
	const struct import_fmt	*fmt;
	const char		*name;		/* "stdin", or the file as given */
	struct csvin		 in;
	void			*arg;		/* the tool's */
	long long		 first, last;	/* apply: the rows written */
	struct str		 more;		/* apply: what the sentence adds */
};

/* --import FILE (or - for stdin): all of it, in time order, or nothing. */
int	import_run(const struct desk *d, const struct import_fmt *fmt, const char *path,
	    const char *encoding, void *arg);
/* Bad data at the line read, said; the status becomes EX_DATAERR; returns -1. */
int	import_fail(struct import *im, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* A time as --at writes it, or as Excel writes one back (2026/11/9 8:21); -1 said. */
int	import_time(struct import *im, const char *s, time_t *t);

#endif
