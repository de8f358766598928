/*
 * void.c: the one --void of every tool.  Nothing is ever edited or deleted (seed 000: the
 * register 不得涂改和销毁): a correction is a new row of kind void whose ref is the seq it
 * cancels.  A void is final; a row that a later live row refers to is voided after it.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "manager.h"
#include "phone.h"
#include "void.h"

/* The kept column is a customer's phone (visits, floor, agreements): said masked. */
static int
keeps_phone(const struct jdef *def, const char *v)
{
	const char *col = def->cols[def->keep];

	if (strlen(v) >= PHONE_LEN)
		return 0;	/* no phone: phone_mask would not hold it */
	return def->keep == def->key[0] || strcmp(col, "phone") == 0 ||
	    strcmp(col, "customer") == 0;
}

/*
 * The row in words, as the sentence of a void prints it (SPEC 2; phones masked): its
 * agent, kind and key as the book writes them, then when, and its amount, in one format.
 */
static void
void_words(const struct desk *d, const struct jdef *def, char *const *f, time_t t,
    struct str *s)
{
	const struct agent *a = def->agent ? roster_code(&d->roster, f[def->agent]) : NULL;
	char ymd[11], hhmm[6], masked[PHONE_LEN];
	struct str row = { 0 };

	if (def->agent)
		str_addf(&row, "%s%s%s ", f[def->agent], a ? " " : "", a ? a->name : "");
	str_adds(&row, journal_word(def, f[def->kind]));
	if (def->keep && f[def->keep][0] != '\0') {
		if (keeps_phone(def, f[def->keep]))
			phone_mask(f[def->keep], masked);
		str_addf(&row, " %s", keeps_phone(def, f[def->keep]) ? masked : f[def->keep]);
	}
	clock_ymd(clock_day(t), ymd);
	clock_hhmm(t, hhmm);
	if (def->money)
		/* TRANSLATORS: a voided row in words: %1$s its agent, kind and key as the
		   book writes them ("D1001 sale 138****5678"), %2$s its day (2026-11-16),
		   %3$s its time (08:41), %4$s its amount (1280000.00). */
		str_addf(s, _("%s on %s at %s, %s yuan"), row.s, ymd, hhmm, f[def->money]);
	else
		/* TRANSLATORS: a voided row in words: %1$s its agent, kind and key as the
		   book writes them ("A03 张敏 out", "visit 138****5678"), %2$s its day
		   (2026-11-16), %3$s its time (08:41). */
		str_addf(s, _("%s on %s at %s"), row.s, ymd, hhmm);
	free(row.s);
}

/* The void row of row seq, whose fields are f: now, its agent and key, the note. */
int
void_append(struct journal *j, const struct desk *d, char *const *f, long long seq,
    const char *note)
{
	const struct jdef *def = j->def;
	const char *row[32] = { 0 };
	char now[CLOCK_LEN], ref[24];

	clock_rfc3339(d->now, now);
	snprintf(ref, sizeof(ref), "%lld", seq);
	row[J_TIME] = now;
	if (def->agent)
		row[def->agent] = f[def->agent];
	if (def->keep)
		row[def->keep] = f[def->keep];
	row[def->kind] = "void";
	row[def->note] = note;
	row[def->ncols - 3] = ref;
	return journal_append(j, row);
}

/* What refuses a void: no such row, a void is final, a later row refers to it. */
static int
refused(const struct journal *j, const struct jtarget *t)
{
	if (!t->found) {
		/* TRANSLATORS: %1$s is a book ("visits.csv"), %2$lld the seq given. */
		warnx(_("%s has no row %lld"), j->def->file, t->seq);
		return EX_DATAERR;
	}
	if (t->voided) {
		/* TRANSLATORS: %lld is the row given to --void. */
		warnx(_("refused: row %lld is voided already: a void is final (record it "
		    "again instead)"), t->seq);
		return EX_REFUSED;
	}
	if (t->is_void) {
		/* TRANSLATORS: %lld is the row given to --void, itself a void row. */
		warnx(_("refused: row %lld is a void: a void is final (record it again "
		    "instead)"), t->seq);
		return EX_REFUSED;
	}
	if (t->referred) {
		/* TRANSLATORS: %1$lld is a later row that refers to row %2$lld, the one
		   to void; %3$lld is %1$lld again. */
		warnx(_("refused: row %lld refers to row %lld: void row %lld first"),
		    t->referred, t->seq, t->referred);
		return EX_REFUSED;
	}
	return 0;
}

static int
void_locked(const struct desk *d, const struct void_ask *v, struct journal *j,
    struct jtarget *t)
{
	struct str words = { 0 }, more = { 0 };
	int rv;

	if ((rv = journal_target(j, v->seq, t)) != 0 || (rv = refused(j, t)) != 0 ||
	    (v->rests && (rv = v->rests(d, j, t, v->arg)) != 0))
		return rv;
	void_words(d, j->def, t->f, t->time, &words);
	if ((rv = void_append(j, d, t->f, t->seq, v->note)) == 0 &&
	    (v->also == NULL || (rv = v->also(d, t, &more, v->arg)) == 0)) {
		/* TRANSLATORS: the sentence of every --void: %1$lld is the row voided,
		   %2$s its book ("visits.csv"), %3$s the row in words ("A03 张敏 out on
		   2026-11-16 at 10:02"), %4$s what else went with it, "" or " and its 2
		   commission rows", %5$s the --note typed.  The void row's own " (row 42)"
		   follows. */
		printf(_("voided row %lld of %s (%s)%s: %s"), t->seq, j->def->file, words.s,
		    more.s != NULL ? more.s : "", v->note);
		journal_say_row(j->seq);	/* SPEC 2: the void row's own */
	}
	free(words.s);
	free(more.s);
	return rv;
}

/* --void SEQ --note WHY: the row, checked, cancelled, and said in words. */
int
void_row(const struct desk *d, const struct void_ask *v)
{
	struct jtarget t = { 0 };
	struct journal j;
	int rv;

	if ((rv = manager_check(d, "--void")) != 0 ||	/* SPEC 2: a manager's action */
	    (rv = journal_check_field("--note", v->note)) != 0)
		return rv;
	if ((rv = journal_open(&j, d->dir, v->book, 1)) == 0 &&
	    (rv = void_locked(d, v, &j, &t)) != 0)
		journal_rollback(&j);
	jtarget_free(&t);
	journal_close(&j);
	return rv;
}
