/*
 * manager.h: who may do a manager's action (SPEC 2): with rule managers GROUP, root and
 * the members of GROUP, judged by the real user id; everyone without the rule.
 */
#ifndef MANAGER_H
#define MANAGER_H

#include "desk.h"

/*
 * Before a manager's action opens a book to write: 0 when the user may, else 77 said
 * (action names it, "--void").  NULL action: nothing to check.
 */
int	manager_check(const struct desk *d, const char *action);

#endif
