/* csvin.h: reading CSV with libcsv in strict mode, one physical line per row, by header name. */
#ifndef CSVIN_H
#define CSVIN_H

#include <stdarg.h>
#include <stdio.h>
#include <sys/types.h>
#include <csv.h>

/* One line split into fields. */
struct csvsplit {
	struct csv_parser p;
	char	 *buf;		/* the fields, NUL-separated */
	size_t	  len, cap;
	size_t	 *off;		/* where each field starts in buf */
	char	**field;	/* set by csvsplit_line() */
	size_t	  nfield, fcap;
	int	  rows;		/* rows the line held: 1, or 0 for a blank line */
	int	  error;	/* csv_error() of the last failure */
};

int	csvsplit_init(struct csvsplit *s);
/* Split one line (with or without its line end); -1 on a CSV syntax error, no fields. */
int	csvsplit_line(struct csvsplit *s, const char *line, size_t n);
/* Split one line; NULL if it is one row (or blank: s->rows 0), else what is wrong. */
const char *csvsplit_check(struct csvsplit *s, const char *l, size_t n);
/* map[c]: the header's column of cols[c], or -1; NULL, or what is wrong (to free). */
char	*csvsplit_map(const struct csvsplit *s, const char *const *cols, size_t ncols,
	    size_t nreq, int known, int *map);
void	csvsplit_free(struct csvsplit *s);
/* The fields col[0..n) of a line unsplit (a scan's pre-filter); -1: quoted or missing. */
int	csv_plain_fields(const char *l, size_t len, const int *col, int n, const char **v,
	    size_t *vn);

#define JOURNAL_ROW_MAX	4096	/* one row, LF included: one write() that never tears */

#define CSVIN_JOURNAL	0x1	/* a book: no blank lines, no line over JOURNAL_ROW_MAX,
				   the last line must end in LF */
#define CSVIN_OPTIONAL	0x2	/* a missing file reads as empty */
#define CSVIN_KNOWN	0x4	/* every column must be one asked for: nothing typed is lost */

/* A file read row by row; field[] follows the columns asked for, not the file's order. */
struct csvin {
	const char	 *name;		/* in messages: "agents.csv" */
	FILE		 *fp;
	int		  flags;
	long		  line;
	struct csvsplit	  s;
	char		 *lbuf;		/* the row's line as read, LF included: */
	size_t		  lcap;
	size_t		  raw;		/* its bytes, ending at pos (a journal's chain) */
	size_t		  nhdr;		/* columns in the file */
	int		 *map;		/* asked column -> file column, -1 if absent */
	int		  ownmap;
	size_t		  ncols;
	int		  status;	/* the exit status after a failure */
	const char	**field;	/* the row, by asked column; "" when absent */
	const char *const *grep;	/* skip, unparsed, the lines without one of these */
	int		(*keep)(const char *l, size_t n, void *arg);	/* or that it does
								   not keep */
	void		 *keep_arg;
	int		  fd;		/* csvin_fdopen's: grep looks ahead in it */
	off_t		  pos;		/* from the line to read next, */
	off_t		  stop;		/* up to this line (0: to the end) */
	char		 *gbuf;		/* a chunk read ahead (grep, csvin_line): glen
					   bytes from goff, */
	char		**gnext;	/* and where in it each string occurs next */
	off_t		  goff;
	size_t		  glen;
};

/* One physical line as the file holds it (csvin_line). */
struct csvline {
	const char	*s;		/* its first kept bytes */
	size_t		 n;		/* its length, LF included */
	size_t		 kept;		/* n, or less for a line longer than a chunk */
	int		 torn;		/* the last line, without its LF */
};

/* path ("-": stdin); -1 with in->status, said (CSVIN_OPTIONAL: missing reads empty). */
int	csvin_open(struct csvin *in, const char *path, const char *name, int flags);
/* A stream already open (an import read into memory): csvin_close closes it. */
void	csvin_fpopen(struct csvin *in, FILE *fp, const char *name, int flags);
/* Read from offset off of fd (the caller keeps fd and its lock). */
int	csvin_fdopen(struct csvin *in, int fd, off_t off, const char *name, int flags);
/* Of the n bytes at off, those before stop (0: all of them). */
size_t	csvin_span(off_t off, size_t n, off_t stop);
/* The header: the first nreq of cols must be there, the rest read "" if not; 1 if so. */
int	csvin_header(struct csvin *in, const char *const *cols, size_t ncols, size_t nreq);
/* The header another reader of the same file read; line: the last line it read. */
void	csvin_adopt(struct csvin *in, const struct csvin *hdr, long line);
/* The next row into in->field: 1, 0 at the end, -1 failed (said). */
int	csvin_next(struct csvin *in);
/* The next physical line as the file holds it (verify-journal): 1, 0 at the end, -1. */
int	csvin_line(struct csvin *in, struct csvline *l);
/* Bad data at the current line, said; in->status becomes EX_DATAERR; returns -1. */
int	csvin_fail(const struct csvin *in, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* Bad data, said the one way (SPEC 2): PROG: FILE:LINE: message. */
void	csvin_vwarn(const char *name, long line, const char *fmt, va_list ap)
	    __attribute__((format(printf, 3, 0)));
void	csvin_close(struct csvin *in);

#endif
