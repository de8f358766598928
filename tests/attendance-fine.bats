# attendance-fine: the month's fines (考勤与违规处罚), SPEC 3 "attendance-fine", 5.4, 5.5 and 6.
# Every rule of seed 000 第二部分 一 处罚办法 and 第一部分 四 with its items and its summary,
# each amount worked out by hand in a comment; --record and --void with their sentences and
# journal rows; every refusal with its message and an untouched data dir; the month that
# overflows; usage errors; the --table and --excel forms.
#
# The attendance is built with the real sign-in. A month where an agent does nothing makes
# them absent every open day, so each test keeps only the agents it is about active (only),
# and lists on the first days of a month.
load test_helper

ITEMS=agent,name,date,item,occurrence,amount,rule
SUMS=agent,name,late,early,absent_days,desert,leave_days,fines,deductions,total,flags
P2='(第二部分 一 处罚办法.2)'
ABSENT='"no sign-in, rest day or leave on an open day: absence_fine 100.00 (第二部分 一 处罚办法.3: 不自觉签到者按旷工论处)"'
HALF_ABSENT='half a day of leave and no sign-in for the other half: absence_fine 100.00 (第二部分 一 处罚办法.3: 不自觉签到者按旷工论处)'
ARGUE='和客户争吵、吵架；违反二次以上者予以辞退（第一部分 四.14）'
DRESS='着装不齐、衣着不整上岗（必须穿西装上班）（第一部分 四.9）'

# only A02 A03: every other agent becomes active=no (never absent, not in the summary).
only() { sed -i -E "/^($(IFS='|'; echo "$*")),/!s/,yes,/,no,/" "$FRONTDESK_DATA/agents.csv"; }

# since A02 2026-11-29: the agent's first day on the floor.
since() { sed -i -E "s/^($1,.*),[^,]*\$/\1,$2/" "$FRONTDESK_DATA/agents.csv"; }

# rule KEY VALUE: change a rule in place (rules.csv lists every key once; a second line for
# the same key is refused, exit 65).
rule() { sed -i -E "s/^$1,[^,]*,/$1,$2,/" "$FRONTDESK_DATA/rules.csv"; }

# lists 'CSV' NOW [ARGS...]: attendance-fine at that clock prints exactly this, quietly.
lists() { expect_say "$1" at "$2" attendance-fine "${@:3}"; }

# lists_late 'CSV' 'LINES' NOW [ARGS...]: this, and beside it on stderr the back-dated rows
# (SPEC 5.4), each line 'attendance-fine: back-dated: ...'.
lists_late() {
	run --separate-stderr at "$3" attendance-fine "${@:4}"
	assert_success
	assert_output "$1"
	assert_equal "$stderr" "$2"
}

# begun DAY: the attendance book begins on DAY with A01's sign-in at 08:00 (SPEC 5.4: no
# absence before the book's first row); before only, which may make A01 inactive.
begun() { at "$1 08:00" sign-in A01 > /dev/null; }

# says 'SENTENCE' NOW ARGS...: a --record or --void that succeeds with this sentence.
says() { expect_say "$1" at "$2" attendance-fine "${@:3}"; }

# bad_value 'MESSAGE' NOW ARGS...: exit 65, the one line, nothing written.
bad_value() { expect_fail 65 "attendance-fine: $1" at "$2" attendance-fine "${@:3}"; }

# refused 'MESSAGE' NOW ARGS...: exit 1, the one line, nothing written.
refused() { expect_fail 1 "attendance-fine: $1" at "$2" attendance-fine "${@:3}"; }

# usage_error 'MESSAGE' ARGS...: exit 64, the one line, nothing written.
usage_error() {
	expect_fail 64 "attendance-fine: $1 (attendance-fine -h shows the usage)" \
	    at '2026-11-02 09:00' attendance-fine "${@:2}"
}

# 1st 2nd 3rd 4th ... 11th 12th 13th ... 21st 22nd: as the rule texts count.
ordinal() {
	case $(($1 % 100)) in 11 | 12 | 13) echo "${1}th"; return ;; esac
	case $(($1 % 10)) in 1) echo "${1}st" ;; 2) echo "${1}nd" ;; 3) echo "${1}rd" ;; *) echo "${1}th" ;; esac
}

# December 2026 with a late arrival (09:00) and an early leave (17:00) every day, imported at
# once on the evening of the 31st, so every row is back-dated (the 31st's by 14 h and 6 h),
# and the import is one line of the back-dated list (SPEC 5.4).
DECEMBER='attendance-fine: back-dated: attendance.csv rows 1 to 62: 62 rows recorded at once on 2026-12-31 23:00 by 前台, dated 2026-12-01 to 2026-12-31'
december() {
	local d
	{
		echo time,agent,event,detail
		for d in $(seq -w 1 31); do
			echo "2026-12-$d 09:00,A01,in,"
			echo "2026-12-$d 17:00,A01,end,"
		done
	} | at '2026-12-31 23:00' sign-in --import - > /dev/null
}

# --- late and early (处罚办法.2) -----------------------------------------------------------

@test "late: four lates cost 2, 4, 8, 16 yuan, whatever the minutes; the listing writes nothing (seed 000 第二部分 一 处罚办法.2)" {
	only A02
	at '2026-11-01 08:41' sign-in A02
	at '2026-11-02 08:31' sign-in A02
	at '2026-11-03 09:00' sign-in A02
	at '2026-11-04 08:45' sign-in A02
	# 2 × 2^0 = 2, 2 × 2^1 = 4, 2 × 2^2 = 8, 2 × 2^3 = 16; fines 2 + 4 + 8 + 16 = 30.00
	snapshot
	lists "$ITEMS
A02,李娜,2026-11-01,late,1,2.00,\"in at 08:41, 11 min late; the 1st late or early this month: late_fine 2.00 $P2\"
A02,李娜,2026-11-02,late,2,4.00,\"in at 08:31, 1 min late; the 2nd late or early this month: late_fine 2.00 × 2^1 $P2\"
A02,李娜,2026-11-03,late,3,8.00,\"in at 09:00, 30 min late; the 3rd late or early this month: late_fine 2.00 × 2^2 $P2\"
A02,李娜,2026-11-04,late,4,16.00,\"in at 08:45, 15 min late; the 4th late or early this month: late_fine 2.00 × 2^3 $P2\"" \
	    '2026-11-04 12:00'
	lists "$SUMS
A02,李娜,4,0,0,0,0,30.00,0.00,30.00," '2026-11-04 12:00' --summary
	run unchanged
	assert_success
}

@test "late and early share one counter, in time order (seed 000 第二部分 一 处罚办法.2: 迟到(早退)第一次扣2元)" {
	only A02
	at '2026-11-01 08:20' sign-in A02
	at '2026-11-01 17:40' sign-in --end A02
	at '2026-11-02 08:41' sign-in A02
	at '2026-11-02 18:00' sign-in --end A02
	at '2026-11-03 08:25' sign-in A02
	at '2026-11-03 17:59' sign-in --end A02
	# early (1st) 2, late (2nd) 4, on time at 18:00, early (3rd) 8: fines 2 + 4 + 8 = 14.00
	lists "$ITEMS
A02,李娜,2026-11-01,early,1,2.00,\"off at 17:40, 20 min early; the 1st late or early this month: late_fine 2.00 $P2\"
A02,李娜,2026-11-02,late,2,4.00,\"in at 08:41, 11 min late; the 2nd late or early this month: late_fine 2.00 × 2^1 $P2\"
A02,李娜,2026-11-03,early,3,8.00,\"off at 17:59, 1 min early; the 3rd late or early this month: late_fine 2.00 × 2^2 $P2\"" \
	    '2026-11-03 18:30'
	lists "$SUMS
A02,李娜,1,2,0,0,0,14.00,0.00,14.00," '2026-11-03 18:30' --summary
}

@test "late: the counter starts again each month: the late of Nov 30 is the 2nd, Dec 1 is the 1st again (seed 000 第二部分 一 处罚办法.2)" {
	only A02
	since A02 2026-11-29
	at '2026-11-29 08:35' sign-in A02
	at '2026-11-30 08:40' sign-in A02
	at '2026-12-01 08:50' sign-in A02
	# November: 2 + 4 = 6.00; December: the 1st again, 2.00
	lists "$ITEMS
A02,李娜,2026-11-29,late,1,2.00,\"in at 08:35, 5 min late; the 1st late or early this month: late_fine 2.00 $P2\"
A02,李娜,2026-11-30,late,2,4.00,\"in at 08:40, 10 min late; the 2nd late or early this month: late_fine 2.00 × 2^1 $P2\"" \
	    '2026-12-01 12:00' --month 2026-11
	lists "$SUMS
A02,李娜,2,0,0,0,0,6.00,0.00,6.00," '2026-12-01 12:00' --month 2026-11 --summary
	lists "$ITEMS
A02,李娜,2026-12-01,late,1,2.00,\"in at 08:50, 20 min late; the 1st late or early this month: late_fine 2.00 $P2\"" \
	    '2026-12-01 12:00'
}

@test "late_grace_min 5: 08:35 is on time, 08:36 is 6 min late (SPEC 5.4, seed 000 第二部分 一 处罚办法.2)" {
	only A02
	rule late_grace_min 5
	at '2026-11-01 08:35' sign-in A02
	at '2026-11-02 08:36' sign-in A02
	# 08:36 is past 08:30 + 5; the minutes late count from work_start: 6. 1st: 2.00
	lists "$ITEMS
A02,李娜,2026-11-02,late,1,2.00,\"in at 08:36, 6 min late; the 1st late or early this month: late_fine 2.00 $P2\"" \
	    '2026-11-02 12:00'
}

