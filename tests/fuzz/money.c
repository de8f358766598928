/*
 * Money: money_parse against a reference reading of the grammar (digits, then at most
 * two decimals after a point) in 128-bit arithmetic; format(parse(x)) re-parses to the
 * same value and formats the same; every money_format of any int64 reads back; and
 * money_add, money_mul and money_pct either give the exact 128-bit result (money_pct:
 * rounded half a fen up) or say -1 because it does not fit: never a silent overflow.
 * money_human (SPEC 7, the views for people) takes exactly what money_format writes,
 * and gives it back with a comma before every three digits of the yuan, nothing else.
 * The operands are the input's comma-separated amounts, its bytes as int64s, and edges.
 */
#include "fuzz.h"

#include "money.h"

__extension__ typedef __int128 i128;

#define MAXV	16

/* The grammar of money_parse in 128 bits: 1 and the value in fen, or 0. */
static int
ref_parse(const char *s, i128 *out)
{
	i128 v = 0;
	size_t i = 0, places = 0;

	while (s[i] >= '0' && s[i] <= '9') {
		if (v < ((i128)1 << 100))
			v = v * 10 + (s[i] - '0');
		i++;
	}
	if (i == 0)
		return 0;
	if (s[i] == '.') {
		i++;
		while (s[i] >= '0' && s[i] <= '9' && places < 3)
			v = v * 10 + (s[i++] - '0'), places++;
		if (places == 0 || places > 2)
			return 0;
	}
	if (s[i] != '\0')
		return 0;
	for (; places < 2; places++)
		v *= 10;
	*out = v;
	return 1;
}

static int
fits(i128 v)
{
	return v >= INT64_MIN && v <= INT64_MAX;
}

/* floor(x / d) for d > 0 */
static i128
floor_div(i128 x, i128 d)
{
	i128 q = x / d;

	return x % d != 0 && x < 0 ? q - 1 : q;
}

static void
check_parse(const char *s)
{
	char buf[MONEY_LEN], buf2[MONEY_LEN];
	money_t v, v2;
	i128 r;
	int ok = money_parse(s, &v) == 0, rok = ref_parse(s, &r) && r <= INT64_MAX;

	FUZZ_ASSERT(ok == rok);
	if (!ok)
		return;
	FUZZ_ASSERT(v == r && v >= 0);
	money_format(v, buf);
	FUZZ_ASSERT(money_parse(buf, &v2) == 0 && v2 == v);
	money_format(v2, buf2);
	FUZZ_ASSERT(strcmp(buf, buf2) == 0);
}

/*
 * s without its commas into out; 0 unless the commas are where grouping puts them: before
 * each three digits of the yuan, so 4k places before the point (",280,000.").
 */
static int
uncomma(const char *s, char *out)
{
	const char *p = strchr(s, '.'), *start = s;

	for (; *s != '\0'; s++)
		if (*s != ',')
			*out++ = *s;
		else if (p == NULL || p < s || (p - s) % 4 != 0 || s == start || s[-1] == '-' ||
		    s[1] == ',')
			return 0;
	*out = '\0';
	return 1;
}

/* money_human: s as money_format writes it, grouped; anything else refused untouched. */
static void
check_human(const char *s)
{
	char buf[MONEY_HLEN], plain[MONEY_HLEN], fmt[MONEY_LEN];
	money_t v;
	int ok;

	memcpy(buf, "untouched", 10);
	ok = money_human(s, buf) == 0;
	if (!ok) {
		FUZZ_ASSERT(strcmp(buf, "untouched") == 0);
		/* what money_format writes is always taken */
		if (money_parse(s, &v) == 0) {
			money_format(v, fmt);
			FUZZ_ASSERT(strcmp(fmt, s) != 0);
		}
		return;
	}
	FUZZ_ASSERT(strlen(buf) < MONEY_HLEN && uncomma(buf, plain) && strcmp(plain, s) == 0);
	FUZZ_ASSERT(strchr(buf, ',') == NULL || strchr(buf, ',') - buf - (buf[0] == '-') <= 3);
}

/* Any int64 formats as -?D+.DD and reads back (the sign aside) when it fits. */
static void
check_format(money_t v)
{
	char buf[MONEY_LEN], human[MONEY_HLEN], grouped[MONEY_HLEN];
	const char *p;
	size_t n;
	money_t back;
	i128 want = v < 0 ? -(i128)v : v;

	money_format(v, buf);
	check_human(buf);
	money_format_human(v, human);
	FUZZ_ASSERT(money_human(buf, grouped) == 0 && strcmp(human, grouped) == 0);
	n = strlen(buf);
	FUZZ_ASSERT(n + 1 < MONEY_LEN);
	p = buf + (v < 0);
	FUZZ_ASSERT(n >= 4 && buf[n - 3] == '.' && (v < 0) == (buf[0] == '-'));
	FUZZ_ASSERT(strspn(p, "0123456789") == (size_t)(buf + n - 3 - p));
	if (want <= INT64_MAX)
		FUZZ_ASSERT(money_parse(p, &back) == 0 && back == want);
	else
		FUZZ_ASSERT(money_parse(p, &back) == -1);
}

static void
check_ops(money_t a, money_t b)
{
	money_t out;
	i128 x;
	int rv;

	x = (i128)a + b;
	rv = money_add(a, b, &out);
	FUZZ_ASSERT(fits(x) ? rv == 0 && out == x : rv == -1);
	x = (i128)a * b;
	rv = money_mul(a, b, &out);
	FUZZ_ASSERT(fits(x) ? rv == 0 && out == x : rv == -1);
	x = floor_div((i128)a * b + PCT_WHOLE / 2, PCT_WHOLE);
	rv = money_pct(a, b, &out);
	FUZZ_ASSERT(fits(x) ? rv == 0 && out == x : rv == -1);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const money_t edge[] = { 0, 1, -1, 5000, PCT_WHOLE, INT64_MAX, INT64_MIN,
		INT64_MAX / PCT_WHOLE };
	char *s = fuzz_string(data, n), *copy, *part, *save;
	money_t v[MAXV];
	size_t nv = 0;

	check_parse(s);
	check_human(s);
	copy = strdup(s);
	for (part = strtok_r(copy, ",", &save); part != NULL && nv < 3;
	    part = strtok_r(NULL, ",", &save)) {
		check_parse(part);
		if (money_parse(part, &v[nv]) == 0)
			nv++;
	}
	free(copy);
	for (size_t i = 0; i + 8 <= n && i < 24; i += 8)
		memcpy(&v[nv++], data + i, 8);
	for (size_t i = 0; i < sizeof(edge) / sizeof(edge[0]); i++)
		v[nv++] = edge[i];
	for (size_t i = 0; i < nv; i++) {
		check_format(v[i]);
		for (size_t k = 0; k < nv; k++)
			check_ops(v[i], v[k]);
	}
	free(s);
	return 0;
}
