/* journal.h: the append-only CSV books shared by every tool (SPEC 1). */
#ifndef JOURNAL_H
#define JOURNAL_H

#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "clock.h"
#include "csvin.h"
#include "util.h"

enum jid { J_ATTENDANCE, J_FLOOR, J_VISITS, J_DEALS, J_AGREEMENTS, J_COMMISSIONS,
	J_VIOLATIONS, J_FOLLOWUPS, J_COUNT };

/* Every book starts with these three columns and ends with ref, by, chain. */
enum { J_SEQ, J_RECORDED, J_TIME };
enum { AT_AGENT = 3, AT_EVENT, AT_DETAIL, AT_REF, AT_BY, AT_CHAIN, AT_NCOLS };
enum { FL_AGENT = 3, FL_EVENT, FL_REASON, FL_CUSTOMER, FL_COUNTED, FL_REF, FL_BY,
	FL_CHAIN, FL_NCOLS };
enum { VI_KIND = 3, VI_PHONE, VI_NAME, VI_GENDER, VI_HOUSEHOLD, VI_UNIT, VI_ADDRESS,
	VI_INTEREST, VI_LEVEL, VI_SOURCE, VI_AGENT, VI_REFERRER, VI_PARTY, VI_STATUS,
	VI_OWNER, VI_NOTE, VI_REF, VI_BY, VI_CHAIN, VI_NCOLS };
enum { DE_DEAL = 3, DE_KIND, DE_PHONE, DE_AGENT, DE_AMOUNT, DE_REFERRER, DE_NOTE,
	DE_REF, DE_BY, DE_CHAIN, DE_NCOLS };
enum { AG_PHONE = 3, AG_SHARES, AG_NOTE, AG_REF, AG_BY, AG_CHAIN, AG_NCOLS };
enum { CO_DEAL = 3, CO_AGENT, CO_SHARE, CO_AMOUNT, CO_RULE, CO_EVIDENCE, CO_REF,
	CO_BY, CO_CHAIN, CO_NCOLS };
enum { VL_AGENT = 3, VL_CODE, VL_FINE, VL_NOTE, VL_REF, VL_BY, VL_CHAIN, VL_NCOLS };
enum { FU_PHONE = 3, FU_AGENT, FU_EVENT, FU_DUE, FU_REASON, FU_NOTE, FU_REF, FU_BY,
	FU_CHAIN, FU_NCOLS };

#define CHAIN_LEN	64

struct jdef {
	const char		 *file;
	const char *const	 *cols;
	size_t			  ncols;
	int			  kind;		/* the column that says "void" */
	int			  key[2];	/* the phones jindex keeps, 0 when none */
	int			  agent;	/* the agent's column, 0 when none */
	int			  money;	/* the amount's column in yuan, 0 when none */
	int			  note;		/* where a void's note goes */
	int			  keep;		/* what a void copies of its row but the agent */
	const char *const	 *words;	/* its kind column's words, NC_("event", ...) */
};
extern const struct jdef jdefs[J_COUNT];
/* A word of the book's kind column (in, receive, visit, sale) as a sentence says it
   (SPEC 7: in is 签到), or the word as it is (a code: argue). */
const char *journal_word(const struct jdef *def, const char *word);

/* A row as readers see it: fields by the book's column, seq and times parsed. */
struct jrow {
	const char	**f;
	long		  line;
	long long	  seq;
	time_t		  time;
	time_t		  recorded;
	int		  dated;	/* time is not recorded_at: back-dated, or leave ahead */
	off_t		  end;		/* where its line ends in the book */
};
typedef int (*jrow_fn)(const struct jrow *r, void *arg);	/* 0 go on, 1 stop, -1 fail */

#define JSCAN_ALL	0x1	/* also void rows and the rows they cancel */

/* What a scan reads: a window of the book, and the rows in it that may matter. */
struct jscan {
	int		   flags;	/* JSCAN_ALL */
	long long	   seq;		/* the rows from this seq on; else */
	time_t		   since;	/* the rows recorded since (0: every row) */
	time_t		   until;	/* and before it (0: to the end) */
	time_t		   dated;	/* from it on, only the dated rows (0: all) */
	const char *const *grep;	/* only the lines that hold one of these (NULL: all) */
	int		 (*keep)(const char *l, size_t n, void *arg);
					/* or that keep keeps, given the line unsplit:
					   a superset of the rows wanted (NULL: all) */
	void		  *keep_arg;
	const char	  *key;		/* only the rows whose phone or household is key,
					   read through the book's index */
	off_t		   stop;	/* none from this offset on (0: the end) */
};

struct journal {
	const struct jdef *def;
	const char	 *name;		/* in messages: the book's file, or the path given */
	char		 *path;
	int		  fd;		/* -1: the book does not exist yet */
	int		  write;	/* locked exclusive, for appending */
	int		  checked;	/* JOURNAL_CHECKED: each row a scan gives is checked */
	int		  created;	/* this open made the file */
	off_t		  size0;	/* the size when locked: what a rollback returns to */
	off_t		  size;
	off_t		  data;		/* where the first row starts */
	struct csvin	  hdr;		/* the header, mapped to our columns */
	int		 *order;	/* file column -> our column, -1 if unknown */
	long long	  seq;		/* the last row's */
	time_t		  recorded;
	char		  chain[CHAIN_LEN + 1];
	int		  hold;		/* appends are held for journal_commit, */
	struct str	  held;		/* here: not read by scans until then */
	struct jix_rec	 *ix;		/* the phone index's records, read once */
	size_t		  nix;
	off_t		  ix_size;	/* the book's size they were read at; -1 none */
};

