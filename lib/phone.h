/* phone.h: a customer is a normalised phone number. */
#ifndef PHONE_H
#define PHONE_H

#define PHONE_LEN	16	/* 15 digits and a NUL */

/* Drop spaces, dashes, dots, brackets and +86/0086; -1 unless 7 to 15 digits remain. */
int	phone_norm(const char *in, char *out);
/* 13812345678 -> 138****5678: reports and sentences do not spread numbers. */
void	phone_mask(const char *norm, char *out);
/* A phone as typed, normalised into out; else EX_DATAERR, said (prefix: "FILE:LINE: ") */
int	phone_arg(const char *prefix, const char *in, char *out);

#endif
