/* util.h: exit codes, die-on-OOM allocation, small string helpers. */
#ifndef UTIL_H
#define UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sysexits.h>
#include <libintl.h>

/* SPEC 7: every sentence a person reads goes through the catalogue (po/zh_CN.po). */
#define _(s)	gettext(s)
#define N_(s)	(s)		/* marked for the catalogue, translated where it is said */
/* gettext's pgettext, which glibc lacks: a word in a context ("event": in is 签到). */
#define pgettext(ctx, word)	ctx_gettext(ctx "\004" word, word)
#define NC_(ctx, word)		(ctx "\004" word)	/* marked; ctx_gettext() says it */
const char *ctx_gettext(const char *key, const char *word);

#define EX_REFUSED	1	/* refused by a house rule */
#define FRONTDESK_VERSION	"0.1.0"

/* A growing string. */
struct str {
	char	*s;
	size_t	 len, cap;
};

void	 str_add(struct str *b, const char *s, size_t n);
void	 str_adds(struct str *b, const char *s);
void	 str_addf(struct str *b, const char *fmt, ...)
	     __attribute__((format(printf, 2, 3)));
/* A CSV field (RFC 4180): quoted only if it holds a comma, a quote or a line end. */
void	 str_addcsv(struct str *b, const char *s);

void	*xmalloc(size_t n);
void	*xcalloc(size_t n, size_t size);
void	*xrealloc(void *p, size_t n);
void	*xreallocarray(void *p, size_t n, size_t size);
char	*xstrdup(const char *s);
char	*xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char	*xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));
/* 1 if the n bytes at str are valid UTF-8. */
int	 utf8_valid(const char *str, size_t n);
/* Where needle first occurs in the n bytes at buf, which a NUL must follow. */
char	*text_find(char *buf, size_t n, const char *needle);
/* FNV-1a, 64 bits: a string's hash, for filters. */
uint64_t fnv1a(const char *s);

/*
 * An index of n strings by hash (open addressing): key(i, arg) is the i-th.  Of equal
 * strings the last wins.  strix_find gives the index of s, or -1.
 */
struct strix {
	size_t		*slot;		/* index + 1; 0 empty */
	size_t		 nslot;
	const char	*(*key)(size_t i, const void *arg);
	const void	*arg;
};
void	 strix_build(struct strix *x, size_t n, const char *(*key)(size_t, const void *),
	    const void *arg);
long	 strix_find(const struct strix *x, const char *s);
void	 strix_free(struct strix *x);
/* Full-width forms and the ideographic space as ASCII, blanks around dropped; allocated. */
char	*ascii_fold(const char *s);
/* The same in place (the result is never longer); s is returned. */
char	*ascii_fold_in(char *s);
/* The ASCII of the full-width form (U+FF01-U+FF5E) or ideographic space at s, or 0. */
int	 fullwidth_ascii(const char *s);
/* The code point at *s, of valid UTF-8; *s moves past it. */
unsigned int utf8_next(const char **s);
/* The last word of every tool: what was printed must have reached stdout. */
int	 finish(int rv);
/* "1st", "2nd", "11th", in a static buffer. */
const char *ordinal(long n);
/* A usage error: one line that says where the usage is; exits 64. */
void	 usage_error(const char *fmt, ...)
	     __attribute__((format(printf, 1, 2), noreturn));
/* An option's whole number from 1 (a seq, a place in line); a usage error otherwise. */
long long number_arg(const char *opt, const char *what, const char *arg);

/* Whether s is one of the n strings of v. */
int	str_in(const char *const *v, size_t n, const char *s);

#endif
