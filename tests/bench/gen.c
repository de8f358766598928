/*
 * gen: write realistic books for `make bench` into DIR, the same every run for a seed.
 *
 *	gen [-s SEED] [-S STORES] [-a AGENTS] [-n DAYS] [-c HH:MM] END DIR
 *
 * STORES showrooms (1) of AGENTS agents (8) keep DAYS days (30) of books up to END, the
 * last day cut at HH:MM (11:00) so that the bench's desk commands come in the middle of
 * a working morning.  Every store's rows share one data dir, in time order, as a head
 * office that gathers them would hold them.  A store-day: sign-ins 08:00-08:30 (7 %
 * late, 3 % leave early), a rest day a week, a meal break for half, an errand for one in
 * twelve, 1 % sick, 0.5 % personal leave, 0.3 % absent, 1 % desertion; 20-30 walk-ins
 * received in rotation, a quarter of them returning customers taken by their owner, each
 * registered (new, crossed when someone else owns the phone, expired when the owner's
 * registration lapsed); 12-20 calls; 10-20 follow-ups; a deposit and a sale every other
 * day.  The rows are what the tools would have written: recorded_at is the time,
 * chained (lib/journal.c).  agents.csv and calendar.csv are written too; rules.csv and
 * offences.csv are data/'s, copied by tests/bench/run.
 */
#include <err.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "journal.h"
#include "util.h"

#define VALID_DAYS	20		/* registration_valid_days of data/rules.csv */
#define POOL		1024		/* a store's most recent customers */
#define MAXAGENTS	20

static const char *const surnames[] = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵",
	"吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗" };
static const char *const given[] = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军",
	"洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "华",
	"建国", "玉兰", "志强", "海燕", "建华", "文", "红", "斌", "鹏", "宇", "浩", "欣", "婷",
	"雪", "琳", "晨", "昊" };
static const char *const thirds[] = { "", "一", "二", "三", "四", "五", "六", "七",
	"八", "九" };
static const char *const sources[] = { "网络", "网络", "网络", "亲友", "亲友", "路过",
	"路过", "电视", "报纸杂志", "广播", "展会", "其他" };
static const char *const levels[] = { "H", "A", "A", "B", "B", "B", "C", "C", "D" };
static const char *const interests[] = { "两房", "三房 120㎡", "三房 98㎡", "四房", "别墅",
	"商铺", "公寓", "" };
static const char *const errands[] = { "带客户看房", "银行办按揭", "工地交底", "房管局备案",
	"公司开会" };
static const char *const prefixes[] = { "130", "131", "132", "133", "135", "136", "137",
	"138", "139", "150", "151", "152", "155", "158", "159", "186", "187", "188", "189" };

/* One row of a day, before its book numbers it: the fields after time, minus chain. */
struct ev {
	time_t	 t;
	int	 book;
	long	 id;		/* the order it was made in: ties keep it */
	long	 ref;		/* the id of the row it ends (done), or -1 */
	size_t	 text;		/* into day.text */
};

struct day {
	struct ev	*ev;
	size_t		 n, cap;
	struct str	 text;
	long long	*seq_of;	/* id -> seq, once written */
};

struct customer {
	uint64_t	 phone;
	int		 owner, last;
};

struct agent {
	time_t	 in, end, free;	/* in 0: not on the floor today */
	time_t	 away[3][2];	/* break, errand, desertion */
	int	 counted;
};

struct store {
	struct customer	 pool[POOL];
	size_t		 ncust;
	struct agent	 ag[MAXAGENTS];
	char		 id[MAXAGENTS][24];
};

static struct gen {
	uint64_t	 seed, rng;
	int		 stores, agents;
	FILE		*out[J_COUNT];
	long long	 seq[J_COUNT];
	char		 chain[J_COUNT][CHAIN_LEN + 1];
	uint64_t	 phones, deals;
	struct day	 day;
	struct store	*st;
	char		 ts[CLOCK_LEN];
} g;