@test "late: by the minute, 08:30:59 is on time and 08:31:00 is 1 min late (seed 000 第二部分 一.2 早上8:30)" {
	only A02
	at '2026-11-01 08:30:59' sign-in A02
	at '2026-11-02 08:31:00' sign-in A02
	lists "$ITEMS
A02,李娜,2026-11-02,late,1,2.00,\"in at 08:31, 1 min late; the 1st late or early this month: late_fine 2.00 $P2\"" \
	    '2026-11-02 12:00'
	lists "$SUMS
A02,李娜,1,0,0,0,0,2.00,0.00,2.00," '2026-11-02 12:00' --summary
}

@test "early: on night duty the day ends at night_end 20:30; without it at 18:00; a day never signed off is not early (seed 000 第二部分 一.2 值班至20:30)" {
	only A02
	at '2026-11-01 08:20' sign-in A02
	at '2026-11-01 14:00' sign-in --night A02
	at '2026-11-01 20:00' sign-in --end A02
	at '2026-11-02 08:20' sign-in A02
	at '2026-11-02 14:00' sign-in --night A02
	at '2026-11-02 20:30' sign-in --end A02
	at '2026-11-03 08:20' sign-in A02
	at '2026-11-03 18:00' sign-in --end A02
	at '2026-11-04 08:20' sign-in A02
	# only 20:00 on a night day is early: 30 min, the 1st, 2.00
	lists "$ITEMS
A02,李娜,2026-11-01,early,1,2.00,\"off at 20:00, 30 min early; the 1st late or early this month: late_fine 2.00 $P2\"" \
	    '2026-11-04 23:00'
	lists "$SUMS
A02,李娜,0,1,0,0,0,2.00,0.00,2.00," '2026-11-04 23:00' --summary
}

@test "late_fine_cap 500: each occurrence from the 9th is 500.00 (2.00 × 2^8 = 512 > 500) and late-cap is flagged (seed 000 第二部分 一 处罚办法.2: 情节严重者)" {
	only A01
	rule late_fine_cap 500
	for d in 01 02 03 04 05; do
		at "2026-11-$d 09:00" sign-in A01
		at "2026-11-$d 17:00" sign-in --end A01
	done
	# 2+4+8+16+32+64+128+256 = 510, then 2 × 500: total 1510.00;
	# deduction-cap: 150.00 × 30 open days × 20 % = 900.00 < 1510.00
	lists "$ITEMS
A01,王伟,2026-11-01,late,1,2.00,\"in at 09:00, 30 min late; the 1st late or early this month: late_fine 2.00 $P2\"
A01,王伟,2026-11-01,early,2,4.00,\"off at 17:00, 60 min early; the 2nd late or early this month: late_fine 2.00 × 2^1 $P2\"
A01,王伟,2026-11-02,late,3,8.00,\"in at 09:00, 30 min late; the 3rd late or early this month: late_fine 2.00 × 2^2 $P2\"
A01,王伟,2026-11-02,early,4,16.00,\"off at 17:00, 60 min early; the 4th late or early this month: late_fine 2.00 × 2^3 $P2\"
A01,王伟,2026-11-03,late,5,32.00,\"in at 09:00, 30 min late; the 5th late or early this month: late_fine 2.00 × 2^4 $P2\"
A01,王伟,2026-11-03,early,6,64.00,\"off at 17:00, 60 min early; the 6th late or early this month: late_fine 2.00 × 2^5 $P2\"
A01,王伟,2026-11-04,late,7,128.00,\"in at 09:00, 30 min late; the 7th late or early this month: late_fine 2.00 × 2^6 $P2\"
A01,王伟,2026-11-04,early,8,256.00,\"off at 17:00, 60 min early; the 8th late or early this month: late_fine 2.00 × 2^7 $P2\"
A01,王伟,2026-11-05,late,9,500.00,\"in at 09:00, 30 min late; the 9th late or early this month: late_fine 2.00 × 2^8, capped at late_fine_cap 500.00 $P2\"
A01,王伟,2026-11-05,early,10,500.00,\"off at 17:00, 60 min early; the 10th late or early this month: late_fine 2.00 × 2^9, capped at late_fine_cap 500.00 $P2\"" \
	    '2026-11-05 19:00'
	lists "$SUMS
A01,王伟,5,5,0,0,0,1510.00,0.00,1510.00,late-cap;deduction-cap" '2026-11-05 19:00' --summary
}

@test "late and early: never on a closed day nor on a half day of leave; they do not take a place in the counter (SPEC 5.4, seed 000 第二部分 一.4)" {
	only A01
	at '2027-01-01 10:00' sign-in A01
	at '2027-01-01 12:00' sign-in --end A01
	at '2027-01-02 07:00' sign-in --sick --days 0.5 A01
	at '2027-01-02 13:00' sign-in A01
	at '2027-01-02 17:00' sign-in --end A01
	at '2027-01-03 08:40' sign-in A01
	# Jan 1 closed (元旦): nothing; Jan 2 half sick: 50 % of 150.00 / 2 = 37.50 and no
	# early at 17:00; Jan 3 08:40 is the 1st late: 2.00
	lists "$ITEMS
A01,王伟,2027-01-02,sick-leave,1,37.50,\"sick leave, half a day: 50.00 % of daily_wage 150.00 (第二部分 一.4: 不满半天按半天计)\"
A01,王伟,2027-01-03,late,1,2.00,\"in at 08:40, 10 min late; the 1st late or early this month: late_fine 2.00 $P2\"" \
	    '2027-01-03 12:00'
	lists "$SUMS
A01,王伟,1,0,0,0,0.5,2.00,37.50,39.50," '2027-01-03 12:00' --summary
}

# --- the month that overflows ---------------------------------------------------------------

@test "overflow: 31 lates and 31 early leaves in December: the 56th is 72057594037927936.00, from the 57th saturated, nothing negative (SPEC 5.4: arithmetic never overflows; seed 000 第二部分 一 处罚办法.2: 依次类推)" {
	only A01
	december
	# occurrence n costs 2 × 2^(n-1) = 2^n yuan: the 56th 2^56 = 72057594037927936.00;
	# 2^57 yuan = 2^57 × 100 fen > 2^63 - 1 fen, so from the 57th each saturates at
	# 92233720368547758.07 and so does the sum
	local want=$ITEMS n d kind what amount how late
	for n in $(seq 1 62); do
		d=$(((n + 1) / 2))
		if ((n % 2)); then kind=late what="in at 09:00, 30 min late"
		else kind=early what="off at 17:00, 60 min early"; fi
		if ((n == 1)); then amount=2.00 how="late_fine 2.00"
		elif ((n <= 56)); then amount=$((2 ** n)).00 how="late_fine 2.00 × 2^$((n - 1))"
		else amount=92233720368547758.07
			how="late_fine 2.00 × 2^$((n - 1)) is past the largest amount: saturated"; fi
		# back-dated (SPEC 5.4): Dec 1-30 by days; the 31st's 09:00 and 17:00 typed at 23:00
		late="; back-dated $((31 - d)) days: recorded on 2026-12-31"
		((d == 30)) && late="; back-dated 1 day: recorded on 2026-12-31"
		((d == 31)) && late="; back-dated $((n % 2 ? 840 : 360)) min: recorded at 23:00"
		want+=$'\n'"A01,王伟,2026-12-$(printf %02d $d),$kind,$n,$amount,\"$what; the $(ordinal $n) late or early this month: $how $P2$late\""
	done
	lists_late "$want" "$DECEMBER" '2026-12-31 23:00'
	run at '2026-12-31 23:00' attendance-fine
	assert_line --index 56 --partial ',early,56,72057594037927936.00,'
	assert_line --index 57 --partial ',late,57,92233720368547758.07,'
	refute_output --partial ',-'
	# the 62 rows recorded at 23:00 on Dec 31: back-dated:62; 150.00 × 31 × 20 % = 930.00
	lists_late "$SUMS
A01,王伟,31,31,0,0,0,92233720368547758.07,0.00,92233720368547758.07,saturated;deduction-cap;back-dated:62" \
	    "$DECEMBER" '2026-12-31 23:00' --summary
}

@test "overflow with late_fine_cap 500: every occurrence from the 9th is 500.00, the 57th to the 62nd too (SPEC 5.4, seed 000 第二部分 一 处罚办法.2)" {
	only A01
	rule late_fine_cap 500
	december
	# 2+4+...+256 = 510 for the 1st to the 8th, then 54 × 500 = 27000: total 27510.00
	local want=$ITEMS n d kind what amount how late
	for n in $(seq 1 62); do
		d=$(((n + 1) / 2))
		if ((n % 2)); then kind=late what="in at 09:00, 30 min late"
		else kind=early what="off at 17:00, 60 min early"; fi
		if ((n == 1)); then amount=2.00 how="late_fine 2.00"
		elif ((n <= 8)); then amount=$((2 ** n)).00 how="late_fine 2.00 × 2^$((n - 1))"
		else amount=500.00 how="late_fine 2.00 × 2^$((n - 1)), capped at late_fine_cap 500.00"; fi
		# back-dated (SPEC 5.4): Dec 1-30 by days; the 31st's 09:00 and 17:00 typed at 23:00
		late="; back-dated $((31 - d)) days: recorded on 2026-12-31"
		((d == 30)) && late="; back-dated 1 day: recorded on 2026-12-31"
		((d == 31)) && late="; back-dated $((n % 2 ? 840 : 360)) min: recorded at 23:00"
		want+=$'\n'"A01,王伟,2026-12-$(printf %02d $d),$kind,$n,$amount,\"$what; the $(ordinal $n) late or early this month: $how $P2$late\""
	done
	lists_late "$want" "$DECEMBER" '2026-12-31 23:00'
	lists_late "$SUMS
A01,王伟,31,31,0,0,0,27510.00,0.00,27510.00,late-cap;deduction-cap;back-dated:62" \
	    "$DECEMBER" '2026-12-31 23:00' --summary
}

# --- absence (处罚办法.3) ---------------------------------------------------------------------

