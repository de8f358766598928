/* util.c: allocation that dies only on out-of-memory, UTF-8 checks, stdout flushing. */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		err(EX_OSERR, "%s", _("out of memory"));
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		err(EX_OSERR, "%s", _("out of memory"));
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n ? n : 1)) == NULL)
		err(EX_OSERR, "%s", _("out of memory"));
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if ((p = reallocarray(p, n ? n : 1, size ? size : 1)) == NULL)
		err(EX_OSERR, "%s", _("out of memory"));
	return p;
}

char *
xstrdup(const char *s)
{
	char *p = strdup(s);

	if (p == NULL)
		err(EX_OSERR, "%s", _("out of memory"));
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	char *s;

	if (vasprintf(&s, fmt, ap) == -1)
		err(EX_OSERR, "%s", _("out of memory"));
	return s;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}

void
str_add(struct str *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = 2 * (b->len + n + 1);
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
str_adds(struct str *b, const char *s)
{
	str_add(b, s, strlen(s));
}

void
str_addf(struct str *b, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	str_adds(b, s);
	free(s);
}

/* RFC 4180: quote only a field that holds a comma, a quote or a line end. */
void
str_addcsv(struct str *b, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL) {
		str_adds(b, s);
		return;
	}
	str_add(b, "\"", 1);
	for (; *s != '\0'; s++) {
		if (*s == '"')
			str_add(b, "\"", 1);
		str_add(b, s, 1);
	}
	str_add(b, "\"", 1);
}

/* Well-formed UTF-8 (RFC 3629): no overlongs, no surrogates, nothing past U+10FFFF. */
/* The code point at *s, of valid UTF-8; *s moves past it. */
unsigned int
utf8_next(const char **s)
{
	const unsigned char *p = (const unsigned char *)*s;
	unsigned int c;

	if (*p < 0x80)
		c = *p++;
	else if (*p < 0xe0)
		c = (*p & 0x1f) << 6 | (p[1] & 0x3f), p += 2;
	else if (*p < 0xf0)
		c = (*p & 0x0f) << 12 | (p[1] & 0x3f) << 6 | (p[2] & 0x3f), p += 3;
	else
		c = (*p & 0x07) << 18 | (p[1] & 0x3f) << 12 | (p[2] & 0x3f) << 6 |
		    (p[3] & 0x3f), p += 4;
	*s = (const char *)p;
	return c;
}

/* FNV-1a, 64 bits: a string's hash, for filters. */
uint64_t
fnv1a(const char *s)
{
	uint64_t h = 14695981039346656037ULL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

/*
 * Where needle first occurs in the n bytes at buf, which must be followed by a NUL:
 * memmem by way of strstr, which glibc has in SIMD and memmem not.  A NUL in the bytes
 * (a damaged book) ends strstr's search, so it goes on after each one.
 */
char *
text_find(char *buf, size_t n, const char *needle)
{
	char *p = buf, *end = buf + n, *hit, *nul;

	for (;;) {
		if ((hit = strstr(p, needle)) != NULL)
			return hit;
		if ((nul = memchr(p, '\0', end - p)) == NULL || nul >= end - 1)
			return NULL;
		p = nul + 1;
	}
}

static size_t *
strix_slot(const struct strix *x, const char *s)
{
	size_t i = fnv1a(s) & (x->nslot - 1);

	while (x->slot[i] != 0 && strcmp(x->key(x->slot[i] - 1, x->arg), s) != 0)
		i = (i + 1) & (x->nslot - 1);
	return &x->slot[i];
}

void
strix_build(struct strix *x, size_t n, const char *(*key)(size_t, const void *),
    const void *arg)
{
	*x = (struct strix){ .nslot = 64, .key = key, .arg = arg };
	while (x->nslot < 2 * n)
		x->nslot *= 2;
	x->slot = xcalloc(x->nslot, sizeof(*x->slot));
	for (size_t i = 0; i < n; i++)
		*strix_slot(x, key(i, arg)) = i + 1;
}

long
strix_find(const struct strix *x, const char *s)
{
	return (long)*strix_slot(x, s) - 1;
}

void
strix_free(struct strix *x)
{
	free(x->slot);
	x->slot = NULL;
}

/* Eight bytes at s are all ASCII. */
static int
ascii8(const unsigned char *s)
{
	uint64_t w;

	memcpy(&w, s, sizeof(w));
	return (w & 0x8080808080808080ULL) == 0;
}

int
utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str, *end = s + n;
	unsigned char lo, hi;
	int len;

	while (s < end) {
		if (end - s >= 8 && ascii8(s)) {	/* most of a book is ASCII */
			s += 8;
			continue;
		}
		if (*s < 0x80) {
			s++;
			continue;
		}
		lo = 0x80, hi = 0xbf;
		if (*s >= 0xc2 && *s <= 0xdf)
			len = 2;
		else if (*s >= 0xe0 && *s <= 0xef) {
			len = 3;
			if (*s == 0xe0)
				lo = 0xa0;
			if (*s == 0xed)
				hi = 0x9f;
		} else if (*s >= 0xf0 && *s <= 0xf4) {
			len = 4;
			if (*s == 0xf0)
				lo = 0x90;
			if (*s == 0xf4)
				hi = 0x8f;
		} else
			return 0;
		if (end - s < len || s[1] < lo || s[1] > hi)
			return 0;
		for (int i = 2; i < len; i++)
			if ((s[i] & 0xc0) != 0x80)
				return 0;
		s += len;
	}
	return 1;
}