static uint64_t
rnd(void)
{
	uint64_t z = (g.rng += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static int
upto(int n)
{
	return n <= 0 ? 0 : (int)(rnd() % (uint64_t)n);
}

/* 1 with probability per/1000 */
static int
chance(int per)
{
	return upto(1000) < per;
}

#define PICK(a)	(a[upto((int)(sizeof(a) / sizeof(a[0])))])

/* A01 in a store of its own, S001A01 at a head office */
static void
agent_ids(struct store *st, int s)
{
	for (int i = 0; i < g.agents; i++)
		if (g.stores == 1)
			snprintf(st->id[i], sizeof(st->id[i]), "A%02d", i + 1);
		else
			snprintf(st->id[i], sizeof(st->id[i]), "S%03dA%02d", s + 1, i + 1);
}

/* Phone n of the run: a real prefix and eight digits, every n its own. */
static void
phone_text(uint64_t n, char *buf)
{
	uint64_t d = (n * 91733ULL + 4201ULL) % 100000000ULL;	/* 91733 is prime to 10^8 */

	snprintf(buf, 16, "%s%08llu", prefixes[n % (sizeof(prefixes) / sizeof(prefixes[0]))],
	    (unsigned long long)d);
}

/* Add a row of book at t; the fields after time, as printf makes them. */
static long
emit(int book, time_t t, long ref, const char *fmt, ...)
{
	struct day *d = &g.day;
	va_list ap;
	char *s;

	if (d->n == d->cap)
		d->ev = xreallocarray(d->ev, d->cap = d->cap ? d->cap * 2 : 4096, sizeof(*d->ev));
	d->ev[d->n] = (struct ev){ t, book, (long)d->n, ref, d->text.len };
	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	str_add(&d->text, s, strlen(s) + 1);
	free(s);
	return (long)d->n++;
}

static int
by_time(const void *a, const void *b)
{
	const struct ev *x = a, *y = b;

	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* Number, chain and write the day's rows in time order. */
static void
day_flush(time_t cut)
{
	struct day *d = &g.day;
	struct str row = { 0 };
	char link[CHAIN_LEN + 1];

	qsort(d->ev, d->n, sizeof(*d->ev), by_time);
	d->seq_of = xreallocarray(d->seq_of, d->n + 1, sizeof(*d->seq_of));
	for (size_t i = 0; i < d->n; i++) {
		struct ev *e = &d->ev[i];

		if (e->t > cut)
			continue;
		row.len = 0;
		clock_rfc3339(e->t, g.ts);
		str_addf(&row, "%lld,%s,%s,", ++g.seq[e->book], g.ts, g.ts);
		str_adds(&row, d->text.s + e->text);
		if (e->ref >= 0)	/* a done: its receive's seq is its ref */
			str_addf(&row, "%lld", d->seq_of[e->ref]);
		str_adds(&row, ",前台,");
		if (journal_link(g.chain[e->book], row.s, row.len, link) == -1)
			errx(1, "no comma in a row");
		memcpy(g.chain[e->book], link, sizeof(link));
		fprintf(g.out[e->book], "%s%s\n", row.s, link);
		d->seq_of[e->id] = g.seq[e->book];
	}
	free(row.s);
	d->n = 0;
	d->text.len = 0;
}

static time_t
at(time_t day0, int min)
{
	return day0 + min * 60L + upto(60);
}

/* The agent is on the floor and free from t to u. */
static int
available(const struct agent *a, time_t t, time_t u)
{
	if (a->in == 0 || a->in > t || a->end < u || a->free > t)
		return 0;
	for (int k = 0; k < 3; k++)
		if (a->away[k][0] != 0 && a->away[k][0] < u && a->away[k][1] > t)
			return 0;
	return 1;
}


/* Agent i of store s is away (k: 0 break, 1 errand, 2 desertion) from minute m for len. */
static void
away(struct agent *a, const char *id, time_t day0, int k, int m, int len, const char *ev,
    const char *note)
{
	time_t t = at(day0, m), u = t + len * 60L;

	if (t <= a->in || u >= a->end)
		return;
	for (int o = 0; o < 3; o++)	/* one absence at a time: no desertion while out */
		if (a->away[o][0] != 0 && a->away[o][0] < u + 60 && a->away[o][1] + 60 > t)
			return;
	a->away[k][0] = t, a->away[k][1] = u;
	emit(J_ATTENDANCE, t, -1, "%s,%s,%s,", id, ev, note);
	emit(J_ATTENDANCE, u, -1, "%s,back,,", id);
}

/* Who signs in, rests, takes leave or stays away today, and their breaks and errands. */
static void
attendance(int s, time_t day0)
{
	for (int i = 0; i < g.agents; i++) {
		struct agent *a = &g.st[s].ag[i];
		const char *id = g.st[s].id[i];

		int off = 1;

		memset(a, 0, sizeof(*a));
		if ((day0 / 86400 + i + s) % 7 == 0)	/* by the date: the same weekly rest */
			emit(J_ATTENDANCE, day0, -1, "%s,off,,", id);
		else if (chance(10))
			emit(J_ATTENDANCE, day0, -1, "%s,sick,1,", id);
		else if (chance(5))
			emit(J_ATTENDANCE, day0, -1, "%s,personal,1,", id);
		else
			off = chance(3);	/* absent: no row at all */
		if (off)
			continue;
		a->in = chance(70) ? at(day0, 8 * 60 + 31 + upto(25)) : at(day0, 8 * 60 + upto(30));
		a->end = chance(30) ? at(day0, 17 * 60 + 20 + upto(39)) : at(day0, 18 * 60 + upto(12));
		emit(J_ATTENDANCE, a->in, -1, "%s,in,,", id);
		emit(J_ATTENDANCE, a->end, -1, "%s,end,,", id);
		if (chance(500))
			away(a, id, day0, 0, 11 * 60 + 45 + upto(60), 20 + upto(20), "break", "");
		if (chance(83))
			away(a, id, day0, 1, 14 * 60 + upto(60), 30 + upto(60), "out", PICK(errands));
		if (chance(10))
			away(a, id, day0, 2, 15 * 60 + 30 + upto(60), 10 + upto(20), "desert", "");
	}
}

static const char *
customer_name(const struct customer *c)
{
	static char name[32];

	snprintf(name, sizeof(name), "%s%s", surnames[c->phone % 20],
	    c->phone / 20 % 2 ? "女士" : "先生");
	return name;
}

/* A customer of the store still registered (renewed within the validity), or lapsed. */
static struct customer *
customer_find(struct store *st, int dn, int lapsed)
{
	size_t n = st->ncust < POOL ? st->ncust : POOL;

	for (int tries = 0; n > 0 && tries < 8; tries++) {
		struct customer *c = &st->pool[(st->ncust - 1 - (size_t)upto((int)n)) % POOL];

		if (lapsed ? dn - c->last > VALID_DAYS + 1 : dn - c->last < VALID_DAYS)
			return c;
	}
	return NULL;
}

static struct customer *
customer_new(struct store *st, int owner, int dn)
{
	struct customer *c = &st->pool[st->ncust++ % POOL];

	*c = (struct customer){ g.phones++, owner, dn };
	return c;
}

/* The visit row of a reception: new, returning, crossed or expired (SPEC 5.2). */
static void
visit(int s, int a, struct customer *c, const char *status, time_t t)
{
	char phone[16];

	phone_text(c->phone, phone);
	emit(J_VISITS, t, -1, "visit,%s,%s,%s,,,,%s,%s,%s,%s,,%d,%s,%s,,", phone,
	    customer_name(c), c->phone / 20 % 2 ? "F" : "M", PICK(interests), PICK(levels),
	    PICK(sources), g.st[s].id[a], 1 + upto(3), status, g.st[s].id[c->owner]);
}

/* The agent next in rotation free from t to u: fewest counted turns, first signed in. */
static int
rotation(struct store *st, time_t t, time_t u)
{
	int best = -1;

	for (int i = 0; i < g.agents; i++)
		if (available(&st->ag[i], t, u) && (best == -1 ||
		    st->ag[i].counted < st->ag[best].counted ||
		    (st->ag[i].counted == st->ag[best].counted && st->ag[i].in < st->ag[best].in)))
			best = i;
	return best;
}

/* One walk-in at t for len minutes: its floor rows and its registration. */
static void
walk_in(int s, time_t t, int len, int dn)
{
	struct store *st = &g.st[s];
	struct customer *c = chance(250) ? customer_find(st, dn, 0) : NULL;
	time_t u = t + len * 60L, v = t + 60 + upto(240);
	char phone[16];
	int a;
	long r;

	if (c != NULL && available(&st->ag[c->owner], t, u)) {
		a = c->owner;
		phone_text(c->phone, phone);
		r = emit(J_FLOOR, t, -1, "%s,receive,returning,%s,0,", g.st[s].id[a], phone);
		c->last = dn;
		visit(s, a, c, "returning", v);
	} else if ((a = rotation(st, t, u)) != -1) {
		st->ag[a].counted++;
		r = emit(J_FLOOR, t, -1, "%s,receive,rotation,,1,", g.st[s].id[a]);
		if (chance(80) && (c = customer_find(st, dn, 0)) != NULL && c->owner != a) {
			visit(s, a, c, "crossed", v);
		} else if (chance(60) && (c = customer_find(st, dn, 1)) != NULL) {
			c->owner = a, c->last = dn;
			visit(s, a, c, "expired", v);
		} else
			visit(s, a, customer_new(st, a, dn), "new", v);
	} else
		return;		/* nobody free: the customer walks out */
	st->ag[a].free = u;
	emit(J_FLOOR, u, r, "%s,done,,,,", g.st[s].id[a]);
}

/* A minute of the working day, 09:00 to 17:30, for n sorted times. */
static int
by_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

static void
floor_day(int s, time_t day0, int dn)
{
	int n = 20 + upto(11), m[32];

	for (int k = 0; k < n; k++)
		m[k] = 9 * 60 + upto(510);
	qsort(m, (size_t)n, sizeof(m[0]), by_int);
	for (int k = 0; k < n; k++)
		walk_in(s, at(day0, m[k]), 15 + upto(46), dn);
}

/* Calls (never registered), follow-ups by the owner, a deposit and a sale. */
static void
desk_day(int s, time_t day0, int dn)
{
	struct store *st = &g.st[s];
	struct customer *c;
	char phone[16];

	for (int k = 12 + upto(9); k > 0; k--) {
		phone_text(g.phones++, phone);
		emit(J_VISITS, at(day0, 9 * 60 + upto(540)), -1,
		    "call,%s,%s%s,,,,,,,%s,%s,,,unregistered,,,", phone, PICK(surnames),
		    chance(500) ? "女士" : "先生",
		    PICK(sources), g.st[s].id[upto(g.agents)]);
	}
	for (int k = 10 + upto(11); k > 0; k--)
		if ((c = customer_find(st, dn, 0)) != NULL) {
			c->last = dn;
			phone_text(c->phone, phone);
			emit(J_VISITS, at(day0, 9 * 60 + upto(540)), -1,
			    "follow,%s,,,,,,,,,%s,,,returning,%s,,", phone,
			    g.st[s].id[c->owner], g.st[s].id[c->owner]);
		}
	if ((c = customer_find(st, dn, 0)) != NULL) {
		phone_text(c->phone, phone);
		emit(J_DEALS, at(day0, 10 * 60 + upto(420)), -1,
		    "DJ-%06llu,deposit,%s,%s,20000.00,,,", (unsigned long long)++g.deals, phone,
		    g.st[s].id[c->owner]);
	}
	if (chance(500) && (c = customer_find(st, dn, 0)) != NULL) {
		phone_text(c->phone, phone);
		emit(J_DEALS, at(day0, 10 * 60 + upto(420)), -1,
		    "HT-%06llu,sale,%s,%s,%d.%02d,,,", (unsigned long long)++g.deals, phone,
		    g.st[s].id[c->owner], 600000 + upto(2400000), upto(100));
	}
}

static void
roster(const char *dir, const char *since)
{
	char *path = xasprintf("%s/agents.csv", dir);
	FILE *fp = fopen(path, "w");

	if (fp == NULL)
		err(1, "%s", path);
	fputs("agent,name,team,daily_wage,sales_target,rent_target,active,since\n", fp);
	for (int s = 0; s < g.stores; s++)
		for (int i = 0; i < g.agents; i++) {
			int k = s * g.agents + i;

			fprintf(fp, "%s,%s%s%s,", g.st[s].id[i], surnames[k % 20],
			    given[k / 20 % 40], thirds[k / 800 % 10]);
			if (g.stores == 1)
				fprintf(fp, "%s组,", i < g.agents / 2 ? "一" : "二");
			else
				fprintf(fp, "%03d店,", s + 1);
			fprintf(fp, "%d.00,3000000.00,20000.00,yes,%s\n", 140 + 10 * (k % 3), since);
		}
	if (fclose(fp) != 0)
		err(1, "%s", path);
	free(path);
}

static void
books_open(const char *dir)
{
	static const int books[] = { J_ATTENDANCE, J_FLOOR, J_VISITS, J_DEALS };
	struct str h = { 0 };

	for (size_t k = 0; k < sizeof(books) / sizeof(books[0]); k++) {
		int b = books[k];
		char *path = xasprintf("%s/%s", dir, jdefs[b].file);

		if ((g.out[b] = fopen(path, "w")) == NULL)
			err(1, "%s", path);
		setvbuf(g.out[b], NULL, _IOFBF, 1 << 20);
		h.len = 0;
		journal_header_line(&jdefs[b], &h);
		fwrite(h.s, 1, h.len, g.out[b]);
		memset(g.chain[b], '0', CHAIN_LEN);
		free(path);
	}
	free(h.s);
}

static void
books_close(void)
{
	for (int b = 0; b < J_COUNT; b++)
		if (g.out[b] != NULL && fclose(g.out[b]) != 0)
			err(1, "%s", jdefs[b].file);
}

static void
usage(void)
{
	fprintf(stderr, "usage: gen [-s seed] [-S stores] [-a agents] [-n days] [-c HH:MM] "
	    "END DIR\n");
	exit(64);
}

int
main(int argc, char *argv[])
{
	int ch, days = 30, cut_h = 11, cut_m = 0;
	struct tm end = { 0 }, tm;
	char since[16];
	time_t cut;

	g.seed = 1, g.stores = 1, g.agents = 8;
	while ((ch = getopt(argc, argv, "a:c:n:s:S:")) != -1)
		switch (ch) {
		case 'a':
			g.agents = atoi(optarg);
			break;
		case 'c':
			if (sscanf(optarg, "%d:%d", &cut_h, &cut_m) != 2)
				usage();
			break;
		case 'n':
			days = atoi(optarg);
			break;
		case 's':
			g.seed = strtoull(optarg, NULL, 10);
			break;
		case 'S':
			g.stores = atoi(optarg);
			break;
		default:
			usage();
		}
	if (argc - optind != 2 || sscanf(argv[optind], "%d-%d-%d", &end.tm_year, &end.tm_mon,
	    &end.tm_mday) != 3 || g.agents < 2 || g.agents > MAXAGENTS || g.stores < 1 ||
	    g.stores > 999 || days < 1)
		usage();
	end.tm_year -= 1900, end.tm_mon--;
	umask(027);
	g.st = xcalloc((size_t)g.stores, sizeof(*g.st));
	for (int s = 0; s < g.stores; s++)
		agent_ids(&g.st[s], s);
	books_open(argv[optind + 1]);
	for (int dn = 0; dn < days; dn++) {
		time_t day0;

		tm = end;
		tm.tm_mday -= days - 1 - dn, tm.tm_isdst = -1;
		day0 = mktime(&tm);
		/* a day's draws follow from its date: the last day of a month's books and of
		   ten years' begins alike, whatever came before */
		g.rng = g.seed ^ (uint64_t)day0 * 0x9e3779b97f4a7c15ULL;
		if (dn == 0) {
			strftime(since, sizeof(since), "%Y-%m-%d", &tm);
			roster(argv[optind + 1], since);
		}
		for (int s = 0; s < g.stores; s++) {
			attendance(s, day0);
			desk_day(s, day0, dn);	/* customers of earlier days */
			floor_day(s, day0, dn);
		}
		cut = dn == days - 1 ? day0 + cut_h * 3600L + cut_m * 60L : (time_t)1 << 62;
		day_flush(cut);
	}
	books_close();
	return 0;
}
