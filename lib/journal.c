/*
 * journal.c: the books.  Appending follows SPEC 1 to the letter: O_APPEND, flock with a
 * time limit, header on create, a torn tail refused, the row built under the lock with its
 * seq, recorded_at and chain, one write(), fsync.  Reading streams with libcsv, forward
 * from a point found by walking back from the end, and honours void rows.  Checking
 * (jcheck, for verify-journal) reads a book from the top a line at a time and holds each
 * row to what the writer writes: seq, recorded_at, ref, and the chain by chain_of.
 */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sha2.h>

#include "clock.h"
#include "jindex.h"
#include "journal.h"
#include "util.h"

/* The books' columns: CSV names, and (N_) a table's headings for people (SPEC 7). */
#define HEAD_COLS	N_("seq"), N_("recorded_at"), N_("time")
#define TAIL_COLS	N_("ref"), N_("by"), N_("chain")
#define NCOLS(a)	(sizeof(a) / sizeof((a)[0]))

static const char *const at_cols[] = { HEAD_COLS, N_("agent"), N_("event"), N_("detail"),
	TAIL_COLS };
static const char *const fl_cols[] = { HEAD_COLS, N_("agent"), N_("event"), N_("reason"),
	N_("customer"), N_("counted"), TAIL_COLS };
static const char *const vi_cols[] = { HEAD_COLS, N_("kind"), N_("phone"), N_("name"),
	N_("gender"), N_("household"), N_("unit"), N_("address"), N_("interest"), N_("level"),
	N_("source"), N_("agent"), N_("referrer"), N_("party"), N_("status"), N_("owner"),
	N_("note"), TAIL_COLS };
static const char *const de_cols[] = { HEAD_COLS, N_("deal"), N_("kind"), N_("phone"),
	N_("agent"), N_("amount"), N_("referrer"), N_("note"), TAIL_COLS };
static const char *const ag_cols[] = { HEAD_COLS, N_("phone"), N_("shares"), N_("note"),
	TAIL_COLS };
static const char *const co_cols[] = { HEAD_COLS, N_("deal"), N_("agent"), N_("share"),
	N_("amount"), N_("rule"), N_("evidence"), TAIL_COLS };
static const char *const vl_cols[] = { HEAD_COLS, N_("agent"), N_("code"), N_("fine"),
	N_("note"), TAIL_COLS };
static const char *const fu_cols[] = { HEAD_COLS, N_("phone"), N_("agent"), N_("event"),
	N_("due"), N_("reason"), N_("note"), TAIL_COLS };

/*
 * The words of each book's kind column, as a sentence names them (SPEC 7).  The context
 * "event" keeps them apart from the headings: in is 签到 here, 签到时间 above a column.
 */
static const char *const at_words[] = {
	/* TRANSLATORS: attendance.csv's events named in a sentence after the agent
	 * (A06 的 签到): in 签到, end 签退, out 外出, back 返回 (from an errand, a
	 * break or the post left), break 休息, desert 脱岗, night 值班, off 轮休,
	 * sick 病假, personal 事假, void 作废. */
	NC_("event", "in"), NC_("event", "end"), NC_("event", "out"), NC_("event", "back"),
	NC_("event", "break"), NC_("event", "desert"), NC_("event", "night"),
	NC_("event", "off"), NC_("event", "sick"), NC_("event", "personal"),
	NC_("event", "void"), NULL };
static const char *const fl_words[] = {
	/* TRANSLATORS: floor.csv's events in a sentence: receive 接待 (an agent took a
	 * customer), done 接待完毕, move 调整排位 (the manager moved an agent, 条例 4). */
	NC_("event", "receive"), NC_("event", "done"), NC_("event", "move"),
	NC_("event", "void"), NULL };
static const char *const vi_words[] = {
	/* TRANSLATORS: visits.csv's kinds in a sentence: visit 来访, call 来电, follow
	 * 跟进, handover 移交 (the manager gave the customer to another agent). */
	NC_("event", "visit"), NC_("event", "call"), NC_("event", "follow"),
	NC_("event", "handover"), NC_("event", "void"), NULL };
static const char *const de_words[] = {
	/* TRANSLATORS: deals.csv's kinds in a sentence: sale 成交 (a purchase), rent 出租,
	 * deposit 定金. */
	NC_("event", "sale"), NC_("event", "rent"), NC_("event", "deposit"),
	NC_("event", "void"), NULL };
static const char *const fu_words[] = {
	/* TRANSLATORS: followups.csv's events in a sentence: assign 分派 (a caller handed
	 * out, 次日分派), plan 跟进计划 (an appointment or planned contact), lost 战败
	 * (the customer lost). */
	NC_("event", "assign"), NC_("event", "plan"), NC_("event", "lost"),
	NC_("event", "void"), NULL };

const struct jdef jdefs[J_COUNT] = {
	[J_ATTENDANCE] = { "attendance.csv", at_cols, NCOLS(at_cols), AT_EVENT, { 0 },
	    AT_AGENT, 0, AT_DETAIL, 0, at_words },
	[J_FLOOR] = { "floor.csv", fl_cols, NCOLS(fl_cols), FL_EVENT, { 0 },
	    FL_AGENT, 0, FL_REASON, FL_CUSTOMER, fl_words },
	[J_VISITS] = { "visits.csv", vi_cols, NCOLS(vi_cols), VI_KIND,
	    { VI_PHONE, VI_HOUSEHOLD }, VI_AGENT, 0, VI_NOTE, VI_PHONE, vi_words },
	[J_DEALS] = { "deals.csv", de_cols, NCOLS(de_cols), DE_KIND, { DE_PHONE },
	    0, DE_AMOUNT, DE_NOTE, DE_DEAL, de_words },
	[J_AGREEMENTS] = { "agreements.csv", ag_cols, NCOLS(ag_cols), AG_SHARES, { 0 },
	    0, 0, AG_NOTE, AG_PHONE, NULL },
	[J_COMMISSIONS] = { "commissions.csv", co_cols, NCOLS(co_cols), CO_RULE, { 0 },
	    0, CO_AMOUNT, CO_EVIDENCE, CO_DEAL, NULL },
	[J_VIOLATIONS] = { "violations.csv", vl_cols, NCOLS(vl_cols), VL_CODE, { 0 },
	    VL_AGENT, VL_FINE, VL_NOTE, 0, NULL },
	[J_FOLLOWUPS] = { "followups.csv", fu_cols, NCOLS(fu_cols), FU_EVENT, { FU_PHONE },
	    FU_AGENT, 0, FU_NOTE, FU_PHONE, fu_words },
};

const char *
journal_word(const struct jdef *def, const char *word)
{
	for (const char *const *w = def != NULL ? def->words : NULL; w != NULL && *w; w++)
		if (strcmp(strchr(*w, '\004') + 1, word) == 0)
			return ctx_gettext(*w, word);
	return word;
}

static const char zero_chain[] =
    "0000000000000000000000000000000000000000000000000000000000000000";

#define REF(j)		((j)->def->ncols - 3)
#define BY(j)		((j)->def->ncols - 2)
#define CHAIN(j)	((j)->def->ncols - 1)

/* $FRONTDESK_LOCK_TIMEOUT: seconds to wait for a lock, 10 unless set to a number. */
static double
lock_limit(void)
{
	const char *env = getenv("FRONTDESK_LOCK_TIMEOUT");
	char *end;
	double limit;

	if (env == NULL || *env == '\0')
		return 10;
	limit = strtod(env, &end);
	if (*end == '\0' && limit >= 0)
		return limit;
	/* TRANSLATORS: %s is the variable's value. */
	warnx(_("FRONTDESK_LOCK_TIMEOUT: '%s' is not a number of seconds: waiting 10"), env);
	return 10;
}

static double
seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* flock, polling until the time limit has passed: then exit 75, try again. */
static int
lock(struct journal *j, int how)
{
	struct timespec nap = { 0, 20 * 1000 * 1000 };
	double limit = lock_limit(), start = seconds();

	while (flock(j->fd, how | LOCK_NB) == -1) {
		if (errno != EWOULDBLOCK && errno != EINTR) {
			/* TRANSLATORS: %s is a book; the system's reason follows. */
			warn(_("%s: lock"), j->name);
			return EX_IOERR;
		}
		if (seconds() - start >= limit) {
			/* TRANSLATORS: %1$s is a book ("visits.csv"), %2$g the seconds
			   waited for it (10). */
			warnx(_("%s: locked by another desk for %g s, try again"),
			    j->name, limit);
			return EX_TEMPFAIL;
		}
		nanosleep(&nap, NULL);
	}
	return 0;
}

/* The file still has this name (a waiter may hold a book another desk removed). */
static int
still_linked(const struct journal *j)
{
	struct stat a, b;

	return fstat(j->fd, &a) == 0 && stat(j->path, &b) == 0 && a.st_ino == b.st_ino &&
	    a.st_dev == b.st_dev;
}

static int
open_status(const struct journal *j, int write)
{
	warn("%s", j->name);
	if (!write)
		return errno == EACCES ? EX_NOINPUT : EX_IOERR;
	return errno == EACCES || errno == EROFS || errno == EPERM || errno == ENOENT ?
	    EX_CANTCREAT : EX_IOERR;
}

/* Open (creating it for a writer) and lock; a reader of a missing book gets fd -1. */
static int
open_locked(struct journal *j)
{
	int rv;

	for (;;) {
		j->created = 0;
		j->fd = open(j->path, (j->write ? O_RDWR | O_APPEND : O_RDONLY) | O_CLOEXEC);
		if (j->fd == -1 && errno == ENOENT && j->write) {
			j->fd = open(j->path, O_RDWR | O_APPEND | O_CREAT | O_EXCL |
			    O_CLOEXEC, 0640);
			j->created = 1;
			if (j->fd == -1 && errno == EEXIST)
				continue;
		}
		if (j->fd == -1)
			return errno == ENOENT && !j->write ? 0 : open_status(j, j->write);
		if ((rv = lock(j, j->write ? LOCK_EX : LOCK_SH)) != 0)
			return rv;
		if (still_linked(j))
			return 0;
		close(j->fd);
	}
}

