/*
 * cli.c: the command line every tool shares (SPEC 2): -d dir, -h (the usage on stdout,
 * exit 0), -V, the output options of a listing, one mode at a time, each option with the
 * modes it goes with, and one wording for each refusal.  Codes, numbers, phones, dates
 * and times are read as a Chinese desk types them (SPEC 2), here and nowhere else.
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util.h"

enum { CLI_MODE = 0x200, CLI_OPT = 0x300 };

/*
 * SPEC 7: the tables' words (usage, operand, one, cli_mode.words, cli_opt.goes) are
 * marked N_() by each tool and said here through the catalogue.
 */
static const char *
said(const char *s)
{
	return s != NULL && *s != '\0' ? _(s) : "";
}

static void __attribute__((noreturn))
cli_usage(const struct cli *c, int status)
{
	/* TRANSLATORS: -h: %s is the tool's SYNOPSIS, its lines after the first indented
	   to stand under the first line's command. */
	fprintf(status ? stderr : stdout, _("usage: %s"), said(c->usage));
	exit(finish(status));
}

/*
 * A refusal pieced from the tables' words: where two Chinese words meet, the space the
 * pieces put between them goes (SPEC 7: 签到必须带 --note, but --void 必须带 --note).  Only
 * code points from U+2E80 on count as Chinese: an English sentence is left as it is.
 */
static int
wide(unsigned int c)
{
	return c >= 0x2e80;
}

static void __attribute__((format(printf, 1, 2), noreturn))
refuse(const char *fmt, ...)
{
	const char *r, *next;
	unsigned int prev = 0;
	va_list ap;
	char *msg, *w;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	for (r = w = msg; *r != '\0'; ) {
		if (*r == ' ' && wide(prev) && (next = r + 1, wide(utf8_next(&next)))) {
			r++;
			continue;
		}
		next = r;
		prev = utf8_next(&next);
		while (r < next)
			*w++ = *r++;
	}
	*w = '\0';
	usage_error("%s", msg);
}

static const char *
mode_name(const struct cli *c, size_t i)
{
	static char buf[64];

	if (c->modes[i].name == NULL)
		return said(c->modes[i].words);
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
		    /* TRANSLATORS: between options of a list, "--a, --b and --c";
		       zh_CN: "、". */
		    k == 0 ? "" : k + 1 == n ? conj : _(", "), i < c->nmodes ? "" : "--",
		    i < c->nmodes ? mode_name(c, i) : c->opts[i - c->nmodes].name);
		k++;
	}
	return b;
}

static const char *
names(const struct cli *c, unsigned modes, unsigned with)
{
	/* TRANSLATORS: the last join of a list of options, "--a, --b and --c", said in
	   "one of ... at a time", "--x goes with ..." (either of them) and "--x needs ...";
	   zh_CN: "、", as ", " is. */
	return names_joined(c, modes, with, _(" and "));
}

/*
 * getopt_long's table: the modes, the options and the common ones.  Static, as a usage
 * error or -h may end the tool inside getopt's loop; modes and options are at most 32
 * each (their bits).
 */
