/* clock.h: the one owner of "now", the --at forms, RFC 3339 and local calendar days. */
#ifndef CLOCK_H
#define CLOCK_H

#include <time.h>

#define CLOCK_LEN	32	/* "2026-11-22T08:31:05+08:00" and a NUL */

/* A local calendar day as a day number (days since 1970-01-01, whatever the zone). */
typedef long	day_t;

int	 clock_now(time_t *);
int	 clock_parse(const char *, time_t, time_t *);
int	 clock_parse_rfc3339(const char *, time_t *);
int	 clock_parse_date(const char *, day_t *);
int	 clock_parse_month(const char *, day_t *, day_t *);
int	 clock_parse_hhmm(const char *, int *);
void	 clock_rfc3339(time_t, char *);
void	 clock_hhmm(time_t, char *);
day_t	 clock_day(time_t);
time_t	 clock_day_start(day_t);
int	 clock_minute(time_t);
void	 clock_ymd(day_t, char *);
day_t	 day_from_ymd(int, int, int);
void	 day_to_ymd(day_t, int *, int *, int *);
int	 days_in_month(int, int);
day_t	 clock_month_start(day_t day);
int	 clock_order(time_t, long long, time_t, long long);

#endif