static int	damaged(struct journal *);

/* The last line: it must end in LF, else the tail is torn. */
static int
read_tail(struct journal *j, char *buf, size_t cap, size_t *n)
{
	off_t from = j->size > (off_t)cap ? j->size - (off_t)cap : 0;
	ssize_t got = pread(j->fd, buf, j->size - from, from);

	if (got != j->size - from) {
		warn("%s", j->def->file);
		return EX_IOERR;
	}
	if (got == 0 || buf[got - 1] != '\n')
		return damaged(j);	/* read from the top, to name the torn line */
	*n = got;
	return 0;
}

/* seq, recorded_at and chain of the last row, for the next append. */
static int
load_last(struct journal *j)
{
	char buf[2 * JOURNAL_ROW_MAX];
	struct csvsplit s;
	size_t n = 0, start;
	int rv;

	if ((rv = read_tail(j, buf, sizeof(buf), &n)) != 0)
		return rv;
	if (j->size <= j->data)
		return 0;
	for (start = n - 1; start > 0 && buf[start - 1] != '\n'; start--)
		;
	if (n - start > JOURNAL_ROW_MAX)	/* longer than a row: told at its line */
		return damaged(j);
	csvsplit_init(&s);
	rv = csvsplit_line(&s, buf + start, n - start) == -1 || s.nfield != j->hdr.nhdr ||
	    strlen(s.field[j->hdr.nhdr - 1]) != CHAIN_LEN ||
	    (j->seq = strtoll(s.field[j->hdr.map[J_SEQ]], NULL, 10)) <= 0 ||
	    clock_parse(s.field[j->hdr.map[J_RECORDED]], 0, &j->recorded) == -1;
	if (!rv)
		memcpy(j->chain, s.field[j->hdr.nhdr - 1], CHAIN_LEN + 1);
	csvsplit_free(&s);
	return rv ? damaged(j) : 0;
}

/* The chain must be the last column of a book's header: NULL, or why not. */
static const char *
chain_misplaced(const struct jdef *d, const int *map, size_t nhdr)
{
	return (size_t)map[d->ncols - 1] != nhdr - 1 ?
	    _("'chain' must be the last column") : NULL;
}

/* Map the header; the chain must be the last column. */
static int
load_header(struct journal *j)
{
	const struct jdef *d = j->def;
	const char *why;
	int rv;

	if (csvin_fdopen(&j->hdr, j->fd, 0, d->file, CSVIN_JOURNAL) == -1)
		return j->hdr.status;
	if ((rv = csvin_header(&j->hdr, d->cols, d->ncols, d->ncols)) <= 0)
		return rv == 0 ? EX_DATAERR : j->hdr.status;
	if ((why = chain_misplaced(d, j->hdr.map, j->hdr.nhdr)) != NULL) {
		csvin_fail(&j->hdr, "%s", why);
		return EX_DATAERR;
	}
	j->data = ftello(j->hdr.fp);
	j->order = xreallocarray(NULL, j->hdr.nhdr, sizeof(*j->order));
	for (size_t i = 0; i < j->hdr.nhdr; i++)
		j->order[i] = -1;
	for (size_t c = 0; c < d->ncols; c++)
		j->order[j->hdr.map[c]] = c;
	return 0;
}

/*
 * Open a book in dir; how JOURNAL_WRITE locks it for appending (creating it when
 * missing), else for reading (JOURNAL_CHECKED: its rows checked as they are read).
 * Returns 0 or the exit status, having said why.
 */
int
journal_open(struct journal *j, const char *dir, enum jid id, int how)
{
	struct stat st;
	int rv;

	memset(j, 0, sizeof(*j));
	j->ix_size = -1;
	j->def = &jdefs[id];
	j->name = j->def->file;
	j->path = xasprintf("%s/%s", dir, j->def->file);
	j->write = how == JOURNAL_WRITE;
	memcpy(j->chain, zero_chain, sizeof(zero_chain));
	if ((rv = open_locked(j)) != 0 || j->fd == -1)
		return rv;
	if (fstat(j->fd, &st) == -1) {
		warn("%s", j->def->file);
		return EX_IOERR;
	}
	j->size0 = j->size = st.st_size;
	if (j->size > 0 && ((rv = load_header(j)) != 0 || (rv = load_last(j)) != 0))
		return rv;
	j->checked = how == JOURNAL_CHECKED;	/* the rows scanned from now on */
	return 0;
}

/*
 * A row is one line of UTF-8: no field may hold a line end, nor bytes that are not
 * UTF-8 (every reader would stop at the row).
 */
int
journal_check_field(const char *what, const char *s)
{
	if (strpbrk(s, "\r\n") != NULL)
		/* TRANSLATORS: %s is a column ("note") or an option ("--note"),
		   as the book or the command line names it. */
		warnx(_("%s holds a line break: a row is one line"), what);
	else if (!utf8_valid(s, strlen(s)))
		/* TRANSLATORS: %s is a column ("note"), an option ("--note") or
		   FRONTDESK_USER. */
		warnx(_("%s is not valid UTF-8"), what);
	else
		return 0;
	return EX_DATAERR;
}

static int by_login;	/* rule managers: by is the real user's login name */

void
journal_by_login(int on)
{
	by_login = on;
}

/* The real user's login name (its number when it has none): what rule managers trusts. */
static const char *
login_name(char *name, size_t size)
{
	struct passwd *pw = getpwuid(getuid());

	if (pw != NULL)
		snprintf(name, size, "%s", pw->pw_name);
	else
		snprintf(name, size, "%lu", (unsigned long)getuid());
	return name;
}

/*
 * Who records the row: $FRONTDESK_USER (checked like any field), else the login name;
 * under rule managers the real user's login name, whatever $FRONTDESK_USER says (SPEC 2).
 */
static int
recorder(const char **by)
{
	static char name[256];
	const char *env = getenv("FRONTDESK_USER");
	struct passwd *pw;

	if (by_login) {
		*by = login_name(name, sizeof(name));
		return journal_check_field("by", *by);
	}
	if (env != NULL && *env != '\0') {
		*by = env;
		return journal_check_field("FRONTDESK_USER", env);
	}
	if (getlogin_r(name, sizeof(name)) == 0)
		*by = name;
	else if ((pw = getpwuid(geteuid())) != NULL)
		*by = pw->pw_name;
	else
		*by = "unknown";
	return 0;
}

/* recorded_at never goes backwards: a slow clock takes the last row's time, and says so. */
static time_t
recorded_now(struct journal *j)
{
	char a[CLOCK_LEN], b[CLOCK_LEN];
	time_t now;

	clock_now(&now);
	if (j->seq > 0 && now < j->recorded) {
		clock_rfc3339(now, a);
		clock_rfc3339(j->recorded, b);
		/* TRANSLATORS: %1$s is a book, %2$s the clock's time, %3$s the last row's
		   recorded_at, %4$s the same again: the time the new row is recorded at. */
		warnx(_("%s: the clock reads %s, before the last row's %s: recorded at %s"),
		    j->def->file, a, b, b);
		now = j->recorded;
	}
	return now;
}

/* A book's header line, as a new book starts with it. */
void
journal_header_line(const struct jdef *d, struct str *b)
{
	for (size_t c = 0; c < d->ncols; c++) {
		str_adds(b, c ? "," : "");
		str_adds(b, d->cols[c]);
	}
	str_add(b, "\n", 1);
}

static int
cut_back(struct journal *j)
{
	if (ftruncate(j->fd, j->size) == -1)
		/* TRANSLATORS: %s is a file; the system's reason follows. */
		warn(_("%s: cannot cut the failed write back"), j->def->file);
	return EX_IOERR;
}

static int
write_all(struct journal *j, const struct str *b)
{
	ssize_t n = write(j->fd, b->s, b->len);

	if (n == (ssize_t)b->len)
		return 0;
	if (n == -1)
		/* TRANSLATORS: %s is a book; the system's reason follows. */
		warn(_("%s: write"), j->def->file);
	else
		/* TRANSLATORS: %1$s is a book, %2$zd the bytes written of %3$zu. */
		warnx(_("%s: short write (%zd of %zu bytes): disk full?"), j->def->file, n,
		    b->len);
	return cut_back(j);
}

static int
sync_fd(int fd, const char *what)
{
	const char *env = getenv("FRONTDESK_NOSYNC");

	if ((env != NULL && strcmp(env, "1") == 0) || fsync(fd) == 0)
		return 0;
	/* TRANSLATORS: %s is a file or directory; the system's reason follows. */
	warn(_("%s: fsync"), what);
	return EX_IOERR;
}

/* A new book: its header, and its name made durable in the directory. */
static int
start_book(struct journal *j)
{
	struct str b = { 0 };
	char *dir;
	int rv, dfd;

	journal_header_line(j->def, &b);
	if ((rv = write_all(j, &b)) == 0 && (rv = sync_fd(j->fd, j->def->file)) != 0)
		cut_back(j);
	if (rv == 0)
		j->size += b.len;
	free(b.s);
	if (rv != 0)
		return rv;
	dir = xstrdup(j->path);
	*strrchr(dir, '/') = '\0';
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		warn("%s", dir);
		rv = EX_IOERR;
	} else {
		rv = sync_fd(dfd, dir);
		close(dfd);
	}
	free(dir);
	if (rv == 0)
		rv = load_header(j);
	return rv;
}

static void
chain_of(const char *prev, const char *row, size_t n, char *out)
{
	SHA2_CTX ctx;

	SHA256Init(&ctx);
	SHA256Update(&ctx, (const uint8_t *)prev, CHAIN_LEN);
	SHA256Update(&ctx, (const uint8_t *)"\n", 1);
	SHA256Update(&ctx, (const uint8_t *)row, n);
	SHA256End(&ctx, out);
}