/*
 * Before main: a tool started with stdin, stdout or stderr closed would get a journal
 * on that descriptor from open(), and its messages would be appended to the book.  Each
 * closed one is held with /dev/null opened the wrong way round (stdin for writing, stdout
 * and stderr for reading), so using it still fails with EBADF as if it were closed: a
 * closed stdout is still exit 74, never a silent success, and no journal can take it.
 */
static void __attribute__((constructor))
hold_std_fds(void)
{
	for (int fd = 0; fd <= 2; fd++)
		if (fcntl(fd, F_GETFD) == -1 && errno == EBADF)
			open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
}

/* The last word of every tool: what was printed must have reached stdout. */
int
finish(int rv)
{
	if (fflush(stdout) == EOF || ferror(stdout)) {
		warn("%s", _("standard output"));
		return rv ? rv : EX_IOERR;
	}
	return rv;
}

/*
 * "1st", "2nd", "3rd", "11th" through the catalogue, one format for each English
 * ending: a language without endings says each its own way (zh_CN: 第 3).
 */
const char *
ordinal(long n)
{
	static char buf[32];
	long last = n % 10, tens = n % 100;

	if (last == 1 && tens != 11)
		/* TRANSLATORS: an ordinal ending in 1, "1st", "21st": %ld is the number.
		   Said in sentences such as "3rd time today"; zh_CN: "第 %ld". */
		snprintf(buf, sizeof(buf), _("%ldst"), n);
	else if (last == 2 && tens != 12)
		/* TRANSLATORS: an ordinal ending in 2, "2nd", "22nd": %ld is the number;
		   zh_CN: "第 %ld". */
		snprintf(buf, sizeof(buf), _("%ldnd"), n);
	else if (last == 3 && tens != 13)
		/* TRANSLATORS: an ordinal ending in 3, "3rd", "23rd": %ld is the number;
		   zh_CN: "第 %ld". */
		snprintf(buf, sizeof(buf), _("%ldrd"), n);
	else
		/* TRANSLATORS: any other ordinal, "4th", "11th", "12th": %ld is the
		   number; zh_CN: "第 %ld". */
		snprintf(buf, sizeof(buf), _("%ldth"), n);
	return buf;
}

/* A usage error is one line, like every error (SPEC 2), and says where the usage is. */
void
usage_error(const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	/* TRANSLATORS: every usage error: %1$s is the refusal ("--note needs --void"),
	   %2$s the command ("sign-in"). */
	warnx(_("%s (%s -h shows the usage)"), msg, program_invocation_short_name);
	free(msg);
	exit(EX_USAGE);
}

/*
 * An option's whole number from 1 (a seq, a place in line); a usage error otherwise.
 * what, marked N_() by the caller, is said through the catalogue.
 */
long long
number_arg(const char *opt, const char *what, const char *arg)
{
	char *end;
	long long n;

	errno = 0;
	n = strtoll(arg, &end, 10);
	if (*arg < '1' || *arg > '9' || *end != '\0' || errno == ERANGE)
		/* TRANSLATORS: %1$s is an option ("--void", "--to"), %2$s what it takes
		   ("the seq of a row", "a number from 1"), %3$s what was typed. */
		usage_error(_("%s takes %s, not '%s'"), opt, _(what), arg);
	return n;
}

/*
 * The full-width form (U+FF01-U+FF5E, three bytes of UTF-8) or the ideographic space
 * (U+3000) at s as its ASCII byte, or 0 when s holds neither.  It reads byte by byte and
 * stops at a NUL: s may be any bytes (an argument is not checked for UTF-8).
 */
int
fullwidth_ascii(const char *str)
{
	const unsigned char *s = (const unsigned char *)str;

	if (s[0] == 0xe3 && s[1] == 0x80 && s[2] == 0x80)
		return ' ';
	if (s[0] != 0xef)
		return 0;
	if (s[1] == 0xbc && s[2] >= 0x81 && s[2] <= 0xbf)
		return '!' + (s[2] - 0x81);		/* U+FF01-U+FF3F: ! to _ */
	if (s[1] == 0xbd && s[2] >= 0x80 && s[2] <= 0x9e)
		return '`' + (s[2] - 0x80);		/* U+FF40-U+FF5E: ` to ~ */
	return 0;
}

/*
 * A code, number, phone or time as a Chinese desk types it (SPEC 2): full-width forms
 * and the ideographic space read as ASCII, blanks around dropped, in place.
 */
char *
ascii_fold_in(char *s)
{
	char *w = s, *r = s;
	int c;

	while (*r != '\0')
		if ((c = fullwidth_ascii(r)) != 0)
			*w++ = (char)c, r += 3;
		else
			*w++ = *r++;
	while (w > s && (w[-1] == ' ' || w[-1] == '\t'))
		w--;
	*w = '\0';
	r = s + strspn(s, " \t");
	memmove(s, r, w - r + 1);
	return s;
}

/* The same, allocated. */
char *
ascii_fold(const char *s)
{
	return ascii_fold_in(xstrdup(s));
}

/* Whether s is one of the n strings of v. */
int
str_in(const char *const *v, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return 1;
	return 0;
}

/* pgettext's lookup: the translation of ctx\004word, or the word without one. */
const char *
ctx_gettext(const char *key, const char *word)
{
	const char *s = gettext(key);

	return s == key ? word : s;
}
