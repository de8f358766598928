/* register.h: the customer register and who owns a customer (SPEC 5.2). */
#ifndef REGISTER_H
#define REGISTER_H

#include <time.h>

#include "clock.h"
#include "desk.h"
#include "journal.h"
#include "phone.h"

/* How far back the register remembers a lapsed registration (status expired, not new). */
#define REGISTER_REACH_DAYS	366

enum reg_status { RS_NEW, RS_RETURNING, RS_EXPIRED, RS_CROSSED, RS_UNREGISTERED,
	RS_COUNT };
extern const char *const reg_status_names[RS_COUNT];

/* What the register knows of a customer at a time. */
struct reg {
	char		 root[PHONE_LEN];	/* the household: the phone everyone links to */
	char		 owner[64];	/* the owner's code; "" when nobody owns them */
	int		 agent;		/* the owner in the roster, -1 if not there or none */
	long long	 seq;		/* the visits row the ownership rests on */
	day_t		 registered;	/* the owner's registration, 0 if out of reach */
	day_t		 last;		/* the owner's last visit or follow-up */
	day_t		 until;		/* the last valid day; 0 when a deposit holds it */
	long long	 deposit;	/* the deals row of the deposit that holds it, or 0 */
	int		 seen;		/* registered before, within REGISTER_REACH_DAYS */
	int		 visits;	/* visit rows of the household within reach */
	int		 rows;		/* rows of this phone within reach, calls included */
	char		 name[128];	/* the latest name given */
	char		 source[64];	/* the channel of the latest registration (媒介) */
	day_t		 lapsed;	/* when the last registration lapsed, if it did, */
	char		 was[64];	/* and whose it was */
};

/* One customer of a batch: the phone, the time asked about, and the channel found. */
struct reg_chan {
	const char	*phone;
	time_t		 at;
	size_t		 source;	/* its index in rules.sources, their count if none */
};

int	register_channels(const struct desk *, struct journal *, struct reg_chan *, size_t);
int	register_find(const struct desk *, struct journal *, struct journal *,
	    const char *, time_t, struct reg *);
int	register_status(const struct reg *, const char *);

#endif
