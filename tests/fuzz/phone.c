/*
 * The phone normaliser: phone_norm and phone_mask.  Invariants: a number taken is 7 to 15
 * digits, the input's digits less a leading +86 or 0086; normalising it again gives it
 * back (the number a tool prints or stores is the customer typed); spaces, dashes, dots
 * and brackets anywhere change nothing; +86 or 0086 before a normalised number is the
 * same customer; the mask keeps the length, the first three digits and the last four
 * (two when shorter than 11), and hides the rest.
 */
#include "fuzz.h"

#include "phone.h"

/* The input's characters that are not separators. */
static size_t
kept(const char *s, char *out, size_t cap)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (strchr(" -.()[]", *s) == NULL && n + 1 < cap)
			out[n++] = *s;
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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	char *s = fuzz_string(data, n), out[PHONE_LEN], again[PHONE_LEN], k[80], *t;
	size_t len = strlen(s), nk;
	int rv = phone_norm(s, out);

	if (rv == 0) {
		size_t no = strlen(out);

		FUZZ_ASSERT(no >= 7 && no <= 15 && strspn(out, "0123456789") == no);
		nk = kept(s, k, sizeof(k));
		FUZZ_ASSERT(nk >= no && strcmp(k + nk - no, out) == 0);
		FUZZ_ASSERT(nk == no || (nk == no + 3 && memcmp(k, "+86", 3) == 0) ||
		    (nk == no + 4 && memcmp(k, "0086", 4) == 0));
		FUZZ_ASSERT(phone_norm(out, again) == 0 && strcmp(again, out) == 0);
		snprintf(k, sizeof(k), "+86 %s", out);
		FUZZ_ASSERT(phone_norm(k, again) == 0 && strcmp(again, out) == 0);
		snprintf(k, sizeof(k), "(0086)%s", out);
		FUZZ_ASSERT(phone_norm(k, again) == 0 && strcmp(again, out) == 0);
		check_mask(out);
	} else
		FUZZ_ASSERT(rv == -1);
	/* a separator anywhere changes nothing (short inputs: the cost is quadratic) */
	if (len < 40) {
		t = malloc(len + 2);
		for (size_t i = 0; i <= len; i++) {
			memcpy(t, s, i);
			t[i] = "- .()[]"[i % 7];
			memcpy(t + i + 1, s + i, len - i + 1);
			FUZZ_ASSERT(phone_norm(t, again) == rv);
			FUZZ_ASSERT(rv == -1 || strcmp(again, out) == 0);
		}
		free(t);
	}
	free(s);
	return 0;
}
