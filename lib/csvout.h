/* csvout.h: listings and reports: CSV for programs, --table for people, --excel, --encoding. */
#ifndef CSVOUT_H
#define CSVOUT_H

#include <iconv.h>
#include <stddef.h>

#include "util.h"

#define OUT_TABLE	0x1
#define OUT_EXCEL	0x2
#define OUT_HTML	0x4	/* an HTML table, for a page the caller begins and ends */
#define OUT_HUMAN	(OUT_TABLE | OUT_HTML)	/* for people: cells kept to the end */

/* getopt_long codes of the output options every listing takes. */
enum { OPT_TABLE = 0x100, OPT_EXCEL, OPT_ENCODING };
#define CSVOUT_LONGOPTS \
	{ "encoding",	required_argument,	NULL,	OPT_ENCODING }, \
	{ "excel",	no_argument,		NULL,	OPT_EXCEL }, \
	{ "table",	no_argument,		NULL,	OPT_TABLE }

struct csvout {
	int		 flags;
	const char	*encoding;	/* NULL: UTF-8 */
	iconv_t		 cd;
	size_t		 ncols;
	long		 row;
	char		**cells;	/* --table keeps every cell to measure the columns */
	size_t		 ncells;
	const char *const *hdr;
	struct str	 pending;	/* converted output, held until the end */
	struct str	 after;		/* text under a table */
};

/* The output options; any other is a usage error (typed: the option as given). */
void	csvout_option(struct csvout *o, int ch, const char *arg, const char *typed);
/* Usage error (64) unless the output options go with a listing (what names it). */
void	csvout_check(const struct csvout *o, int listing, const char *what);
/* Begin a listing with its header row of ncols columns; 0, or the exit status. */
/* A word a book holds, as a view for people says it (SPEC 7); CSV keeps it as it is. */
const char *csvout_word(const struct csvout *o, const char *word);
int	csvout_begin(struct csvout *o, const char *const *hdr, size_t ncols);
/* One row of ncols fields; 0, or EX_DATAERR when a cell is not in the encoding. */
int	csvout_row(struct csvout *o, const char *const *f);
/* A line of text under a table, in the listing's encoding. */
void	csvout_text(struct csvout *o, const char *line);
/* End the listing if begun; rv, or EX_DATAERR if ending fails a command that had not. */
int	csvout_finish(struct csvout *o, int rv);

#endif
