#!/usr/bin/env bats
# The journal library through sign-in: SPEC 1 (files, journal rules, appending, reading)
# and SPEC 2 (conventions, exit codes).  Each test names the clause it follows.
load test_helper

Z=0000000000000000000000000000000000000000000000000000000000000000
HEADER=seq,recorded_at,time,agent,event,detail,ref,by,chain

teardown() {
	# the read-only test makes the data dir immutable when run as root
	[ -z "${immutable:-}" ] || chattr -i "$FRONTDESK_DATA"
	[ -z "${holder:-}" ] || { kill "$holder"; wait "$holder"; } || true
}

book() { echo "$FRONTDESK_DATA/attendance.csv"; }

# Four agents signed in on 2026-11-02: rows 1-4 on lines 2-5.
four_in() {
	at '2026-11-02 08:10' sign-in A01 &&
	at '2026-11-02 08:20' sign-in A02 &&
	at '2026-11-02 08:30' sign-in A03 &&
	at '2026-11-02 08:40' sign-in A04
} >/dev/null

FOUR_LISTED='position,agent,name,in,late_min,state
1,A01,王伟,08:10,0,present
2,A02,李娜,08:20,0,present
3,A03,张敏,08:30,0,present
4,A04,刘洋,08:40,10,present'

# Replace line $1 of attendance.csv by what printf makes of the format $2 and the rest.
replace_line() {
	local f n=$1 fmt=$2
	f=$(book)
	shift 2
	# shellcheck disable=SC2059
	{ head -n $((n - 1)) "$f"; printf "$fmt" "$@"; tail -n +$((n + 1)) "$f"; } >"$f.new"
	mv "$f.new" "$f"
}

# Run a command with stdout on a full disk.
to_full() { "$@" >/dev/full; }

# 8 desks at once, each signing its own agent (A01-A08, A08 made active) out and back
# $1 times with the clock fixed after the sign-ins: 8 + 16 * $1 rows.
eight_desks() {
	local n=$1 i p pids=() rc=0

	sed -i 's/^\(A08,.*\),no,$/\1,yes,/' "$FRONTDESK_DATA/agents.csv"
	grep -q '^A08,.*,yes,$' "$FRONTDESK_DATA/agents.csv" || return 1
	for i in 1 2 3 4 5 6 7 8; do
		at "2026-11-20 08:0$i" sign-in "A0$i" >/dev/null || return 1
	done
	for i in 1 2 3 4 5 6 7 8; do
		(
			export FRONTDESK_NOW='2026-11-20 09:00'
			for ((k = 0; k < n; k++)); do
				sign-in --out "A0$i" && sign-in --back "A0$i" || exit 1
			done >/dev/null
		) 3>&- &
		pids+=($!)
	done
	for p in "${pids[@]}"; do
		wait "$p" || rc=1
	done
	return $rc
}

# How many rows of each event each agent has: A01,in,1
agent_events() { cols attendance.csv agent,event | sort | uniq -c | awk '{ print $2 "," $1 }'; }

# What eight_desks must leave behind, whatever the interleaving.
eight_desks_check() {
	local n=$1 rows=$((8 + 16 * $1)) want="" i

	run awk 'END { print NR }' "$(book)"
	assert_output "$((rows + 1))"
	run head -n 1 "$(book)"
	assert_output "$HEADER"
	run awk -F, 'NR > 1 && $1 != NR - 1 { print "line " NR ": seq " $1; exit 1 }' "$(book)"
	assert_success
	assert_output ''
	run grep -cvE '^[0-9]+,.*,[0-9a-f]{64}$' <(tail -n +2 "$(book)")
	assert_output 0
	for i in 1 2 3 4 5 6 7 8; do
		want+="A0$i,back,$n"$'\n'"A0$i,in,1"$'\n'"A0$i,out,$n"$'\n'
	done
	run agent_events
	assert_output "${want%$'\n'}"
	run chain_ok "$(book)"
	assert_success
	assert_output ''
}

# --- SPEC 1 journal rules: header, seq, chain, mode ------------------------------------

@test "SPEC 1 journals: the first append creates attendance.csv with its exact header, mode 0640 (umask 022)" {
	umask 022
	assert_file_not_exists "$(book)"
	run -0 at '2026-11-02 08:25' sign-in A01
	assert_output 'A01 王伟 signed in at 08:25, 1st today (row 1)'
	run head -n 1 "$(book)"
	assert_output "$HEADER"
	run stat -c %a "$(book)"
	assert_output 640
}

