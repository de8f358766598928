/*
 * The phone normaliser: phone_norm under both plans, and phone_mask.  Invariants: a number
 * taken is the input's digits (full-width ones read as ASCII) less a leading +86, 0086, or
 * 86 before an 11-digit mobile; under phone_plan cn a mobile (1...) has 11 digits and any
 * other number 7 to 12, under any 7 to 15, and what cn takes any takes the same; normalising
 * it again gives it back (the number a tool prints or stores is the customer typed); a
 * separator (space, dash, dot, bracket, ideographic space) anywhere between characters
 * changes nothing; +86, 0086 (and 86 before a mobile) in front, or the number typed in
 * full-width forms, is the same customer; the mask keeps the length, the first three
 * digits and the last four (two when shorter than 11), and hides the rest.
 */
#include "fuzz.h"

#include "phone.h"
#include "util.h"

static const char *const seps[] = { " ", "-", ".", "(", ")", "[", "]", "\u2010", "\u2013",
	"\u2014", "\uff0d", "\u3000", "\uff08", "\uff09" };
#define NSEPS	(sizeof(seps) / sizeof(seps[0]))

/* The input's characters that are not separators, full-width forms as ASCII. */
static size_t
kept(const char *s, char *out, size_t cap)
{
	size_t n = 0;
	int c;

	while (*s != '\0') {
		if ((c = fullwidth_ascii(s)) != 0)
			s += 3;
		else if (strncmp(s, "\u2010", 3) == 0 || strncmp(s, "\u2013", 3) == 0 ||
		    strncmp(s, "\u2014", 3) == 0)
			c = '-', s += 3;
		else
			c = *s++;
		if (strchr(" -.()[]", c) == NULL && n + 1 < cap)
			out[n++] = (char)c;
	}
	out[n] = '\0';
	return n;
}

static void
check_mask(const char *norm)
{
	char out[PHONE_LEN];
	size_t n = strlen(norm), keep = n >= 11 ? 4 : 2;

	phone_mask(norm, out);
	FUZZ_ASSERT(strlen(out) == n);
	for (size_t i = 0; i < n; i++)
		FUZZ_ASSERT(i < 3 || i + keep >= n ? out[i] == norm[i] : out[i] == '*');
}

/* s, typed another way, is the same customer as out. */
static void
same(const char *s, enum phone_plan plan, const char *out)
{
	char again[PHONE_LEN];

	FUZZ_ASSERT(phone_norm(s, plan, again) == NULL && strcmp(again, out) == 0);
}

/* What a number taken under plan looks like, and the ways of typing it that are it. */
static void
check_taken(const char *s, enum phone_plan plan, const char *out)
{
	size_t no = strlen(out), nk;
	char k[128], *p;
	int mobile = no == 11 && out[0] == '1';

	FUZZ_ASSERT(strspn(out, "0123456789") == no);
	if (plan == PHONE_ANY)
		FUZZ_ASSERT(no >= 7 && no <= 15);
	else
		FUZZ_ASSERT(out[0] == '1' ? no == 11 : no >= 7 && no <= 12);
	nk = kept(s, k, sizeof(k));
	FUZZ_ASSERT(nk >= no && strcmp(k + nk - no, out) == 0);
	FUZZ_ASSERT(nk == no || (nk == no + 3 && memcmp(k, "+86", 3) == 0) ||
	    (nk == no + 4 && memcmp(k, "0086", 4) == 0) ||
	    (nk == no + 2 && memcmp(k, "86", 2) == 0 && mobile));
	same(out, plan, out);
	snprintf(k, sizeof(k), "+86 %s", out);
	same(k, plan, out);
	snprintf(k, sizeof(k), "(0086)%s", out);
	same(k, plan, out);
	if (mobile) {
		snprintf(k, sizeof(k), "86%s", out);
		same(k, plan, out);
	}
	p = k;					/* full-width, as an IME types it */
	for (size_t i = 0; i < no; i++) {
		memcpy(p, i == 3 ? "\u3000" : "", i == 3 ? 3 : 0);
		p += i == 3 ? 3 : 0;
		memcpy(p, (char[]){ '\xef', '\xbc', (char)(0x90 + out[i] - '0') }, 3);
		p += 3;
	}
	*p = '\0';
	same(k, plan, out);
	check_mask(out);
}

/* A separator between two characters (never inside one) changes nothing. */
static void
check_separators(const char *s, enum phone_plan plan, const char *why, const char *out)
{
	size_t len = strlen(s);
	char *t = malloc(len + 4), again[PHONE_LEN];
	const char *w;

	for (size_t i = 0; i <= len; i++) {
		const char *sep = seps[i % NSEPS];
		size_t ns = strlen(sep);

		if (i < len && ((unsigned char)s[i] & 0xc0) == 0x80)
			continue;		/* inside a character */
		memcpy(t, s, i);
		memcpy(t + i, sep, ns);
		memcpy(t + i + ns, s + i, len - i + 1);
		w = phone_norm(t, plan, again);
		FUZZ_ASSERT((w == NULL) == (why == NULL));
		FUZZ_ASSERT(why == NULL ? strcmp(again, out) == 0 : strcmp(w, why) == 0);
	}
	free(t);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	char *s = fuzz_string(data, n), out[2][PHONE_LEN];
	const char *why[2];

	for (int plan = PHONE_CN; plan <= PHONE_ANY; plan++) {
		why[plan] = phone_norm(s, plan, out[plan]);
		if (why[plan] == NULL)
			check_taken(s, plan, out[plan]);
		if (strlen(s) < 40)	/* short inputs: the cost is quadratic */
			check_separators(s, plan, why[plan], out[plan]);
	}
	if (why[PHONE_CN] == NULL)		/* cn is any, narrowed */
		FUZZ_ASSERT(why[PHONE_ANY] == NULL && strcmp(out[PHONE_CN], out[PHONE_ANY]) == 0);
	free(s);
	return 0;
}
