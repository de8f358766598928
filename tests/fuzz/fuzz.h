/*
 * fuzz.h: what the libFuzzer targets share.  Each target is one surface of lib/, built
 * with clang -fsanitize=fuzzer,address,undefined by `make fuzz` (and run over its seed
 * corpus by `make check`, tests/fuzz.bats).  An invariant that fails aborts with its line.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define FUZZ_ASSERT(c)	((c) ? (void)0 : fuzz_fail(__FILE__, __LINE__, #c))

static inline void
fuzz_fail(const char *file, int line, const char *what)
{
	fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
	abort();
}

/* The input as a C string: up to its first NUL. */
static inline char *
fuzz_string(const uint8_t *data, size_t n)
{
	char *s = malloc(n + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, n);
	s[n] = '\0';
	return s;
}

/* The zone the tests use, so that every run of an input does the same. */
static inline void
fuzz_zone(const char *tz)
{
	setenv("TZ", tz, 1);
	tzset();
}

/*
 * A data dir in $TMPDIR holding one file: made for each input and removed after it, as
 * some of libFuzzer's ways out skip atexit; only a crash leaves one, next to its report.
 */
struct fuzz_dir {
	char	dir[PATH_MAX], path[PATH_MAX];
};

static inline void
fuzz_dir_put(struct fuzz_dir *d, const char *what, const char *file, const void *data,
    size_t n)
{
	const char *tmp = getenv("TMPDIR");
	int fd;

	snprintf(d->dir, sizeof(d->dir), "%s/fuzz-%s.XXXXXX",
	    tmp != NULL && *tmp != '\0' ? tmp : "/tmp", what);
	if (mkdtemp(d->dir) == NULL) {
		perror(d->dir);
		abort();
	}
	snprintf(d->path, sizeof(d->path), "%s/%s", d->dir, file);
	if ((fd = open(d->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)) == -1 ||
	    write(fd, data, n) != (ssize_t)n) {
		perror(d->path);
		abort();
	}
	close(fd);
}

static inline void
fuzz_dir_remove(struct fuzz_dir *d)
{
	unlink(d->path);
	rmdir(d->dir);
}

#endif