@test "SPEC 1 journal rules: seq counts 1..N and the chain re-computes with sha256sum alone" {
	at '2026-11-02 08:25' sign-in A01 >/dev/null
	at '2026-11-02 08:41' sign-in A02 >/dev/null
	at '2026-11-02 08:50' sign-in 张敏 >/dev/null
	at '2026-11-02 09:10' sign-in --out --note 售楼处 A01 >/dev/null
	at '2026-11-02 09:40' sign-in --back A01 >/dev/null
	run cols attendance.csv seq,recorded_at,time,agent,event,detail,ref,by
	assert_output '1,2026-11-02T08:25:00+08:00,2026-11-02T08:25:00+08:00,A01,in,,,前台
2,2026-11-02T08:41:00+08:00,2026-11-02T08:41:00+08:00,A02,in,,,前台
3,2026-11-02T08:50:00+08:00,2026-11-02T08:50:00+08:00,A03,in,,,前台
4,2026-11-02T09:10:00+08:00,2026-11-02T09:10:00+08:00,A01,out,售楼处,,前台
5,2026-11-02T09:40:00+08:00,2026-11-02T09:40:00+08:00,A01,back,,,前台'
	run grep -cvE ',[0-9a-f]{64}$' <(tail -n +2 "$(book)")
	assert_output 0
	run chain_ok "$(book)"
	assert_success
	assert_output ''
}

@test "SPEC 1 journal rules: editing one field of a row breaks the chain at that row" {
	at '2026-11-02 08:25' sign-in A01 >/dev/null
	at '2026-11-02 08:41' sign-in A02 >/dev/null
	at '2026-11-02 08:50' sign-in A03 >/dev/null
	run chain_ok "$(book)"
	assert_success
	sed -i '3s/,A02,in,/,A05,in,/' "$(book)"
	run sed -n 3p "$(book)"
	assert_output --regexp '^2,2026-11-02T08:41:00\+08:00,2026-11-02T08:41:00\+08:00,A05,in,,,前台,[0-9a-f]{64}$'
	edited=$output
	run chain_ok "$(book)"
	assert_failure
	assert_output "chain broken at: $edited"
}

@test "SPEC 1 journal rules: a field holding a comma or a quote is written quoted; by is \$FRONTDESK_USER" {
	at '2026-11-02 08:26' sign-in A03 >/dev/null
	run -0 at '2026-11-02 08:40' sign-in --out --note 'a,b' A03
	assert_output 'A03 张敏 is out at 08:40 (a,b) (row 2)'
	FRONTDESK_USER=经理 at '2026-11-02 08:41' sign-in --back --note 'say "hi"' A03 >/dev/null
	run sed -n '3,$s/,[0-9a-f]\{64\}$//p' "$(book)"
	assert_output '2,2026-11-02T08:40:00+08:00,2026-11-02T08:40:00+08:00,A03,out,"a,b",,前台
3,2026-11-02T08:41:00+08:00,2026-11-02T08:41:00+08:00,A03,back,"say ""hi""",,经理'
	run chain_ok "$(book)"
	assert_success
}

@test "SPEC 1 journal rules: a row over 4096 bytes or a note with a line end is refused (65), nothing written" {
	at '2026-11-02 08:26' sign-in A01 >/dev/null
	snapshot
	run -65 --separate-stderr at '2026-11-02 08:40' sign-in --out --note "$(printf '%04000d' 0)" A01
	assert_equal "$stderr" 'sign-in: attendance.csv: the row would be 4136 bytes, over 4096: shorten the text'
	assert_equal "$output" ''
	run -65 --separate-stderr at '2026-11-02 08:40' sign-in --out --note $'a\nb' A01
	assert_equal "$stderr" 'sign-in: --note holds a line break: a row is one line'
	unchanged
	# just under the limit is written
	run -0 at '2026-11-02 08:40' sign-in --out --note "$(printf '%03955d' 0)" A01
	run bash -c "tail -n 1 '$(book)' | wc -c"
	assert_output 4091
}