/* The row in the file's column order, up to the comma before chain. */
static void
build_row(const struct journal *j, const char **f, struct str *b)
{
	for (size_t i = 0; i + 1 < j->hdr.nhdr; i++) {
		int c = j->order[i];

		str_adds(b, i ? "," : "");
		str_addcsv(b, c == -1 || f[c] == NULL ? "" : f[c]);
	}
}

/*
 * Append one row.  f[] holds the book's columns; seq, recorded_at, by and chain are
 * filled here.  The caller holds the lock (journal_open with write).
 */
int
journal_append(struct journal *j, const char **f)
{
	char seq[24], rec[CLOCK_LEN], chain[SHA256_DIGEST_STRING_LENGTH];
	struct str b = { 0 };
	time_t now;
	int rv;

	for (size_t c = 0; c < j->def->ncols; c++)
		if (f[c] != NULL && (rv = journal_check_field(j->def->cols[c], f[c])) != 0)
			return rv;
	if ((rv = recorder(&f[BY(j)])) != 0)
		return rv;
	if (j->size == 0 && (rv = start_book(j)) != 0)
		return rv;
	now = recorded_now(j);
	snprintf(seq, sizeof(seq), "%lld", j->seq + 1);
	clock_rfc3339(now, rec);
	f[J_SEQ] = seq, f[J_RECORDED] = rec;
	build_row(j, f, &b);
	chain_of(j->chain, b.s, b.len, chain);
	str_addf(&b, ",%s\n", chain);
	if (b.len > JOURNAL_ROW_MAX) {
		/* TRANSLATORS: %1$s is a book, %2$zu the row's bytes, %3$d the most a
		   row may have (4096). */
		warnx(_("%s: the row would be %zu bytes, over %d: shorten the text"),
		    j->def->file, b.len, JOURNAL_ROW_MAX);
		rv = EX_DATAERR;
	} else if (j->hold)
		str_add(&j->held, b.s, b.len);	/* journal_commit writes it */
	else if ((rv = write_all(j, &b)) == 0 &&
	    (rv = sync_fd(j->fd, j->def->file)) != 0)
		cut_back(j);	/* fatal, never retried; the row is not left half-kept */
	if (rv == 0) {
		j->size += j->hold ? 0 : b.len;
		j->seq++;
		j->recorded = now;
		memcpy(j->chain, chain, sizeof(j->chain));
	}
	free(b.s);
	return rv;
}

/* SPEC 2: a desk sentence ends with the row it wrote, " (row 42)", and the line. */
void
journal_say_row(long long seq)
{
	/* TRANSLATORS: the end of every desk sentence: the seq of the row it wrote,
	   with the space before it; zh_CN: "（第 %lld 行）\n". */
	printf(_(" (row %lld)\n"), seq);
}

/* From now on, appends are held in memory until journal_commit() (an import). */
void
journal_hold(struct journal *j)
{
	j->hold = 1;
}

/*
 * The rows held since journal_hold(), written in one write() and one fsync: an import's
 * thousands of rows cost one sync, not one each.
 */
int
journal_commit(struct journal *j)
{
	int rv = 0;

	if (j->held.len > 0 && (rv = write_all(j, &j->held)) == 0 &&
	    (rv = sync_fd(j->fd, j->def->file)) != 0)
		cut_back(j);
	if (rv == 0)
		j->size += j->held.len;
	j->held.len = 0;
	j->hold = 0;
	return rv;
}

/* Undo every append since the book was opened (an import that failed half way). */
int
journal_rollback(struct journal *j)
{
	j->held.len = 0;
	if (j->fd == -1 || !j->write || j->size == j->size0)
		return 0;
	if (ftruncate(j->fd, j->size0) == -1) {
		/* TRANSLATORS: %s is a book; the system's reason follows. */
		warn(_("%s: cannot undo the rows just written"), j->def->file);
		return EX_IOERR;
	}
	j->size = j->size0;
	return sync_fd(j->fd, j->def->file);
}

static void	index_book(struct journal *);

/*
 * Unlock.  A book this open created and left without a row is removed again, so that a
 * refused or failed command leaves no trace; a book that gained rows has its index
 * brought up to date.
 */
void
journal_close(struct journal *j)
{
	free(j->held.s);
	j->held = (struct str){ 0 };
	free(j->ix);
	j->ix = NULL, j->nix = 0, j->ix_size = -1;
	if (j->fd != -1) {
		if (j->write && j->created && (j->size == 0 || j->seq == 0))
			unlink(j->path);
		else if (j->write && j->size > j->size0 && j->def != NULL && j->def->key[0])
			index_book(j);
		close(j->fd);
	}
	if (j->hdr.name != NULL)
		csvin_close(&j->hdr);
	free(j->order);
	free(j->path);
	memset(j, 0, sizeof(*j));
	j->fd = -1;
}

/* Reading ---------------------------------------------------------------------------- */

/*
 * Sets of seqs (the rows voids cancel, the seqs a check met), kept as sorted runs of
 * consecutive seqs: the seqs of a sound book are one run, so memory stays small.
 */

/* How many runs start at or below seq. */
static size_t
seqset_below(const struct seqset *s, long long seq)
{
	size_t lo = 0, hi = s->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (s->v[mid].lo <= seq)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int
seqset_has(const struct seqset *s, long long seq)
{
	size_t i = seqset_below(s, seq);

	return i > 0 && seq <= s->v[i - 1].hi;
}

/* A new run of seq alone, before run i. */
static void
seqset_insert(struct seqset *s, size_t i, long long seq)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 8;
		s->v = xreallocarray(s->v, s->cap, sizeof(*s->v));
	}
	memmove(s->v + i + 1, s->v + i, (s->n - i) * sizeof(*s->v));
	s->v[i] = (struct seqrun){ seq, seq };
	s->n++;
}

static void
seqset_add(struct seqset *s, long long seq)
{
	size_t i = seqset_below(s, seq);
	struct seqrun *before = i > 0 ? &s->v[i - 1] : NULL;
	struct seqrun *after = i < s->n ? &s->v[i] : NULL;

	if (before != NULL && seq <= before->hi)
		return;
	if (before != NULL && before->hi != LLONG_MAX && seq == before->hi + 1) {
		before->hi = seq;
		if (after != NULL && after->lo == seq + 1) {	/* the gap is closed */
			before->hi = after->hi;
			memmove(after, after + 1, (s->n - i - 1) * sizeof(*after));
			s->n--;
		}
	} else if (after != NULL && after->lo - 1 == seq)	/* after->lo > seq */
		after->lo = seq;
	else
		seqset_insert(s, i, seq);
}

/* The first seq of a that b does not hold, or 0. */
static long long
seqset_first_outside(const struct seqset *a, const struct seqset *b)
{
	for (size_t i = 0; i < a->n; i++)
		for (long long seq = a->v[i].lo; ; seq++) {
			if (!seqset_has(b, seq))
				return seq;
			if (seq == a->v[i].hi)
				break;
		}
	return 0;
}

/* seq, recorded_at and time of a mapped row; -1 if any is not what the book writes. */
static int
row_times(const char **f, struct jrow *r)
{
	char *end;

	r->f = f;
	errno = 0;
	r->seq = strtoll(f[J_SEQ], &end, 10);
	if (errno || end == f[J_SEQ] || *end != '\0' || r->seq <= 0 ||
	    clock_parse(f[J_RECORDED], 0, &r->recorded) == -1)
		return -1;
	if (!(r->dated = strcmp(f[J_TIME], f[J_RECORDED]) != 0)) {	/* most rows */
		r->time = r->recorded;
		return 0;
	}
	return clock_parse(f[J_TIME], 0, &r->time);
}

/*
 * The n bytes at l may be a dated row: its recorded_at and time (the second and third
 * fields) are not the same text.  Only a line that plainly holds the same is passed by.
 */
static int
dated_line(const char *l, size_t n, void *arg)
{
	const char *end = l + n, *a, *b, *c;

	(void)arg;
	if ((a = memchr(l, ',', n)) == NULL || (b = memchr(a + 1, ',', end - a - 1)) == NULL ||
	    (c = memchr(b + 1, ',', end - b - 1)) == NULL || memchr(l, '"', c - l) != NULL)
		return 1;
	return b - a != c - b || memcmp(a + 1, b + 1, b - a - 1) != 0;
}

/*
 * Reading for money (JOURNAL_CHECKED, SPEC 1).  A row's chain is the SHA-256 of the
 * chain of the line above and of its own bytes, so each row is checked alone, from the
 * chain field at the end of the line above: not from the top.  A scan keeps the chain of
 * the row it checked last, so rows read one after another cost a hash each and no read;
 * a row after lines passed over (a window's first, a dated row) takes the line above's
 * end from the chunk the scan read it in, or reads it back.
 */
struct jlink {
	off_t		 end;			/* where the row checked last ends */
	char		 chain[CHAIN_LEN];	/* and its chain */
};

#define CHAIN_TAIL	(CHAIN_LEN + 3)		/* ",chain\r\n": a line's end, chain and all */

/* The last CHAIN_LEN bytes of a line of n bytes, after a comma; or NULL. */
static const char *
chain_field(const char *s, size_t n)
{
	n -= n > 0 && s[n - 1] == '\n';
	n -= n > 0 && s[n - 1] == '\r';
	if (n < CHAIN_LEN + 1 || s[n - CHAIN_LEN - 1] != ',')
		return NULL;
	return s + n - CHAIN_LEN;
}

/* The chain at the end of a line of n bytes: 64 lowercase hex digits, unquoted; or NULL. */
static const char *
chain_at_end(const char *s, size_t n)
{
	const char *p = chain_field(s, n);

	if (p == NULL)
		return NULL;
	for (size_t i = 0; i < CHAIN_LEN; i++)
		if (!((p[i] >= '0' && p[i] <= '9') || (p[i] >= 'a' && p[i] <= 'f')))
			return NULL;
	return p;
}

/*
 * The chain of the line that ends where a row starts (at): 64 0s above the first row,
 * the chain kept in k, or the end of the line above, from buf (blen bytes of the book
 * from boff) when it holds it, else read back into tail.  NULL when that line ends in no
 * chain, or on a read error (*rv, said).
 */