/* What a void must know about the row it cancels (journal_target). */
struct jtarget {
	long long	  seq;
	long		  line;		/* where the row is, when found */
	int		  found, is_void, voided;
	long long	  referred;	/* a live row whose ref is seq, or 0 */
	time_t		  time;
	char		**f;		/* the row's fields by our column, copied */
	size_t		  nf;
};

/* A set of seqs, as sorted runs of consecutive seqs (a sound book's seqs are one run). */
struct seqset {
	struct seqrun {
		long long	 lo, hi;
	}		*v;
	size_t		 n, cap;
};

/* A book's head as --heads printed it, kept elsewhere and read again by --against. */
struct jhead {
	char		 *file;		/* the book, as --heads named it */
	long long	  rows;		/* it had then, */
	char		  chain[CHAIN_LEN + 1];	/* and its last row's chain */
	const char	 *from;		/* the heads file, */
	long		  line;		/* and the line it was recorded on */
};

/*
 * verify-journal's check of one book, read from the top a line at a time (SPEC 1): it
 * keeps the row above and the seqs met, never the rows.  Each fault is said once,
 * FILE:LINE: what is wrong, and counted.
 */
struct jcheck {
	const char	 *name;		/* in messages */
	const char	 *repair;	/* the command a torn last line asks for */
	const struct jdef *def;		/* known by the file's name, else by its header */
	int		 *map;		/* the book's column -> the file's */
	size_t		  nhdr;
	const char	**f;		/* the row, by the book's column */
	struct csvsplit	  s;
	long		  line;
	long long	  rows;		/* the rows read, those lost too */
	int		  faults;
	int		  missing;	/* no such file: checked as an empty book */
	long long	  prev, due;	/* the row above's seq (-1 unknown); the seq due here */
	time_t		  rec;		/* the row above's recorded_at, as read and as written */
	char		  recorded[CLOCK_LEN];
	int		  chained;	/* chain holds the row above's; 0 after a lost row */
	char		  chain[CHAIN_LEN + 1];	/* at the end: the book's head */
	struct seqset	  seen, voids, voided;
	const struct jhead *head;	/* --against: row head->rows must carry its chain */
};

/*
 * How journal_open opens a book: to read, or to append (1); or to read for money, when
 * every row a scan gives (and every void that cancels one) is first checked against
 * the chain of the line above it (SPEC 1): a row that does not follow ends the scan,
 * EX_DATAERR, said at its line.  A row costs one hash, the book's other rows nothing.
 */
enum { JOURNAL_READ, JOURNAL_WRITE, JOURNAL_CHECKED };

/* A book in dir, locked to append or to read (how); 0 or the exit status, said. */
int	journal_open(struct journal *j, const char *dir, enum jid id, int how);
/* One row, f by the book's columns: seq, recorded_at, by and chain are filled here. */
int	journal_append(struct journal *j, const char **f);
/* The one way to read a book: the rows of the window s (NULL: all) to fn, in order. */
int	journal_scan(struct journal *j, const struct jscan *s, jrow_fn fn, void *arg);
/*
 * SPEC 2: how the sentence of a desk action ends, the same in every tool: the row it
 * wrote, " (row 42)", so that a mistake can be voided by its number; then the line's end.
 */
void	journal_say_row(long long seq);
/* Hold the appends in memory, for journal_commit: one write and one fsync. */
void	journal_hold(struct journal *j);
/* The rows held since journal_hold(), in one write() and one fsync. */
int	journal_commit(struct journal *j);
/* Undo every append since the book was opened (an import that failed half way). */
int	journal_rollback(struct journal *j);
/* Unlock; a book this open created and left without a row is removed again. */
void	journal_close(struct journal *j);
/*
 * SPEC 2, rule managers: by records the real user's login name, not $FRONTDESK_USER
 * (on); off, the default: $FRONTDESK_USER, else the login name.
 */
void	journal_by_login(int on);
/* A typed field fit for a row: one line of UTF-8; else EX_DATAERR, said. */
int	journal_check_field(const char *what, const char *s);
/* The book a file name is (attendance.csv), or NULL. */
const struct jdef *journal_def(const char *file);
/* The book whose columns a split header line holds, all (the widest if several). */
const struct jdef *journal_def_of_header(const struct csvsplit *s);
/* Check a split header line against book d, map[c] the file's column; NULL, or why. */
char	*journal_header(const struct jdef *d, const struct csvsplit *s, int *map);
/* A book's header line, as a new book starts with it. */
void	journal_header_line(const struct jdef *d, struct str *b);
/* Every row of the book follows from the row above (SPEC 1); else EX_DATAERR, said. */
int	journal_chained(struct journal *j);
/* The chain of a row's line after a row whose chain is prev; -1 if it has no comma. */
int	journal_link(const char *prev, const char *line, size_t n, char *out);
/* SPEC 1, the torn tail: a last line without LF moved to path.torn, *moved its bytes. */
int	journal_repair(const char *path, const char *name, off_t *moved);
/* For --repair: the file is a book, by its name or its header; 0, or the status said. */
int	journal_is_book(const char *path, const char *name);
/* What a void of row seq must know: is it there, void or voided, referred to. */
int	journal_target(struct journal *j, long long seq, struct jtarget *t);
void	jtarget_free(struct jtarget *t);
/* Check a book (def NULL: its header tells which); a torn last line asks for repair. */
void	jcheck_init(struct jcheck *c, const char *name, const struct jdef *def,
	    const char *repair);
/*
 * Check the book at path from the top (and against c->head when set: the book still
 * holds it, at its row); 0, or the status of a book not read (said).
 */
int	jcheck_book(struct jcheck *c, const char *path);
void	jcheck_free(struct jcheck *c);

#endif
