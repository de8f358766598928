/*
 * csvparse: the floor of a libcsv reader for `make bench`: parse each FILE with libcsv,
 * as lib/csvin.c sets it up, count rows and fields, and do nothing else with them.
 *
 *	csvparse FILE...
 */
#include <err.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <csv.h>

struct count {
	unsigned long long	 rows, fields;
};

static void
on_field(void *s, size_t len, void *arg)
{
	(void)s, (void)len;
	((struct count *)arg)->fields++;
}

static void
on_row(int c, void *arg)
{
	(void)c;
	((struct count *)arg)->rows++;
}

static int
blank(unsigned char c)
{
	(void)c;
	return 0;
}

int
main(int argc, char *argv[])
{
	static char buf[1 << 16];
	struct csv_parser p;
	struct count n = { 0, 0 };
	ssize_t got;
	int fd;

	for (int i = 1; i < argc; i++) {
		if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
			errx(1, "csv_init");
		csv_set_space_func(&p, blank);
		if ((fd = open(argv[i], O_RDONLY)) == -1)
			err(1, "%s", argv[i]);
		while ((got = read(fd, buf, sizeof(buf))) > 0)
			if (csv_parse(&p, buf, (size_t)got, on_field, on_row, &n) != (size_t)got)
				errx(1, "%s: %s", argv[i], csv_strerror(csv_error(&p)));
		if (got == -1)
			err(1, "%s", argv[i]);
		csv_fini(&p, on_field, on_row, &n);
		csv_free(&p);
		close(fd);
	}
	printf("%llu rows, %llu fields\n", n.rows, n.fields);
	return 0;
}