static const char *
chain_above(struct journal *j, off_t at, const char *buf, off_t boff, size_t blen,
    const struct jlink *k, char *tail, int *rv)
{
	size_t n = at - j->data < CHAIN_TAIL ? (size_t)(at - j->data) : CHAIN_TAIL;

	if (at <= j->data)
		return zero_chain;
	if (at == k->end)
		return k->chain;
	if (buf != NULL && at - boff >= (off_t)n && at - boff <= (off_t)blen)
		return chain_at_end(buf + (at - boff) - n, n);
	if (pread(j->fd, tail, n, at - n) != (ssize_t)n) {
		warn("%s", j->name);
		*rv = EX_IOERR;
		return NULL;
	}
	return chain_at_end(tail, n);
}

/*
 * The row's line (n bytes at offset at) follows from the line above (chain_above): then
 * k keeps its chain, 0.  EX_DATAERR if not (the caller says where), EX_IOERR (said).
 */
static int
row_follows(struct journal *j, const char *s, size_t n, off_t at, const char *buf,
    off_t boff, size_t blen, struct jlink *k)
{
	char tail[CHAIN_TAIL], link[SHA256_DIGEST_STRING_LENGTH];
	const char *own = chain_field(s, n), *prev;	/* hex if it is the link */
	int rv = EX_DATAERR;

	if ((prev = chain_above(j, at, buf, boff, blen, k, tail, &rv)) == NULL ||
	    own == NULL || journal_link(prev, s, n, link) == -1 ||
	    memcmp(link, own, CHAIN_LEN) != 0)
		return rv;
	k->end = at + n;
	memcpy(k->chain, own, CHAIN_LEN);
	return 0;
}

/* SPEC 1: money is never summed from a broken chain; a report stops at the break. */
static int
chain_breaks(const struct journal *j, long line)
{
	/* TRANSLATORS: daily-report, attendance-fine and assign-commission --statement
	   refuse to add up a book whose row does not follow from the row above it (a
	   row edited, or a row above it removed).  FILE:LINE: keeps its ASCII colons. */
	warnx(_("%s:%ld: the chain breaks here: the book was altered after it was written, "
	    "so no total is given (verify-journal says more)"), j->name, line);
	return EX_DATAERR;
}

/* The row csvin just read, checked (JOURNAL_CHECKED): 0, or the status, said. */
static int
row_checked(struct journal *j, const struct csvin *in, struct jlink *k)
{
	int rv = row_follows(j, in->lbuf, in->raw, in->pos - in->raw, in->gbuf, in->goff,
	    in->glen, k);

	return rv == EX_DATAERR ? chain_breaks(j, in->line) : rv;
}

/*
 * Pass 1 over [off, end): the seqs that void rows cancel.  The bytes are searched for
 * "void" a chunk at a time, and only the lines that hold it are split.
 */
#define VOID_CHUNK	(64 * 1024)	/* over JOURNAL_ROW_MAX: it holds a whole line */

/* The line of the book that starts at offset at: a break found out of line order. */
static long
line_at(struct journal *j, off_t at)
{
	char *buf = xmalloc(VOID_CHUNK), *p;
	long line = 1;
	ssize_t got = 0;

	for (off_t off = 0; off < at; off += got) {
		if ((got = pread(j->fd, buf, at - off < VOID_CHUNK ? at - off : VOID_CHUNK,
		    off)) <= 0)
			break;
		for (p = buf; (p = memchr(p, '\n', buf + got - p)) != NULL; p++)
			line++;
	}
	free(buf);
	return line;
}

/*
 * A void row found in the chunk buf read from off, checked when the book is read for
 * money (JOURNAL_CHECKED): it decides which rows count.  0, or the status, said.
 */
static int
void_checked(struct journal *j, const char *buf, off_t off, const char *start,
    const char *nl, struct jlink *k)
{
	off_t at = off + (start - buf);
	int rv;

	if (!j->checked)
		return 0;
	rv = row_follows(j, start, nl - start, at, buf, off, start - buf, k);
	return rv == EX_DATAERR ? chain_breaks(j, line_at(j, at)) : rv;
}

static int
collect_voids(struct journal *j, off_t off, off_t stop, struct seqset *vs)
{
	const int kind = j->hdr.map[j->def->kind], ref = j->hdr.map[REF(j)];
	char *buf = xmalloc(VOID_CHUNK + 1), *p, *end, *hit, *start, *nl;
	struct jlink k = { .end = -1 };
	struct csvsplit s;
	ssize_t got;
	int rv = 0;

	csvsplit_init(&s);
	while (rv == 0 &&
	    (got = pread(j->fd, buf, csvin_span(off, VOID_CHUNK, stop), off)) > 0) {
		/* whole lines only; a line longer than the chunk is pass 2's to tell */
		end = (nl = memrchr(buf, '\n', got)) != NULL ? nl + 1 : buf + got;
		*end = '\0';
		for (p = buf; rv == 0 && (hit = text_find(p, end - p, "void")) != NULL;
		    p = nl) {
			start = memrchr(p, '\n', hit - p);
			start = start != NULL ? start + 1 : p;
			nl = memchr(hit, '\n', end - hit);
			nl = nl != NULL ? nl + 1 : end;
			if (csvsplit_line(&s, start, nl - start) == 0 &&
			    s.nfield == j->hdr.nhdr && strcmp(s.field[kind], "void") == 0 &&
			    (rv = void_checked(j, buf, off, start, nl, &k)) == 0)
				seqset_add(vs, strtoll(s.field[ref], NULL, 10));
		}
		off += end - buf;
	}
	if (rv == 0 && got == -1) {
		warn("%s", j->def->file);
		rv = EX_IOERR;
	}
	csvsplit_free(&s);
	free(buf);
	return rv;
}

/* The book starts with seq, recorded_at, time, as dated_line() looks for them. */
static int
plain(const struct journal *j)
{
	return j->hdr.map[J_SEQ] == 0 && j->hdr.map[J_RECORDED] == 1 &&
	    j->hdr.map[J_TIME] == 2;
}

/*
 * Pass 2: every row from off to the end (or s->stop), line numbers counted from line + 1.
 * The voids are given, or found from off on at the first row met.
 */
static int
scan_range(struct journal *j, off_t off, long line, const struct jscan *s,
    struct seqset *given, jrow_fn fn, void *arg)
{
	struct seqset own = { 0 }, *vs = given != NULL ? given : &own;
	struct jlink k = { .end = -1 };
	struct csvin in;
	struct jrow r;
	int rv, all = s->flags & JSCAN_ALL, voids = all || given != NULL, err = 0;

	if (j->fd == -1 || off >= j->size || (s->stop != 0 && off >= s->stop))
		return 0;
	if (csvin_fdopen(&in, j->fd, off, j->def->file, CSVIN_JOURNAL) == -1)
		return in.status;
	csvin_adopt(&in, &j->hdr, line);
	in.grep = s->grep, in.stop = s->stop;
	in.keep = s->keep, in.keep_arg = s->keep_arg;
	while ((rv = csvin_next(&in)) == 1) {
		if (row_times(in.field, &r) == -1) {
			rv = csvin_fail(&in, "%s", _("seq, recorded_at or time is not "
			    "what the book writes (see verify-journal)"));
			break;
		}
		r.line = in.line, r.end = in.pos;
		if (s->until != 0 && r.recorded >= s->until)
			break;
		if (r.recorded < s->since)
			continue;
		if (s->dated != 0 && r.recorded >= s->dated && in.keep == NULL && plain(j))
			in.keep = dated_line;	/* from here on */
		if (!voids && (voids = 1, err = collect_voids(j, off, s->stop, vs)) != 0)
			break;	/* pass 1, at the first row met: none met, none needed */
		if (!all && (strcmp(r.f[j->def->kind], "void") == 0 ||
		    seqset_has(vs, r.seq)))
			continue;
		if (j->checked && (err = row_checked(j, &in, &k)) != 0)
			break;	/* SPEC 1: only the rows given are checked, and all of them */
		if ((rv = fn(&r, arg)) != 0)
			break;
	}
	rv = err ? err : rv == -1 ? (in.status ? in.status : EX_DATAERR) : 0;
	csvin_close(&in);
	free(own.v);
	return rv;
}

typedef int (*before_fn)(const struct jrow *, const void *);

/* Split the line at buf and map it to our columns into r. */
static int
row_at(struct journal *j, struct csvsplit *s, const char **f, const char *buf,
    size_t n, struct jrow *r)
{
	if (csvsplit_line(s, buf, n) == -1 || s->nfield != j->hdr.nhdr)
		return -1;
	for (size_t c = 0; c < j->def->ncols; c++)
		f[c] = s->field[j->hdr.map[c]];
	return row_times(f, r);
}

/* The fuzz build (make fuzz) makes it small, so that short books walk many blocks. */
#ifndef JOURNAL_BLOCK
#define JOURNAL_BLOCK	(64 * 1024)
#endif
#define BLOCK	JOURNAL_BLOCK

/*
 * In the block of the lines from p to end, whose first row is "before" the window, the
 * first row that is not: found by bisecting the lines, a few rows split.  NULL if none.
 */
static const char *
bisect_block(struct journal *j, before_fn before, const void *key, const char *p,
    const char *end, struct jrow *r)
{
	const char **line = NULL, **f = xreallocarray(NULL, j->def->ncols, sizeof(*f));
	const char *nl, *found = NULL;
	size_t n = 0, cap = 0, lo = 0, hi, mid;
	struct csvsplit s;

	for (; p < end && (nl = memchr(p, '\n', end - p)) != NULL; p = nl + 1) {
		if (n == cap)
			line = xreallocarray(line, cap = cap ? 2 * cap : 256, sizeof(*line));
		line[n++] = p;
	}
	csvsplit_init(&s);
	for (hi = n; hi - lo > 1 && r->seq != -1; ) {	/* line[lo] is before, line[hi] not */
		mid = lo + (hi - lo) / 2;
		nl = mid + 1 < n ? line[mid + 1] : end;
		if (row_at(j, &s, f, line[mid], nl - line[mid], r) == -1)
			r->seq = -1;
		else if (before(r, key))
			lo = mid;
		else
			hi = mid;
	}
	if (r->seq != -1 && hi < n) {
		nl = hi + 1 < n ? line[hi + 1] : end;
		if (row_at(j, &s, f, line[hi], nl - line[hi], r) == -1)
			r->seq = -1;
		else
			found = line[hi];
	}
	csvsplit_free(&s);
	free(line);
	free(f);
	return found;
}

