/* money.h: amounts as int64 fen (and percentages as hundredths), never double. */
#ifndef MONEY_H
#define MONEY_H

#include <stdint.h>

typedef int64_t	money_t;

#define MONEY_MAX	INT64_MAX
#define MONEY_LEN	24
#define PCT_WHOLE	10000		/* 100.00 %, in hundredths */

int	money_parse(const char *, money_t *);
void	money_format(money_t, char *);
int	money_add(money_t, money_t, money_t *);
int	money_mul(money_t, int64_t, money_t *);
int	money_pct(money_t, int64_t, money_t *);

#endif