@test "absent: an open day with no sign-in costs 100.00 (seed 000 第二部分 一 处罚办法.3: 不自觉签到者按旷工论处)" {
	only A03
	at '2026-10-31 08:20' sign-in A03
	at '2026-11-02 08:20' sign-in A03
	# Oct 31 worked; Nov 1 absent 100; Nov 2 worked; Nov 3 is today and work_end has not passed
	lists "$ITEMS
A03,张敏,2026-11-01,absent,1,100.00,$ABSENT" '2026-11-03 12:00'
	lists "$SUMS
A03,张敏,0,0,1,0,0,100.00,0.00,100.00," '2026-11-03 12:00' --summary
}

@test "absent: 2 consecutive open days flag absent-consecutive (seed 000 第二部分 一 处罚办法.3: 旷工连续2天)" {
	begun 2026-10-01
	only A03
	at '2026-11-03 08:20' sign-in A03
	# Nov 1 and Nov 2: 2 × 100 = 200.00
	lists "$ITEMS
A03,张敏,2026-11-01,absent,1,100.00,$ABSENT
A03,张敏,2026-11-02,absent,2,100.00,$ABSENT" '2026-11-03 12:00'
	lists "$SUMS
A03,张敏,0,0,2,0,0,200.00,0.00,200.00,absent-consecutive" '2026-11-03 12:00' --summary
}

@test "absent-consecutive across closed days: Feb 4 and Feb 8 2027 with 春节 5-7 closed between (seed 000 第二部分 一 处罚办法.3)" {
	only A03
	for d in 01 02 03; do at "2027-02-$d 08:20" sign-in A03; done
	# absent Feb 4 and Feb 8 (Feb 5-7 closed, skipped): 200.00, consecutive open days
	lists "$ITEMS
A03,张敏,2027-02-04,absent,1,100.00,$ABSENT
A03,张敏,2027-02-08,absent,2,100.00,$ABSENT" '2027-02-08 19:00'
	lists "$SUMS
A03,张敏,0,0,2,0,0,200.00,0.00,200.00,absent-consecutive" '2027-02-08 19:00' --summary
}

@test "absent-consecutive: the run may start in the previous month (Oct 31 and Nov 1) (seed 000 第二部分 一 处罚办法.3)" {
	begun 2026-10-01
	only A03
	# Nov 1 is the only day of November counted: 100.00; Oct 31 was an absence too
	lists "$ITEMS
A03,张敏,2026-11-01,absent,1,100.00,$ABSENT" '2026-11-01 19:00'
	lists "$SUMS
A03,张敏,0,0,1,0,0,100.00,0.00,100.00,absent-consecutive" '2026-11-01 19:00' --summary
}

@test "absent-consecutive: a run of 6 from the month before counts its open days only, back past the week and closed days (seed 000 第二部分 一 处罚办法.3)" {
	rule absent_dismiss_consecutive 6
	only A03
	echo '2026-11-28,closed,盘点
2026-11-29,closed,盘点' >> "$FRONTDESK_DATA/calendar.csv"
	at '2026-11-23 08:20' sign-in A03
	# absent Nov 24-27 and 30 (28 and 29 closed): 5 open days; Dec 1 is the 6th: 100.00
	lists "$SUMS
A03,张敏,0,0,1,0,0,100.00,0.00,100.00,absent-consecutive" '2026-12-01 19:00' --summary
	# worked on Nov 24, the run is 4 days long by Dec 1: no flag
	at '2026-11-24 08:20' sign-in A03
	lists "$SUMS
A03,张敏,0,0,1,0,0,100.00,0.00,100.00," '2026-12-01 19:00' --summary
}

@test "absent-consecutive: not when a worked day, a rest day or a day of leave is between (seed 000 第二部分 一 处罚办法.3)" {
	only A03 A04 A05
	for a in A03 A04 A05; do at '2026-10-31 08:20' sign-in $a; done
	at '2026-11-01 07:00' sign-in --off --date 2026-11-02 A04
	at '2026-11-01 07:01' sign-in --sick --days 1 --date 2026-11-02 A05
	at '2026-11-02 08:20' sign-in A03
	# each worked Oct 31, absent Nov 1 and Nov 3: 200.00; A05's sick day 50 % of 150.00 = 75.00
	lists "$ITEMS
A03,张敏,2026-11-01,absent,1,100.00,$ABSENT
A03,张敏,2026-11-03,absent,2,100.00,$ABSENT
A04,刘洋,2026-11-01,absent,1,100.00,$ABSENT
A04,刘洋,2026-11-03,absent,2,100.00,$ABSENT
A05,陈静,2026-11-01,absent,1,100.00,$ABSENT
A05,陈静,2026-11-02,sick-leave,1,75.00,\"sick leave, a whole day: 50.00 % of daily_wage 150.00 (第二部分 一.4)\"
A05,陈静,2026-11-03,absent,2,100.00,$ABSENT" '2026-11-03 19:00'
	lists "$SUMS
A03,张敏,0,0,2,0,0,200.00,0.00,200.00,
A04,刘洋,0,0,2,0,0,200.00,0.00,200.00,
A05,陈静,0,0,2,0,1,200.00,75.00,275.00," '2026-11-03 19:00' --summary
}

@test "absent-month: 3 absent days in a month, none consecutive, are flagged (seed 000 第二部分 一 处罚办法.3: 每月累计3天以上)" {
	only A03
	at '2026-10-31 08:20' sign-in A03
	at '2026-11-02 08:20' sign-in A03
	at '2026-11-04 08:20' sign-in A03
	# Oct 31 worked; absent Nov 1, 3, 5: 3 × 100 = 300.00
	lists "$ITEMS
A03,张敏,2026-11-01,absent,1,100.00,$ABSENT
A03,张敏,2026-11-03,absent,2,100.00,$ABSENT
A03,张敏,2026-11-05,absent,3,100.00,$ABSENT" '2026-11-05 19:00'
	lists "$SUMS
A03,张敏,0,0,3,0,0,300.00,0.00,300.00,absent-month" '2026-11-05 19:00' --summary
}

@test "absent_dismiss_consecutive 0 and absent_dismiss_month 0 disable both flags (SPEC 6)" {
	only A03
	rule absent_dismiss_consecutive 0
	rule absent_dismiss_month 0
	at '2026-10-31 08:20' sign-in A03
	# absent Nov 1, 2, 3 in a row: 300.00 and no flag
	lists "$SUMS
A03,张敏,0,0,3,0,0,300.00,0.00,300.00," '2026-11-03 19:00' --summary
}

@test "absent: today is not absent before work_end (a late sign-in is still possible), it is from 18:00 (SPEC 5.4)" {
	only A03
	at '2026-11-01 08:20' sign-in A03
	lists "$ITEMS" '2026-11-02 17:59'
	lists "$SUMS
A03,张敏,0,0,0,0,0,0.00,0.00,0.00," '2026-11-02 17:59' --summary
	lists "$ITEMS
A03,张敏,2026-11-02,absent,1,100.00,$ABSENT" '2026-11-02 18:00'
}

@test "absent: future days are not absent: --month of next month lists nothing and every active agent at zero (SPEC 5.4: not in the future)" {
	lists "$ITEMS" '2026-11-03 12:00' --month 2026-12
	lists "$SUMS
A01,王伟,0,0,0,0,0,0.00,0.00,0.00,
A02,李娜,0,0,0,0,0,0.00,0.00,0.00,
A03,张敏,0,0,0,0,0,0.00,0.00,0.00,
A04,刘洋,0,0,0,0,0,0.00,0.00,0.00,
A05,陈静,0,0,0,0,0,0.00,0.00,0.00,
A06,杨帆,0,0,0,0,0,0.00,0.00,0.00,
A07,赵磊,0,0,0,0,0,0.00,0.00,0.00," '2026-11-03 12:00' --month 2026-12 --summary
}

@test "since: an agent who joined on Nov 16 is not absent before it, and the day before does not start a run (SPEC 1 agents.csv since)" {
	begun 2026-10-01
	only A07
	# Nov 16 absent: 100.00; Nov 15 is before since, so no absent-consecutive
	lists "$ITEMS
A07,赵磊,2026-11-16,absent,1,100.00,$ABSENT" '2026-11-16 19:00'
	lists "$SUMS
A07,赵磊,0,0,1,0,0,100.00,0.00,100.00," '2026-11-16 19:00' --summary
}

@test "since: --month of a past month counts the whole month from since; deduction-cap on 15 open days (SPEC 5.4, seed 000 第二部分 一 处罚办法.3)" {
	begun 2026-10-01
	only A07
	# absent Nov 16-30: 15 × 100 = 1500.00;
	# deduction-cap: 120.00 × 15 open days (Nov 16-30) × 20 % = 360.00 < 1500.00
	local want=$ITEMS d
	for d in $(seq 16 30); do
		want+=$'\n'"A07,赵磊,2026-11-$d,absent,$((d - 15)),100.00,$ABSENT"
	done
	lists "$want" '2026-12-01 09:00' --month 2026-11
	lists "$SUMS
A07,赵磊,0,0,15,0,0,1500.00,0.00,1500.00,absent-consecutive;absent-month;deduction-cap" \
	    '2026-12-01 09:00' --month 2026-11 --summary
}

# --- desertion (一.6) --------------------------------------------------------------------------

