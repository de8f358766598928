/* util.h: exit codes, die-on-OOM allocation, small string helpers. */
#ifndef UTIL_H
#define UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sysexits.h>

#define EX_REFUSED	1	/* refused by a house rule */
#define FRONTDESK_VERSION	"0.1.0"

/* A growing string. */
struct str {
	char	*s;
	size_t	 len, cap;
};

void	 str_add(struct str *, const char *, size_t);
void	 str_adds(struct str *, const char *);
void	 str_addf(struct str *, const char *, ...) __attribute__((format(printf, 2, 3)));
void	 str_addcsv(struct str *, const char *);

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));
char	*xvasprintf(const char *, va_list) __attribute__((format(printf, 1, 0)));
int	 utf8_valid(const char *, size_t);
char	*text_find(char *, size_t, const char *);
uint64_t fnv1a(const char *);
char	*ascii_fold(const char *s);
unsigned int utf8_next(const char **);
int	 finish(int);
const char *ordinal(long);
int	 tool_option(int, const char *, const char **, void (*)(int));
void	 usage_error(const char *, ...) __attribute__((format(printf, 1, 2), noreturn));
long long number_arg(const char *, const char *, const char *);

#endif