/*
 * Walk back from the end in blocks, looking only at the first row of each block, to the
 * block where rows stop being "before" the window; the window starts at its first row
 * that is not, found by bisecting that block.  The cost follows the window, not the
 * history.  A window far back is reached by leaps: while the rows are in the window the
 * step back doubles, and once a leap lands before it the step halves back to a block.
 * A leap only moves pos to a row in the window: the walk by blocks decides the rest.
 */
static int
find_start(struct journal *j, before_fn before, const void *key, off_t stop, off_t *start,
    long long *seq)
{
	char *buf = xmalloc(BLOCK), *p, *end, *nl;
	const char **f = xreallocarray(NULL, j->def->ncols, sizeof(*f)), *first;
	struct csvsplit s;
	struct jrow r;
	off_t pos = stop != 0 && stop < j->size ? stop : j->size, from, step = BLOCK;
	size_t len;
	int rv = 0, narrowing = 0;

	csvsplit_init(&s);
	*start = pos;
	while (pos > j->data && rv == 0) {
		from = pos - step > j->data ? pos - step : j->data;
		len = pos - from < BLOCK ? pos - from : BLOCK;
		if (pread(j->fd, buf, len, from) != (ssize_t)len) {
			rv = EX_IOERR;
			break;
		}
		end = buf + len;
		p = from == j->data ? buf : memchr(buf, '\n', len);
		if (from != j->data && p != NULL)
			p++;
		nl = p != NULL && p < end ? memchr(p, '\n', end - p) : NULL;
		if (nl == NULL || row_at(j, &s, f, p, nl - p + 1, &r) == -1) {
			if (step > BLOCK) {
				step = BLOCK;		/* a leap that lands on no row: walk */
				continue;
			}
			rv = EX_DATAERR;
			break;
		}
		if (!before(&r, key)) {		/* the rows from p on are in the window */
			*start = pos = from + (p - buf), *seq = r.seq;
			step = narrowing ? (step > BLOCK ? step / 2 : BLOCK) : 2 * step;
			continue;
		}
		if (step > BLOCK) {
			narrowing = 1, step /= 2;
			continue;
		}
		if ((first = bisect_block(j, before, key, p, end, &r)) != NULL)
			*start = from + (first - buf), *seq = r.seq;
		else if (r.seq == -1)
			rv = EX_DATAERR;
		break;
	}
	if (rv == EX_IOERR)
		warn("%s", j->def->file);
	csvsplit_free(&s);
	free(f);
	free(buf);
	return rv;
}

static int
line_of(const struct jrow *r, void *arg)
{
	*(long *)arg = r->line;
	return 0;
}

/*
 * A damaged row met out of line order (walking back, or at the tail): read the book
 * from the top, so that the first fault is told at its line.
 */
static int
damaged(struct journal *j)
{
	static const struct jscan every = { .flags = JSCAN_ALL };
	long last = 1;
	int rv = scan_range(j, j->data, 1, &every, NULL, line_of, &last);

	if (rv == 0) {
		/* TRANSLATORS: FILE:LINE: keeps its ASCII colons. */
		warnx(_("%s:%ld: the last row is damaged (see verify-journal)"), j->def->file,
		    last);
		rv = EX_DATAERR;
	}
	return rv;
}

static int
recorded_before(const struct jrow *r, const void *since)
{
	return r->recorded < *(const time_t *)since;
}

static int
seq_before(const struct jrow *r, const void *seq)
{
	return r->seq < *(const long long *)seq;
}

static int
scan_tail(struct journal *j, before_fn before, const void *key, const struct jscan *s,
    jrow_fn fn, void *arg)
{
	off_t start;
	long long seq = 0;
	int rv;

	if (j->fd == -1 || j->size <= j->data)
		return 0;
	if ((rv = find_start(j, before, key, s->stop, &start, &seq)) == EX_DATAERR)
		return damaged(j);
	if (rv != 0)
		return rv;
	return scan_range(j, start, seq, s, NULL, fn, arg);
}

static int	scan_key(struct journal *, const struct jscan *, jrow_fn, void *);

/*
 * The one way to read a book: the rows of the window s asks for (NULL: every row), in
 * book order, voids honoured unless JSCAN_ALL.  A window that starts at a seq or a time
 * is found by walking back from the end, so its cost follows the window, not the history.
 */
int
journal_scan(struct journal *j, const struct jscan *s, jrow_fn fn, void *arg)
{
	static const struct jscan every;

	if (s == NULL)
		s = &every;
	if (s->key != NULL)
		return scan_key(j, s, fn, arg);
	if (s->seq != 0)
		return scan_tail(j, seq_before, &s->seq, s, fn, arg);
	if (s->since != 0)
		return scan_tail(j, recorded_before, &s->since, s, fn, arg);
	return scan_range(j, j->data, 1, s, NULL, fn, arg);
}

/* The phone index (jindex.c) ------------------------------------------------------ */

/* A key scan's fn, told apart from the scan when it stops it. */
struct keyed {
	jrow_fn		 fn;
	void		*arg;
	int		 stopped;
};

static int
keyed_row(const struct jrow *r, void *arg)
{
	struct keyed *k = arg;
	int rv = k->fn(r, k->arg);

	k->stopped = rv == 1;
	return rv;
}

/* The blocks v[0..n) follow each other to the index's last record, the one checked. */
static int
contiguous(const struct jix *x, const struct jix_rec *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (v[i].off >= v[i].end || v[i].seq > v[i].last || (i + 1 < n ?
		    v[i + 1].off != v[i].end || v[i + 1].seq != v[i].last + 1 :
		    memcmp(&v[i], &x->last, sizeof(v[i])) != 0))
			return 0;
	return 1;
}

/*
 * The key scan over the blocks v[0..n): the voids of those that hold one, then the rows
 * of those whose filter may hold the key.
 */
#define BLOCK_AT(i)	((i) < n ? &v[i] : tail)
static int
scan_blocks(struct journal *j, const struct jix_rec *v, size_t n,
    const struct jix_rec *tail, const struct jscan *s, struct keyed *k)
{
	struct jscan b = *s;
	struct seqset vs = { 0 };
	int rv = 0;

	b.grep = (const char *[]){ s->key, NULL };
	for (size_t i = 0; rv == 0 && i <= n; i++)
		if (BLOCK_AT(i)->voids > 0)
			rv = collect_voids(j, BLOCK_AT(i)->off, BLOCK_AT(i)->end ?
			    BLOCK_AT(i)->end : s->stop, &vs);
	for (size_t i = 0; rv == 0 && !k->stopped && i <= n; i++)
		if (jix_has(BLOCK_AT(i), s->key)) {
			b.stop = BLOCK_AT(i)->end ? BLOCK_AT(i)->end : s->stop;
			rv = scan_range(j, BLOCK_AT(i)->off, BLOCK_AT(i)->seq, &b, &vs, keyed_row,
			    k);
		}
	free(vs.v);
	return rv;
}
#undef BLOCK_AT

/*
 * The index's records of the blocks recorded since then, into *n: read once while the
 * book keeps its size (a lookup a customer reads no index again); NULL without one.
 */
static const struct jix_rec *
index_since(struct journal *j, time_t since, size_t *n)
{
	struct jix x;
	size_t lo = 0, hi, mid;

	if (j->ix_size != j->size) {
		free(j->ix);
		j->ix = NULL, j->nix = 0, j->ix_size = j->size;
		if (jix_open(j, 0, &x) == 0) {
			if (x.n > 0 && (j->ix = jix_read(&x, 0, x.n)) != NULL &&
			    !contiguous(&x, j->ix, x.n))
				free(j->ix), j->ix = NULL;
			j->nix = j->ix != NULL ? x.n : 0;
			jix_close(&x);
		}
	}
	for (hi = j->nix; lo < hi;) {
		mid = lo + (hi - lo) / 2;
		if (j->ix[mid].recorded < since)
			lo = mid + 1;
		else
			hi = mid;
	}
	*n = j->nix - lo;
	return *n > 0 ? j->ix + lo : NULL;
}

/*
 * The rows recorded since s->since whose phone (or household) is s->key, and maybe
 * others: with the book's index, only the blocks whose filter holds the key are read;
 * without one, the lines that hold it.  A register lookup costs its phone's rows, not
 * its reach.
 */
static int
scan_key(struct journal *j, const struct jscan *s, jrow_fn fn, void *arg)
{
	struct keyed k = { fn, arg, 0 };
	struct jscan g = *s;
	const struct jix_rec *v = NULL;
	struct jix_rec tail = { .end = 0, .voids = 1 };
	size_t n = 0;

	if (j->fd != -1)
		v = index_since(j, s->since, &n);
	if (v == NULL) {
		g.key = NULL, g.grep = (const char *[]){ s->key, NULL };
		return journal_scan(j, &g, fn, arg);
	}
	tail.off = v[n - 1].end;	/* then the rows after the last block: read them all */
	tail.seq = v[n - 1].last + 1;
	memset(tail.bloom, 0xff, sizeof(tail.bloom));
	return scan_blocks(j, v, n, &tail, s, &k);
}

/* Index building: a record for every JIX_ROWS rows. */
struct build {
	const struct journal	*j;
	struct jix_rec		*v;
	size_t			 n;
	off_t			 off;	/* where the block being built starts */
};