@test "desert: 20.00 each; the 3rd and the 6th each add a desert-absence, which counts for absent-month (seed 000 第二部分 一.6: 每月累计三次者按旷工一次处理)" {
	only A04
	at '2026-11-01 08:20' sign-in A04
	for t in 10:00 11:00 15:10; do
		at "2026-11-01 $t" sign-in --desert A04
		at "2026-11-01 ${t%:*}:30" sign-in --back A04
	done
	at '2026-11-02 08:20' sign-in A04
	for t in 09:00 10:00 11:00; do
		at "2026-11-02 $t" sign-in --desert A04
		at "2026-11-02 ${t%:*}:30" sign-in --back A04
	done
	# 6 × 20 = 120, 2 desert-absences 200, Nov 3 absent 100: fines 420.00; absent_days
	# 1 + 1 + 1 = 3: absent-month; Nov 2 was worked, so not consecutive
	lists "$ITEMS
A04,刘洋,2026-11-01,desert,1,20.00,\"away from the post at 10:00, the 1st time this month: desert_fine 20.00 (第二部分 一.6)\"
A04,刘洋,2026-11-01,desert,2,20.00,\"away from the post at 11:00, the 2nd time this month: desert_fine 20.00 (第二部分 一.6)\"
A04,刘洋,2026-11-01,desert,3,20.00,\"away from the post at 15:10, the 3rd time this month: desert_fine 20.00 (第二部分 一.6)\"
A04,刘洋,2026-11-01,desert-absence,1,100.00,3 desertions this month count as one absent day: absence_fine 100.00 (第二部分 一.6: 每月累计三次者按旷工一次处理)
A04,刘洋,2026-11-02,desert,4,20.00,\"away from the post at 09:00, the 4th time this month: desert_fine 20.00 (第二部分 一.6)\"
A04,刘洋,2026-11-02,desert,5,20.00,\"away from the post at 10:00, the 5th time this month: desert_fine 20.00 (第二部分 一.6)\"
A04,刘洋,2026-11-02,desert,6,20.00,\"away from the post at 11:00, the 6th time this month: desert_fine 20.00 (第二部分 一.6)\"
A04,刘洋,2026-11-02,desert-absence,2,100.00,6 desertions this month count as one absent day: absence_fine 100.00 (第二部分 一.6: 每月累计三次者按旷工一次处理)
A04,刘洋,2026-11-03,absent,3,100.00,$ABSENT" '2026-11-03 19:00'
	lists "$SUMS
A04,刘洋,0,0,3,6,0,420.00,0.00,420.00,absent-month" '2026-11-03 19:00' --summary
}

@test "desert_per_absence 0: desertions never add an absent day (SPEC 6)" {
	only A04
	rule desert_per_absence 0
	at '2026-11-01 08:20' sign-in A04
	for t in 09:00 10:00 11:00; do
		at "2026-11-01 $t" sign-in --desert A04
		at "2026-11-01 ${t%:*}:30" sign-in --back A04
	done
	# 3 × 20 = 60.00, no desert-absence
	lists "$SUMS
A04,刘洋,0,0,0,3,0,60.00,0.00,60.00," '2026-11-01 12:00' --summary
}

# --- leave (一.4), rest days and closed days (一.3, 一.7) ---------------------------------------

@test "leave: sick 50 % and personal 100 % of daily_wage a day, a half day at half (seed 000 第二部分 一.4: 病假每天扣除当天工资50%, 事假每天扣除当天工资)" {
	only A03 A04
	at '2026-11-01 07:00' sign-in --sick --days 1.5 A03
	at '2026-11-01 07:01' sign-in --personal --days 1.5 --date 2026-11-02 A04
	at '2026-11-01 08:20' sign-in A04
	at '2026-11-02 13:00' sign-in A03
	at '2026-11-03 08:20' sign-in A03
	at '2026-11-03 13:30' sign-in A04
	# A03 140.00: 50 % = 70.00 on Nov 1, half 35.00 on Nov 2: 105.00, 1.5 days
	# A04 180.00: 100 % = 180.00 on Nov 2, half 90.00 on Nov 3: 270.00, 1.5 days
	# the sign-ins at 13:00 and 13:30 on the half days are not late
	lists "$ITEMS
A03,张敏,2026-11-01,sick-leave,1,70.00,\"sick leave, a whole day: 50.00 % of daily_wage 140.00 (第二部分 一.4)\"
A03,张敏,2026-11-02,sick-leave,2,35.00,\"sick leave, half a day: 50.00 % of daily_wage 140.00 (第二部分 一.4: 不满半天按半天计)\"
A04,刘洋,2026-11-02,personal-leave,1,180.00,\"personal leave, a whole day: 100.00 % of daily_wage 180.00 (第二部分 一.4)\"
A04,刘洋,2026-11-03,personal-leave,2,90.00,\"personal leave, half a day: 100.00 % of daily_wage 180.00 (第二部分 一.4: 不满半天按半天计)\"" \
	    '2026-11-03 19:00'
	lists "$SUMS
A03,张敏,0,0,0,0,1.5,0.00,105.00,105.00,
A04,刘洋,0,0,0,0,1.5,0.00,270.00,270.00," '2026-11-03 19:00' --summary
}

@test "leave: sick leave entered 25 days ahead, a month before the month it reaches into, still covers Nov 1-3 (seed 000 第二部分 一.4; SPEC 1 reading)" {
	only A03
	at '2026-09-30 09:00' sign-in --sick --days 10 --date 2026-10-25 A03
	at '2026-10-10 08:20' sign-in A03
	# Oct 25 to Nov 3: three days of it in November at 50 % of 140.00, and no absence
	lists "$ITEMS
A03,张敏,2026-11-01,sick-leave,1,70.00,\"sick leave, a whole day: 50.00 % of daily_wage 140.00 (第二部分 一.4)\"
A03,张敏,2026-11-02,sick-leave,2,70.00,\"sick leave, a whole day: 50.00 % of daily_wage 140.00 (第二部分 一.4)\"
A03,张敏,2026-11-03,sick-leave,3,70.00,\"sick leave, a whole day: 50.00 % of daily_wage 140.00 (第二部分 一.4)\"" \
	    '2026-11-03 19:00'
	lists "$SUMS
A03,张敏,0,0,0,0,3,0.00,210.00,210.00," '2026-11-03 19:00' --summary
}

@test "leave: half a day rounds half a fen up: personal 0.5 day of 150.01 is 75.01 (seed 000 第二部分 一.4: 不满半天按半天计)" {
	only A05
	sed -i 's/^A05,陈静,二组,150.00,/A05,陈静,二组,150.01,/' "$FRONTDESK_DATA/agents.csv"
	at '2026-11-01 07:00' sign-in --personal --days 0.5 A05
	at '2026-11-01 13:00' sign-in A05
	# 100 % of 150.01 = 15001 fen; half = 7500.5 fen, up: 75.01
	lists "$ITEMS
A05,陈静,2026-11-01,personal-leave,1,75.01,\"personal leave, half a day: 100.00 % of daily_wage 150.01 (第二部分 一.4: 不满半天按半天计)\"" \
	    '2026-11-01 19:00'
}

@test "leave: half a day of leave and no sign-in is absent (100.00) and the half-day deduction (seed 000 第二部分 一.4, 一 处罚办法.3)" {
	only A05
	at '2026-11-01 08:20' sign-in A05
	at '2026-11-01 09:00' sign-in --sick --days 0.5 --date 2026-11-02 A05
	# sick half day of 150.00: 75.00 / 2 = 37.50; absent 100.00; total 137.50
	lists "$ITEMS
A05,陈静,2026-11-02,sick-leave,1,37.50,\"sick leave, half a day: 50.00 % of daily_wage 150.00 (第二部分 一.4: 不满半天按半天计)\"
A05,陈静,2026-11-02,absent,1,100.00,$HALF_ABSENT" '2026-11-02 19:00'
	lists "$SUMS
A05,陈静,0,0,1,0,0.5,100.00,37.50,137.50," '2026-11-02 19:00' --summary
}

@test "leave: a day of leave on a closed day costs nothing: Oct 3 (国庆节) and Oct 4 deduct one day (seed 000 第二部分 一.4, calendar.csv)" {
	only A03
	at '2026-09-30 09:00' sign-in --personal --days 2 --date 2026-10-03 A03
	# Oct 1-3 closed; Oct 4: 100 % of 140.00 = 140.00, 1 day
	lists "$ITEMS
A03,张敏,2026-10-04,personal-leave,1,140.00,\"personal leave, a whole day: 100.00 % of daily_wage 140.00 (第二部分 一.4)\"" \
	    '2026-10-04 19:00'
	lists "$SUMS
A03,张敏,0,0,0,0,1,0.00,140.00,140.00," '2026-10-04 19:00' --summary
}

@test "rest: a rest day and closed days are not absent (seed 000 第二部分 一.3 每周轮休一日, calendar.csv)" {
	only A03
	at '2026-10-04 07:00' sign-in --off A03
	at '2026-10-05 08:20' sign-in A03
	# Oct 1-3 closed, Oct 4 off, Oct 5 worked: nothing
	lists "$ITEMS" '2026-10-05 19:00'
	lists "$SUMS
A03,张敏,0,0,0,0,0,0.00,0.00,0.00," '2026-10-05 19:00' --summary
}

@test "rest-days: two off days in one Monday-Sunday week are flagged, a Sunday and the next Monday are not (seed 000 第二部分 一.7: 每周休息一天)" {
	only A03 A04
	at '2026-11-01 07:00' sign-in --off --date 2026-11-02 A03
	at '2026-11-01 07:01' sign-in --off --date 2026-11-03 A03
	at '2026-11-01 07:02' sign-in --off A04
	at '2026-11-01 07:03' sign-in --off --date 2026-11-02 A04
	at '2026-11-01 08:20' sign-in A03
	at '2026-11-03 08:20' sign-in A04
	at '2026-11-04 08:20' sign-in A03
	at '2026-11-04 08:21' sign-in A04
	# A03: Mon Nov 2 and Tue Nov 3, one week; A04: Sun Nov 1 and Mon Nov 2, two weeks
	lists "$ITEMS" '2026-11-04 19:00'
	lists "$SUMS
A03,张敏,0,0,0,0,0,0.00,0.00,0.00,rest-days
A04,刘洋,0,0,0,0,0,0.00,0.00,0.00," '2026-11-04 19:00' --summary
}

@test "rest-days: the week may begin in the previous month: Sat Oct 31 and Sun Nov 1 are one week, flagged in November (seed 000 第二部分 一.7: 每周休息一天)" {
	only A03
	at '2026-10-30 07:00' sign-in --off --date 2026-10-31 A03
	at '2026-10-30 07:01' sign-in --off --date 2026-11-01 A03
	at '2026-11-02 08:20' sign-in A03
	lists "$ITEMS" '2026-11-02 19:00'
	lists "$SUMS
A03,张敏,0,0,0,0,0,0.00,0.00,0.00,rest-days" '2026-11-02 19:00' --summary
}

