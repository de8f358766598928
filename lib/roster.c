/* roster.c: agents.csv, checked whole, and the lookup a receptionist types into. */
#include <err.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csvin.h"
#include "roster.h"
#include "util.h"

enum { R_AGENT, R_NAME, R_TEAM, R_WAGE, R_SALES, R_RENT, R_ACTIVE, R_SINCE, R_NCOLS };
static const char *const cols[] = { "agent", "name", "team", "daily_wage",
	"sales_target", "rent_target", "active", "since" };

static int
valid_code(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		    (*s >= '0' && *s <= '9') || *s == '-' || *s == '_'))
			return 0;
	return 1;
}

/* The codes and the names listed so far, each in a tree: a head office has thousands. */
struct listed {
	void	*codes, *names;
};

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* SPEC 2: codes match without regard to case (a01 is A01), so none may differ by it. */
static int
code_cmp(const void *a, const void *b)
{
	return strcasecmp(a, b);
}

static void
no_free(void *p)
{
	(void)p;
}

static int
parse_agent(struct csvin *in, struct listed *l, struct agent *a)
{
	const char **f = in->field;

	if (!valid_code(f[R_AGENT]))
		/* TRANSLATORS: agents.csv: the agent code as the row holds it. */
		return csvin_fail(in, _("agent code '%s' must be letters, digits, - or _"),
		    f[R_AGENT]);
	if (*f[R_NAME] == '\0')
		/* TRANSLATORS: agents.csv: an agent code, A03. */
		return csvin_fail(in, _("agent %s has no name"), f[R_AGENT]);
	if (tfind(f[R_AGENT], &l->codes, code_cmp) != NULL ||
	    tfind(f[R_NAME], &l->names, str_cmp) != NULL)
		/* TRANSLATORS: agents.csv: an agent's code and name, A03 张敏. */
		return csvin_fail(in, _("agent %s %s is listed twice"), f[R_AGENT],
		    f[R_NAME]);
	if (money_parse(f[R_WAGE], &a->daily_wage) == -1 ||
	    money_parse(f[R_SALES], &a->sales_target) == -1 ||
	    money_parse(f[R_RENT], &a->rent_target) == -1)
		/* TRANSLATORS: daily_wage, sales_target, rent_target: columns of agents.csv. */
		return csvin_fail(in, "%s", _("daily_wage, sales_target and rent_target are "
		    "yuan, like 150 or 150.00"));
	if (strcmp(f[R_ACTIVE], "yes") != 0 && strcmp(f[R_ACTIVE], "no") != 0)
		/* TRANSLATORS: active is a column of agents.csv and referrers.csv; yes and no
		   are its values; %s is the value the row holds. */
		return csvin_fail(in, _("active is yes or no, not '%s'"), f[R_ACTIVE]);
	a->since = 0;
	if (*f[R_SINCE] != '\0' && clock_parse_date(f[R_SINCE], &a->since) == -1)
		/* TRANSLATORS: since is a column of agents.csv; %s is the value the row
		   holds. */
		return csvin_fail(in, _("since is a date YYYY-MM-DD, not '%s'"), f[R_SINCE]);
	a->active = strcmp(f[R_ACTIVE], "yes") == 0;
	a->code = xstrdup(f[R_AGENT]);
	a->name = xstrdup(f[R_NAME]);
	a->team = xstrdup(f[R_TEAM]);
	if (tsearch(a->code, &l->codes, code_cmp) == NULL ||
	    tsearch(a->name, &l->names, str_cmp) == NULL)
		errx(EX_OSERR, "%s", _("out of memory"));
	return 0;
}

static int
by_code(const void *a, const void *b)
{
	return code_cmp((*(struct agent *const *)a)->code, (*(struct agent *const *)b)->code);
}

static void
index_codes(struct roster *r)
{
	r->bycode = xreallocarray(NULL, r->n, sizeof(*r->bycode));
	for (size_t i = 0; i < r->n; i++)
		r->bycode[i] = &r->a[i];
	qsort(r->bycode, r->n, sizeof(*r->bycode), by_code);
}

int
roster_load(struct roster *r, const char *dir)
{
	char *path = xasprintf("%s/agents.csv", dir);
	struct listed l = { NULL, NULL };
	struct csvin in;
	struct agent a;
	int rv;

	memset(r, 0, sizeof(*r));
	if (csvin_open(&in, path, "agents.csv", 0) == 0 &&
	    csvin_header(&in, cols, R_NCOLS, R_SINCE) == 1)
		while ((rv = csvin_next(&in)) == 1 && parse_agent(&in, &l, &a) == 0) {
			r->a = xreallocarray(r->a, r->n + 1, sizeof(*r->a));
			r->a[r->n++] = a;
		}
	if (in.status == 0 && r->n == 0)
		csvin_fail(&in, "%s", _("no agents listed"));
	if ((rv = in.status) == 0)
		index_codes(r);
	tdestroy(l.codes, no_free);
	tdestroy(l.names, no_free);
	csvin_close(&in);
	free(path);
	return rv;
}

