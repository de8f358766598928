# Who may do what: the manager's actions of SPEC 2 (--split, --agree, --claim --agent,
# --move, every --void and --import, attendance-fine --record, register-visit --handover,
# follow-up --assign) under rule managers (SPEC 6), judged by the real user id.  The tests
# run as root and act as the receptionist's login with runuser -u nobody, on a desk made
# writable for it; the managers' group is made for the file and removed after it.
load test_helper

# test_helper's setup, kept: this file's adds a desk nobody can reach.
eval "helper_$(declare -f setup)"

setup_file() {
	export G="fdmgr$$"		# the managers' group (frontdesk-admin on a desk)
	groupadd -f "$G"
}

teardown_file() {
	groupdel "$G" 2>/dev/null || true
}

# A fresh data dir under a directory nobody may enter, with the day of desk_day in it.
setup() {
	helper_setup
	DESK=$(mktemp -d /tmp/frontdesk-managers.XXXXXX)
	mv "$FRONTDESK_DATA" "$DESK/data"
	export FRONTDESK_DATA="$DESK/data"
	desk_day
	chmod -R a+rwX "$DESK"
	export FRONTDESK_NOW='2026-11-16 10:00'
}

teardown() {
	gpasswd -d nobody "$G" >/dev/null 2>&1 || true
	rm -rf "$DESK"
}

# The receptionist's login: runuser keeps the environment (FRONTDESK_*, TZ, LC_ALL,
# TEXTDOMAINDIR, PATH to the tree's bin); HOME and the user's names are nobody's.
nobody() { runuser -u nobody -- "$@"; }

# rule managers GROUP (or none) in rules.csv.
managers() { echo "managers,$1," >> "$FRONTDESK_DATA/rules.csv"; }

# The day the actions work on, recorded as the front desk (FRONTDESK_USER=前台): a caller
# on 11-15, four agents in, three customers (the third to void), a plan, a deal, a fine
# and a reception; and the files the imports read.
desk_day() {
	at '2026-11-15 10:00' register-visit --call --agent A03 --phone 13900000009 --source 网络
	at '2026-11-16 08:20' sign-in A01
	at '2026-11-16 08:21' sign-in A02
	at '2026-11-16 08:22' sign-in A03
	at '2026-11-16 08:23' sign-in A04
	at '2026-11-16 08:40' register-visit --agent A01 --phone 13800000001 --name 陈杰 --source 网络
	at '2026-11-16 08:41' register-visit --agent A02 --phone 13800000002 --name 李四 --source 网络
	at '2026-11-16 08:42' register-visit --follow --agent A01 --phone 13800000001 --next 2026-11-18
	at '2026-11-16 08:43' register-visit --agent A04 --phone 13800000004 --name 赵六 --source 网络
	at '2026-11-16 08:50' assign-commission --deal D1 --phone 13800000001 --agent A01 --amount 1000000
	at '2026-11-16 08:55' attendance-fine --record eat A03
	at '2026-11-16 09:00' next-agent --claim
	printf 'time,agent,event\n2026-11-16 08:29,A05,in\n' > "$DESK/attendance.csv"
	printf 'time,kind,agent,phone,name,source\n2026-11-16 09:10,visit,A03,13800000005,王五,网络\n' > "$DESK/visits.csv"
	printf 'time,deal,phone,agent,amount\n2026-11-16 09:30,D3,13800000002,A02,300000\n' > "$DESK/deals.csv"
} >/dev/null

# Every manager's action of SPEC 2, one a line: how refusals name it, then the command as
# the manager types it on desk_day (one word an argument), in an order where each works.
actions() {
	cat <<-EOF
	--split assign-commission --deal D2 --phone 13800000002 --agent A02 --amount 500000 --split A01:50,A02:50 --note 合作
	--agree assign-commission --agree 13800000003 A01:50,A02:50 --note 合作
	--void assign-commission --void D1 --note 录错
	--import assign-commission --import $DESK/deals.csv
	--claim --agent next-agent --claim --agent A02 --note 经理安排
	--move next-agent --move A03 --to 1
	--void next-agent --void 1 --note 录错
	--void sign-in --void 4 --note 录错
	--import sign-in --import $DESK/attendance.csv
	--void register-visit --void 5 --note 录错
	--handover register-visit --handover A01 --to A02 --note 离职
	--import register-visit --import $DESK/visits.csv
	--record attendance-fine --record eat A04
	--void attendance-fine --void 1 --note 录错
	--assign follow-up --assign
	--void follow-up --void 1 --note 录错
	EOF
}

