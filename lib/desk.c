/*
 * desk.c: find the data directory (-d, $FRONTDESK_DATA, ./data) and read what the
 * manager keeps there: agents.csv, referrers.csv, rules.csv, calendar.csv.  Also reads the
 * clock once.
 */
#include <err.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csvin.h"
#include "desk.h"
#include "journal.h"
#include "phone.h"
#include "util.h"

/* The data directory: opt (-d), else $FRONTDESK_DATA, else ./data; 0, or 66 said. */
int
desk_dir(const char *opt, char **out)
{
	const char *dir = opt, *env = getenv("FRONTDESK_DATA");
	struct stat st;

	if (dir == NULL && env != NULL && *env != '\0')
		dir = env;
	if (dir == NULL && stat("data", &st) == 0 && S_ISDIR(st.st_mode))
		dir = "data";
	if (dir == NULL) {
		warnx("%s", _("no data directory: give -d DIR, set FRONTDESK_DATA, or run "
		    "where ./data is"));
		return EX_NOINPUT;
	}
	if (stat(dir, &st) == -1 || !S_ISDIR(st.st_mode)) {
		/* TRANSLATORS: %s is the directory given (-d or FRONTDESK_DATA). */
		warnx(_("%s: no such data directory"), dir);
		return EX_NOINPUT;
	}
	*out = xstrdup(dir);
	return 0;
}

static int
day_cmp(const void *a, const void *b)
{
	day_t x = *(const day_t *)a, y = *(const day_t *)b;

	return (x > y) - (x < y);
}

static int
read_calendar(struct desk *d, struct csvin *in)
{
	static const char *const cols[] = { "date", "status" };
	day_t day;
	int rv;

	if ((rv = csvin_header(in, cols, 2, 2)) <= 0)
		return rv;
	while ((rv = csvin_next(in)) == 1) {
		if (clock_parse_date(in->field[0], &day) == -1)
			/* TRANSLATORS: calendar.csv: the date column as the row holds it. */
			return csvin_fail(in, _("'%s' is not a date YYYY-MM-DD"),
			    in->field[0]);
		if (strcmp(in->field[1], "open") == 0)
			continue;
		if (strcmp(in->field[1], "closed") != 0)
			/* TRANSLATORS: calendar.csv: status is its column, closed and open
			   its values; %s is the value the row holds. */
			return csvin_fail(in, _("status is closed or open, not '%s'"),
			    in->field[1]);
		if (desk_closed(d, day))
			/* TRANSLATORS: calendar.csv: a date, 2026-10-01. */
			return csvin_fail(in, _("%s is listed twice"), in->field[0]);
		d->closed = xreallocarray(d->closed, d->nclosed + 1, sizeof(*d->closed));
		d->closed[d->nclosed++] = day;
		qsort(d->closed, d->nclosed, sizeof(*d->closed), day_cmp);
	}
	return rv;
}

static int
load_calendar(struct desk *d)
{
	char *path = xasprintf("%s/calendar.csv", d->dir);
	struct csvin in;
	int rv;

	if (csvin_open(&in, path, "calendar.csv", CSVIN_OPTIONAL) == 0)
		read_calendar(d, &in);
	rv = in.status;
	csvin_close(&in);
	free(path);
	return rv;
}

int
desk_open(struct desk *d, const char *dir)
{
	int rv;

	memset(d, 0, sizeof(*d));
	if (clock_now(&d->now) == -1)
		return EX_DATAERR;
	if ((rv = desk_dir(dir, &d->dir)) != 0 ||
	    (rv = roster_load(&d->roster, d->dir)) != 0 ||
	    (rv = referrers_load(&d->referrers, d->dir, &d->roster)) != 0 ||
	    (rv = rules_load(&d->rules, d->dir)) != 0 || (rv = load_calendar(d)) != 0) {
		desk_close(d);
		return rv;
	}
	phone_plan_set(d->rules.phone_plan);	/* every phone read follows rules.csv's */
	journal_by_login(d->rules.managers != NULL);	/* SPEC 2: by is who really is */
	return 0;
}

int
desk_closed(const struct desk *d, day_t day)
{
	return d->nclosed &&
	    bsearch(&day, d->closed, d->nclosed, sizeof(day), day_cmp) != NULL;
}

void
desk_close(struct desk *d)
{
	roster_free(&d->roster);
	referrers_free(&d->referrers);
	rules_free(&d->rules);
	free(d->closed);
	free(d->dir);
	memset(d, 0, sizeof(*d));
}