@test "SPEC 2 errors: a command refused on a new book leaves no attendance.csv behind" {
	run -1 --separate-stderr at '2026-11-02 08:40' sign-in --back A01
	assert_equal "$stderr" 'sign-in: refused: on 2026-11-02 A01 王伟 has not signed in (sign in first)'
	assert_file_not_exists "$(book)"
}

# --- SPEC 1 appending: torn tail, concurrency, lock, clock ----------------------------

@test "SPEC 1 appending: a torn last line refuses an append (65, points to verify-journal --repair), nothing written" {
	at '2026-11-02 08:25' sign-in A01 >/dev/null
	printf '2,2026-11-02T08:3' >>"$(book)"
	snapshot
	run -65 --separate-stderr at '2026-11-02 08:40' sign-in A02
	assert_equal "$stderr" 'sign-in: attendance.csv:3: the last line has no line end: the row is torn (see verify-journal --repair)'
	assert_equal "$output" ''
	unchanged
}

@test "SPEC 1 reading: a torn last line refuses --list (65, points to verify-journal --repair), book untouched" {
	at '2026-11-02 08:25' sign-in A01 >/dev/null
	printf '2,2026-11-02T08:3' >>"$(book)"
	snapshot
	run -65 --separate-stderr at '2026-11-02 08:40' sign-in --list
	assert_equal "$stderr" 'sign-in: attendance.csv:3: the last line has no line end: the row is torn (see verify-journal --repair)'
	assert_equal "$output" ''
	unchanged
}

@test "SPEC 1 appending: 8 desks appending at once lose no row: 408 rows, seq 1..408 in order, chain intact" {
	# kept under 64 KiB: see the two BUG tests below for a book that grows past it
	run eight_desks 25
	assert_success
	eight_desks_check 25
}

@test "SPEC 1 appending: 8 desks x 200 rows at once: 1608 rows, seq 1..1608 in order, chain intact" {
	[ -z "${FRONTDESK_BIN:-}" ] || skip "not under make memcheck: 3200 runs; 8 desks x 25 runs there"
	run eight_desks 100
	assert_success
	eight_desks_check 100
}

@test "SPEC 1 reading: a book over 64 KiB reads when its 64 KiB block boundary falls right after a line end" {
	at '2026-11-20 08:30' sign-in A01 >/dev/null
	# rows 2-61 are 1285 bytes each; 51 of them are 65535 = 64 KiB - 1 bytes, so the
	# last block starts on the LF that ends row 10
	{
		echo time,agent,event,detail
		for ((i = 0; i < 30; i++)); do
			printf '2026-11-20 09:00,A01,out,%01148d\n' 0
			printf '2026-11-20 09:00,A01,back,%01147d\n' 0
		done
	} >"$BATS_TEST_TMPDIR/pad.csv"
	run -0 at '2026-11-20 09:30' sign-in --import "$BATS_TEST_TMPDIR/pad.csv"
	assert_output 'imported 60 rows into attendance.csv, rows 2 to 61'
	run bash -c "tail -c 65536 '$(book)' | head -c 1 | od -An -tx1"
	assert_output ' 0a'
	run chain_ok "$(book)"
	assert_success
	run -0 --separate-stderr at '2026-11-20 09:30' sign-in --list
	assert_equal "$stderr" ''
	assert_output 'position,agent,name,in,late_min,state
1,A01,王伟,08:30,0,present'
	run -0 at '2026-11-20 17:30' sign-in --end A01
}

@test "SPEC 1 appending: a lock held past FRONTDESK_LOCK_TIMEOUT exits 75 with one line, nothing written" {
	at '2026-11-02 08:25' sign-in A01 >/dev/null
	# held by flock itself (-o) until killed: a slow tool (valgrind) cannot outlast it
	flock -o -x "$(book)" sleep 60 >/dev/null 2>&1 3>&- &
	holder=$!
	for ((i = 0; i < 100; i++)); do		# wait until the holder has it, 5 s at most
		flock -n -s "$(book)" true || break
		sleep 0.05
	done
	run flock -n -s "$(book)" true
	assert_failure
	snapshot
	export FRONTDESK_LOCK_TIMEOUT=1
	run -75 --separate-stderr at '2026-11-02 08:40' sign-in A02
	assert_equal "$stderr" 'sign-in: attendance.csv: locked by another desk for 1 s, try again'
	assert_equal "$output" ''
	run -75 --separate-stderr at '2026-11-02 08:40' sign-in --list
	assert_equal "$stderr" 'sign-in: attendance.csv: locked by another desk for 1 s, try again'
	unchanged
	kill "$holder"
	wait "$holder" || true
	holder=
	run -0 at '2026-11-02 08:40' sign-in A02
	assert_output 'A02 李娜 signed in at 08:40, 2nd today; late 10 min (1st late this month) (row 2)'
}

