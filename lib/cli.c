/*
 * cli.c: the command line every tool shares (SPEC 2): -d dir, -h (the usage on stdout,
 * exit 0), -V, the output options of a listing, one mode at a time, each option with the
 * modes it goes with, and one wording for each refusal.  Codes, numbers, phones, dates
 * and times are read as a Chinese desk types them (SPEC 2), here and nowhere else.
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util.h"

enum { CLI_MODE = 0x200, CLI_OPT = 0x300 };

static void __attribute__((noreturn))
cli_usage(const struct cli *c, int status)
{
	fprintf(status ? stderr : stdout, "usage: %s", c->usage);
	exit(finish(status));
}

static const char *
mode_name(const struct cli *c, size_t i)
{
	static char buf[64];

	if (c->modes[i].name == NULL)
		return c->modes[i].words;
	snprintf(buf, sizeof(buf), "--%s", c->modes[i].name);
	return buf;
}

/*
 * "--a, --b and --c": the modes of mask, then the options of with, in a buffer of its own
 * (the messages name two lists at most: the last two calls' are kept).
 */
static const char *
names_joined(const struct cli *c, unsigned modes, unsigned with, const char *conj)
{
	static char buf[2][1024];
	static int which;
	char *b = buf[which = !which];
	size_t n = 0, k = 0, len = 0;

	for (size_t i = 0; i < c->nmodes + c->nopts; i++)
		n += i < c->nmodes ? !!(modes & CLI_BIT(i)) : !!(with & CLI_BIT(i - c->nmodes));
	b[0] = '\0';
	for (size_t i = 0; i < c->nmodes + c->nopts && len < sizeof(buf[0]); i++) {
		if (i < c->nmodes ? !(modes & CLI_BIT(i)) : !(with & CLI_BIT(i - c->nmodes)))
			continue;
		len += snprintf(b + len, sizeof(buf[0]) - len, "%s%s%s",
		    k == 0 ? "" : k + 1 == n ? conj : ", ", i < c->nmodes ? "" : "--",
		    i < c->nmodes ? mode_name(c, i) : c->opts[i - c->nmodes].name);
		k++;
	}
	return b;
}

static const char *
names(const struct cli *c, unsigned modes, unsigned with)
{
	return names_joined(c, modes, with, " and ");
}

static struct option *
longopts(const struct cli *c)
{
	static const struct option fixed[] = {
		{ "data",	required_argument,	NULL,	'd' },
		{ "help",	no_argument,		NULL,	'h' },
		{ "version",	no_argument,		NULL,	'V' },
		CSVOUT_LONGOPTS,
	};
	size_t nf = sizeof(fixed) / sizeof(fixed[0]), n = 0;
	struct option *o = xcalloc(c->nmodes + c->nopts + nf + 1, sizeof(*o));

	for (size_t i = 0; i < c->nmodes; i++)
		if (c->modes[i].name != NULL)
			o[n++] = (struct option){ c->modes[i].name, c->modes[i].arg ?
			    required_argument : no_argument, NULL, CLI_MODE + (int)i };
	for (size_t i = 0; i < c->nopts; i++)
		o[n++] = (struct option){ c->opts[i].name, c->opts[i].arg ?
		    required_argument : no_argument, NULL, CLI_OPT + (int)i };
	memcpy(&o[n], fixed, sizeof(fixed));
	return o;
}

/* getopt's string: -d dir, -h, -V and the tool's letters (-v). */
static void
short_options(const struct cli *c, char *s, size_t size)
{
	size_t n = strlen(strcpy(s, "d:hV"));

	for (size_t i = 0; i < c->nopts && n + 3 < size; i++)
		if (c->opts[i].letter != 0) {
			s[n++] = (char)c->opts[i].letter;
			if (c->opts[i].arg)
				s[n++] = ':';
			s[n] = '\0';
		}
}

/*
 * SPEC 2: a value as an IME types it, １３８ or Ａ０１, read as ASCII, blanks around dropped
 * (in place: it only shrinks); free text and files are kept as typed.
 */
static char *
as_typed(char *arg, int text)
{
	return arg != NULL && !text ? ascii_fold_in(arg) : arg;
}

static void
take(struct cli *c, int ch, const char *typed, int *nmodes)
{
	for (size_t i = 0; i < c->nopts && ch < CLI_MODE; i++)
		if (c->opts[i].letter == ch)
			ch = CLI_OPT + (int)i;		/* -v is --verbose */
	if (ch >= CLI_OPT) {
		c->val[ch - CLI_OPT] = optarg != NULL ?
		    as_typed(optarg, c->opts[ch - CLI_OPT].text) : "";
	} else if (ch >= CLI_MODE) {
		if ((*nmodes)++ > 0 && c->one != NULL)
			usage_error("%s", c->one);
		if (*nmodes > 1)	/* two modes given: the default is not one of them */
			usage_error("one of %s at a time", names(c, CLI_ANY &
			    ~CLI_BIT(c->mode_default), 0));
		c->mode = ch - CLI_MODE;
		c->arg = as_typed(optarg, c->modes[c->mode].text);
	} else if (ch == 'd')
		c->data = optarg;
	else if (ch == 'h')
		cli_usage(c, 0);
	else if (ch == 'V') {
		printf("%s (frontdesk) %s\n", program_invocation_short_name,
		    FRONTDESK_VERSION);
		exit(finish(0));
	} else
		csvout_option(&c->out, ch, as_typed(optarg, 0), typed);
}

