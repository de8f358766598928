#!/usr/bin/env bats
# sql/fines.sql: store_month_fines gives per store and month what attendance-fine
# --summary prints (issue 23, item 4), checked against the tool on the same books in a
# throwaway PostgreSQL cluster (Debian's postgresql; initdb as nobody, a free port).
load test_helper
load postgres

setup_file() {
	# outside bats' own temporary dirs, which nobody may not enter
	PGF_DIR=$(mktemp -d /tmp/frontdesk-pg.XXXXXX) && export PGF_DIR
	pg_start "$PGF_DIR" || { cat "$PGF_DIR/log" >&2; return 1; }
}

teardown_file() { pg_stop "$PGF_DIR"; rm -rf "$PGF_DIR"; }

SUMS=agent,name,late,early,absent_days,desert,leave_days,fines,deductions,total,flags

# fines_match 'CSV' MONTH NOW: the tool prints this --summary, and so does the view for
# the store loaded from the data dir (loaded twice as two stores: one's rows never count
# for the other).
fines_match() {
	run --separate-stderr at "$3" attendance-fine --summary --month "$2"
	assert_success
	assert_output "$1"
	pg_schema
	pg_load s1 "$FRONTDESK_DATA"
	pg_load s2 "$FRONTDESK_DATA"
	psql -qX -v ON_ERROR_STOP=1 -f "$BATS_TEST_DIRNAME/../sql/fines.sql" > /dev/null
	run pg_fines s1 "$2" "$3"
	assert_success
	assert_output "$1"
	run pg_fines s2 "$2" "$3"
	assert_output "$1"
}

# A week of November 2026 (Mon 2 to Fri 6, Wed 4 closed) typed in at once on Friday
# night: lates and early leaves on one doubling counter (a night duty's end is 20:30),
# three desertions (one more absent day), two absences in a row, half a day of sick leave
# and a day of personal leave, two rest days in a week, a voided leave, two arguments
# with customers and a voided violation.
week() {
	sed -i -E '/^(A01|A02|A03|A04),/!s/,yes,/,no,/' "$FRONTDESK_DATA/agents.csv"
	echo '2026-11-04,closed,盘点' >> "$FRONTDESK_DATA/calendar.csv"
	{
		echo time,agent,event,detail
		echo '2026-11-02 08:40,A01,in,'
		echo '2026-11-02 10:00,A01,desert,'
		echo '2026-11-02 10:20,A01,back,'
		echo '2026-11-02 14:00,A01,desert,'
		echo '2026-11-02 14:30,A01,back,'
		echo '2026-11-02 16:00,A01,desert,'
		echo '2026-11-02 16:10,A01,back,'
		echo '2026-11-02 18:00,A01,end,'
		echo '2026-11-03 08:20,A01,in,'
		echo '2026-11-03 17:30,A01,end,'
		echo '2026-11-05 08:35,A01,in,'
		echo '2026-11-05 18:00,A01,end,'
		echo '2026-11-06 08:30,A01,in,'
		echo '2026-11-06 08:31,A01,night,'
		echo '2026-11-06 20:00,A01,end,'
		echo '2026-11-05 00:00,A02,sick,0.5'
		echo '2026-11-05 13:00,A02,in,'
		echo '2026-11-05 18:00,A02,end,'
		echo '2026-11-06 00:00,A02,personal,1'
		echo '2026-11-02 00:00,A03,off,'
		echo '2026-11-03 00:00,A03,off,'
		echo '2026-11-05 08:30,A03,in,'
		echo '2026-11-05 18:00,A03,end,'
		echo '2026-11-06 08:00,A03,in,'
		echo '2026-11-06 18:00,A03,end,'
		echo '2026-11-02 08:10,A04,in,'
		echo '2026-11-02 18:05,A04,end,'
		echo '2026-11-03 00:00,A04,personal,1'
		echo '2026-11-05 08:10,A04,in,'
		echo '2026-11-05 18:05,A04,end,'
		echo '2026-11-06 08:10,A04,in,'
		echo '2026-11-06 18:05,A04,end,'
	} | at '2026-11-06 20:45' sign-in --import - > /dev/null
	at '2026-11-06 20:46' sign-in --void "$(grep ',A04,personal,' \
	    "$FRONTDESK_DATA/attendance.csv" | cut -d, -f1)" --note 'the wrong agent' > /dev/null
	at '2026-11-06 20:47' attendance-fine --record argue --at '2026-11-03 10:00' A03 > /dev/null
	at '2026-11-06 20:48' attendance-fine --record eat --at '2026-11-05 12:00' A03 > /dev/null
	at '2026-11-06 20:49' attendance-fine --void 2 --note 'not eating' > /dev/null
	at '2026-11-06 20:50' attendance-fine --record argue A03 > /dev/null
}