@test "SPEC 1 journal rules: a clock behind the last row's recorded_at takes that recorded_at and warns" {
	at '2026-11-02 08:20' sign-in A01 >/dev/null
	at '2026-11-02 08:45' sign-in A02 >/dev/null
	run -0 --separate-stderr at '2026-11-02 08:40' sign-in A03
	assert_equal "$stderr" "sign-in: attendance.csv: the clock reads 2026-11-02T08:40:00+08:00, before the last row's 2026-11-02T08:45:00+08:00: recorded at 2026-11-02T08:45:00+08:00"
	assert_output --regexp '^A03 张敏 signed in at 08:40, '
	run cols attendance.csv seq,recorded_at,agent,event
	assert_output '1,2026-11-02T08:20:00+08:00,A01,in
2,2026-11-02T08:45:00+08:00,A02,in
3,2026-11-02T08:45:00+08:00,A03,in'
	run chain_ok "$(book)"
	assert_success
}

# --- SPEC 1 reading: CSV edge cases ----------------------------------------------------

@test "SPEC 1 reading: agents.csv with a BOM, CRLF, quoted commas and doubled quotes, Chinese names reads right" {
	{
		printf '\xef\xbb\xbf'
		sed -e 's/^A02,李娜,/A02,"王""伟,二",/' -e 's/$/\r/' "$BATS_TEST_DIRNAME/fixtures/base/agents.csv"
		printf 'A09,"欧阳,明",二组,150.00,3000000.00,20000.00,yes,\r\n'
	} >"$FRONTDESK_DATA/agents.csv"
	run -0 at '2026-11-02 08:20' sign-in A01
	assert_output 'A01 王伟 signed in at 08:20, 1st today (row 1)'
	run -0 at '2026-11-02 08:25' sign-in '王"伟,二'
	assert_output 'A02 王"伟,二 signed in at 08:25, 2nd today (row 2)'
	run -0 at '2026-11-02 08:26' sign-in 欧阳,明
	assert_output 'A09 欧阳,明 signed in at 08:26, 3rd today (row 3)'
	run -0 --separate-stderr at '2026-11-02 08:45' sign-in --list
	assert_equal "$stderr" ''
	assert_output 'position,agent,name,in,late_min,state
1,A01,王伟,08:20,0,present
2,A02,"王""伟,二",08:25,0,present
3,A09,"欧阳,明",08:26,0,present'
	run cols attendance.csv seq,agent,event,by
	assert_output '1,A01,in,前台
2,A02,in,前台
3,A09,in,前台'
}

@test "SPEC 1 reading: CRLF line ends in attendance.csv are accepted" {
	four_in
	sed -i 's/$/\r/' "$(book)"
	run -0 --separate-stderr at '2026-11-02 09:00' sign-in --list
	assert_equal "$stderr" ''
	assert_output "$FOUR_LISTED"
}

@test "SPEC 1 reading: a row with a wrong column count is refused (65) at its line" {
	four_in
	replace_line 3 '2,2026-11-02T08:20:00+08:00,2026-11-02T08:20:00+08:00,A02,in,,前台,%s\n' "$Z"
	snapshot
	run -65 --separate-stderr at '2026-11-02 09:00' sign-in --list
	assert_equal "$stderr" 'sign-in: attendance.csv:3: 8 fields where the header has 9'
	assert_equal "$output" ''
	unchanged
}

@test "SPEC 1 reading: invalid UTF-8 is refused (65) at its line" {
	four_in
	replace_line 3 '2,2026-11-02T08:20:00+08:00,2026-11-02T08:20:00+08:00,A02,in,\xff,,前台,%s\n' "$Z"
	snapshot
	run -65 --separate-stderr at '2026-11-02 09:00' sign-in --list
	assert_equal "$stderr" 'sign-in: attendance.csv:3: not valid UTF-8'
	unchanged
}