@test "rest-days: a rest day on a closed day takes nothing from the floor and does not count (seed 000 第二部分 一.3: 每周轮休一日)" {
	only A01
	# Fri Oct 2 is closed (国庆节), Sun Oct 4 is open: one counted rest day that week
	at '2026-10-01 07:00' sign-in --off --date 2026-10-02 A01
	at '2026-10-01 07:01' sign-in --off --date 2026-10-04 A01
	lists "$SUMS
A01,王伟,0,0,0,0,0,0.00,0.00,0.00," '2026-10-04 19:00' --summary
}

@test "an inactive agent is never absent and is in the summary only with an item (SPEC 1 agents.csv active)" {
	only A01 A02
	at '2026-11-01 08:20' sign-in A01
	at '2026-11-01 10:00' attendance-fine --record dress A02
	sed -i 's/^\(A02,.*\),yes,/\1,no,/' "$FRONTDESK_DATA/agents.csv"
	# A02 did not sign in on Nov 1 but is inactive now: the dress fine only, 20.00
	lists "$ITEMS
A02,李娜,2026-11-01,violation:dress,1,20.00,$DRESS; the 1st time this month" '2026-11-01 19:00'
	lists "$SUMS
A01,王伟,0,0,0,0,0,0.00,0.00,0.00,
A02,李娜,0,0,0,0,0,20.00,0.00,20.00," '2026-11-01 19:00' --summary
}

# --- the guards: deduction-cap, back-dating ---------------------------------------------------

@test "deduction-cap: flagged only when the total passes 20 % of daily_wage × the month's open days (SPEC 5.4 guard)" {
	only A03
	at '2026-11-01 07:00' sign-in --personal --days 6 A03
	# 140.00 × 30 open days × 20 % = 840.00; 6 days of personal leave = 6 × 140 = 840.00:
	# not past it
	lists "$SUMS
A03,张敏,0,0,0,0,6,0.00,840.00,840.00," '2026-11-06 19:00' --summary
	at '2026-11-07 08:31' sign-in A03
	# one late more, 2.00: 842.00 > 840.00
	lists "$SUMS
A03,张敏,1,0,0,0,6,2.00,840.00,842.00,deduction-cap" '2026-11-07 12:00' --summary
}

@test "back-dated: rows whose time is on an earlier day count as usual, say so in the item and are counted in back-dated:N; violations after attendance at the same time (SPEC 5.4)" {
	only A02
	at '2026-11-01 08:20' sign-in A02
	at '2026-11-03 08:40' sign-in A02
	at '2026-11-03 09:00' sign-in --at '2026-11-02 08:45' A02
	says "A02 李娜 fined 20.00 yuan for dress at 08:45 on 2026-11-02, the 1st time this month; back-dated 1 day (row 1)" \
	    '2026-11-03 10:00' --record dress --at '2026-11-02 08:45' A02
	# Nov 2 08:45 is the 1st late (2.00), Nov 3 08:40 the 2nd (4.00); dress 20.00: 26.00
	local late="attendance-fine: back-dated: attendance.csv row 3: in by A02 at 2026-11-02 08:45, recorded on 2026-11-03 09:00 by 前台: back-dated 1 day
attendance-fine: back-dated: violations.csv row 1: dress by A02 at 2026-11-02 08:45, recorded on 2026-11-03 10:00 by 前台: back-dated 1 day"
	lists_late "$ITEMS
A02,李娜,2026-11-02,late,1,2.00,\"in at 08:45, 15 min late; the 1st late or early this month: late_fine 2.00 $P2; back-dated 1 day: recorded on 2026-11-03\"
A02,李娜,2026-11-02,violation:dress,1,20.00,$DRESS; the 1st time this month; back-dated 1 day: recorded on 2026-11-03
A02,李娜,2026-11-03,late,2,4.00,\"in at 08:40, 10 min late; the 2nd late or early this month: late_fine 2.00 × 2^1 $P2\"" \
	    "$late" '2026-11-03 12:00'
	lists_late "$SUMS
A02,李娜,2,0,0,0,0,26.00,0.00,26.00,back-dated:2" "$late" '2026-11-03 12:00' --summary
}

@test "back-dated: a month asked later reads what was recorded after it unsplit but for the rows back-dated into it, attendance and violations (SPEC 5.4 back-dated rows count as usual)" {
	only A02
	since A02 2026-10-30
	at '2026-10-30 08:20' sign-in A02
	# November's own rows, recorded before the back-dated ones: not October's
	at '2026-11-02 08:40' sign-in A02
	says "A02 李娜 fined 20.00 yuan for dress at 10:00, the 1st time this month (row 1)" \
	    '2026-11-02 10:00' --record dress A02
	at '2026-11-03 09:00' sign-in --at '2026-10-31 08:45' A02
	says "A02 李娜 fined 20.00 yuan for dress at 09:00 on 2026-10-31, the 1st time in 2026-10; back-dated 3 days (row 2)" \
	    '2026-11-03 10:00' --record dress --at '2026-10-31 09:00' A02
	# Oct 31 08:45 is October's 1st late (2.00), not absent; dress 20.00: 22.00
	local late="attendance-fine: back-dated: attendance.csv row 3: in by A02 at 2026-10-31 08:45, recorded on 2026-11-03 09:00 by 前台: back-dated 3 days
attendance-fine: back-dated: violations.csv row 2: dress by A02 at 2026-10-31 09:00, recorded on 2026-11-03 10:00 by 前台: back-dated 3 days"
	lists_late "$ITEMS
A02,李娜,2026-10-31,late,1,2.00,\"in at 08:45, 15 min late; the 1st late or early this month: late_fine 2.00 $P2; back-dated 3 days: recorded on 2026-11-03\"
A02,李娜,2026-10-31,violation:dress,1,20.00,$DRESS; the 1st time this month; back-dated 3 days: recorded on 2026-11-03" \
	    "$late" '2026-11-03 12:00' --month 2026-10
	lists_late "$SUMS
A02,李娜,1,0,0,0,0,22.00,0.00,22.00,back-dated:2" "$late" '2026-11-03 12:00' --month 2026-10 --summary
}

@test "back-dated: a voided back-dated row no longer counts (SPEC 1 void, SPEC 5.4)" {
	only A02
	at '2026-11-01 08:20' sign-in A02
	at '2026-11-03 08:20' sign-in A02
	at '2026-11-03 09:00' sign-in --at '2026-11-02 08:45' A02
	at '2026-11-03 09:01' sign-in --void 3 --note 记错
	# Nov 2 has no sign-in left: absent 100.00, no back-dated row
	lists "$SUMS
A02,李娜,0,0,1,0,0,100.00,0.00,100.00," '2026-11-03 12:00' --summary
}

@test "issue 20 finding 3: a sign-in typed at 10:02 with --at 08:29 is on time, flagged back-dated:1 in --summary, its late neighbour's item says back-dated 70 min, and the list beside says who typed it (SPEC 5.4; seed 000 第二部分 一 处罚办法.3 不自觉签到者)" {
	only A04 A05
	at '2026-11-01 08:00' sign-in A04 >/dev/null
	at '2026-11-01 08:00' sign-in A05 >/dev/null
	at '2026-11-02 10:02' sign-in --at 08:29 A04 >/dev/null
	at '2026-11-02 10:05' sign-in --at 08:55 A05 >/dev/null
	local late="attendance-fine: back-dated: attendance.csv row 3: in by A04 at 2026-11-02 08:29, recorded at 10:02 by 前台: back-dated 93 min
attendance-fine: back-dated: attendance.csv row 4: in by A05 at 2026-11-02 08:55, recorded at 10:05 by 前台: back-dated 70 min"
	lists_late "$ITEMS
A05,陈静,2026-11-02,late,1,2.00,\"in at 08:55, 25 min late; the 1st late or early this month: late_fine 2.00 $P2; back-dated 70 min: recorded at 10:05\"" \
	    "$late" '2026-11-02 12:00'
	lists_late "$SUMS
A04,刘洋,0,0,0,0,0,0.00,0.00,0.00,back-dated:1
A05,陈静,1,0,0,0,0,2.00,0.00,2.00,back-dated:1" "$late" '2026-11-02 12:00' --summary
	# under the table: a blank line, the heading, one indented line each
	run --separate-stderr at '2026-11-02 12:00' attendance-fine --summary --table
	assert_success
	assert_equal "$stderr" ""
	assert_output --partial "
back-dated rows (补登):
  attendance.csv row 3: in by A04 at 2026-11-02 08:29, recorded at 10:02 by 前台: back-dated 93 min
  attendance.csv row 4: in by A05 at 2026-11-02 08:55, recorded at 10:05 by 前台: back-dated 70 min"
}

@test "issue 20 finding 11: the rows of one import are one line (who, when, how many, which days), an import by another hand at the same second another, a desk row its own; the flags count rows (SPEC 5.4)" {
	only A02 A03
	local d
	{
		echo time,agent,event,detail
		for d in 02 03 04; do echo "2026-11-$d 08:20,A02,in,"; echo "2026-11-$d 08:25,A03,in,"; done
	} | at '2026-11-05 09:00' sign-in --import - > /dev/null
	{
		echo time,agent,event,detail
		for d in 02 03 04; do echo "2026-11-$d 18:00,A02,end,"; echo "2026-11-$d 18:00,A03,end,"; done
	} | FRONTDESK_USER=经理 at '2026-11-05 09:00' sign-in --import - > /dev/null
	at '2026-11-05 09:01' sign-in --at 08:20 A02 > /dev/null
	# the book began on Nov 2 (the first row's time, before it was recorded): Nov 1 is no
	# absence; Nov 5 is not over at noon
	lists_late "$SUMS
A02,李娜,0,0,0,0,0,0.00,0.00,0.00,back-dated:7
A03,张敏,0,0,0,0,0,0.00,0.00,0.00,back-dated:6" \
	    "attendance-fine: back-dated: attendance.csv rows 1 to 6: 6 rows recorded at once on 2026-11-05 09:00 by 前台, dated 2026-11-02 to 2026-11-04
attendance-fine: back-dated: attendance.csv rows 7 to 12: 6 rows recorded at once on 2026-11-05 09:00 by 经理, dated 2026-11-02 to 2026-11-04
attendance-fine: back-dated: attendance.csv row 13: in by A02 at 2026-11-05 08:20, recorded at 09:01 by 前台: back-dated 41 min" \
	    '2026-11-05 12:00' --summary
}

