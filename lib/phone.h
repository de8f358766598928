/* phone.h: a customer is a normalised phone number. */
#ifndef PHONE_H
#define PHONE_H

#define PHONE_LEN	16	/* 15 digits and a NUL */

/* rules.csv phone_plan (SPEC 6): what a number must look like once normalised. */
enum phone_plan {
	PHONE_CN,	/* cn: a mobile 1xx has 11 digits, a landline 7 to 12 */
	PHONE_ANY	/* any: 7 to 15 digits */
};

/*
 * SPEC 2: drop spaces, dashes (-‐–—－), dots, brackets, a leading +86 or 0086, or a
 * leading 86 before an 11-digit mobile, full-width forms read as ASCII; the digits left,
 * into out, must fit plan.  NULL, or why not in words: "a mobile has 11 digits
 * (phone_plan cn)".
 */
const char *phone_norm(const char *in, enum phone_plan plan, char *out);
/* The plan phone_arg follows: rules.csv's, set by desk_open (PHONE_CN until then). */
void	phone_plan_set(enum phone_plan plan);
/* 13812345678 -> 138****5678: reports and sentences do not spread numbers. */
void	phone_mask(const char *norm, char *out);
/* A phone as typed, normalised into out; else EX_DATAERR, said (prefix: "FILE:LINE: ") */
int	phone_arg(const char *prefix, const char *in, char *out);

#endif
