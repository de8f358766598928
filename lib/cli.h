/*
 * cli.h: the command line every tool shares (SPEC 2).  A tool describes its modes (one at
 * a time, as git's OPT_CMDMODE) and its options in two tables; cli_parse() reads argv
 * against them, takes -d, -h, -V and the output options, and refuses what does not go
 * together with one line and exit 64.  --date, --month and --at have one parser each.
 * Every value is read as a Chinese desk types it (SPEC 2): full-width forms as ASCII,
 * blanks around dropped; a value marked text (a note, a name, a file) is kept as typed.
 */
#ifndef CLI_H
#define CLI_H

#include <time.h>

#include "clock.h"
#include "csvout.h"

#define CLI_BIT(i)	(1u << (i))
#define CLI_ANY		(~0u)
#define CLI_MANY	(-1)	/* any number of operands */

/* A mode: picked by its option (or the default, the one without a name). */
struct cli_mode {
	const char	*name;		/* the long option, "list"; NULL for the default */
	int		 arg;		/* it takes an argument */
	int		 operands;	/* the operands it takes: 0, 1 or CLI_MANY */
	int		 out;		/* it prints a listing: --table, --excel, --encoding */
	int		 in;		/* it reads a file: --encoding is the file's */
	int		 seq;		/* its argument is the seq of a row (--void) */
	const char	*words;		/* how messages name the default: "a visit" */
	int		 text;		/* its argument and operands are kept as typed */
};

/* An option, and what it goes with. */
struct cli_opt {
	const char	*name;		/* the long option, "note" */
	int		 arg;		/* it takes an argument */
	unsigned	 modes;		/* the modes it goes with, CLI_BIT(mode) (CLI_ANY: all) */
	unsigned	 with;		/* or the options it goes with, CLI_BIT(option) */
	unsigned	 need_in;	/* the modes that need it */
	unsigned	 needs;		/* the options it needs */
	int		 group;		/* options of one group go one at a time (0: none) */
	const char	*goes;		/* what it goes with, in words, if not the names */
	int		 letter;	/* its short option, or 0 */
	int		 text;		/* its value is free text or a file: kept as typed */
};

struct cli {
	const char		*usage;		/* the man page's SYNOPSIS, after "usage: " */
	const struct cli_mode	*modes;
	size_t			 nmodes;
	const struct cli_opt	*opts;
	size_t			 nopts;
	const char		*operand;	/* what an operand is: "agent, by code or by name" */
	const char		*one;		/* the refusal of two modes, if not "one of ..." */
	/* what was given */
	int			 mode;		/* the mode's index in modes */
	int			 mode_default;	/* the one without a name */
	const char		*arg;		/* its argument */
	long long		 seq;		/* and the seq it names */
	const char		*val[32];	/* each option's argument, "" for a flag, NULL */
	const char		*data;		/* -d */
	const char		*encoding;	/* of the file read: NULL (UTF-8) or "GBK" */
	char			**argv;		/* the operands, argc of them */
	int			 argc;
	struct csvout		 out;
};

/* Read argv against c's tables; what does not go together is a usage error (64). */
void	cli_parse(struct cli *c, int argc, char *argv[]);
/* A day YYYY-MM-DD given to opt, or 65 saying so. */
int	cli_date(const char *opt, const char *arg, day_t *day);
/* A month YYYY-MM given to opt: its first and last day, or 65 saying so. */
int	cli_month(const char *opt, const char *arg, day_t *first, day_t *last);
/* An --at time in one of its forms (SPEC 2), or 65 saying which forms. */
int	cli_at(const char *arg, time_t now, time_t *t);

#endif