# --- the book's first day (SPEC 5.4: no absence before it) ----------------------------------

@test "issue 20 finding 4: a new office whose books began on 2026-12-07 is not fined on 12-08 for the days before: no absent_days 6, no 600.00; the 8th gone by is one absent day (SPEC 5.4; seed 000 第二部分 一 处罚办法.3)" {
	local a want=$SUMS
	for a in A01 A02 A03 A04 A05 A06 A07; do at '2026-12-07 08:20' sign-in $a >/dev/null; done
	lists "$SUMS
A01,王伟,0,0,0,0,0,0.00,0.00,0.00,
A02,李娜,0,0,0,0,0,0.00,0.00,0.00,
A03,张敏,0,0,0,0,0,0.00,0.00,0.00,
A04,刘洋,0,0,0,0,0,0.00,0.00,0.00,
A05,陈静,0,0,0,0,0,0.00,0.00,0.00,
A06,杨帆,0,0,0,0,0,0.00,0.00,0.00,
A07,赵磊,0,0,0,0,0,0.00,0.00,0.00," '2026-12-08 12:00' --summary
	lists "$ITEMS" '2026-12-08 12:00'
	# the 8th over with nobody in: 100.00 each, one day, no flag
	for a in A01,王伟 A02,李娜 A03,张敏 A04,刘洋 A05,陈静 A06,杨帆 A07,赵磊; do
		want+=$'\n'"$a,0,0,1,0,0,100.00,0.00,100.00,"
	done
	lists "$want" '2026-12-08 19:00' --summary
}

@test "the book's first day: a rest day entered ahead as its first row begins the book on the day it was typed; a data dir without attendance.csv fines no absence (SPEC 5.4)" {
	only A02
	lists "$SUMS
A02,李娜,0,0,0,0,0,0.00,0.00,0.00," '2026-11-04 19:00' --summary
	at '2026-11-03 10:00' sign-in --off --date 2026-11-05 A02 > /dev/null
	# began Nov 3 (recorded then, dated Nov 5): Nov 3 and 4 absent, a run of 2; Nov 1-2 not
	lists "$ITEMS
A02,李娜,2026-11-03,absent,1,100.00,$ABSENT
A02,李娜,2026-11-04,absent,2,100.00,$ABSENT" '2026-11-04 19:00'
	lists "$SUMS
A02,李娜,0,0,2,0,0,200.00,0.00,200.00,absent-consecutive" '2026-11-04 19:00' --summary
}

@test "since after the book began: absent only from since (SPEC 1 agents.csv since, SPEC 5.4)" {
	begun 2026-11-01
	only A02
	since A02 2026-11-04
	lists "$ITEMS
A02,李娜,2026-11-04,absent,1,100.00,$ABSENT" '2026-11-04 19:00'
}

# --- offences: --record (第一部分 四) -----------------------------------------------------------

@test "--record argue: 100.00 each, dismissal flagged from the 2nd, the sentence says so; one row each, chained (seed 000 第一部分 四.14: 违反二次以上者予以辞退)" {
	only A06
	says "A06 杨帆 fined 100.00 yuan for argue at 10:00, the 1st time this month; back-dated 120 min (row 1)" \
	    '2026-11-01 12:00' --record argue --at 10:00 A06
	says "A06 杨帆 fined 100.00 yuan for argue at 16:00, the 2nd time this month; dismissal threshold reached (offence:argue, from the 2nd) (顶撞客户) (row 2)" \
	    '2026-11-01 16:00' --record argue --note 顶撞客户 杨帆
	run head -1 "$FRONTDESK_DATA/violations.csv"
	assert_output "seq,recorded_at,time,agent,code,fine,note,ref,by,chain"
	run cols violations.csv seq,recorded_at,time,agent,code,fine,note,ref,by
	assert_output "1,2026-11-01T12:00:00+08:00,2026-11-01T10:00:00+08:00,A06,argue,100.00,,,前台
2,2026-11-01T16:00:00+08:00,2026-11-01T16:00:00+08:00,A06,argue,100.00,顶撞客户,,前台"
	run chain_ok "$FRONTDESK_DATA/violations.csv"
	assert_success
	# 2 × 100 = 200.00
	# the first, typed at 12:00 for 10:00, is back-dated (SPEC 5.4)
	local late="attendance-fine: back-dated: violations.csv row 1: argue by A06 at 2026-11-01 10:00, recorded at 12:00 by 前台: back-dated 120 min"
	lists_late "$ITEMS
A06,杨帆,2026-11-01,violation:argue,1,100.00,$ARGUE; the 1st time this month; back-dated 120 min: recorded at 12:00
A06,杨帆,2026-11-01,violation:argue,2,100.00,$ARGUE; the 2nd time this month: dismissal threshold; note: 顶撞客户" \
	    "$late" '2026-11-01 17:00'
	lists_late "$SUMS
A06,杨帆,0,0,0,0,0,200.00,0.00,200.00,offence:argue;back-dated:1" "$late" '2026-11-01 17:00' --summary
}

@test "--record --at in an earlier month counts in that month and says so (SPEC 2 --at; seed 000 第一部分 四.14)" {
	only A06
	at '2026-10-30 10:00' attendance-fine --record argue A06
	says "A06 杨帆 fined 100.00 yuan for argue at 15:00 on 2026-10-31, the 2nd time in 2026-10; dismissal threshold reached (offence:argue, from the 2nd); back-dated 2 days (row 2)" \
	    '2026-11-02 09:00' --record argue --at '2026-10-31 15:00' A06
	says "A06 杨帆 fined 100.00 yuan for argue at 09:05, the 1st time this month (row 3)" \
	    '2026-11-02 09:05' --record argue A06
}

@test "--record other: an unlisted offence needs --fine of at least 20; 19.99 is refused (seed 000 第一部分 四 注: 一律按20元/次以上)" {
	bad_value "other is fined at least 20.00 yuan (offences.csv): give the amount with --fine" \
	    '2026-11-02 10:00' --record other A01
	bad_value "--fine 19.99 does not fit other: it is fined at least 20.00 yuan (offences.csv)" \
	    '2026-11-02 10:00' --record other --fine 19.99 A01
	assert_file_not_exists "$FRONTDESK_DATA/violations.csv"
	says "A01 王伟 fined 20.50 yuan for other at 10:00, the 1st time this month (未登记外出) (row 1)" \
	    '2026-11-02 10:00' --record other --fine 20.5 --note 未登记外出 A01
	run cols violations.csv seq,agent,code,fine,note,ref
	assert_output "1,A01,other,20.50,未登记外出,"
	run chain_ok "$FRONTDESK_DATA/violations.csv"
	assert_success
}

@test "--record office-noise: a range 5-20 needs --fine within it: none or 25 refused, 5 accepted (seed 000 第一部分 四.15: 处以5—20元的罚款)" {
	bad_value "office-noise is fined 5.00 to 20.00 yuan (offences.csv): give the amount with --fine" \
	    '2026-11-02 10:00' --record office-noise A04
	bad_value "--fine 25 does not fit office-noise: it is fined 5.00 to 20.00 yuan (offences.csv)" \
	    '2026-11-02 10:00' --record office-noise --fine 25 A04
	bad_value "--fine is yuan, like 20 or 20.50, not 'abc'" \
	    '2026-11-02 10:00' --record office-noise --fine abc A04
	says "A04 刘洋 fined 5.00 yuan for office-noise at 10:00, the 1st time this month (row 1)" \
	    '2026-11-02 10:00' --record office-noise --fine 5 A04
	run cols violations.csv seq,agent,code,fine,note,ref
	assert_output "1,A04,office-noise,5.00,,"
}

@test "--record with a fixed fine: --fine may repeat it, a different one is refused (seed 000 第一部分 四.14: 100元/次)" {
	bad_value "--fine 50 does not fit argue: it is fined 100.00 yuan (offences.csv)" \
	    '2026-11-02 10:00' --record argue --fine 50 A06
	says "A06 杨帆 fined 100.00 yuan for argue at 10:00, the 1st time this month (row 1)" \
	    '2026-11-02 10:00' --record argue --fine 100 A06
	run cols violations.csv seq,agent,code,fine,note,ref
	assert_output "1,A06,argue,100.00,,"
}

@test "--record: a code not in offences.csv exits 65 and points to 'other' (SPEC 3 attendance-fine)" {
	bad_value "'spitting' is not a code in offences.csv (an unlisted offence is 'other')" \
	    '2026-11-02 10:00' --record spitting A01
	bad_value "'void' is not a code in offences.csv (an unlisted offence is 'other')" \
	    '2026-11-02 10:00' --record void A01
	assert_file_not_exists "$FRONTDESK_DATA/violations.csv"
}

@test "--record: an unknown or inactive agent exits 1 with the closest matches (SPEC 2)" {
	refused "unknown agent 'A99': agents.csv lists no one like that" '2026-11-02 10:00' --record dress A99
	refused "unknown agent '王': did you mean A01 王伟?" '2026-11-02 10:00' --record dress 王
	refused "refused: agent A08 黄丽华 is not active (agents.csv)" '2026-11-02 10:00' --record dress A08
	assert_file_not_exists "$FRONTDESK_DATA/violations.csv"
}

