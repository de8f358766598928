/*
 * clock.c: "now" comes from FRONTDESK_NOW when set (tests and replays), else the system
 * clock.  Times are read in the forms of --at (HH:MM, YYYY-MM-DD HH:MM[:SS], RFC 3339)
 * and written as RFC 3339 with the local offset.  Days are local calendar days.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "util.h"

int
days_in_month(int y, int m)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return mdays[m - 1];
}

/* Days from civil (proleptic Gregorian), after H. Hinnant's algorithm. */
day_t
day_from_ymd(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
day_to_ymd(day_t z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

static int
valid_ymd(int y, int m, int d)
{
	return y >= 1970 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
	    d <= days_in_month(y, m);
}

static int
valid_hms(int h, int mi, int s)
{
	return h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59;
}

/* Local wall-clock time to time_t; -1 when that wall time does not exist (a DST gap). */
static int
local_time(int y, int m, int d, int h, int mi, int s, time_t *out)
{
	struct tm tm = { .tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d,
	    .tm_hour = h, .tm_min = mi, .tm_sec = s, .tm_isdst = -1 };

	*out = mktime(&tm);
	return tm.tm_hour == h && tm.tm_min == mi && tm.tm_mday == d ? 0 : -1;
}

static int
digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/*
 * "Z", "+08:00" or "+0800", two digits each: the seconds east of UTC, or -1 on anything
 * else ("+8:00", "+-4:00" and "+ 8:00" too, which sscanf's %2d would take).
 */
static int
parse_offset(const char *s, long *off)
{
	const char *mm;
	int h, m;

	if (strcmp(s, "Z") == 0 || strcmp(s, "z") == 0) {
		*off = 0;
		return 0;
	}
	if ((*s != '+' && *s != '-') || !digits(s + 1, 2))
		return -1;
	mm = s + 3 + (s[3] == ':');
	if (!digits(mm, 2) || mm[2] != '\0')
		return -1;
	h = (s[1] - '0') * 10 + (s[2] - '0'), m = (mm[0] - '0') * 10 + (mm[1] - '0');
	if (h > 23 || m > 59)
		return -1;
	*off = (h * 3600L + m * 60L) * (*s == '-' ? -1 : 1);
	return 0;
}

int
clock_parse_hhmm(const char *s, int *minute)
{
	if (strlen(s) != 5 || !digits(s, 2) || s[2] != ':' || !digits(s + 3, 2))
		return -1;
	*minute = atoi(s) * 60 + atoi(s + 3);
	return atoi(s) <= 23 && atoi(s + 3) <= 59 ? 0 : -1;
}

/* The number n digits make (digits() said they are). */
static int
number(const char *s, int n)
{
	int v = 0;

	while (n-- > 0)
		v = v * 10 + (*s++ - '0');
	return v;
}

/* HH:MM[:SS] after position p of s; returns the length read or -1. */
static int
parse_hms(const char *s, int *h, int *mi, int *sec)
{
	if (!digits(s, 2) || s[2] != ':' || !digits(s + 3, 2))
		return -1;
	*h = number(s, 2), *mi = number(s + 3, 2), *sec = 0;
	if (s[5] == ':' && digits(s + 6, 2)) {
		*sec = number(s + 6, 2);
		return valid_hms(*h, *mi, *sec) ? 8 : -1;
	}
	return valid_hms(*h, *mi, *sec) ? 5 : -1;
}

static int
parse_ymd(const char *s, int *y, int *m, int *d)
{
	if (!digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) || s[7] != '-' ||
	    !digits(s + 8, 2))
		return -1;
	*y = number(s, 4), *m = number(s + 5, 2), *d = number(s + 8, 2);
	return valid_ymd(*y, *m, *d) ? 0 : -1;
}

/*
 * t falls in the local years 1970 to 9999, the years the books can read back.  The
 * bounds are found once: every row's times pass here, and glibc's localtime_r reparses
 * the zone's rule for each date past the zone file's last change.
 */
static int
in_years(time_t t)
{
	static time_t lo, hi;
	static int known;

	if (!known) {
		local_time(1970, 1, 1, 0, 0, 0, &lo);
		local_time(9999, 12, 31, 23, 59, 59, &hi);
		known = 1;
	}
	return t >= lo && t <= hi;
}

/*
 * The --at forms: HH:MM[:SS] (on the day of now), YYYY-MM-DD HH:MM[:SS] (local),
 * YYYY-MM-DDTHH:MM[:SS] with an optional offset (RFC 3339).
 */
int
clock_parse(const char *s, time_t now, time_t *out)
{
	int y, m, d, h, mi, sec, n;
	long off;
	struct tm tm;

	if ((n = parse_hms(s, &h, &mi, &sec)) > 0 && s[n] == '\0') {
		localtime_r(&now, &tm);
		return local_time(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, h, mi,
		    sec, out);
	}
	if (parse_ymd(s, &y, &m, &d) == -1 || (s[10] != ' ' && s[10] != 'T' &&
	    s[10] != 't') || (n = parse_hms(s + 11, &h, &mi, &sec)) == -1)
		return -1;
	if (s[11 + n] == '\0')
		return local_time(y, m, d, h, mi, sec, out);
	if (parse_offset(s + 11 + n, &off) == -1)
		return -1;
	*out = day_from_ymd(y, m, d) * 86400 + h * 3600L + mi * 60L + sec - off;
	/* the offset may carry it out of the years the books can read back: refused */
	return in_years(*out) ? 0 : -1;
}

/* Only the form the books write: YYYY-MM-DDTHH:MM:SS and Z or an offset +HH:MM. */
int
clock_parse_rfc3339(const char *s, time_t *out)
{
	size_t n = strlen(s);

	if (!((n == 20 && s[19] == 'Z') || (n == 25 && s[22] == ':')) || s[10] != 'T' ||
	    s[16] != ':')
		return -1;
	return clock_parse(s, 0, out);
}

int
clock_parse_date(const char *s, day_t *day)
{
	int y, m, d;

	if (strlen(s) != 10 || parse_ymd(s, &y, &m, &d) == -1)
		return -1;
	*day = day_from_ymd(y, m, d);
	return 0;
}

/* "YYYY-MM": its first and last day. */
int
clock_parse_month(const char *s, day_t *first, day_t *last)
{
	int y, m;

	if (strlen(s) != 7 || !digits(s, 4) || s[4] != '-' || !digits(s + 5, 2))
		return -1;
	y = atoi(s), m = atoi(s + 5);
	if (!valid_ymd(y, m, 1))
		return -1;
	*first = day_from_ymd(y, m, 1);
	*last = *first + days_in_month(y, m) - 1;
	return 0;
}

int
clock_now(time_t *now)
{
	static time_t cached = -1;
	const char *env = getenv("FRONTDESK_NOW");

	if (cached != -1) {
		*now = cached;
		return 0;
	}
	cached = time(NULL);
	if (env != NULL && *env != '\0' && clock_parse(env, cached, &cached) == -1) {
		cached = -1;
		/* TRANSLATORS: FRONTDESK_NOW is an environment variable; %s is its value. */
		warnx(_("FRONTDESK_NOW: '%s' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS] "
		    "or RFC 3339)"), env);
		return -1;
	}
	*now = cached;
	return 0;
}

void
clock_rfc3339(time_t t, char *buf)
{
	struct tm tm;
	long off;
	size_t n;

	localtime_r(&t, &tm);
	off = labs(tm.tm_gmtoff) / 60;
	n = strftime(buf, CLOCK_LEN, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(buf + n, CLOCK_LEN - n, "%c%02d:%02d", tm.tm_gmtoff < 0 ? '-' : '+',
	    (int)(off / 60 % 24), (int)(off % 60));
}

void
clock_hhmm(time_t t, char *buf)
{
	struct tm tm;

	localtime_r(&t, &tm);
	strftime(buf, 6, "%H:%M", &tm);
}

/*
 * The local days met lately, each by its first second and the next day's: mktime and
 * localtime_r read the zone each time, and the replays ask for the day of every row,
 * and the start of every day, many times.  SEEN days: more than the reach of a reader.
 */
#define SEEN	512

static struct seen {
	time_t	 start, end;
	day_t	 day;
} seen[SEEN];

/* The first second of a local day (mktime moves a midnight lost to DST forward). */
static time_t
day_start(day_t day)
{
	int y, m, d;
	struct tm tm = { .tm_isdst = -1 };

	day_to_ymd(day, &y, &m, &d);
	tm.tm_year = y - 1900, tm.tm_mon = m - 1, tm.tm_mday = d;
	return mktime(&tm);
}

static const struct seen *
seen_day(day_t day)
{
	struct seen *s = &seen[(unsigned long long)day % SEEN];

	if (s->day != day || s->end <= s->start)
		*s = (struct seen){ day_start(day), day_start(day + 1), day };
	return s;
}

time_t
clock_day_start(day_t day)
{
	return seen_day(day)->start;
}

static const struct seen *
day_of(time_t t)
{
	long long utc = (long long)t / 86400;	/* the local day is this one or a neighbour */
	const struct seen *s;
	struct tm tm;

	for (long long d = utc - 1; d <= utc + 1; d++) {
		s = &seen[(unsigned long long)d % SEEN];
		if (s->day == d && s->end > s->start && t >= s->start && t < s->end)
			return s;
	}
	localtime_r(&t, &tm);
	return seen_day(day_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday));
}

day_t
clock_day(time_t t)
{
	return day_of(t)->day;
}

/* Minutes after midnight on the clock; a day of 24 hours needs no zone lookup. */
int
clock_minute(time_t t)
{
	const struct seen *s = day_of(t);
	struct tm tm;

	if (s->end - s->start == 86400 && s->start % 60 == 0)
		return (t - s->start) / 60;
	localtime_r(&t, &tm);
	return tm.tm_hour * 60 + tm.tm_min;
}

void
clock_ymd(day_t day, char *buf)
{
	int y, m, d;

	day_to_ymd(day, &y, &m, &d);
	snprintf(buf, 11, "%04d-%02d-%02d", y, m, d);
}

void
clock_ymd_or_empty(day_t day, char *buf)
{
	*buf = '\0';
	if (day)
		clock_ymd(day, buf);
}

/* Order by time, then by a rank (a seq, a line) for events of the same second. */
int
clock_order(time_t a, long long ra, time_t b, long long rb)
{
	if (a != b)
		return a < b ? -1 : 1;
	return (ra > rb) - (ra < rb);
}

/* The first day of the month of day. */
day_t
clock_month_start(day_t day)
{
	int y, m, d;

	day_to_ymd(day, &y, &m, &d);
	return day - d + 1;
}
