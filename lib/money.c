/* money.c: "1234.5" <-> 123450 fen, with every overflow caught. */
#include <stdio.h>
#include <string.h>

#include "money.h"

/* A non-negative decimal with at most two places: 12, 12.5, 12.50; -1 if not. */
int
money_parse(const char *s, money_t *out)
{
	money_t v = 0;
	int places = -1;

	if (*s == '\0' || *s == '.')
		return -1;
	for (; *s != '\0'; s++) {
		if (*s == '.' && places == -1 && s[1] != '\0') {
			places = 0;
			continue;
		}
		if (*s < '0' || *s > '9' || places == 2 ||
		    v > (MONEY_MAX - (*s - '0')) / 10)
			return -1;
		v = v * 10 + (*s - '0');
		if (places >= 0)
			places++;
	}
	return money_mul(v, places == -1 ? 100 : places == 1 ? 10 : 1, out);
}

void
money_format(money_t v, char *buf)
{
	snprintf(buf, MONEY_LEN, "%s%lld.%02lld", v < 0 ? "-" : "",
	    (long long)(v < 0 ? -(v / 100) : v / 100),
	    (long long)(v < 0 ? -(v % 100) : v % 100));
}

/* v as yuan for people (SPEC 7): money_format's digits with a comma every three. */
void
money_format_human(money_t v, char *buf)
{
	char plain[MONEY_LEN];

	money_format(v, plain);
	money_human(plain, buf);
}

/*
 * "-1280000.00" -> "-1,280,000.00": s as money_format writes it (a sign, digits without
 * a leading zero, a point, two digits) grouped for people; -1, buf untouched, if s is not.
 */
int
money_human(const char *s, char *buf)
{
	const char *d = s + (*s == '-');
	size_t n = strspn(d, "0123456789");
	char *p = buf;

	if (n == 0 || n > MONEY_LEN - 5 || (n > 1 && d[0] == '0') || d[n] != '.' ||
	    strspn(d + n + 1, "0123456789") != 2 || d[n + 3] != '\0')
		return -1;
	if (*s == '-')
		*p++ = '-';
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			*p++ = ',';
		*p++ = d[i];
	}
	memcpy(p, d + n, 4);		/* ".50" and its NUL */
	return 0;
}

int
money_add(money_t a, money_t b, money_t *out)
{
	return __builtin_add_overflow(a, b, out) ? -1 : 0;
}

int
money_mul(money_t a, int64_t n, money_t *out)
{
	return __builtin_mul_overflow(a, n, out) ? -1 : 0;
}

/* floor(x / PCT_WHOLE): C's division truncates a negative x towards zero. */
static money_t
floor_pct(money_t x)
{
	return x / PCT_WHOLE - (x % PCT_WHOLE < 0);
}

/*
 * pct hundredths of a per cent of a, half a fen up: floor((a * pct + 5000) / 10000),
 * exactly, or -1 when that does not fit.  With a = q * 10000 + r and pct = p * 10000 + s
 * (|r|, |s| < 10000) it is q * pct + r * p + floor((r * s + 5000) / 10000): the last two
 * always fit and have the sign of the first, so only q * pct and the sum can overflow,
 * and then so does the result.
 */
int
money_pct(money_t a, int64_t pct, money_t *out)
{
	money_t q = a / PCT_WHOLE, r = a % PCT_WHOLE, p = pct / PCT_WHOLE,
	    s = pct % PCT_WHOLE;

	if (money_mul(q, pct, &q) == -1)
		return -1;
	return money_add(q, r * p + floor_pct(r * s + PCT_WHOLE / 2), out);
}
