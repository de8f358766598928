/*
 * phone.c: "+86 138-1234.5678", "(0086)13812345678", "8613812345678" and
 * "１３８ １２３４ ５６７８" are one customer, 13812345678 (SPEC 2); rules.csv phone_plan
 * says what a number must look like once normalised.
 */
#include <err.h>
#include <string.h>

#include "phone.h"
#include "util.h"

static enum phone_plan plan_in_force = PHONE_CN;

/* The plan phone_arg follows: rules.csv's, set by desk_open. */
void
phone_plan_set(enum phone_plan plan)
{
	plan_in_force = plan;
}

/* The dashes an IME types besides - and －: ‐ (U+2010), – (U+2013) and — (U+2014). */
static int
is_dash(const char *str)
{
	const unsigned char *s = (const unsigned char *)str;

	return s[0] == 0xe2 && s[1] == 0x80 && (s[2] == 0x90 || s[2] == 0x93 || s[2] == 0x94);
}

/*
 * What is typed besides the separators, as ASCII, into d (cap bytes, the rest counted but
 * not kept); how much of it there is, or -1 if something is neither a digit nor a + in
 * front.
 */
static long
kept_digits(const char *in, char *d, size_t cap)
{
	size_t n = 0;
	int c;

	while (*in != '\0') {
		if ((c = fullwidth_ascii(in)) != 0)
			in += 3;
		else if (is_dash(in))
			c = '-', in += 3;
		else
			c = *in++;
		if (strchr(" -.()[]", c) != NULL)
			continue;
		if (!((c >= '0' && c <= '9') || (c == '+' && n == 0)))
			return -1;
		if (n + 1 < cap)
			d[n] = (char)c;
		n++;
	}
	d[n < cap ? n : cap - 1] = '\0';
	return (long)n;
}

/* The country code in front of d, in bytes: +86, 0086, or 86 before an 11-digit mobile. */
static size_t
country_code(const char *d)
{
	if (strncmp(d, "+86", 3) == 0)
		return 3;
	if (strncmp(d, "0086", 4) == 0)
		return 4;
	return strncmp(d, "86", 2) == 0 && d[2] == '1' && strlen(d + 2) == 11 ? 2 : 0;
}

/*
 * SPEC 2: the digits of a phone as typed, less its country code, fitting plan.  What is
 * left must not begin with a country code again: normalised a second time (typed back as
 * a tool printed it) it would lose that too and be another customer.  The reason it
 * returns is the catalogue's msgid (N_): the caller says it with _().
 */
const char *
phone_norm(const char *in, enum phone_plan plan, char *out)
{
	char d[64];
	long kept = kept_digits(in, d, sizeof(d));
	size_t skip, n;

	if (kept == -1 || (d[0] == '+' && country_code(d) != 3))
		return N_("only digits, spaces, dashes, dots, brackets and a leading +86");
	if ((skip = country_code(d)) > 0 && country_code(d + skip) > 0)
		return N_("the country code given twice");
	n = (size_t)kept - skip;
	if (plan == PHONE_ANY && (n < 7 || n > 15))
		return N_("a phone has 7 to 15 digits (phone_plan any)");
	if (plan == PHONE_CN && d[skip] == '1' && n != 11)
		return N_("a mobile has 11 digits (phone_plan cn)");
	if (plan == PHONE_CN && (n < 7 || n > 12))
		return N_("a landline has 7 to 12 digits (phone_plan cn)");
	memcpy(out, d + skip, n + 1);
	return NULL;
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

/*
 * A phone as typed, normalised into out; else one line (prefix: "FILE:LINE: " of a file),
 * phone_norm's reason said in the desk's language.
 */
int
phone_arg(const char *prefix, const char *in, char *out)
{
	const char *why = phone_norm(in, plan_in_force, out);

	if (why == NULL)
		return 0;
	if (*prefix != '\0')		/* a file's row: its line says where, not whose */
		/* TRANSLATORS: %1$s is "FILE:LINE: " of an imported row ("visits.csv:12: "),
		   %2$s why the phone is refused ("a mobile has 11 digits (phone_plan cn)"). */
		warnx(_("%sthe phone is not a phone number: %s"), prefix, _(why));
	else
		/* TRANSLATORS: %1$s is the phone as typed ("138 1234 567"), %2$s why it is
		   refused ("a mobile has 11 digits (phone_plan cn)"). */
		warnx(_("'%s' is not a phone number: %s"), in, _(why));
	return EX_DATAERR;
}
