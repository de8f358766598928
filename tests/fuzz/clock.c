/*
 * The --at time parser: clock_parse (HH:MM[:SS], YYYY-MM-DD HH:MM[:SS], RFC 3339),
 * clock_parse_rfc3339, clock_parse_date, clock_parse_month and clock_parse_hhmm, in the
 * zone $FUZZ_TZ names, America/New_York (DST) unless set: one zone a process, as in the
 * tools (clock.c's cache of days is for one zone).  Invariants: only the documented
 * forms are taken (a reference grammar), and with the right ranges and no DST gap they
 * are; every time taken is written back by clock_rfc3339 as a line the books can read,
 * to the same second; a local wall time comes back as typed; days and months round-trip
 * through clock_ymd; the local day and minute of a time agree with what is written.
 */
#include "fuzz.h"

#include "clock.h"

static int utc;		/* the zone has no DST and no offset */

/* Nows for the HH:MM form: an ordinary day, and the two DST changes of New York. */
static const struct tm now_tm[] = {
	{ .tm_year = 126, .tm_mon = 10, .tm_mday = 2, .tm_hour = 1 },
	{ .tm_year = 126, .tm_mon = 2, .tm_mday = 8, .tm_hour = 12 },
	{ .tm_year = 126, .tm_mon = 10, .tm_mday = 1, .tm_hour = 12 },
};