static const struct option *
longopts(const struct cli *c)
{
	static const struct option fixed[] = {
		{ "data",	required_argument,	NULL,	'd' },
		{ "help",	no_argument,		NULL,	'h' },
		{ "version",	no_argument,		NULL,	'V' },
		CSVOUT_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	static struct option o[32 + 32 + sizeof(fixed) / sizeof(fixed[0])];
	size_t n = 0;

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
			refuse("%s", said(c->one));
		if (*nmodes > 1)	/* two modes given: the default is not one of them */
			/* TRANSLATORS: %s lists options that go one at a time: "--at and
			   --date", "--list, --import and --void". */
			refuse(_("one of %s at a time"), names(c, CLI_ANY &
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

/*
 * An operand's name, as a refusal says it: its words before the first comma or bracket,
 * "agent" of "agent, by code or by name" (顾问 of 顾问（工号或姓名）).
 */
static const char *
operand_name(const char *operand)
{
	static const char *const stops[] = { ",", "(", "\xef\xbc\x8c", "\xef\xbc\x88" };
	static char buf[256];
	size_t n = strlen(operand);
	const char *p;

	for (size_t i = 0; i < sizeof(stops) / sizeof(stops[0]); i++)
		if ((p = strstr(operand, stops[i])) != NULL && (size_t)(p - operand) < n)
			n = p - operand;
	while (n > 0 && operand[n - 1] == ' ')
		n--;
	snprintf(buf, sizeof(buf), "%.*s", (int)n, operand);
	return buf;
}

/* The operands the mode takes: an agent for some, none for the others. */
static void
check_operands(const struct cli *c)
{
	const struct cli_mode *m = &c->modes[c->mode];
	const char *operand = said(c->operand);
	unsigned none = 0;

	if (m->operands == 1 && c->argc != 1)
		/* TRANSLATORS: %s is what the command's one operand is: "agent, by code or
		   by name", "list of shares, e.g. A01:50,A02:50". */
		refuse(_("name one %s"), operand);
	if (m->operands != 0 || c->argc == 0)
		return;
	for (size_t i = 0; i < c->nmodes; i++)
		none |= c->modes[i].operands ? 0 : CLI_BIT(i);
	if (c->operand == NULL || none == CLI_BIT(c->nmodes) - 1)
		/* TRANSLATORS: %s is a value typed without an option before it. */
		usage_error(_("every value goes with its option: '%s' has none"), c->argv[0]);
	/* TRANSLATORS: %1$s is the operand's name, its words before the first comma or
	   bracket ("agent", "file"); %2$s the modes that take none: "the listing or --void",
	   "--list, --import or --void". */
	refuse(_("no %s goes with %s"), operand_name(operand), names_joined(c, none, 0,
	    /* TRANSLATORS: the last join of "--list, --import or --void"; zh_CN: " 或 ". */
	    _(" or ")));
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
				/* TRANSLATORS: %1$s is a mode ("--void", or the default's
				   words: "a visit", "a sign-in"), %2$s an option's name. */
				refuse(_("%s needs --%s"), mode_name(c, c->mode), o->name);
			continue;
		}
		if (!(o->modes & mode) && !(o->with & given))
			/* TRANSLATORS: %1$s is an option's name; %2$s what it goes with,
			   either of them: "--record and --void", "a visit, --call and
			   --follow", "an event". */
			refuse(_("--%s goes with %s"), o->name, o->goes ? said(o->goes) :
			    names(c, o->modes, o->with));
		if ((o->needs & given) != o->needs)
			/* TRANSLATORS: %1$s is an option's name, %2$s the options it needs
			   ("--note"). */
			refuse(_("--%s needs %s"), o->name, names(c, 0, o->needs & ~given));
		if (o->group != 0 && (group_of(c, o->group) & given & ~CLI_BIT(i)))
			refuse(_("one of %s at a time"), names(c, 0, group_of(c, o->group)));
	}
}

/*
 * SPEC 7: the desk's language is the user's locale; numbers stay as CSV writes them.
 * TEXTDOMAINDIR (as gettext.sh reads it) points a tree's own build at its catalogue.
 */
static void
speak(void)
{
	const char *dir = getenv("TEXTDOMAINDIR");

	setlocale(LC_ALL, "");
	setlocale(LC_NUMERIC, "C");
	bindtextdomain("frontdesk", dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
	textdomain("frontdesk");
}

/*
 * Read argv against the tool's tables: the mode, the options, the operands left in
 * c->argv.  Anything that does not go together is a usage error (64) of one line.
 */
void
cli_parse(struct cli *c, int argc, char *argv[])
{
	const struct option *o = longopts(c);
	char letters[64];
	int ch, nmodes = 0;

	speak();
	for (c->mode = 0; c->modes[c->mode].name != NULL; c->mode++)
		;			/* the default: the mode without a name */
	c->mode_default = c->mode;
	opterr = 0;
	short_options(c, letters, sizeof(letters));
	while ((ch = getopt_long(argc, argv, letters, o, NULL)) != -1)
		take(c, ch, argv[optind - 1], &nmodes);
	if (c->modes[c->mode].seq)
		/* TRANSLATORS: what --void takes, said in "--void takes the seq of a
		   row, not 'x'". */
		c->seq = number_arg(mode_name(c, c->mode), N_("the seq of a row"), c->arg);
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
	/* TRANSLATORS: %1$s is an option ("--date"), %2$s what was typed. */
	warnx(_("%s takes a date YYYY-MM-DD, not '%s'"), opt, arg);
	return EX_DATAERR;
}

/* A month YYYY-MM given to opt: its first and last day, or 65 saying so. */
int
cli_month(const char *opt, const char *arg, day_t *first, day_t *last)
{
	if (clock_parse_month(arg, first, last) == 0)
		return 0;
	/* TRANSLATORS: %1$s is an option ("--month"), %2$s what was typed. */
	warnx(_("%s takes a month YYYY-MM, not '%s'"), opt, arg);
	return EX_DATAERR;
}

/* An --at time in one of its forms (SPEC 2), or 65 saying which forms. */
int
cli_at(const char *arg, time_t now, time_t *t)
{
	if (clock_parse(arg, now, t) == 0)
		return 0;
	/* TRANSLATORS: %s is what was typed after --at. */
	warnx(_("'%s' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS] or RFC 3339)"), arg);
	return EX_DATAERR;
}
