#!/usr/bin/env bats
# systemd/: the units that do what data/crontab.example does.  systemd need not be
# running: systemd-analyze checks the files offline (package systemd; man-db for the
# Documentation= pages, which it looks up with man).

load test_helper

units="$BATS_TEST_DIRNAME/../systemd"

# The man pages the units name, found as installed ones would be (MANPATH/man1).
manpath() {
	mkdir -p "$BATS_TEST_TMPDIR/man/man1"
	ln -s "$BATS_TEST_DIRNAME"/../man/*.1 "$BATS_TEST_TMPDIR/man/man1/"
	export MANPATH="$BATS_TEST_TMPDIR/man"
}

@test "systemd-analyze verify: every unit clean" {
	manpath
	run systemd-analyze verify "$units"/frontdesk-{nightly,monthly,assign}.{service,timer}
	assert_success
	assert_output ""
}

@test "systemd-analyze verify: a unit's fault is seen (the check above checks)" {
	manpath
	# (it looks for the first ExecStart='s program only, and not behind a "-")
	sed '0,/^ExecStart=/s|^ExecStart=-/bin/sh |ExecStart=/bin/no-such-sh |' \
	    "$units/frontdesk-monthly.service" > "$BATS_TEST_TMPDIR/frontdesk-monthly.service"
	sed 's/^Documentation=.*/& man:no-such-page(1)/' "$units/frontdesk-nightly.service" \
	    > "$BATS_TEST_TMPDIR/frontdesk-nightly.service"
	run systemd-analyze verify "$BATS_TEST_TMPDIR"/frontdesk-{monthly,nightly}.service
	assert_failure
	assert_output - <<-'EOF'
	frontdesk-monthly.service: Command /bin/no-such-sh is not executable: No such file or directory
	frontdesk-nightly.service: Command 'man no-such-page(1)' failed with code 16
	EOF
}

# cal TIMER: when its OnCalendar= elapses after 2026-11-02 12:00 on the sales floor,
# twice ("From now" is the distance from the real now: left out).
cal() {
	local when
	when=$(sed -n 's/^OnCalendar=//p' "$units/frontdesk-$1.timer")
	TZ=Asia/Shanghai systemd-analyze calendar --base-time='2026-11-02 12:00' --iterations=2 \
	    "$when" | grep -v 'From now:'
}

@test "frontdesk-assign.timer: 09:00 each day (crontab: 0 9 * * *)" {
	run cal assign
	assert_success
	assert_output - <<-'EOF'
	Normalized form: *-*-* 09:00:00
	    Next elapse: Tue 2026-11-03 09:00:00 CST
	       (in UTC): Tue 2026-11-03 01:00:00 UTC
	       Iter. #2: Wed 2026-11-04 09:00:00 CST
	       (in UTC): Wed 2026-11-04 01:00:00 UTC
	EOF
}

@test "frontdesk-nightly.timer: 21:00 each day (crontab: 0 21 * * *)" {
	run cal nightly
	assert_success
	assert_output - <<-'EOF'
	Normalized form: *-*-* 21:00:00
	    Next elapse: Mon 2026-11-02 21:00:00 CST
	       (in UTC): Mon 2026-11-02 13:00:00 UTC
	       Iter. #2: Tue 2026-11-03 21:00:00 CST
	       (in UTC): Tue 2026-11-03 13:00:00 UTC
	EOF
}

@test "frontdesk-monthly.timer: 07:00 on the 1st (crontab: 0 7 1 * *)" {
	run cal monthly
	assert_success
	assert_output - <<-'EOF'
	Normalized form: *-*-01 07:00:00
	    Next elapse: Tue 2026-12-01 07:00:00 CST
	       (in UTC): Mon 2026-11-30 23:00:00 UTC
	       Iter. #2: Fri 2027-01-01 07:00:00 CST
	       (in UTC): Thu 2026-12-31 23:00:00 UTC
	EOF
}

@test "every timer makes up a missed run and is enabled by timers.target" {
	for t in assign monthly nightly; do
		run grep -x -e 'Persistent=true' -e 'WantedBy=timers.target' "$units/frontdesk-$t.timer"
		assert_success
		assert_output $'Persistent=true\nWantedBy=timers.target'
	done
}

@test "every service is a oneshot run as the books' owner, with /etc/default/frontdesk" {
	for s in assign monthly nightly; do
		run grep -E '^(Type|User|Group|EnvironmentFile)=' "$units/frontdesk-$s.service"
		assert_success
		assert_output - <<-'EOF'
		Type=oneshot
		User=frontdesk
		Group=frontdesk
		EnvironmentFile=/etc/default/frontdesk
		EOF
	done
}