# Who wrote the rows recorded from 10:00 on (the actions'), per book: "deals.csv root 3".
# recorded_at is the second field and by the one before the chain: no quoting before them.
books_by() {
	local f
	for f in attendance floor visits deals agreements commissions violations followups; do
		[ -e "$FRONTDESK_DATA/$f.csv" ] || continue
		awk -F, -v f="$f.csv" 'NR > 1 && $2 >= "2026-11-16T10:00" { n[$(NF - 1)]++ }
			END { for (by in n) print f, by, n[by] }' "$FRONTDESK_DATA/$f.csv"
	done
}

# by_actions BY: the rows run_actions writes, per book, all of them by BY.
by_actions() {
	printf '%s\n' "attendance.csv $1 2" "floor.csv $1 3" "visits.csv $1 3" "deals.csv $1 3" \
	    "agreements.csv $1 1" "commissions.csv $1 4" "violations.csv $1 2" "followups.csv $1 2"
}

# run_actions [nobody]: every manager's action, each a success, as root or as nobody.
run_actions() {
	local line action argv
	while IFS= read -r line; do
		action=${line%% [a-z]*}
		read -ra argv <<<"${line#"$action" }"
		run --separate-stderr "$@" "${argv[@]}"
		[ "$status" -eq 0 ] || fail "$action (${argv[*]}): exit $status: $stderr"
	done < <(actions)
}

@test "rule managers: a login outside the group is refused every manager's action, exit 77 with one line naming the action and the group, every book byte for byte unchanged (SPEC 2 manager's actions, exit 77; SPEC 6 managers)" {
	local line action argv n=0
	managers "$G"
	while IFS= read -r line; do
		action=${line%% [a-z]*}
		read -ra argv <<<"${line#"$action" }"
		expect_fail 77 "${argv[0]}: not permitted: $action is a manager's action, for root and the group $G (rule managers)" \
			nobody "${argv[@]}"
		n=$((n + 1))
	done < <(actions)
	assert_equal "$n" 16
	# nothing was created either: no book of the actions that start one
	assert_file_not_exist "$FRONTDESK_DATA/agreements.csv"
}

@test "rule managers: \$FRONTDESK_USER does not make a manager: the real user id decides (SPEC 2: the check uses the real user id, never \$FRONTDESK_USER)" {
	managers "$G"
	FRONTDESK_USER=root expect_fail 77 "sign-in: not permitted: --void is a manager's action, for root and the group $G (rule managers)" \
		nobody sign-in --void 4 --note 录错
	FRONTDESK_USER=经理 expect_fail 77 "next-agent: not permitted: --move is a manager's action, for root and the group $G (rule managers)" \
		nobody next-agent --move A03 --to 1
}

@test "rule managers: a refusal comes before anything else is read: a void of a row that is not there, an import of a file that is not there, are 77 all the same (SPEC 2 exit 77: nothing written)" {
	managers "$G"
	expect_fail 77 "sign-in: not permitted: --import is a manager's action, for root and the group $G (rule managers)" \
		nobody sign-in --import "$DESK/no-such-file.csv"
	expect_fail 77 "attendance-fine: not permitted: --void is a manager's action, for root and the group $G (rule managers)" \
		nobody attendance-fine --void 99 --note 录错
	expect_fail 77 "register-visit: not permitted: --import is a manager's action, for root and the group $G (rule managers)" \
		nobody register-visit --import - <<<'not,a,register'
}

