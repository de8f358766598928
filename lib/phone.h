/* phone.h: a customer is a normalised phone number. */
#ifndef PHONE_H
#define PHONE_H

#define PHONE_LEN	16	/* 15 digits and a NUL */

int	phone_norm(const char *, char *);
void	phone_mask(const char *, char *);
int	phone_arg(const char *, const char *, char *);

#endif