@test "--record --at: a time in the future or not a time exits 65 (SPEC 2 --at)" {
	bad_value "10:01 is in the future: an offence is recorded after it happened" \
	    '2026-11-02 10:00' --record dress --at 10:01 A01
	bad_value "'25:00' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS] or RFC 3339)" \
	    '2026-11-02 10:00' --record dress --at 25:00 A01
	assert_file_not_exists "$FRONTDESK_DATA/violations.csv"
}

@test "--record --note: a comma is quoted in the journal and the chain holds; a line break exits 65 (SPEC 1 RFC 4180, one row one line)" {
	says "A02 李娜 fined 20.00 yuan for dress at 12:00, the 1st time this month (T恤, 拖鞋) (row 1)" \
	    '2026-11-01 12:00' --record dress --note 'T恤, 拖鞋' A02
	run tail -1 "$FRONTDESK_DATA/violations.csv"
	assert_output --regexp '^1,2026-11-01T12:00:00\+08:00,2026-11-01T12:00:00\+08:00,A02,dress,20.00,"T恤, 拖鞋",,前台,[0-9a-f]{64}$'
	run chain_ok "$FRONTDESK_DATA/violations.csv"
	assert_success
	bad_value "--note holds a line break: a row is one line" '2026-11-01 12:01' --record dress --note $'T恤\n拖鞋' A02
}

# --- --void ---------------------------------------------------------------------------------

@test "--void SEQ --note WHY: one row cancels the violation, which is no longer listed nor counted (SPEC 1: a correction is a new row)" {
	only A03 A06
	at '2026-11-01 10:00' attendance-fine --record argue A06
	at '2026-11-01 10:30' attendance-fine --record leak --fine 2000 --at 10:00 A03
	at '2026-11-01 11:00' attendance-fine --record argue A06
	says "voided row 2 of violations.csv (A03 张敏 leak on 2026-11-01 at 10:00, 2000.00 yuan): 记错了 (row 4)" \
	    '2026-11-01 11:30' --void 2 --note 记错了
	says "voided row 3 of violations.csv (A06 杨帆 argue on 2026-11-01 at 11:00, 100.00 yuan): 同一次争吵 (row 5)" \
	    '2026-11-01 11:31' --void 3 --note 同一次争吵
	run cols violations.csv seq,recorded_at,time,agent,code,fine,note,ref,by
	assert_output "1,2026-11-01T10:00:00+08:00,2026-11-01T10:00:00+08:00,A06,argue,100.00,,,前台
2,2026-11-01T10:30:00+08:00,2026-11-01T10:00:00+08:00,A03,leak,2000.00,,,前台
3,2026-11-01T11:00:00+08:00,2026-11-01T11:00:00+08:00,A06,argue,100.00,,,前台
4,2026-11-01T11:30:00+08:00,2026-11-01T11:30:00+08:00,A03,void,,记错了,2,前台
5,2026-11-01T11:31:00+08:00,2026-11-01T11:31:00+08:00,A06,void,,同一次争吵,3,前台"
	run chain_ok "$FRONTDESK_DATA/violations.csv"
	assert_success
	# row 1 alone is live: A06 100.00, one argue, no offence flag
	lists "$ITEMS
A06,杨帆,2026-11-01,violation:argue,1,100.00,$ARGUE; the 1st time this month" '2026-11-01 12:00'
	lists "$SUMS
A03,张敏,0,0,0,0,0,0.00,0.00,0.00,
A06,杨帆,0,0,0,0,0,100.00,0.00,100.00," '2026-11-01 12:00' --summary
	# recorded again, the argue is the 2nd of the live rows
	says "A06 杨帆 fined 100.00 yuan for argue at 12:00, the 2nd time this month; dismissal threshold reached (offence:argue, from the 2nd) (row 6)" \
	    '2026-11-01 12:00' --record argue A06
}

@test "finding 8: --record names the row it wrote; --void of that number cancels that fine, no other, and says it in words (SPEC 2: … (row 42), every --void prints the row it voided; 第一部分 四)" {
	says "A02 李娜 fined 20.00 yuan for dress at 10:00, the 1st time this month (row 1)" \
	    '2026-11-03 10:00' --record dress A02
	says "A06 杨帆 fined 100.00 yuan for argue at 10:10, the 1st time this month (车位价格) (row 2)" \
	    '2026-11-03 10:10' --record argue --note 车位价格 A06
	# the second dress was 李娜's again; the desk typed 张敏
	says "A03 张敏 fined 20.00 yuan for dress at 10:20, the 1st time this month (row 3)" \
	    '2026-11-03 10:20' --record dress A03
	local n
	n=$(said_row)
	says "voided row 3 of violations.csv (A03 张敏 dress on 2026-11-03 at 10:20, 20.00 yuan): 穿错工装的是李娜 (row 4)" \
	    '2026-11-03 10:25' --void "$n" --note 穿错工装的是李娜
	says "A02 李娜 fined 20.00 yuan for dress at 10:20, the 2nd time this month (row 5)" \
	    '2026-11-03 10:26' --record dress --at 10:20 A02
	run cols violations.csv seq,agent,code,fine,note,ref
	assert_output "1,A02,dress,20.00,,
2,A06,argue,100.00,车位价格,
3,A03,dress,20.00,,
4,A03,void,,穿错工装的是李娜,3
5,A02,dress,20.00,,"
	lists "$ITEMS
A02,李娜,2026-11-03,violation:dress,1,20.00,$DRESS; the 1st time this month
A02,李娜,2026-11-03,violation:dress,2,20.00,$DRESS; the 2nd time this month
A06,杨帆,2026-11-03,violation:argue,1,100.00,$ARGUE; the 1st time this month; note: 车位价格" '2026-11-03 12:00'
}

@test "--void refused: a void of a void and a second void of a row exit 1; an unknown seq exits 65 (SPEC 1: a void is final)" {
	at '2026-11-01 10:00' attendance-fine --record dress A01
	at '2026-11-01 10:01' attendance-fine --void 1 --note 误记
	refused "refused: row 2 is a void: a void is final (record it again instead)" \
	    '2026-11-01 10:02' --void 2 --note 撤销
	refused "refused: row 1 is voided already: a void is final (record it again instead)" \
	    '2026-11-01 10:02' --void 1 --note 再撤
	bad_value "violations.csv has no row 9" '2026-11-01 10:02' --void 9 --note 无此行
}

@test "--void on a data dir without violations.csv exits 65 and creates nothing (SPEC 2: a refused command has written nothing)" {
	bad_value "violations.csv has no row 1" '2026-11-01 10:00' --void 1 --note 误记
	assert_file_not_exists "$FRONTDESK_DATA/violations.csv"
}

@test "a violation of an agent no longer in agents.csv is left out with a warning (SPEC 1 agents.csv)" {
	at '2026-11-01 10:00' attendance-fine --record dress A06
	sed -i '/^A06,/d' "$FRONTDESK_DATA/agents.csv"
	run --separate-stderr at '2026-11-01 12:00' attendance-fine
	assert_success
	assert_output "$ITEMS"
	assert_equal "$stderr" "attendance-fine: violations.csv:2: agent 'A06' is not in agents.csv: row 1 is left out"
}

@test "bad data: a row of attendance.csv that does not replay exits 65 at FILE:LINE (SPEC 2 FILE:LINE)" {
	only A01
	at '2026-11-01 08:20' sign-in A01
	# a second in the same day, chained as a tool would write it
	local f="$FRONTDESK_DATA/attendance.csv" prev body
	prev=$(tail -1 "$f" | awk -F, '{ print $NF }')
	body="2,2026-11-01T09:00:00+08:00,2026-11-01T09:00:00+08:00,A01,in,,,前台"
	echo "$body,$(printf '%s\n%s' "$prev" "$body" | sha256sum | cut -c1-64)" >> "$f"
	bad_value "attendance.csv:3: row 2 does not replay on 2026-11-01: A01 already signed in at 08:20 (one sign-in a day)" \
	    '2026-11-01 12:00'
	bad_value "attendance.csv:3: row 2 does not replay on 2026-11-01: A01 already signed in at 08:20 (one sign-in a day)" \
	    '2026-11-01 12:00' --summary
}

# --- output forms, usage ----------------------------------------------------------------------

@test "--summary --table: aligned columns, CJK names counted double width (SPEC 2 --table)" {
	only A02 A03
	at '2026-11-01 08:20' sign-in A03
	at '2026-11-01 08:41' sign-in A02
	run --separate-stderr at '2026-11-01 12:00' attendance-fine --summary --table
	assert_success
	assert_output "agent  name  late  early  absent_days  desert  leave_days  fines  deductions  total  flags
A02    李娜  1     0      0            0       0           2.00   0.00        2.00
A03    张敏  0     0      0            0       0           0.00   0.00        0.00"
}

@test "--excel: UTF-8 BOM and CRLF line ends, the quoted rule kept whole (SPEC 2 --excel)" {
	only A02
	at '2026-11-01 08:41' sign-in A02
	run at '2026-11-01 12:00' attendance-fine --excel
	assert_success
	assert_output "$(printf '\xef\xbb\xbf%s\r\n%s\r\n' "$ITEMS" \
	    "A02,李娜,2026-11-01,late,1,2.00,\"in at 08:41, 11 min late; the 1st late or early this month: late_fine 2.00 $P2\"")"
}

@test "usage: options that do not go together exit 64 with one line (SPEC 2)" {
	usage_error "no agent goes with the listing or --void" A01
	usage_error "name one agent, by code or by name" --record argue
	usage_error "name one agent, by code or by name" --record argue A01 A02
	usage_error "one of --record and --void at a time" --record argue --void 1 --note x A01
	usage_error "--summary goes with the listing" --summary --record argue A01
	usage_error "--month goes with the listing" --month 2026-11 --void 1 --note x
	usage_error "--table is for people, --excel for spreadsheets: give one" --table --excel
	usage_error "--fine goes with --record" --fine 5
	usage_error "--at goes with --record" --void 1 --note x --at 10:00
	usage_error "--note goes with --record and --void" --note x
	usage_error "--void needs --note" --void 1
	usage_error "--void takes the seq of a row, not '0'" --void 0 --note x
	usage_error "--void takes the seq of a row, not 'x'" --void x --note x
	usage_error "unknown option or missing value: '--bogus'" --bogus
	usage_error "unknown option or missing value: '--month'" --month
	usage_error "--encoding is utf-8 or gbk, not 'big5'" --encoding big5
}