@test "SPEC 1 reading: a NUL byte is refused (65) at its line" {
	four_in
	replace_line 4 '3,2026-11-02T08:30:00+08:00,2026-11-02T08:30:00+08:00,A03,in,a\0b,,前台,%s\n' "$Z"
	snapshot
	run -65 --separate-stderr at '2026-11-02 09:00' sign-in --list
	assert_equal "$stderr" 'sign-in: attendance.csv:4: NUL byte in the line'
	unchanged
}

@test "SPEC 1 reading: an empty line in the middle of a journal is refused (65) at its line" {
	four_in
	replace_line 3 '\n%s\n' "$(sed -n 3p "$(book)")"
	snapshot
	run -65 --separate-stderr at '2026-11-02 09:00' sign-in --list
	assert_equal "$stderr" 'sign-in: attendance.csv:3: empty line'
	# an append reads the same rows and refuses the same way
	run -65 --separate-stderr at '2026-11-02 09:00' sign-in A05
	assert_equal "$stderr" 'sign-in: attendance.csv:3: empty line'
	unchanged
}

@test "SPEC 1 journal rules: a carriage return inside a row is refused (65) at its line" {
	four_in
	replace_line 3 '2,2026-11-02T08:20:00+08:00,2026-11-02T08:20:00+08:00,A02,in,a\rb,,前台,%s\n' "$Z"
	snapshot
	run -65 --separate-stderr at '2026-11-02 09:00' sign-in --list
	assert_equal "$stderr" 'sign-in: attendance.csv:3: a carriage return splits the row'
	unchanged
}

@test "SPEC 1 reading: an unclosed quote is refused (65) at its line" {
	four_in
	replace_line 3 '2,2026-11-02T08:20:00+08:00,2026-11-02T08:20:00+08:00,A02,in,"ab,,前台,%s\n' "$Z"
	snapshot
	run -65 --separate-stderr at '2026-11-02 09:00' sign-in --list
	assert_equal "$stderr" 'sign-in: attendance.csv:3: bad CSV: a stray or unclosed double quote'
	unchanged
}

@test "SPEC 1 reading: a stray quote is refused (65) at its line" {
	four_in
	replace_line 3 '2,2026-11-02T08:20:00+08:00,2026-11-02T08:20:00+08:00,A02,in,a"b,,前台,%s\n' "$Z"
	snapshot
	run -65 --separate-stderr at '2026-11-02 09:00' sign-in --list
	assert_equal "$output" ''
	assert_equal "${stderr%%: bad CSV: *}" 'sign-in: attendance.csv:3'
	unchanged
}

@test "SPEC 1 reading: a stray quote is named as such (csv_error read before csv_fini, STYLE)" {
	four_in
	replace_line 3 '2,2026-11-02T08:20:00+08:00,2026-11-02T08:20:00+08:00,A02,in,a"b,,前台,%s\n' "$Z"
	run -65 --separate-stderr at '2026-11-02 09:00' sign-in --list
	assert_equal "$stderr" 'sign-in: attendance.csv:3: bad CSV: a stray or unclosed double quote'
}

@test "SPEC 2 errors: a damaged first row is named by FILE:LINE too" {
	four_in
	replace_line 2 '\n%s\n' "$(sed -n 2p "$(book)")"
	run -65 --separate-stderr at '2026-11-02 09:00' sign-in --list
	assert_equal "$stderr" 'sign-in: attendance.csv:2: empty line'
}

# --- SPEC 1 files: the data dir and its configuration ---------------------------------

@test "SPEC 1 files: rules.csv with an unknown key stops the tool (65) at its line" {
	printf 'key,value\nwork_start,08:30\nx,1\n' >"$FRONTDESK_DATA/rules.csv"
	run -65 --separate-stderr at '2026-11-02 08:20' sign-in A01
	assert_equal "$stderr" "sign-in: rules.csv:3: unknown rule key 'x'"
	assert_equal "$output" ''
	assert_file_not_exists "$(book)"
}

@test "SPEC 1 files: rules.csv with a bad value (work_start 25:00) stops the tool (65) at its line" {
	printf 'key,value\nwork_start,25:00\n' >"$FRONTDESK_DATA/rules.csv"
	run -65 --separate-stderr at '2026-11-02 08:20' sign-in A01
	assert_equal "$stderr" "sign-in: rules.csv:2: work_start is a time HH:MM, not '25:00'"
	assert_file_not_exists "$(book)"
}

