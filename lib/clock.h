/* clock.h: the one owner of "now", the --at forms, RFC 3339 and local calendar days. */
#ifndef CLOCK_H
#define CLOCK_H

#include <time.h>

#define CLOCK_LEN	32	/* "2026-11-22T08:31:05+08:00" and a NUL */

/* A local calendar day as a day number (days since 1970-01-01, whatever the zone). */
typedef long	day_t;

/* "Now": $FRONTDESK_NOW when set, else the clock, the same for the whole run; -1 said. */
int	 clock_now(time_t *now);
/* The --at forms: HH:MM[:SS] on the day of now, YYYY-MM-DD HH:MM[:SS], RFC 3339. */
int	 clock_parse(const char *s, time_t now, time_t *out);
/* Only the form the books write: YYYY-MM-DDTHH:MM:SS and Z or +HH:MM. */
int	 clock_parse_rfc3339(const char *s, time_t *out);
/* "YYYY-MM-DD" as a day; -1 if it is not one. */
int	 clock_parse_date(const char *s, day_t *day);
/* "YYYY-MM": its first and last day. */
int	 clock_parse_month(const char *s, day_t *first, day_t *last);
/* "HH:MM" as minutes after midnight; -1 if it is not one. */
int	 clock_parse_hhmm(const char *s, int *minute);
/* t as the books write it, "2026-11-22T08:31:05+08:00", into buf[CLOCK_LEN]. */
void	 clock_rfc3339(time_t t, char *buf);
/* t as local "HH:MM", into buf[6]. */
void	 clock_hhmm(time_t t, char *buf);
/* The local calendar day t falls on. */
day_t	 clock_day(time_t t);
/* The time a local calendar day begins. */
time_t	 clock_day_start(day_t day);
/* Minutes after midnight on the clock. */
int	 clock_minute(time_t t);
/* day as "YYYY-MM-DD", into buf[11]. */
void	 clock_ymd(day_t day, char *buf);
/* The same, or "" when there is no day (0). */
void	 clock_ymd_or_empty(day_t day, char *buf);
/* The day of a date (proleptic Gregorian, after H. Hinnant's algorithm). */
day_t	 day_from_ymd(int y, int m, int d);
/* The date of day z: year, month 1-12, day of the month. */
void	 day_to_ymd(day_t z, int *y, int *m, int *d);
int	 days_in_month(int y, int m);
day_t	 clock_month_start(day_t day);
/* Order by time, then by a rank (a seq, a line) within a second: <0, 0, >0. */
int	 clock_order(time_t a, long long ra, time_t b, long long rb);

#endif