@test "--month 2026-13 is not a month: exit 65 (SPEC 3 attendance-fine --month YYYY-MM)" {
	bad_value "--month takes a month YYYY-MM, not '2026-13'" '2026-11-02 09:00' --month 2026-13
	bad_value "--month takes a month YYYY-MM, not '2026-11-01'" '2026-11-02 09:00' --month 2026-11-01
}

@test "-h prints the usage on stdout and exits 0; -V the version; a missing data dir or offences.csv exits 66 (SPEC 1, SPEC 2)" {
	run --separate-stderr attendance-fine -h
	assert_success
	assert_equal "$stderr" ""
	assert_output "usage: attendance-fine [-d dir] [--month yyyy-mm] [--summary] [--table]
               [--excel] [--encoding gbk]
       attendance-fine [-d dir] --record code [--fine yuan] [--note text]
               [--at time] agent
       attendance-fine [-d dir] --void seq --note why
       attendance-fine -h | -V"
	run --separate-stderr attendance-fine -V
	assert_success
	assert_output --regexp '^attendance-fine \(frontdesk\) [0-9]+\.[0-9]+\.[0-9]+$'
	run -66 --separate-stderr attendance-fine -d "$BATS_TEST_TMPDIR/nowhere"
	assert_equal "$stderr" "attendance-fine: $BATS_TEST_TMPDIR/nowhere: no such data directory"
	assert_output ""
	rm "$FRONTDESK_DATA/offences.csv"
	expect_fail 66 "attendance-fine: offences.csv: No such file or directory" at '2026-11-02 09:00' attendance-fine
}

# --- offences in the desk's words: --record by description (SPEC 7, seed 000 第一部分 四) ---------

@test "issue 21 finding: --record 吵架 A06 records argue, the row byte for byte the one --record argue writes (SPEC 7: 吵架 finds argue; seed 000 第一部分 四.14 和客户争吵, seed 001 十三 不准和客户吵架)" {
	only A06
	says "A06 杨帆 fined 100.00 yuan for argue at 10:00, the 1st time this month (row 1)" \
	    '2026-11-02 10:00' --record 吵架 A06
	run cols violations.csv seq,recorded_at,time,agent,code,fine,note,ref,by
	assert_output "1,2026-11-02T10:00:00+08:00,2026-11-02T10:00:00+08:00,A06,argue,100.00,,,前台"
	# the same book, chain included, as the code gives it
	mv "$FRONTDESK_DATA/violations.csv" "$BATS_TEST_TMPDIR/typed.csv"
	at '2026-11-02 10:00' attendance-fine --record argue A06 > /dev/null
	run cmp "$BATS_TEST_TMPDIR/typed.csv" "$FRONTDESK_DATA/violations.csv"
	assert_success
	# listed and counted as argue, with the catalogue's words
	lists "$ITEMS
A06,杨帆,2026-11-02,violation:argue,1,100.00,$ARGUE; the 1st time this month" '2026-11-02 12:00'
}

@test "--record by the words of one description: 与客户争吵 (与 read as 和), 长时间接听; ＡＲＧＵＥ is the code in any case, and a code is looked for before any description's words (SPEC 7; seed 000 第一部分 四.7, 四.14)" {
	only A06
	# a desk's own entry whose description holds the word dress
	echo 'badge,20,,工牌 dress 不合规（本店规定）' >> "$FRONTDESK_DATA/offences.csv"
	says "A06 杨帆 fined 100.00 yuan for argue at 10:00, the 1st time this month (row 1)" \
	    '2026-11-02 10:00' --record 与客户争吵 A06
	says "A06 杨帆 fined 20.00 yuan for private-call-long at 10:05, the 1st time this month (row 2)" \
	    '2026-11-02 10:05' --record 长时间接听 A06
	says "A06 杨帆 fined 100.00 yuan for argue at 10:10, the 2nd time this month; dismissal threshold reached (offence:argue, from the 2nd) (row 3)" \
	    '2026-11-02 10:10' --record ＡＲＧＵＥ A06
	says "A06 杨帆 fined 20.00 yuan for dress at 10:15, the 1st time this month (row 4)" \
	    '2026-11-02 10:15' --record dress A06
	says "A06 杨帆 fined 20.00 yuan for badge at 10:20, the 1st time this month (row 5)" \
	    '2026-11-02 10:20' --record 工牌 A06
	run cols violations.csv seq,agent,code,fine,note
	assert_output "1,A06,argue,100.00,
2,A06,private-call-long,20.00,
3,A06,argue,100.00,
4,A06,dress,20.00,
5,A06,badge,20.00,"
}

@test "--record by words two descriptions hold: exit 1, each entry listed to be given by its code, nothing written (SPEC 7; seed 000 第一部分 四.2 and 四.3 both say 吸烟, 四.7 and 四.16 私人电话)" {
	at '2026-11-02 09:00' attendance-fine --record argue A06 > /dev/null
	refused "'吸烟' matches 2 offences: eat (上班时间在销售接待区吃东西、吸烟), smoke-drink (办公场合吸烟、喝酒、划拳、吃零食…): give the code" \
	    '2026-11-02 10:00' --record 吸烟 A06
	refused "'私人电话' matches 2 offences: private-call-long (长时间接听私人电话), private-phone (未经允许私用电器或用公司电话打长…): give the code" \
	    '2026-11-02 10:00' --record 私人电话 A06
	# a desk's own entry that also says 争吵
	echo 'quarrel,20,,同事之间争吵（本店规定）' >> "$FRONTDESK_DATA/offences.csv"
	refused "'争吵' matches 2 offences: argue (和客户争吵、吵架), quarrel (同事之间争吵): give the code" \
	    '2026-11-02 10:00' --record 争吵 A06
	run cols violations.csv seq,agent,code
	assert_output "1,A06,argue"
}

@test "--record by words no description holds: exit 65 as an unknown code, with the codes close to it when there are, nothing written (SPEC 7; SPEC 3 attendance-fine; seed 000 第一部分 四 注: an unlisted offence is other)" {
	at '2026-11-02 09:00' attendance-fine --record argue A06 > /dev/null
	bad_value "'吐痰' is not a code in offences.csv (an unlisted offence is 'other')" \
	    '2026-11-02 10:00' --record 吐痰 A06
	# the words are one piece: 跟客户吵架 is not in 和客户争吵、吵架
	bad_value "'跟客户吵架' is not a code in offences.csv (an unlisted offence is 'other')" \
	    '2026-11-02 10:00' --record 跟客户吵架 A06
	bad_value "'argu' is not a code in offences.csv: did you mean argue? (an unlisted offence is 'other')" \
	    '2026-11-02 10:00' --record argu A06
	bad_value "'smoke' is not a code in offences.csv: did you mean smoke-drink? (an unlisted offence is 'other')" \
	    '2026-11-02 10:00' --record smoke A06
	bad_value "'private' is not a code in offences.csv: did you mean private-call-long, private-deal, private-phone? (an unlisted offence is 'other')" \
	    '2026-11-02 10:00' --record private A06
	run cols violations.csv seq,agent,code
	assert_output "1,A06,argue"
}

@test "no fine is summed from a broken chain: a fine edited in violations.csv, its chain left as it was, is refused 65 at its line by the listing and --summary, nothing printed; the book as written lists as before (SPEC 1 chain, SPEC 3 attendance-fine; issue 24)" {
	only A05 A06
	at '2026-11-02 08:00' sign-in A05 > /dev/null
	at '2026-11-02 08:00' sign-in A06 > /dev/null
	at '2026-11-02 10:00' attendance-fine --record argue A06 > /dev/null
	at '2026-11-02 11:00' attendance-fine --record argue A05 > /dev/null
	lists "agent,name,late,early,absent_days,desert,leave_days,fines,deductions,total,flags
A05,陈静,0,0,0,0,0,100.00,0.00,100.00,
A06,杨帆,0,0,0,0,0,100.00,0.00,100.00," '2026-11-02 12:00' --summary
	# A05's fine made 10.00 by hand; its chain is the one written for 100.00
	sed -i '3s/,A05,argue,100.00,/,A05,argue,10.00,/' "$FRONTDESK_DATA/violations.csv"
	run cols violations.csv agent,code,fine
	assert_line "A05,argue,10.00"
	bad_value "violations.csv:3: the chain breaks here: the book was altered after it was written, so no total is given (verify-journal says more)" \
	    '2026-11-02 12:00' --summary
	bad_value "violations.csv:3: the chain breaks here: the book was altered after it was written, so no total is given (verify-journal says more)" \
	    '2026-11-02 12:00'
}

@test "an attendance row edited after it was written is refused 65 at its line: no late fine is worked out from it (SPEC 1 chain, SPEC 3 attendance-fine; issue 24)" {
	only A05
	at '2026-11-02 08:40' sign-in A05 > /dev/null
	at '2026-11-03 08:00' sign-in A05 > /dev/null
	run at '2026-11-03 12:00' attendance-fine --summary
	assert_success
	assert_line --partial "A05,陈静,1,0,0,0,0,"
	# the late sign-in of the 2nd made 08:00 by hand, its chain left as it was
	sed -i '2s/T08:40:00+08:00/T08:00:00+08:00/g' "$FRONTDESK_DATA/attendance.csv"
	bad_value "attendance.csv:2: the chain breaks here: the book was altered after it was written, so no total is given (verify-journal says more)" \
	    '2026-11-03 12:00' --summary
}
