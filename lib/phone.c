/* phone.c: "+86 138-1234.5678" and "(0086)13812345678" are one customer: 13812345678. */
#include <err.h>
#include <string.h>

#include "phone.h"
#include "util.h"

/*
 * Drop spaces, dashes, dots and brackets and a leading +86/0086; 7 to 15 digits remain.
 * What remains must not start with 0086 again: normalised a second time (typed back as a
 * tool printed it) it would lose that too and be another customer.
 */
int
phone_norm(const char *in, char *out)
{
	char d[64];
	size_t n = 0, skip = 0;

	for (; *in != '\0'; in++) {
		if (strchr(" -.()[]", *in) != NULL)
			continue;
		if (n == sizeof(d) - 1 || ((*in < '0' || *in > '9') && !(*in == '+' && n == 0)))
			return -1;
		d[n++] = *in;
	}
	d[n] = '\0';
	if (n >= 3 && memcmp(d, "+86", 3) == 0)
		skip = 3;
	else if (n >= 4 && memcmp(d, "0086", 4) == 0)
		skip = 4;
	else if (d[0] == '+')
		return -1;
	n -= skip;
	if (n < 7 || n > 15 || (skip && memcmp(d + skip, "0086", 4) == 0))
		return -1;
	memcpy(out, d + skip, n + 1);
	return 0;
}

/* 13812345678 -> 138****5678: reports and sentences do not spread customers' numbers. */
void
phone_mask(const char *norm, char *out)
{
	size_t n = strlen(norm), keep = n >= 11 ? 4 : 2;

	memcpy(out, norm, n + 1);
	for (size_t i = 3; i + keep < n; i++)
		out[i] = '*';
}

/* A phone as typed, normalised into out; else one line (prefix: "FILE:LINE: " of a file). */
int
phone_arg(const char *prefix, const char *in, char *out)
{
	if (phone_norm(in, out) == 0)
		return 0;
	if (*prefix != '\0')		/* a file's row: its line says where, not whose */
		warnx("%sthe phone is not a phone number: 7 to 15 digits after dropping "
		    "spaces, dashes, dots, brackets and +86", prefix);
	else
		warnx("'%s' is not a phone number: 7 to 15 digits after dropping spaces, "
		    "dashes, dots, brackets and +86", in);
	return EX_DATAERR;
}