static int
index_row(const struct jrow *r, void *arg)
{
	struct build *b = arg;
	const struct jdef *d = b->j->def;
	struct jix_rec *c;

	if ((r->seq - 1) % JIX_ROWS == 0) {	/* the first row of a block */
		b->v = xreallocarray(b->v, b->n + 1, sizeof(*b->v));
		memset(&b->v[b->n++], 0, sizeof(*b->v));
		b->v[b->n - 1].off = b->off, b->v[b->n - 1].seq = r->seq;
	}
	if (b->n == 0)
		return -1;	/* rows not numbered as the book numbers them */
	c = &b->v[b->n - 1];
	for (size_t i = 0; i < NCOLS(d->key) && d->key[i] != 0; i++)
		if (r->f[d->key[i]][0] != '\0')
			jix_add(c, r->f[d->key[i]]);
	c->voids += strcmp(r->f[d->kind], "void") == 0;
	c->end = b->off = r->end, c->last = r->seq, c->recorded = r->recorded;
	memcpy(c->chain, r->f[CHAIN(b->j)], strnlen(r->f[CHAIN(b->j)], CHAIN_LEN));
	return 0;
}

/*
 * After rows were appended: index the whole blocks of rows after the index's last, all
 * of them when the index is new or does not agree with the book.  The index is a cache:
 * when it cannot be written, lookups read the book as they would without it.
 */
static void
index_book(struct journal *j)
{
	struct build b = { .j = j };
	struct jix x;
	long long done;

	if (j->seq < JIX_ROWS || jix_open(j, 1, &x) == -1)
		return;			/* not a block yet, or no index to write */
	done = x.n > 0 ? x.last.last : 0;
	b.off = x.n > 0 ? x.last.end : j->data;
	if (j->seq - done >= JIX_ROWS &&
	    scan_range(j, b.off, done + 1, &(struct jscan){ .flags = JSCAN_ALL }, NULL,
	    index_row, &b) == 0) {
		if (b.n > 0 && b.v[b.n - 1].last - b.v[b.n - 1].seq + 1 < JIX_ROWS)
			b.n--;		/* the block still filling */
		if (b.n > 0)
			jix_append(&x, b.v, b.n);
	}
	free(b.v);
	jix_close(&x);
}

/* --void's questions about a row ----------------------------------------------------- */

struct target_scan {
	struct jtarget	*t;
	const struct jdef *def;
	struct seqset	 voids, refs;	/* seqs voided; live rows that refer to the target */
};

static int
target_row(const struct jrow *r, void *arg)
{
	struct target_scan *ts = arg;
	struct jtarget *t = ts->t;
	long long ref = strtoll(r->f[ts->def->ncols - 3], NULL, 10);
	int is_void = strcmp(r->f[ts->def->kind], "void") == 0;

	if (r->seq == t->seq) {
		t->found = 1;
		t->line = r->line;
		t->is_void = is_void;
		t->time = r->time;
		t->nf = ts->def->ncols;
		t->f = xcalloc(t->nf, sizeof(*t->f));
		for (size_t c = 0; c < t->nf; c++)
			t->f[c] = xstrdup(r->f[c]);
	} else if (is_void) {
		seqset_add(&ts->voids, ref);
	} else if (ref == t->seq)
		seqset_add(&ts->refs, r->seq);
	return 0;
}

/*
 * What a void of row seq must know: is there such a row, is it a void or voided already,
 * and does a live later row refer to it (a void must not orphan it).
 */
int
journal_target(struct journal *j, long long seq, struct jtarget *t)
{
	struct target_scan ts = { t, j->def, { 0 }, { 0 } };
	int rv;

	memset(t, 0, sizeof(*t));
	t->seq = seq;
	if ((rv = journal_scan(j, &(struct jscan){ .flags = JSCAN_ALL, .seq = seq }, target_row, &ts)) == 0) {
		t->voided = seqset_has(&ts.voids, seq);
		t->referred = seqset_first_outside(&ts.refs, &ts.voids);
	}
	free(ts.voids.v);
	free(ts.refs.v);
	return rv;
}

void
jtarget_free(struct jtarget *t)
{
	for (size_t c = 0; c < t->nf; c++)
		free(t->f[c]);
	free(t->f);
	t->f = NULL;
}

/* Checking and repairing a book (verify-journal) ------------------------------------ */

/* The book a file name is (attendance.csv), or NULL. */
const struct jdef *
journal_def(const char *file)
{
	size_t i = 0;

	while (i < J_COUNT && strcmp(jdefs[i].file, file) != 0)
		i++;
	return i < J_COUNT ? &jdefs[i] : NULL;
}

/* The book whose columns a split header line holds, every one (the widest if several). */
const struct jdef *
journal_def_of_header(const struct csvsplit *s)
{
	const struct jdef *best = NULL;

	for (size_t i = 0; i < J_COUNT; i++) {
		size_t c = 0;

		while (c < jdefs[i].ncols &&
		    str_in((const char *const *)s->field, s->nfield, jdefs[i].cols[c]))
			c++;
		if (c == jdefs[i].ncols && (best == NULL || c > best->ncols))
			best = &jdefs[i];
	}
	return best;
}

/*
 * Check a split header line against book d, as every reader does (load_header): each of
 * the book's columns once, chain the last; a column the book does not know is let be.
 * map[c] is the file's column of the book's column c.  NULL, or what is wrong (to free).
 */
char *
journal_header(const struct jdef *d, const struct csvsplit *s, int *map)
{
	char *why = csvsplit_map(s, d->cols, d->ncols, d->ncols, 0, map);
	const char *last;

	if (why == NULL && (last = chain_misplaced(d, map, s->nfield)) != NULL)
		why = xstrdup(last);
	return why;
}

/*
 * The chain a row's line must carry when the row before carries prev: the SHA-256 of
 * prev, LF, and the line's bytes before its last comma.  -1 if the line has no comma.
 */
int
journal_link(const char *prev, const char *line, size_t n, char *out)
{
	const char *comma = memrchr(line, ',', n);

	if (comma == NULL)
		return -1;
	chain_of(prev, line, comma - line, out);
	return 0;
}

/*
 * Every row of the book follows from the row above (SPEC 1), each line checked as the
 * scans check the rows they give (row_follows), none split: the books whose every row
 * is money (commissions, violations) are checked whole before a total is made of them.
 * 0, or the status (the first break said).
 */
int
journal_chained(struct journal *j)
{
	struct jlink k = { .end = -1 };
	struct csvline l;
	struct csvin in;
	int rv;

	if (j->fd == -1 || j->size <= j->data)
		return 0;
	if (csvin_fdopen(&in, j->fd, j->data, j->name, CSVIN_JOURNAL) == -1)
		return in.status;
	in.stop = j->size, in.line = 1;
	while ((rv = csvin_line(&in, &l)) == 1 && (rv = l.kept < l.n ? EX_DATAERR :
	    row_follows(j, l.s, l.n, in.pos - l.n, NULL, 0, 0, &k)) == 0)
		;
	if (rv == EX_DATAERR)
		rv = chain_breaks(j, in.line);
	else if (rv == -1)
		rv = in.status;
	csvin_close(&in);
	return rv;
}

/*
 * Open the book at path for reading it whole, as verify-journal does: the shared lock is
 * held only while the size is taken, so no append is half written below it, and the
 * desks go on appending while the rows up to it are read.  A missing book: fd -1.
 */
static int
journal_snapshot(struct journal *j, const char *path, const char *name)
{
	struct stat st;
	int rv;

	memset(j, 0, sizeof(*j));
	j->name = name;
	j->path = xstrdup(path);
	if ((rv = open_locked(j)) != 0 || j->fd == -1)
		return rv;
	if (fstat(j->fd, &st) == -1) {
		warn("%s", name);
		return EX_IOERR;
	}
	if (!S_ISREG(st.st_mode)) {
		warnx(_("%s: not a regular file"), name);
		return EX_NOINPUT;
	}
	j->size0 = j->size = st.st_size;
	flock(j->fd, LOCK_UN);
	return 0;
}

/*
 * The checks of verify-journal, a line at a time, of what journal_append writes (SPEC 1):
 * the header as load_header reads it, each row's seq, times and ref, and its chain by
 * the writer's own chain_of.  Each fault is one line, FILE:LINE: what is wrong.
 */

static void	jfault(struct jcheck *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

static void
jfault(struct jcheck *c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	csvin_vwarn(c->name, c->line, fmt, ap);
	va_end(ap);
	c->faults++;
}

/* A seq as journal_append writes it: 1, 2, ...; -1 for anything else. */
static long long
seq_text(const char *s, size_t n)
{
	long long v = 0;

	if (n == 0 || n > 18 || *s == '0')
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = 10 * v + s[i] - '0';
	}
	return v;
}

/* The chain at the end of a line: 64 lowercase hex digits, unquoted; NULL if not. */
static const char *
stored_chain(const struct csvline *l)
{
	if (l->kept < l->n)		/* a line too long to keep: its end is gone */
		return NULL;
	return chain_at_end(l->s, l->n);
}

/*
 * SPEC 1: seq counts rows from 1 and only grows, one by one.  A row is fine when its seq
 * is one more than the row above's, or than the seq due there had the row above been
 * right: so a row removed, moved or copied is one fault (two for a swapped pair), not
 * one for every row after it.
 */
static int
seq_step(struct jcheck *c, long long seq)
{
	int ok = seq != -1 && ((c->prev != -1 && seq == c->prev + 1) || seq == c->due);

	c->due = (ok ? seq : c->due) + 1;
	c->prev = seq;
	if (seq != -1)
		seqset_add(&c->seen, seq);
	return ok;
}

/*
 * A row that cannot be read: the check goes on from its seq and chain as they stand, if
 * they can be told.  A line without a seq (the rest of a field split over two lines) is
 * not counted as a row for the seq due.
 */
static void
lost_row(struct jcheck *c, const struct csvline *l)
{
	const char *comma = memchr(l->s, ',', l->kept), *chain;
	long long seq = comma ? seq_text(l->s, comma - l->s) : -1;

	c->rows++;
	if (seq != -1)
		seq_step(c, seq);
	else
		c->prev = -1;
	if ((c->chained = (chain = stored_chain(l)) != NULL))
		memcpy(c->chain, chain, CHAIN_LEN);
}

