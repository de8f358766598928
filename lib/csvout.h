/* csvout.h: listings and reports: CSV for programs, --table for people, --excel, --encoding. */
#ifndef CSVOUT_H
#define CSVOUT_H

#include <iconv.h>
#include <stddef.h>

#include "util.h"

#define OUT_TABLE	0x1
#define OUT_EXCEL	0x2
#define OUT_HTML	0x4	/* an HTML table, for a page the caller begins and ends */

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

void	csvout_option(struct csvout *, int, const char *, const char *);
void	csvout_check(const struct csvout *, int, const char *);
int	csvout_begin(struct csvout *, const char *const *, size_t);
int	csvout_row(struct csvout *, const char *const *);
int	csvout_end(struct csvout *);
void	csvout_text(struct csvout *, const char *);
int	csvout_finish(struct csvout *, int);
size_t	text_width(const char *);

#endif