@test "rule managers: the desk's own actions stay open to the receptionist's login, and by records its login name, not \$FRONTDESK_USER (SPEC 2: by then records the login name)" {
	managers "$G"
	run nobody sign-in A05
	assert_success
	assert_output "A05 陈静 signed in at 10:00, 5th today; late 90 min (1st late this month) (row 5)"
	run nobody sign-in --out A04 --note 银行
	assert_success
	run nobody sign-in --back A04
	assert_success
	run nobody next-agent
	assert_success
	assert_output "A02 李娜 — next in line (round 1)"
	run nobody next-agent --claim
	assert_success
	run nobody next-agent --done A01
	assert_success
	run nobody register-visit --agent A02 --phone 13800000006 --name 孙七 --source 路过
	assert_success
	run nobody register-visit --call --agent A03 --phone 13900000010 --source 网络
	assert_success
	run nobody register-visit --follow --agent A01 --phone 13800000001 --level A
	assert_success
	run nobody assign-commission --deal D2 --phone 13800000002 --agent A02 --amount 500000
	assert_success
	run nobody follow-up --plan 13800000006 --agent A02 --next 2026-11-18
	assert_success
	run nobody follow-up --lost 13800000004 --agent A04 --reason 价格
	assert_success
	for listing in 'sign-in --list' 'next-agent --queue' 'register-visit --list' \
	    'assign-commission --statement 2026-11' 'attendance-fine --summary' 'follow-up' \
	    'daily-report' 'verify-journal'; do
		run nobody $listing
		[ "$status" -eq 0 ] || fail "$listing: exit $status: $output"
	done
	# every row of the day since 10:00 was written by nobody, whatever FRONTDESK_USER says
	run books_by
	assert_output "attendance.csv nobody 3
floor.csv nobody 2
visits.csv nobody 3
deals.csv nobody 1
commissions.csv nobody 1
followups.csv nobody 2"
	run cols attendance.csv seq,agent,event,by
	assert_line "5,A05,in,nobody"
	assert_line "4,A04,in,前台"
}

@test "rule managers: root may do every manager's action, and by records root (SPEC 2: neither root nor in that group is refused)" {
	managers "$G"
	run_actions
	run books_by
	assert_output "$(by_actions root)"
	run cols floor.csv seq,agent,event,reason,ref,by
	assert_output "1,A01,receive,rotation,,前台
2,A02,receive,manager: 经理安排,,root
3,A03,move,to 1,,root
4,A01,void,录错,1,root"
	run cols commissions.csv deal,agent,share,rule,by
	assert_line "D2,A01,50.00,manager,root"
	assert_line "D2,A02,50.00,manager,root"
}

@test "rule managers: a member of the group may do every manager's action, and by records its login; taken out of the group, it is refused again (SPEC 2, SPEC 6 managers)" {
	managers "$G"
	gpasswd -a nobody "$G" >/dev/null
	run_actions nobody
	run books_by
	assert_output "$(by_actions nobody)"
	gpasswd -d nobody "$G" >/dev/null
	expect_fail 77 "assign-commission: not permitted: --agree is a manager's action, for root and the group $G (rule managers)" \
		nobody assign-commission --agree 13800000007 A01:50,A02:50 --note 合作
}

@test "rule managers: the group given to the session (runuser -g, as newgrp or sg do) is a member too (SPEC 2)" {
	managers "$G"
	run runuser -u nobody -g "$G" -- next-agent --move A03 --to 1
	assert_success
	assert_output "A03 张敏 moved to position 1 by the manager (条例 4) (row 2)"
	run cols floor.csv seq,agent,event,by
	assert_line "2,A03,move,nobody"
}

@test "without rule managers the receptionist's login may do every manager's action, as before, and by is \$FRONTDESK_USER (SPEC 2: without the rule everyone may; SPEC 6 managers none)" {
	run_actions nobody
	run books_by
	assert_output "$(by_actions 前台)"
}

@test "managers none is the default written out: everyone may (SPEC 6 managers (none))" {
	managers none
	run nobody next-agent --move A03 --to 1
	assert_success
	run cols floor.csv seq,event,by
	assert_line "2,move,前台"
}

@test "rules.csv: managers naming a group this system does not have is bad data at its line, exit 65, for every tool, nothing written (SPEC 1 rules.csv, SPEC 6 managers)" {
	local line
	managers "fdmgr-no-such-group"
	line=$(wc -l < "$FRONTDESK_DATA/rules.csv")
	for listing in 'sign-in --list' 'next-agent --queue' 'register-visit --list' \
	    'assign-commission --statement 2026-11' 'attendance-fine' 'follow-up' 'daily-report'; do
		expect_fail 65 "${listing%% *}: rules.csv:$line: managers is a group of this system (getent group), or none, not 'fdmgr-no-such-group'" \
			$listing
	done
	expect_fail 65 "sign-in: rules.csv:$line: managers is a group of this system (getent group), or none, not 'fdmgr-no-such-group'" \
		sign-in A05
	expect_fail 65 "next-agent: rules.csv:$line: managers is a group of this system (getent group), or none, not 'fdmgr-no-such-group'" \
		nobody next-agent --move A03 --to 1
	sed -i '$d' "$FRONTDESK_DATA/rules.csv"
	managers ""
	expect_fail 65 "sign-in: rules.csv:$line: managers is a group of this system (getent group), or none, not ''" \
		sign-in A05
}