@test "store_month_fines: a week of lates, early leaves, desertions, absences, leave, rest days, voids and offences is the tool's --summary, store by store (issue 23; SPEC 5.4, 5.5)" {
	week
	fines_match "$SUMS
A01,王伟,2,2,1,3,0,190.00,0.00,190.00,back-dated:15
A02,李娜,0,0,2,0,1.5,200.00,200.00,400.00,absent-consecutive;back-dated:3
A03,张敏,0,0,0,0,0,200.00,0.00,200.00,offence:argue;rest-days;back-dated:7
A04,刘洋,0,0,1,0,0,100.00,0.00,100.00,back-dated:6" 2026-11 '2026-11-06 21:00'
}

@test "store_month_fines: the same books as a past month: every open day after them absent, in a row and past the month's limit, the deduction cap passed (SPEC 5.4)" {
	week
	fines_match "$SUMS
A01,王伟,2,2,25,3,0,2590.00,0.00,2590.00,absent-consecutive;absent-month;deduction-cap;back-dated:15
A02,李娜,0,0,26,0,1.5,2600.00,200.00,2800.00,absent-consecutive;absent-month;deduction-cap;back-dated:3
A03,张敏,0,0,24,0,0,2600.00,0.00,2600.00,absent-consecutive;absent-month;offence:argue;rest-days;deduction-cap;back-dated:7
A04,刘洋,0,0,25,0,0,2500.00,0.00,2500.00,absent-consecutive;absent-month;deduction-cap;back-dated:6" 2026-11 '2026-12-01 09:00'
}

@test "store_month_fines: a store's own rules (grace, start, fine and cap, absence fine, no desert-absence, no consecutive flag, sick leave at 40 %) and an agent's since (SPEC 6)" {
	week
	rule() { sed -i -E "s/^$1,[^,]*,/$1,$2,/" "$FRONTDESK_DATA/rules.csv"; }
	rule work_start 08:35
	rule late_grace_min 2
	rule late_fine 5
	rule late_fine_cap 15
	rule absence_fine 50
	rule desert_per_absence 0
	rule absent_dismiss_consecutive 0
	rule sick_deduct_pct 40
	sed -i -E 's/^(A02,.*),[^,]*$/\1,2026-11-03/' "$FRONTDESK_DATA/agents.csv"
	fines_match "$SUMS
A01,王伟,1,2,0,3,0,90.00,0.00,90.00,late-cap;back-dated:15
A02,李娜,0,0,1,0,1.5,50.00,192.00,242.00,back-dated:3
A03,张敏,0,0,0,0,0,200.00,0.00,200.00,offence:argue;rest-days;back-dated:7
A04,刘洋,0,0,1,0,0,50.00,0.00,50.00,back-dated:6" 2026-11 '2026-11-06 21:00'
}

@test "store_month_fines: 31 lates and 31 early leaves in December: the doubling fine saturates at the largest amount as the tool's does (SPEC 5.4: arithmetic never overflows)" {
	sed -i -E '/^A01,/!s/,yes,/,no,/' "$FRONTDESK_DATA/agents.csv"
	{
		echo time,agent,event,detail
		for d in $(seq -w 1 31); do
			echo "2026-12-$d 09:00,A01,in,"
			echo "2026-12-$d 17:00,A01,end,"
		done
	} | at '2026-12-31 23:00' sign-in --import - > /dev/null
	fines_match "$SUMS
A01,王伟,31,31,0,0,0,92233720368547758.07,0.00,92233720368547758.07,saturated;deduction-cap;back-dated:62" \
	    2026-12 '2026-12-31 23:00'
}