/* Edit distance over code points, for "did you mean". */
static size_t
distance(const char *a, const char *b)
{
	size_t la = 0, lb = 0, *row, prev, tmp, best;
	unsigned int ca[64], cb[64];

	for (; *a != '\0' && la < 64; la++)
		for (ca[la] = (unsigned char)*a++; (*a & 0xc0) == 0x80; a++)
			ca[la] = ca[la] << 8 | (unsigned char)*a;
	for (; *b != '\0' && lb < 64; lb++)
		for (cb[lb] = (unsigned char)*b++; (*b & 0xc0) == 0x80; b++)
			cb[lb] = cb[lb] << 8 | (unsigned char)*b;
	row = xreallocarray(NULL, lb + 1, sizeof(*row));
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			tmp = row[j];
			best = prev + (ca[i - 1] != cb[j - 1]);
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = tmp;
		}
	}
	best = row[lb];
	free(row);
	return best;
}

static int
is_code(const void *code, const void *a)
{
	return code_cmp(code, (*(struct agent *const *)a)->code);
}

const struct agent *
roster_code(const struct roster *r, const char *code)
{
	struct agent **a = r->n > 0 ? bsearch(code, r->bycode, r->n, sizeof(*r->bycode),
	    is_code) : NULL;

	return a != NULL ? *a : NULL;
}

/* What was typed; one edit away is near for a short name or code, two for a longer one. */
void
near_init(struct near *n, const char *who)
{
	memset(n, 0, sizeof(*n));
	n->who = who;
	n->reach = distance(who, "") <= 3 ? 1 : 2;
}

/* One candidate, by the nearer of its code and name; ties keep the order added. */
void
near_add(struct near *n, const char *code, const char *name)
{
	size_t dc = distance(n->who, code), dn = distance(n->who, name);
	size_t d = dc < dn ? dc : dn, i = n->n;

	if (d > n->reach)
		return;
	for (; i > 0 && n->v[i - 1].d > d; i--)
		if (i < NEAR_MAX)
			n->v[i] = n->v[i - 1];
	if (i == NEAR_MAX)
		return;
	n->v[i] = (struct near_one){ d, code, name };
	if (n->n < NEAR_MAX)
		n->n++;
}

/* Every active agent of r, in the roster's order. */
void
roster_near(const struct roster *r, struct near *n)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->a[i].active)
			near_add(n, r->a[i].code, r->a[i].name);
}

/* "A02 李娜, R01 世纪地产", nearest first, into b; how many. */
size_t
near_list(const struct near *n, struct str *b)
{
	char *so_far;

	for (size_t i = 0; i < n->n; i++) {
		if (i == 0) {
			str_addf(b, "%s %s", n->v[i].code, n->v[i].name);
			continue;
		}
		so_far = b->s;
		*b = (struct str){ 0 };
		/* TRANSLATORS: a list of codes and names in "did you mean A02 李娜, R01
		   世纪地产?": the list so far (A02 李娜), then the next code and name. */
		str_addf(b, _("%s, %s %s"), so_far, n->v[i].code, n->v[i].name);
		free(so_far);
	}
	return n->n;
}

/* The agents closest to what was typed, for "did you mean". */
static void
suggest(const struct roster *r, const char *who)
{
	struct str b = { 0 };
	struct near n;

	near_init(&n, who);
	roster_near(r, &n);
	if (near_list(&n, &b) > 0)
		/* TRANSLATORS: what was typed (A3), then the agents close to it (A03 张敏,
		   A05 陈静). */
		warnx(_("unknown agent '%s': did you mean %s?"), who, b.s);
	else
		/* TRANSLATORS: what was typed as an agent's code or name. */
		warnx(_("unknown agent '%s': agents.csv lists no one like that"), who);
	free(b.s);
}

/* By code (in any case: a01 is A01) or by name, active or not. */
const struct agent *
roster_match(const struct roster *r, const char *who)
{
	const struct agent *a = roster_code(r, who);

	for (size_t i = 0; i < r->n && a == NULL; i++)
		if (strcmp(r->a[i].name, who) == 0)
			a = &r->a[i];
	return a;
}

/* By code or by name; unknown or inactive is refused (exit 1) with the closest matches. */
const struct agent *
roster_find(const struct roster *r, const char *who, int *status)
{
	const struct agent *a = roster_match(r, who);

	if (a != NULL && a->active)
		return a;
	if (a != NULL)
		/* TRANSLATORS: an agent's code and name, A08 黄丽华: agents.csv says active
		   no (left the office, 离职/停用). */
		warnx(_("refused: agent %s %s is not active (agents.csv)"), a->code, a->name);
	else
		suggest(r, who);
	*status = EX_REFUSED;
	return NULL;
}

void
roster_free(struct roster *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->a[i].code);
		free(r->a[i].name);
		free(r->a[i].team);
	}
	free(r->a);
	free(r->bycode);
	memset(r, 0, sizeof(*r));
}

/* An agent as the sentences name them: "A03 张敏" (two at a time in one sentence). */
const char *
roster_who(const struct roster *r, int i)
{
	static char buf[2][160];
	static int n;

	if (i < 0)
		return _("an agent no longer in agents.csv");
	n = !n;
	snprintf(buf[n], sizeof(buf[n]), "%s %s", r->a[i].code, r->a[i].name);
	return buf[n];
}
