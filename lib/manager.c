/*
 * manager.c: the one check of a manager's action (SPEC 2: --split, --agree, --claim
 * --agent, --move, every --void and --import, attendance-fine --record, register-visit
 * --handover, follow-up --assign).  With rule managers GROUP, only root and the members
 * of GROUP may: the real user id decides, never $FRONTDESK_USER, which anyone can set.
 * Without the rule (the default) a desk with one login goes on as before.
 */
#include <err.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "manager.h"
#include "util.h"

/* The session holds gid: its real group or a supplementary one (newgrp, sg, login). */
static int
session_has(gid_t gid)
{
	int n = getgroups(0, NULL), found = getgid() == gid;
	gid_t *v = xcalloc(n > 0 ? n : 1, sizeof(*v));

	n = getgroups(n, v);
	for (int i = 0; i < n && !found; i++)
		found = v[i] == gid;
	free(v);
	return found;
}

/* The group database lists the real user's login in gid: its own group, or a member. */
static int
login_has(gid_t gid)
{
	struct passwd *pw = getpwuid(getuid());
	gid_t own, *v;
	char *login;
	int n = 0, found = 0;

	if (pw == NULL)
		return 0;
	login = xstrdup(pw->pw_name);
	own = pw->pw_gid;
	getgrouplist(login, own, NULL, &n);	/* -1, and n: how many there are */
	v = xcalloc(n > 0 ? n : 1, sizeof(*v));
	if (getgrouplist(login, own, v, &n) != -1)
		for (int i = 0; i < n && !found; i++)
			found = v[i] == gid;
	free(v);
	free(login);
	return found;
}

/* The real user is in group: as the group database says, or as the session holds it. */
static int
in_group(const char *group)
{
	struct group *gr = getgrnam(group);
	gid_t gid;

	if (gr == NULL)
		return 0;
	gid = gr->gr_gid;
	return login_has(gid) || session_has(gid);
}

int
manager_check(const struct desk *d, const char *action)
{
	const char *group = d->rules.managers;

	if (action == NULL || group == NULL || getuid() == 0 || in_group(group))
		return 0;
	/* TRANSLATORS: %1$s is the action refused ("--void", "--claim --agent"), %2$s
	   the Unix group of rule managers (frontdesk-admin); root and managers are not
	   translated. */
	warnx(_("not permitted: %s is a manager's action, for root and the group %s "
	    "(rule managers)"), action, group);
	return EX_NOPERM;
}
