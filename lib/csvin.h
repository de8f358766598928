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

int	csvsplit_init(struct csvsplit *);
int	csvsplit_line(struct csvsplit *, const char *, size_t);
const char *csvsplit_check(struct csvsplit *, const char *, size_t);
char	*csvsplit_map(const struct csvsplit *, const char *const *, size_t, size_t, int,
	    int *);
void	csvsplit_free(struct csvsplit *);

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
	char		 *lbuf;
	size_t		  lcap;
	size_t		  nhdr;		/* columns in the file */
	int		 *map;		/* asked column -> file column, -1 if absent */
	int		  ownmap;
	size_t		  ncols;
	int		  status;	/* the exit status after a failure */
	const char	**field;	/* the row, by asked column; "" when absent */
	const char *const *grep;	/* skip, unparsed, the lines without one of these */
	int		(*keep)(const char *, size_t);	/* or that it does not keep */
	int		  fd;		/* csvin_fdopen's: grep looks ahead in it */
	off_t		  pos;		/* from the line to read next, */
	off_t		  stop;		/* up to this line (0: to the end) */
	char		 *gbuf;		/* grep's chunk: glen bytes from goff, */
	char		**gnext;	/* and where in it each string occurs next */
	off_t		  goff;
	size_t		  glen;
};

int	csvin_open(struct csvin *, const char *, const char *, int);
void	csvin_fpopen(struct csvin *in, FILE *fp, const char *name, int flags);
int	csvin_fdopen(struct csvin *, int, off_t, const char *, int);
FILE	*csvin_stream(int, off_t);
size_t	csvin_span(off_t, size_t, off_t);
int	csvin_header(struct csvin *, const char *const *, size_t, size_t);
void	csvin_adopt(struct csvin *, const struct csvin *, long);
int	csvin_next(struct csvin *);
int	csvin_fail(const struct csvin *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	csvin_vwarn(const char *, long, const char *, va_list)
	    __attribute__((format(printf, 3, 0)));
void	csvin_close(struct csvin *);

#endif
