/* register.h: the customer register and who owns a customer (SPEC 5.2). */
#ifndef REGISTER_H
#define REGISTER_H

#include <time.h>

#include "clock.h"
#include "desk.h"
#include "journal.h"

struct owner {
	int		 agent;		/* roster index; -1: nobody owns the customer */
	long long	 seq;		/* the visits row the ownership rests on */
	day_t		 until;		/* the last valid day; 0: a deposit made it permanent */
	long long	 deposit;	/* the deals row of that deposit, or 0 */
};

int	register_owner(const struct desk *, struct journal *, struct journal *,
	    const char *, time_t, struct owner *);

#endif