static int
dig(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int
num(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* HH:MM or HH:MM:SS at s: its length, or 0 */
static size_t
hms_len(const char *s)
{
	if (!dig(s, 2) || s[2] != ':' || !dig(s + 3, 2))
		return 0;
	return s[5] == ':' && dig(s + 6, 2) ? 8 : 5;
}

static int
hms_ok(const char *s, size_t len)
{
	return num(s, 2) <= 23 && num(s + 3, 2) <= 59 && (len == 5 || num(s + 6, 2) <= 59);
}

static int
leap(int y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

static int
ymd_ok(int y, int m, int d)
{
	static const int md[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return y >= 1970 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
	    d <= md[m - 1] + (m == 2 && leap(y));
}

enum form { F_NONE, F_HMS, F_LOCAL, F_OFFSET };

/* Which --at form s is written in, by the grammar alone (ranges not checked). */
static enum form
form_of(const char *s, size_t *hms, const char **zone)
{
	const char *p;

	if ((*hms = hms_len(s)) != 0 && s[*hms] == '\0')
		return F_HMS;
	if (!dig(s, 4) || s[4] != '-' || !dig(s + 5, 2) || s[7] != '-' || !dig(s + 8, 2) ||
	    (s[10] != ' ' && s[10] != 'T' && s[10] != 't') || (*hms = hms_len(s + 11)) == 0)
		return F_NONE;
	p = *zone = s + 11 + *hms;
	if (*p == '\0')
		return F_LOCAL;
	if (strcmp(p, "Z") == 0 || strcmp(p, "z") == 0)
		return F_OFFSET;
	if (*p != '+' && *p != '-')
		return F_NONE;
	p++;
	if ((strlen(p) == 5 && dig(p, 2) && p[2] == ':' && dig(p + 3, 2)) ||
	    (strlen(p) == 4 && dig(p, 4)))
		return F_OFFSET;
	return F_NONE;
}

/* Every range of a form is right (a local time may still fall in a DST gap). */
static int
ranges_ok(const char *s, enum form f, size_t hms, const char *zone)
{
	if (f == F_HMS)
		return hms_ok(s, hms);
	if (!ymd_ok(num(s, 4), num(s + 5, 2), num(s + 8, 2)) || !hms_ok(s + 11, hms))
		return 0;
	if (f == F_OFFSET && (zone[0] == '+' || zone[0] == '-'))
		return num(zone + 1, 2) <= 23 &&
		    num(zone + (zone[3] == ':' ? 4 : 3), 2) <= 59;
	return 1;
}

/* What the books write of t must read back as t, and agree with clock_day/minute. */
static void
round_trip(time_t t)
{
	char buf[CLOCK_LEN], ymd[11], hhmm[6];
	time_t t2;

	clock_rfc3339(t, buf);
	FUZZ_ASSERT(strlen(buf) == 25);
	FUZZ_ASSERT(clock_parse_rfc3339(buf, &t2) == 0 && t2 == t);
	FUZZ_ASSERT(clock_parse(buf, 0, &t2) == 0 && t2 == t);
	clock_ymd(clock_day(t), ymd);
	FUZZ_ASSERT(memcmp(buf, ymd, 10) == 0);
	FUZZ_ASSERT(clock_minute(t) == num(buf + 11, 2) * 60 + num(buf + 14, 2));
	clock_hhmm(t, hhmm);
	FUZZ_ASSERT(memcmp(buf + 11, hhmm, 5) == 0);
	FUZZ_ASSERT(clock_day_start(clock_day(t)) <= t);
	FUZZ_ASSERT(clock_day_start(clock_day(t) + 1) > t);
}

static void
parse(const char *s)
{
	const char *zone = NULL;
	size_t hms;
	enum form f = form_of(s, &hms, &zone);
	char buf[CLOCK_LEN], ymd[11];
	time_t now, t, t2;
	int ok;

	for (size_t i = 0; i < sizeof(now_tm) / sizeof(now_tm[0]); i++) {
		struct tm tm = now_tm[i];

		now = timegm(&tm);
		ok = clock_parse(s, now, &t) == 0;
		FUZZ_ASSERT(!ok || f != F_NONE);
		FUZZ_ASSERT(!ok || ranges_ok(s, f, hms, zone));
		if (f == F_OFFSET || utc) {
			/* no DST gap: right ranges are taken, unless out of 1970-9999 */
			if (f != F_NONE && ranges_ok(s, f, hms, zone) && !ok) {
				FUZZ_ASSERT(f == F_OFFSET);
				FUZZ_ASSERT(num(s, 4) == 1970 || num(s, 4) == 9999);
			}
		}
		if (!ok)
			continue;
		round_trip(t);
		clock_rfc3339(t, buf);
		if (f == F_LOCAL || f == F_HMS) {	/* the wall time as typed */
			const char *hm = f == F_HMS ? s : s + 11;

			FUZZ_ASSERT(memcmp(buf + 11, hm, 5) == 0);
			FUZZ_ASSERT(memcmp(buf + 17, hms == 8 ? hm + 6 : "00", 2) == 0);
		}
		if (f == F_LOCAL)
			FUZZ_ASSERT(memcmp(buf, s, 10) == 0);
		if (f == F_HMS) {
			clock_ymd(clock_day(now), ymd);
			FUZZ_ASSERT(memcmp(buf, ymd, 10) == 0);
		}
		if (f != F_HMS)		/* now only matters to HH:MM */
			break;
	}
	if (clock_parse_rfc3339(s, &t) == 0)
		FUZZ_ASSERT(f == F_OFFSET && clock_parse(s, 0, &t2) == 0 && t2 == t);
}

static void
dates(const char *s)
{
	day_t day, first, last;
	char ymd[11];
	int y, m, d, minute;

	if (clock_parse_date(s, &day) == 0) {
		FUZZ_ASSERT(strlen(s) == 10);
		clock_ymd(day, ymd);
		FUZZ_ASSERT(strcmp(ymd, s) == 0);
		FUZZ_ASSERT(clock_day(clock_day_start(day)) == day);
		FUZZ_ASSERT(clock_day(clock_day_start(day + 1) - 1) == day);
		day_to_ymd(day, &y, &m, &d);
		FUZZ_ASSERT(day_from_ymd(y, m, d) == day);
	} else if (strlen(s) == 10 && dig(s, 4) && s[4] == '-' && dig(s + 5, 2) &&
	    s[7] == '-' && dig(s + 8, 2))
		FUZZ_ASSERT(!ymd_ok(num(s, 4), num(s + 5, 2), num(s + 8, 2)));
	if (clock_parse_month(s, &first, &last) == 0) {
		FUZZ_ASSERT(strlen(s) == 7);
		FUZZ_ASSERT(last - first + 1 >= 28 && last - first + 1 <= 31);
		clock_ymd(first, ymd);
		FUZZ_ASSERT(memcmp(ymd, s, 7) == 0 && strcmp(ymd + 7, "-01") == 0);
		clock_ymd(last, ymd);
		FUZZ_ASSERT(memcmp(ymd, s, 7) == 0);
		day_to_ymd(last + 1, &y, &m, &d);
		FUZZ_ASSERT(d == 1);
	} else if (strlen(s) == 7 && dig(s, 4) && s[4] == '-' && dig(s + 5, 2))
		FUZZ_ASSERT(!ymd_ok(num(s, 4), num(s + 5, 2), 1));
	if (clock_parse_hhmm(s, &minute) == 0) {
		snprintf(ymd, sizeof(ymd), "%02d:%02d", minute / 60, minute % 60);
		FUZZ_ASSERT(minute >= 0 && minute < 24 * 60 && strcmp(ymd, s) == 0);
	} else if (strlen(s) == 5 && hms_len(s) == 5)
		FUZZ_ASSERT(!hms_ok(s, 5));
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *tz = getenv("FUZZ_TZ");

	(void)argc;
	(void)argv;
	unsetenv("FRONTDESK_NOW");
	fuzz_zone(tz != NULL && *tz != '\0' ? tz : "America/New_York");
	utc = strcmp(getenv("TZ"), "UTC") == 0;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	char *s = fuzz_string(data, n);

	parse(s);
	dates(s);
	free(s);
	return 0;
}