@test "SPEC 1 files: rules.csv giving a key twice stops the tool (65) at the second" {
	printf 'key,value\nwork_end,18:00\nlate_fine,2\nwork_end,18:30\n' >"$FRONTDESK_DATA/rules.csv"
	run -65 --separate-stderr at '2026-11-02 08:20' sign-in A01
	assert_equal "$stderr" "sign-in: rules.csv:4: rule 'work_end' is given twice"
	assert_file_not_exists "$(book)"
}

@test "SPEC 6: rules.csv is read, and when absent the defaults apply (work_start 08:30)" {
	printf 'key,value\nwork_start,09:00\n' >"$FRONTDESK_DATA/rules.csv"
	run -0 at '2026-11-02 08:41' sign-in A01
	assert_output 'A01 王伟 signed in at 08:41, 1st today (row 1)'
	rm "$FRONTDESK_DATA/rules.csv"
	run -0 --separate-stderr at '2026-11-02 08:41' sign-in A02
	assert_equal "$stderr" ''
	assert_output 'A02 李娜 signed in at 08:41, 2nd today; late 11 min (1st late this month) (row 2)'
}

AGENTS_HDR=agent,name,team,daily_wage,sales_target,rent_target,active,since

@test "SPEC 1 files: agents.csv listing a code or a name twice stops the tool (65) at its line" {
	printf '%s\n' "$AGENTS_HDR" 'A01,王伟,一组,150.00,3000000.00,20000.00,yes,' \
	    'A02,李娜,一组,160.00,4000000.00,25000.00,yes,' \
	    'A01,王五,二组,150.00,3000000.00,20000.00,yes,' >"$FRONTDESK_DATA/agents.csv"
	run -65 --separate-stderr at '2026-11-02 08:20' sign-in A02
	assert_equal "$stderr" 'sign-in: agents.csv:4: agent A01 王五 is listed twice'
	assert_file_not_exists "$(book)"
	# a name twice, under two codes: a receptionist types names
	printf '%s\n' "$AGENTS_HDR" 'A01,王伟,一组,150.00,3000000.00,20000.00,yes,' \
	    'A02,李娜,一组,160.00,4000000.00,25000.00,yes,' \
	    'A03,张敏,二组,150.00,3000000.00,20000.00,yes,' \
	    'A04,李娜,二组,150.00,3000000.00,20000.00,yes,' >"$FRONTDESK_DATA/agents.csv"
	run -65 --separate-stderr at '2026-11-02 08:20' sign-in A02
	assert_equal "$stderr" 'sign-in: agents.csv:5: agent A04 李娜 is listed twice'
	assert_file_not_exists "$(book)"
}

@test "SPEC 1 files: agents.csv with active neither yes nor no stops the tool (65) at its line" {
	printf '%s\n' "$AGENTS_HDR" 'A01,王伟,一组,150.00,3000000.00,20000.00,yes,' \
	    'A02,李娜,一组,160.00,4000000.00,25000.00,maybe,' >"$FRONTDESK_DATA/agents.csv"
	run -65 --separate-stderr at '2026-11-02 08:20' sign-in A01
	assert_equal "$stderr" "sign-in: agents.csv:3: active is yes or no, not 'maybe'"
	assert_file_not_exists "$(book)"
}

@test "SPEC 1 files: agents.csv with money that is not yuan stops the tool (65) at its line" {
	printf '%s\n' "$AGENTS_HDR" 'A01,王伟,一组,一百五,3000000.00,20000.00,yes,' >"$FRONTDESK_DATA/agents.csv"
	run -65 --separate-stderr at '2026-11-02 08:20' sign-in A01
	assert_equal "$stderr" 'sign-in: agents.csv:2: daily_wage, sales_target and rent_target are yuan, like 150 or 150.00'
	assert_file_not_exists "$(book)"
}

@test "SPEC 1 files: agents.csv without a name column stops the tool (65) at line 1" {
	printf '%s\n' agent,team,daily_wage,sales_target,rent_target,active \
	    'A01,一组,150.00,3000000.00,20000.00,yes' >"$FRONTDESK_DATA/agents.csv"
	run -65 --separate-stderr at '2026-11-02 08:20' sign-in A01
	assert_equal "$stderr" "sign-in: agents.csv:1: missing column 'name'"
	assert_file_not_exists "$(book)"
}