static unsigned
out_modes(const struct cli *c)
{
	unsigned m = 0;

	for (size_t i = 0; i < c->nmodes; i++)
		m |= c->modes[i].out ? CLI_BIT(i) : 0;
	return m;
}

/* The operands the mode takes: an agent for some, none for the others. */
static void
check_operands(const struct cli *c)
{
	const struct cli_mode *m = &c->modes[c->mode];
	unsigned none = 0;

	if (m->operands == 1 && c->argc != 1)
		usage_error("name one %s", c->operand);
	if (m->operands != 0 || c->argc == 0)
		return;
	for (size_t i = 0; i < c->nmodes; i++)
		none |= c->modes[i].operands ? 0 : CLI_BIT(i);
	if (c->operand == NULL || none == CLI_BIT(c->nmodes) - 1)
		usage_error("every value goes with its option: '%s' has none", c->argv[0]);
	usage_error("no %.*s goes with %s", (int)strcspn(c->operand, ","), c->operand,
	    names_joined(c, none, 0, " or "));
}

static unsigned
group_of(const struct cli *c, int group)
{
	unsigned m = 0;

	for (size_t i = 0; i < c->nopts; i++)
		m |= c->opts[i].group == group ? CLI_BIT(i) : 0;
	return m;
}

/* Each option given goes with the mode, or with another option given; needs are met. */
static void
check_opts(const struct cli *c)
{
	unsigned given = 0, mode = CLI_BIT(c->mode);
	for (size_t i = 0; i < c->nopts; i++)
		given |= c->val[i] != NULL ? CLI_BIT(i) : 0;
	for (size_t i = 0; i < c->nopts; i++) {
		const struct cli_opt *o = &c->opts[i];

		if (!(given & CLI_BIT(i))) {
			if (o->need_in & mode)
				usage_error("%s needs --%s", mode_name(c, c->mode), o->name);
			continue;
		}
		if (!(o->modes & mode) && !(o->with & given))
			usage_error("--%s goes with %s", o->name, o->goes ? o->goes :
			    names(c, o->modes, o->with));
		if ((o->needs & given) != o->needs)
			usage_error("--%s needs %s", o->name, names(c, 0, o->needs & ~given));
		if (o->group != 0 && (group_of(c, o->group) & given & ~CLI_BIT(i)))
			usage_error("one of %s at a time", names(c, 0, group_of(c, o->group)));
	}
}

/*
 * Read argv against the tool's tables: the mode, the options, the operands left in
 * c->argv.  Anything that does not go together is a usage error (64) of one line.
 */
void
cli_parse(struct cli *c, int argc, char *argv[])
{
	struct option *o = longopts(c);
	char letters[64];
	int ch, nmodes = 0;

	for (c->mode = 0; c->modes[c->mode].name != NULL; c->mode++)
		;			/* the default: the mode without a name */
	c->mode_default = c->mode;
	opterr = 0;
	short_options(c, letters, sizeof(letters));
	while ((ch = getopt_long(argc, argv, letters, o, NULL)) != -1)
		take(c, ch, argv[optind - 1], &nmodes);
	free(o);
	if (c->modes[c->mode].seq)
		c->seq = number_arg(mode_name(c, c->mode), "the seq of a row", c->arg);
	c->argc = argc - optind;
	c->argv = argv + optind;
	for (int i = 0; i < c->argc; i++)
		as_typed(c->argv[i], c->modes[c->mode].text);
	check_operands(c);
	check_opts(c);
	if (c->modes[c->mode].in) {		/* --encoding gbk: the file's */
		c->encoding = c->out.encoding;
		c->out.encoding = NULL;
	}
	csvout_check(&c->out, c->modes[c->mode].out, names(c, out_modes(c), 0));
}

/* A day YYYY-MM-DD given to opt, or 65 saying so. */
int
cli_date(const char *opt, const char *arg, day_t *day)
{
	if (clock_parse_date(arg, day) == 0)
		return 0;
	warnx("%s takes a date YYYY-MM-DD, not '%s'", opt, arg);
	return EX_DATAERR;
}

/* A month YYYY-MM given to opt: its first and last day, or 65 saying so. */
int
cli_month(const char *opt, const char *arg, day_t *first, day_t *last)
{
	if (clock_parse_month(arg, first, last) == 0)
		return 0;
	warnx("%s takes a month YYYY-MM, not '%s'", opt, arg);
	return EX_DATAERR;
}

/* An --at time in one of its forms (SPEC 2), or 65 saying which forms. */
int
cli_at(const char *arg, time_t now, time_t *t)
{
	if (clock_parse(arg, now, t) == 0)
		return 0;
	warnx("'%s' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS] or RFC 3339)", arg);
	return EX_DATAERR;
}
