/* commission.h: whose deal it is (SPEC 5.3), split to the fen, with the rows it rests on. */
#ifndef COMMISSION_H
#define COMMISSION_H

#include <stddef.h>
#include <time.h>

#include "desk.h"
#include "journal.h"
#include "money.h"
#include "phone.h"

#define SHARES_MAX	8

enum c_rule { CR_MANAGER, CR_REFERRAL, CR_AGREEMENT, CR_NEW, CR_EXPIRED, CR_OWNER,
	CR_COVER, CR_HOUSEHOLD, CR_CROSSED, CR_COUNT };
extern const char *const c_rule_names[CR_COUNT];

struct share {
	char		 agent[64];	/* a code, or an outside referrer as written */
	int64_t		 pct;		/* hundredths of a per cent */
	money_t		 amount;	/* fen */
};

/* A deal as entered. */
struct deal {
	time_t		 time;
	const char	*id, *kind, *agent, *referrer, *note, *split;
	char		 phone[PHONE_LEN];
	money_t		 amount;
};

/* The books a decision reads. */
struct c_books {
	struct journal	*floor, *visits, *deals, *agreements;
};

struct decision {
	int		 rule;
	struct share	 s[SHARES_MAX];
	size_t		 n;
	char		 evidence[256];
	char		 owner[64];	/* a deposit: who the customer belongs to now */
};

int	shares_parse(const struct desk *, const char *, int, struct share *, size_t *,
	    char *, size_t);
void	shares_format(const struct share *, size_t, char *, size_t);
void	commission_split(money_t, struct share *, size_t);
int	commission_decide(const struct desk *, const struct c_books *, const struct deal *,
	    struct decision *);
money_t	commission_of(money_t, money_t, int64_t);

#endif