@test "SPEC 1 files: calendar.csv with a date that does not exist stops the tool (65) at its line" {
	printf 'date,status,note\n2026-10-01,closed,国庆节\n2026-02-30,closed,x\n' >"$FRONTDESK_DATA/calendar.csv"
	run -65 --separate-stderr at '2026-11-02 08:20' sign-in A01
	assert_equal "$stderr" "sign-in: calendar.csv:3: '2026-02-30' is not a date YYYY-MM-DD"
	assert_file_not_exists "$(book)"
}

@test "SPEC 1 files: a missing agents.csv exits 66" {
	rm "$FRONTDESK_DATA/agents.csv"
	run -66 --separate-stderr at '2026-11-02 08:20' sign-in A01
	assert_equal "$stderr" 'sign-in: agents.csv: No such file or directory'
	assert_file_not_exists "$(book)"
}

@test "SPEC 1 files: -d naming a missing data dir exits 66" {
	run -66 --separate-stderr at '2026-11-02 08:20' sign-in -d /nonexistent A01
	assert_equal "$stderr" 'sign-in: /nonexistent: no such data directory'
	assert_file_not_exists /nonexistent
}

@test "SPEC 1 files: no -d, no FRONTDESK_DATA and no ./data exits 66 saying how to set it" {
	mkdir "$BATS_TEST_TMPDIR/elsewhere"
	cd "$BATS_TEST_TMPDIR/elsewhere"
	unset FRONTDESK_DATA
	run -66 --separate-stderr at '2026-11-02 08:20' sign-in A01
	assert_equal "$stderr" 'sign-in: no data directory: give -d DIR, set FRONTDESK_DATA, or run where ./data is'
	assert_file_not_exists "$BATS_TEST_TMPDIR/data/attendance.csv"
}

@test "SPEC 1 files: -d wins over FRONTDESK_DATA, which wins over ./data" {
	cp -r "$FRONTDESK_DATA" "$BATS_TEST_TMPDIR/other"
	mkdir "$BATS_TEST_TMPDIR/cwd"
	cp -r "$FRONTDESK_DATA" "$BATS_TEST_TMPDIR/cwd/data"
	cd "$BATS_TEST_TMPDIR/cwd"
	run -0 at '2026-11-02 08:20' sign-in -d "$BATS_TEST_TMPDIR/other" A01
	run -0 at '2026-11-02 08:21' sign-in A02
	run cols attendance.csv agent
	assert_output A02
	FRONTDESK_DATA="$BATS_TEST_TMPDIR/other" run cols attendance.csv agent
	assert_output A01
	assert_file_not_exists "$BATS_TEST_TMPDIR/cwd/data/attendance.csv"
	unset FRONTDESK_DATA
	run -0 at '2026-11-02 08:22' sign-in A03
	FRONTDESK_DATA="$BATS_TEST_TMPDIR/cwd/data" run cols attendance.csv agent
	assert_output A03
}

# --- SPEC 2 exit codes: cannot create, I/O errors --------------------------------------

@test "SPEC 2 exit codes: a read-only data dir cannot take a new journal: 73, nothing created" {
	if [ "$(id -u)" -eq 0 ]; then
		# root ignores mode bits; an immutable dir refuses even root
		chattr +i "$FRONTDESK_DATA" 2>/dev/null ||
			skip "running as root and chattr +i is not supported here"
		immutable=1
		msg='sign-in: attendance.csv: Operation not permitted'
	else
		chmod 555 "$FRONTDESK_DATA"
		msg='sign-in: attendance.csv: Permission denied'
	fi
	run -73 --separate-stderr at '2026-11-02 08:20' sign-in A01
	assert_equal "$stderr" "$msg"
	assert_equal "$output" ''
	assert_file_not_exists "$(book)"
}

@test "SPEC 2 exit codes: stdout on a full disk exits 74; the row was appended before the sentence" {
	run -74 --separate-stderr at '2026-11-02 08:20' to_full sign-in A01
	assert_equal "$stderr" 'sign-in: standard output: No space left on device'
	run cols attendance.csv seq,time,agent,event
	assert_output '1,2026-11-02T08:20:00+08:00,A01,in'
	run -74 --separate-stderr at '2026-11-02 08:30' to_full sign-in --list
	assert_equal "$stderr" 'sign-in: standard output: No space left on device'
}
