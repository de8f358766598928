/* money.h: amounts as int64 fen (and percentages as hundredths), never double. */
#ifndef MONEY_H
#define MONEY_H

#include <stdint.h>

typedef int64_t	money_t;

#define MONEY_MAX	INT64_MAX
#define MONEY_LEN	24
#define MONEY_HLEN	32		/* money_format_human: a comma every three digits */
#define PCT_WHOLE	10000		/* 100.00 %, in hundredths */

/* A non-negative decimal with at most two places: 12, 12.5, 12.50; -1 if not. */
int	money_parse(const char *s, money_t *out);
/* v as yuan with two places, "12.50", into buf[MONEY_LEN]. */
void	money_format(money_t v, char *buf);
/* v as yuan for people (SPEC 7), grouped: "1,280,000.00", into buf[MONEY_HLEN]. */
void	money_format_human(money_t v, char *buf);
/* s as money_format writes it ("-1280000.00") grouped into buf[MONEY_HLEN]; -1 if not. */
int	money_human(const char *s, char *buf);
/* a + b; -1 on overflow. */
int	money_add(money_t a, money_t b, money_t *out);
/* a * n; -1 on overflow. */
int	money_mul(money_t a, int64_t n, money_t *out);
/* pct hundredths of a per cent of a, half a fen up; -1 when that does not fit. */
int	money_pct(money_t a, int64_t pct, money_t *out);

#endif