static long long
check_seq(struct jcheck *c, const char *s)
{
	long long seq = seq_text(s, strlen(s)), due = c->due;

	if (seq == -1)
		/* TRANSLATORS: verify-journal, after FILE:LINE: ; %s is the seq column's
		   value. */
		jfault(c, _("seq '%s' is not a row number"), s);
	if (!seq_step(c, seq) && seq != -1) {
		if (seq > due)
			/* TRANSLATORS: verify-journal: %1$lld is the row's seq, %2$lld
			   the seq due there. */
			jfault(c, _("seq %lld where %lld was due (a row missing or moved)"),
			    seq, due);
		else
			/* TRANSLATORS: verify-journal: %1$lld is the row's seq, %2$lld
			   the seq due there. */
			jfault(c, _("seq %lld where %lld was due (a row moved or copied)"),
			    seq, due);
	}
	return seq;
}

/* SPEC 1: recorded_at never goes backwards (recorded_now); both times are RFC 3339. */
static void
check_times(struct jcheck *c)
{
	time_t t;

	if (clock_parse_rfc3339(c->f[J_RECORDED], &t) == -1)
		/* TRANSLATORS: verify-journal: %s is the recorded_at column's value. */
		jfault(c, _("recorded_at '%s' is not an RFC 3339 time"), c->f[J_RECORDED]);
	else {
		if (c->recorded[0] != '\0' && t < c->rec)
			/* TRANSLATORS: verify-journal: %1$s is this row's recorded_at,
			   %2$s the later one of the row above. */
			jfault(c, _("recorded_at goes back: %s after %s"), c->f[J_RECORDED],
			    c->recorded);
		c->rec = t;
		snprintf(c->recorded, sizeof(c->recorded), "%s", c->f[J_RECORDED]);
	}
	if (clock_parse_rfc3339(c->f[J_TIME], &t) == -1)
		/* TRANSLATORS: verify-journal: %s is the time column's value. */
		jfault(c, _("time '%s' is not an RFC 3339 time"), c->f[J_TIME]);
}

/*
 * SPEC 1: a correction is a void row whose ref is the seq it cancels.  A ref names an
 * earlier row of the book that is live when the ref is written: not a void (a void is
 * final) and not voided already.
 */
static void
check_ref(struct jcheck *c, long long seq)
{
	const char *s = c->f[c->def->ncols - 3];
	int is_void = strcmp(c->f[c->def->kind], "void") == 0;
	long long ref = seq_text(s, strlen(s));

	if (*s == '\0') {
		if (is_void)
			jfault(c, "%s", _("a void row without ref: it cancels no row"));
	} else if (ref == -1)
		/* TRANSLATORS: verify-journal: %s is the ref column's value. */
		jfault(c, _("ref '%s' is not a seq"), s);
	else if ((seq != -1 && ref >= seq) || !seqset_has(&c->seen, ref))
		/* TRANSLATORS: verify-journal: %lld is the seq the ref column names. */
		jfault(c, _("ref %lld names no earlier row"), ref);
	else if (seqset_has(&c->voids, ref))
		/* TRANSLATORS: verify-journal: %lld is the seq the ref column names. */
		jfault(c, _("ref %lld names a void row (a void is final)"), ref);
	else if (seqset_has(&c->voided, ref))
		/* TRANSLATORS: verify-journal: %lld is the seq the ref column names. */
		jfault(c, _("ref %lld names a row voided already"), ref);
	else if (is_void)
		seqset_add(&c->voided, ref);
	if (is_void && seq != -1)
		seqset_add(&c->voids, seq);
}

/*
 * SPEC 1: chain is the SHA-256 of the row above's chain, LF and this line before the
 * comma preceding chain (journal_append's chain_of).  After a break the check goes on
 * from the chain the row carries, so an edited row is one fault, not one for every row
 * after it.
 */
static void
check_chain(struct jcheck *c, const struct csvline *l)
{
	char link[CHAIN_LEN + 1];
	const char *stored = stored_chain(l);
	int linked = c->chained && journal_link(c->chain, l->s, l->n, link) == 0;

	if (stored == NULL) {
		jfault(c, "%s", _("chain is not 64 lowercase hex digits at the end of the "
		    "line"));
		if ((c->chained = linked))
			memcpy(c->chain, link, CHAIN_LEN);
		return;
	}
	if (linked && memcmp(link, stored, CHAIN_LEN) != 0)
		jfault(c, "%s", _("chain broken (this row edited, or the row before it "
		    "removed or moved)"));
	memcpy(c->chain, stored, CHAIN_LEN);
	c->chained = 1;
}

/* SPEC 1: a field holding CR or LF is refused at input (journal_check_field). */
static int
held_cr(const struct csvsplit *s)
{
	for (size_t i = 0; i < s->nfield; i++)
		if (strchr(s->field[i], '\r') != NULL)
			return 1;
	return 0;
}

/* A row as wide as the header: its seq, times, ref and chain. */
static void
check_fields(struct jcheck *c, const struct csvline *l)
{
	long long seq;

	c->rows++;
	for (size_t k = 0; k < c->def->ncols; k++)
		c->f[k] = c->s.field[c->map[k]];
	seq = check_seq(c, c->f[J_SEQ]);
	check_times(c);
	check_ref(c, seq);
	check_chain(c, l);
}

/*
 * SPEC 1: a row is one line of at most JOURNAL_ROW_MAX bytes of UTF-8 CSV, as many fields
 * as the header.  0 when it is one; else said why: 1, or -1 for an empty line (no row).
 */
static int
not_a_row(struct jcheck *c, const struct csvline *l)
{
	const char *why;

	if (l->n > JOURNAL_ROW_MAX)
		/* TRANSLATORS: %1$zu is the line's bytes, %2$d the most a row may have
		   (4096). */
		jfault(c, _("the line is %zu bytes: a row is at most %d"), l->n,
		    JOURNAL_ROW_MAX);
	else if ((why = csvsplit_check(&c->s, l->s, l->n)) != NULL)
		jfault(c, "%s", why);
	else if (c->s.rows == 0) {
		jfault(c, "%s", _("empty line"));
		return -1;
	} else if (held_cr(&c->s))
		jfault(c, "%s", _("a quoted field holds a carriage return: a row is one line"));
	else if (c->s.nfield != c->nhdr)
		/* TRANSLATORS: %1$zu is the fields of the row, %2$zu the header's. */
		jfault(c, _("%zu fields where the header has %zu"), c->s.nfield, c->nhdr);
	else
		return 0;
	return 1;
}

static void
check_row(struct jcheck *c, const struct csvline *l)
{
	int bad;

	if (l->torn)
		/* TRANSLATORS: %s is the command that repairs it: "verify-journal
		   --repair visits.csv". */
		jfault(c, _("torn last line (an interrupted append): %s"), c->repair);
	else if ((bad = not_a_row(c, l)) == 0)
		check_fields(c, l);
	else if (bad == 1)
		lost_row(c, l);
}

/* A header line cut short: the start of a book's header, or a book known by its name. */
static int
header_start(const struct jdef *def, const struct csvline *l)
{
	struct str h = { 0 };
	int torn = def != NULL;

	for (size_t i = 0; i < J_COUNT && !torn && l->kept == l->n; i++) {
		h.len = 0;
		journal_header_line(&jdefs[i], &h);
		torn = l->n < h.len && memcmp(l->s, h.s, l->n) == 0;
	}
	free(h.s);
	return torn;
}

/* The book's columns in the header, as every reader maps them (journal_header). */
static int
header_map(struct jcheck *c)
{
	char *bad;

	c->map = xreallocarray(NULL, c->def->ncols, sizeof(*c->map));
	if ((bad = journal_header(c->def, &c->s, c->map)) != NULL) {
		jfault(c, "%s", bad);
		free(bad);
		return -1;
	}
	c->nhdr = c->s.nfield;
	c->f = xreallocarray(NULL, c->def->ncols, sizeof(*c->f));
	return 0;
}

/* Line 1: the header of a book, known by the file's name or else by its columns. */
static int
check_header(struct jcheck *c, const struct csvline *l)
{
	const char *why;

	if (l->torn && header_start(c->def, l))
		/* TRANSLATORS: %s is the command that repairs it: "verify-journal
		   --repair visits.csv". */
		jfault(c, _("torn last line (an interrupted append): %s"), c->repair);
	else if (l->torn)
		jfault(c, "%s", _("not the header of a journal (see "
		    "frontdesk-journals(5))"));
	else if (l->n > JOURNAL_ROW_MAX)
		/* TRANSLATORS: %zu is the line's bytes. */
		jfault(c, _("the line is %zu bytes: not a journal's header"), l->n);
	else if ((why = csvsplit_check(&c->s, l->s, l->n)) != NULL)
		jfault(c, "%s", why);
	else if (c->s.rows == 0)
		jfault(c, "%s", _("empty line: the header is missing"));
	else if (l->n >= 3 && memcmp(l->s, "\xef\xbb\xbf", 3) == 0)
		jfault(c, "%s", _("a byte order mark before the header: a journal has "
		    "none"));
	else if ((c->def = c->def ? c->def : journal_def_of_header(&c->s)) == NULL)
		jfault(c, "%s", _("not the header of a journal (see "
		    "frontdesk-journals(5))"));
	else
		return header_map(c);
	return -1;
}

/*
 * Check a book's name (def NULL: its header tells the book); a torn last line asks for
 * the command repair.
 */
void
jcheck_init(struct jcheck *c, const char *name, const struct jdef *def,
    const char *repair)
{
	memset(c, 0, sizeof(*c));
	c->name = name;
	c->def = def;
	c->repair = repair;
	c->due = 1;
	c->chained = 1;
	memcpy(c->chain, zero_chain, sizeof(zero_chain));
	csvsplit_init(&c->s);
}

/*
 * SPEC 3 verify-journal --against: the row a head was taken at still carries that chain.
 * A book rewritten since does not, even with every chain computed again: the head
 * vouches for every row up to it.
 */