# The environment the units' shell reads ($$NAME: a $ for the shell; the jobs' own
# variables are lower case).
unit_vars() { grep -Eho '[$][$][A-Z_]+' "$units"/*.service | sort -u; }

@test "/etc/default/frontdesk sets every variable the units read" {
	run unit_vars
	assert_success
	assert_output $'$$AGENT_LANG\n$$FRONTDESK_DATA\n$$FRONTDESK_HEADS\n$$FRONTDESK_REPORTS\n$$MAILTO'
	run grep -E '^[A-Z_]+=' "$units/frontdesk.default"
	assert_success
	assert_output - <<-'EOF'
	FRONTDESK_DATA=/srv/frontdesk
	MAILTO=manager
	FRONTDESK_REPORTS=/srv/frontdesk-reports
	FRONTDESK_HEADS=/srv/frontdesk-heads
	AGENT_LANG=zh_CN.UTF-8
	EOF
}

# run_unit NAME: its service's jobs run in turn as systemd runs them, with the settings of
# frontdesk.default but the test's data dir, and a bsd-mailx that prints each mail.  The
# command lines are unquoted here by systemd.syntax(7)'s rules (a line ending in \ goes on,
# quotes and C escapes, $$ a $, %% a %), the one thing systemd is not asked: it does
# not run here.  "-": a failure does not stop the next job.  Prints each job's exit.
run_unit() {
	mkdir -p "$BATS_TEST_TMPDIR/fake"
	cat > "$BATS_TEST_TMPDIR/fake/bsd-mailx" <<-'MAILX'
	#!/bin/sh
	# -E: no mail for an empty body; the rest is what the mail would be
	body=$(cat); [ -n "$body" ] || exit 0
	printf 'mail'; for a; do printf ' [%s]' "$a"; done; printf '\n%s\n' "$body"
	MAILX
	chmod +x "$BATS_TEST_TMPDIR/fake/bsd-mailx"
	env -u LC_ALL LANG=C.UTF-8 PATH="$BATS_TEST_TMPDIR/fake:$PATH" MAILTO=manager \
	    FRONTDESK_REPORTS="$BATS_TEST_TMPDIR/reports" FRONTDESK_HEADS="$BATS_TEST_TMPDIR/heads" \
	    AGENT_LANG=zh_CN.UTF-8 \
	    python3 - "$units/frontdesk-$1.service" <<-'PY'
	import re, subprocess, sys
	esc = {"n": "\n", "t": "\t", "\\": "\\", "'": "'", '"': '"', "s": " "}
	text = open(sys.argv[1]).read().replace("\\\n", " ")
	for line in text.splitlines():
	    if not line.startswith("ExecStart="):
	        continue
	    v = line[len("ExecStart="):]
	    ignore = v.startswith("-")
	    v = v.lstrip("-")
	    argv, i = [], 0
	    while i < len(v):
	        if v[i].isspace():
	            i += 1
	            continue
	        if v[i] in "'\"":
	            q, i, s = v[i], i + 1, ""
	            while v[i] != q:
	                if v[i] == "\\":
	                    s, i = s + esc[v[i + 1]], i + 2
	                else:
	                    s, i = s + v[i], i + 1
	            i += 1
	        else:
	            s = re.match(r"\S+", v[i:]).group(0)
	            i += len(s)
	        # a lone $ or % would be systemd's own (a variable, a specifier): none wanted
	        if re.search(r"[$%]", s.replace("$$", "").replace("%%", "")):
	            sys.exit("lone $ or % in: " + s)
	        argv.append(s.replace("$$", "$").replace("%%", "%"))
	    sys.stdout.flush()
	    code = subprocess.call(argv, stderr=subprocess.STDOUT)
	    print("exit", code, flush=True)
	    if code and not ignore:
	        break
	PY
}

@test "frontdesk-assign.service: a refused hand-out mailed to the manager, then each due list in Chinese to its agent" {
	at '2026-11-02 10:00' register-visit --agent A01 --phone 13812345678 --name 陈杰 \
	    --source 网络 --level H >/dev/null
	at '2026-11-03 15:00' register-visit --call --agent A02 --phone 13900001111 --name 李四 \
	    --source 网络 >/dev/null
	FRONTDESK_NOW='2026-11-04 09:00' run run_unit assign
	assert_success
	assert_output - <<-EOF
	mail [-E] [-s] [follow-up --assign refused $(date +%F)] [manager]
	follow-up: refused: nobody is signed in on the floor to hand the callers to (次日分派)
	exit 1
	mail [-E] [-a] [Content-Type: text/plain; charset=UTF-8] [-s] [follow-up A01 $(date +%F)] [A01]
	工号  姓名  电话         客户  级别  最近联系    应跟进日    保护期至    原因
	A01   王伟  138****5678  陈杰  H     2026-11-02  2026-11-04  2026-11-22  跟进周期
	exit 0
	EOF
}

@test "frontdesk-nightly.service: the day's report and the heads mailed; a broken book in the heads' mail, the unit failed" {
	local day
	day=$(date -d '21 hours ago' +%F)	# the day a run now reports
	at '2026-11-02 10:00' register-visit --agent A01 --phone 13812345678 --name 陈杰 \
	    --source 网络 --level H >/dev/null
	run run_unit nightly
	assert_success
	assert_output - <<-EOF
	mail [-E] [-a] [Content-Type: text/html; charset=UTF-8] [-s] [daily report $day] [manager]
	$(daily-report --date "$day" --format html)
	exit 0
	mail [-E] [-s] [heads $(date +%F)] [manager]
	$(verify-journal --heads)
	exit 0
	EOF
	# a row edited: the report still goes; the fault and the other books' heads are mailed
	sed -i '2s/陈杰/陈洁/' "$FRONTDESK_DATA/visits.csv"
	run run_unit nightly
	assert_success
	assert_output - <<-EOF
	mail [-E] [-a] [Content-Type: text/html; charset=UTF-8] [-s] [daily report $day] [manager]
	$(daily-report --date "$day" --format html)
	exit 0
	mail [-E] [-s] [heads $(date +%F)] [manager]
	verify-journal: visits.csv:2: chain broken (this row edited, or the row before it removed or moved)
	file,rows,head
	attendance.csv,0,0000000000000000000000000000000000000000000000000000000000000000
	floor.csv,0,0000000000000000000000000000000000000000000000000000000000000000
	deals.csv,0,0000000000000000000000000000000000000000000000000000000000000000
	agreements.csv,0,0000000000000000000000000000000000000000000000000000000000000000
	commissions.csv,0,0000000000000000000000000000000000000000000000000000000000000000
	violations.csv,0,0000000000000000000000000000000000000000000000000000000000000000
	followups.csv,0,0000000000000000000000000000000000000000000000000000000000000000
	exit 65
	EOF
}

@test "frontdesk-monthly.service: the heads kept, last month's report mailed, its fines and commission copied; a failed copy stops the unit" {
	local m h
	m=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m)	# the month before this one
	h="$BATS_TEST_TMPDIR/heads/heads-$(date +%Y-%m).csv"	# the heads as this one starts
	at '2026-11-02 10:00' register-visit --agent A01 --phone 13812345678 --name 陈杰 \
	    --source 网络 --level H >/dev/null
	mkdir "$BATS_TEST_TMPDIR/reports" "$BATS_TEST_TMPDIR/heads"
	run run_unit monthly
	assert_success
	assert_output - <<-EOF
	exit 0
	mail [-E] [-a] [Content-Type: text/html; charset=UTF-8] [-s] [monthly report $m] [manager]
	$(daily-report --month "$m" --format html)
	exit 0
	exit 0
	exit 0
	EOF
	attendance-fine --month "$m" --summary --excel > "$BATS_TEST_TMPDIR/fines"
	assign-commission --statement "$m" --excel > "$BATS_TEST_TMPDIR/commission"
	assert_files_equal "$BATS_TEST_TMPDIR/reports/fines-$m.csv" "$BATS_TEST_TMPDIR/fines"
	assert_files_equal "$BATS_TEST_TMPDIR/reports/commission-$m.csv" "$BATS_TEST_TMPDIR/commission"
	# the heads kept are tonight's, and the books hold them
	verify-journal --heads > "$BATS_TEST_TMPDIR/heads.csv"
	assert_files_equal "$h" "$BATS_TEST_TMPDIR/heads.csv"
	run -0 grep -c '^visits.csv,1,' "$h"
	run -0 --separate-stderr verify-journal --against "$h"
	assert_output ''
	assert_equal "$stderr" ''
	# no reports directory: the fines' copy fails and the commission's is not tried;
	# no heads directory: the heads are not kept, and the reports go on
	rm -r "$BATS_TEST_TMPDIR/reports" "$BATS_TEST_TMPDIR/heads"
	run run_unit monthly
	assert_success
	assert_output - <<-EOF
	/bin/sh: 1: cannot create $h: Directory nonexistent
	exit 2
	mail [-E] [-a] [Content-Type: text/html; charset=UTF-8] [-s] [monthly report $m] [manager]
	$(daily-report --month "$m" --format html)
	exit 0
	/bin/sh: 1: cannot create $BATS_TEST_TMPDIR/reports/fines-$m.csv: Directory nonexistent
	exit 2
	EOF
}