static void
check_head(struct jcheck *c, const struct csvline *l)
{
	const char *stored = stored_chain(l);

	if (stored == NULL || memcmp(stored, c->head->chain, CHAIN_LEN) != 0)
		/* TRANSLATORS: verify-journal --against, after FILE:LINE: of the book:
		   %1$lld is the row, %2$s:%3$ld the heads file and its line. */
		jfault(c, _("row %lld's chain is not the one recorded in %s:%ld (the book was "
		    "rewritten since)"), c->rows, c->head->from, c->head->line);
}

/* --against: a book with fewer rows than when its head was taken lost its last rows. */
static void
check_short(struct jcheck *c)
{
	const struct jhead *h = c->head;

	if (c->missing) {
		/* TRANSLATORS: verify-journal --against: %1$s is the book, %2$s:%3$ld the
		   heads file and its line, %4$lld the rows it recorded. */
		warnx(ngettext("%s: no such book, but %s:%ld recorded %lld row (the book was "
		    "removed since)", "%s: no such book, but %s:%ld recorded %lld rows (the "
		    "book was removed since)", (unsigned long)h->rows), c->name, h->from,
		    h->line, h->rows);
		c->faults++;
		return;
	}
	c->line += c->line == 0;	/* an empty file: where its header belongs */
	/* TRANSLATORS: verify-journal --against, after FILE:LINE: of the book's last
	   line: %1$lld is the rows it has, %2$s:%3$ld the heads file and its line,
	   %4$lld the rows recorded there. */
	jfault(c, ngettext("has %lld row, %s:%ld recorded %lld (rows cut from its end since)",
	    "has %lld rows, %s:%ld recorded %lld (rows cut from its end since)",
	    (unsigned long)c->rows), c->rows, h->from, h->line, h->rows);
}

/* Check the line-th line of the book: 0 go on, -1 a bad header (nothing more to check). */
static int
jcheck_line(struct jcheck *c, const struct csvline *l, long line)
{
	long long rows = c->rows;

	c->line = line;
	if (line == 1)
		return check_header(c, l);
	check_row(c, l);
	if (c->head != NULL && c->rows > rows && c->rows == c->head->rows)
		check_head(c, l);
	return 0;
}

/* Read the book of snapshot j a line at a time, up to the size taken. */
static int
lines_open(struct csvin *in, const struct journal *j, const char *name)
{
	if (csvin_fdopen(in, j->fd, 0, name, CSVIN_JOURNAL) == -1)
		return in->status;
	in->stop = j->size;
	return 0;
}

/* Every line of the book up to the size taken; a bad header ends the check. */
static int
check_lines(struct jcheck *c, const struct journal *j)
{
	struct csvline l;
	struct csvin in;
	int rv;

	if ((rv = lines_open(&in, j, c->name)) == 0) {
		while ((rv = csvin_line(&in, &l)) == 1 && jcheck_line(c, &l, in.line) == 0)
			;
		rv = rv == -1 ? in.status : 0;
	}
	csvin_close(&in);
	return rv;
}

/*
 * Check the book at path from the top, up to the size it has when the check starts: the
 * desks go on appending meanwhile.  A missing book is an empty one (c->missing).  With
 * c->head, the book must still hold it.  0, or the status of a book that could not be
 * read (said); the faults are in c->faults.
 */
int
jcheck_book(struct jcheck *c, const char *path)
{
	struct journal j;
	int rv;

	if ((rv = journal_snapshot(&j, path, c->name)) == 0 && j.fd == -1)
		c->missing = 1;
	else if (rv == 0 && j.size > 0)
		rv = check_lines(c, &j);
	journal_close(&j);
	/* every row was counted: no file, an empty one, or a sound header */
	if (rv == 0 && c->head != NULL && c->rows < c->head->rows &&
	    (c->line == 0 || c->f != NULL))
		check_short(c);
	return rv;
}

void
jcheck_free(struct jcheck *c)
{
	csvsplit_free(&c->s);
	free(c->map);
	free(c->f);
	free(c->seen.v);
	free(c->voids.v);
	free(c->voided.v);
}

/* Line 1 of a file is a book's header, or the start of one cut short. */
static int
is_header(const struct csvline *l)
{
	struct csvsplit s;
	int yes;

	if (l->torn)
		return header_start(NULL, l);
	csvsplit_init(&s);
	yes = l->kept == l->n && csvsplit_check(&s, l->s, l->n) == NULL &&
	    journal_def_of_header(&s) != NULL;
	csvsplit_free(&s);
	return yes;
}

/*
 * --repair cuts a line from a book only: a file not known by its name must begin with a
 * book's header, or the start of one cut short.  0, or the status (said).
 */
int
journal_is_book(const char *path, const char *name)
{
	struct journal j;
	struct csvline l;
	struct csvin in;
	int rv;

	if ((rv = journal_snapshot(&j, path, name)) == 0 && j.fd != -1 && j.size > 0) {
		if ((rv = lines_open(&in, &j, name)) == 0 &&
		    (rv = csvin_line(&in, &l)) == 1 && !is_header(&l)) {
			warnx(_("%s: not a journal: --repair cuts only a journal's torn "
			    "last line"), name);
			rv = EX_DATAERR;
		}
		rv = rv == -1 ? in.status : rv == 1 ? 0 : rv;
		csvin_close(&in);
	}
	journal_close(&j);
	return rv;
}

/* Where the last line starts: after the last LF, 0 when there is none. */
static int
last_line(struct journal *j, off_t *start)
{
	char *buf = xmalloc(BLOCK), *nl = NULL;
	off_t pos = j->size, from = pos;
	int rv = 0;

	while (pos > 0 && nl == NULL) {
		from = pos > BLOCK ? pos - BLOCK : 0;
		if (pread(j->fd, buf, pos - from, from) != pos - from) {
			warn("%s", j->name);
			rv = EX_IOERR;
			break;
		}
		nl = memrchr(buf, '\n', pos - from);
		pos = from;
	}
	*start = nl == NULL ? 0 : from + (nl - buf) + 1;
	free(buf);
	return rv;
}

/* Copy the bytes from start to the end of the book to fd, then an LF. */
static int
copy_tail(struct journal *j, off_t start, int fd, const char *tname)
{
	char *buf = xmalloc(BLOCK);
	ssize_t n = 0;
	int rv = 0;

	for (off_t at = start; at < j->size && rv == 0; at += n) {
		n = j->size - at > BLOCK ? BLOCK : j->size - at;
		if (pread(j->fd, buf, n, at) != n) {
			warn("%s", j->name);
			rv = EX_IOERR;
		} else if (write(fd, buf, n) != n) {
			warn("%s", tname);
			rv = EX_IOERR;
		}
	}
	if (rv == 0 && write(fd, "\n", 1) != 1) {
		warn("%s", tname);
		rv = EX_IOERR;
	}
	free(buf);
	return rv;
}

/* Append the torn line to tpath, one line; on failure tpath is cut back as it was. */
static int
save_torn(struct journal *j, off_t start, const char *tpath, const char *tname)
{
	struct stat st;
	int fd, rv;

	if ((fd = open(tpath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640)) == -1) {
		rv = errno;
		warn("%s", tname);
		return rv == EACCES || rv == EROFS || rv == EPERM ? EX_CANTCREAT : EX_IOERR;
	}
	if (fstat(fd, &st) == -1) {
		warn("%s", tname);
		rv = EX_IOERR;
	} else if ((rv = copy_tail(j, start, fd, tname)) == 0)
		rv = sync_fd(fd, tname);
	if (rv != 0 && ftruncate(fd, st.st_size) == -1)
		warn(_("%s: cannot cut the failed write back"), tname);
	if (close(fd) == -1 && rv == 0) {
		warn("%s", tname);
		rv = EX_IOERR;
	}
	return rv;
}

/* Move the torn line from start on to path.torn, then cut it from the book. */
static int
move_torn(struct journal *j, off_t start, const char *name)
{
	char *tpath = xasprintf("%s.torn", j->path), *tname = xasprintf("%s.torn", name);
	int rv;

	if ((rv = save_torn(j, start, tpath, tname)) == 0) {
		if (ftruncate(j->fd, start) == -1) {
			/* TRANSLATORS: %s is a book; the system's reason follows. */
			warn(_("%s: cannot cut the torn line"), name);
			rv = EX_IOERR;
		} else
			rv = sync_fd(j->fd, name);
	}
	free(tpath);
	free(tname);
	return rv;
}

/*
 * SPEC 1, the torn tail: a last line without its LF is an append that was cut short.
 * Under the book's exclusive lock, append it to path.torn (one line there) and cut it
 * from the book.  A last line that ends in LF is a complete row: *moved is 0 and nothing
 * is touched.  Else *moved is the bytes moved.
 */
int
journal_repair(const char *path, const char *name, off_t *moved)
{
	struct journal j;
	struct stat st;
	off_t start;
	char last;
	int rv;

	*moved = 0;
	if (stat(path, &st) == -1) {
		rv = errno;
		warn("%s", name);
		return rv == ENOENT || rv == EACCES ? EX_NOINPUT : EX_IOERR;
	}
	memset(&j, 0, sizeof(j));
	j.name = name;
	j.path = xstrdup(path);
	j.write = 1;
	if ((rv = open_locked(&j)) == 0 && j.created) {
		errno = ENOENT;			/* it went in between */
		warn("%s", name);
		rv = EX_NOINPUT;
	} else if (rv == 0 && fstat(j.fd, &st) == -1) {
		warn("%s", name);
		rv = EX_IOERR;
	}
	if (rv == 0 && (j.size = st.st_size) > 0) {
		if (pread(j.fd, &last, 1, j.size - 1) != 1) {
			warn("%s", name);
			rv = EX_IOERR;
		} else if (last != '\n' && (rv = last_line(&j, &start)) == 0 &&
		    (rv = move_torn(&j, start, name)) == 0)
			*moved = j.size - start;
	}
	journal_close(&j);
	return rv;
}
