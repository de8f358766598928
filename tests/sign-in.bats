# sign-in: the attendance book (签到, 外出去向登记), SPEC 3 "sign-in" and 5.4.
# Every desk event with its sentence and its journal rows, every refusal with its
# message and an untouched data dir, usage and bad values, lateness, the sign-in order,
# back-dating, the listing in its four forms, and the all-or-nothing import.
load test_helper

ROWS=seq,time,agent,event,detail,ref,by

# A refusal: exit 1, the one stderr line, nothing on stdout, nothing written.
# refused 'MESSAGE' NOW sign-in ARGS...
refused() { expect_fail 1 "$1" at "${@:2}"; }

# Bad data: exit 65, the one stderr line, nothing on stdout, nothing written.
bad_value() { expect_fail 65 "$1" at "${@:2}"; }

# A usage error: exit 64, the message first on stderr, nothing written.
usage_error() {
	expect_fail 64 "sign-in: $1 (sign-in -h shows the usage)" at '2026-11-02 09:00' \
	    sign-in "${@:2}"
}

# A desk event that must succeed quietly with exactly this sentence.
says() { expect_say "$1" at "${@:2}"; }

# The five agents of a morning, each in a different state at noon.
morning() {
	at '2026-11-02 08:20' sign-in A01
	at '2026-11-02 08:35' sign-in A02
	at '2026-11-02 08:40' sign-in A03
	at '2026-11-02 08:50' sign-in A04
	at '2026-11-02 08:55' sign-in A05
	at '2026-11-02 10:00' sign-in --out A02
	at '2026-11-02 11:00' sign-in --break A03
	at '2026-11-02 11:30' sign-in --desert A04
	at '2026-11-02 12:00' sign-in --end A05
}

# --- the events and their rows ----------------------------------------------------------

@test "in: says who, when and the place in today's order; the row has time = recorded_at (SPEC 3 sign-in, seed 000 第二部分 四.13)" {
	says "A01 王伟 signed in at 08:25, 1st today (row 1)" '2026-11-02 08:25' sign-in A01
	run head -1 "$FRONTDESK_DATA/attendance.csv"
	assert_output "seq,recorded_at,time,agent,event,detail,ref,by,chain"
	run cols attendance.csv $ROWS
	assert_output "1,2026-11-02T08:25:00+08:00,A01,in,,,前台"
	run cols attendance.csv recorded_at,time
	assert_output "2026-11-02T08:25:00+08:00,2026-11-02T08:25:00+08:00"
}

@test "in: an agent named by name is recorded by code (SPEC 2)" {
	says "A02 李娜 signed in at 08:10, 1st today (row 1)" '2026-11-02 08:10' sign-in 李娜
	says "A01 王伟 signed in at 08:12, 2nd today (row 2)" '2026-11-02 08:12' sign-in 王伟
	run cols attendance.csv $ROWS
	assert_output "1,2026-11-02T08:10:00+08:00,A02,in,,,前台
2,2026-11-02T08:12:00+08:00,A01,in,,,前台"
}

@test "--out --note records where the agent went; --back ends it (外出/公派, SPEC 3 sign-in)" {
	at '2026-11-02 08:20' sign-in A01
	says "A01 王伟 is out at 10:00 (客户家看房) (row 2)" '2026-11-02 10:00' sign-in --out --note 客户家看房 A01
	says "A01 王伟 is back at 11:15 (row 3)" '2026-11-02 11:15' sign-in --back A01
	run cols attendance.csv $ROWS
	assert_output "1,2026-11-02T08:20:00+08:00,A01,in,,,前台
2,2026-11-02T10:00:00+08:00,A01,out,客户家看房,,前台
3,2026-11-02T11:15:00+08:00,A01,back,,,前台"
	run cols attendance.csv recorded_at,time
	assert_output "2026-11-02T08:20:00+08:00,2026-11-02T08:20:00+08:00
2026-11-02T10:00:00+08:00,2026-11-02T10:00:00+08:00
2026-11-02T11:15:00+08:00,2026-11-02T11:15:00+08:00"
}

@test "--break is the meal break and --back ends it (seed 000 第二部分 一: 轮流吃饭)" {
	at '2026-11-02 08:20' sign-in A03
	says "A03 张敏 is on a break at 12:00 (row 2)" '2026-11-02 12:00' sign-in --break A03
	says "A03 张敏 is back at 12:30 (row 3)" '2026-11-02 12:30' sign-in --back A03
	run cols attendance.csv $ROWS
	assert_output "1,2026-11-02T08:20:00+08:00,A03,in,,,前台
2,2026-11-02T12:00:00+08:00,A03,break,,,前台
3,2026-11-02T12:30:00+08:00,A03,back,,,前台"
}

@test "--desert records 脱岗 and counts the day's desertions (seed 000 第二部分 一.6)" {
	at '2026-11-02 08:20' sign-in A04
	at '2026-11-02 09:00' sign-in --out A04
	at '2026-11-02 09:30' sign-in --back A04
	says "A04 刘洋 is away from the post (脱岗) at 10:00, 1st time today (row 4)" '2026-11-02 10:00' sign-in --desert A04
	says "A04 刘洋 is back at 10:20 (row 5)" '2026-11-02 10:20' sign-in --back A04
	says "A04 刘洋 is away from the post (脱岗) at 14:00, 2nd time today (主管记录) (row 6)" '2026-11-02 14:00' sign-in --desert --note 主管记录 A04
	run cols attendance.csv $ROWS
	assert_output "1,2026-11-02T08:20:00+08:00,A04,in,,,前台
2,2026-11-02T09:00:00+08:00,A04,out,,,前台
3,2026-11-02T09:30:00+08:00,A04,back,,,前台
4,2026-11-02T10:00:00+08:00,A04,desert,,,前台
5,2026-11-02T10:20:00+08:00,A04,back,,,前台
6,2026-11-02T14:00:00+08:00,A04,desert,主管记录,,前台"
}

@test "--end at work_end is on time; --end before it is early leave, counted through the month (seed 000 第二部分 一 处罚办法.2 迟到早退)" {
	at '2026-11-02 08:20' sign-in A01
	at '2026-11-02 08:21' sign-in A02
	says "A01 王伟 signed off at 18:00 (row 3)" '2026-11-02 18:00' sign-in --end A01
	says "A02 李娜 signed off at 17:59; early 1 min (1st early this month) (row 4)" '2026-11-02 18:01' sign-in --end --at 17:59:59 A02
	run cols attendance.csv $ROWS
	assert_output "1,2026-11-02T08:20:00+08:00,A01,in,,,前台
2,2026-11-02T08:21:00+08:00,A02,in,,,前台
3,2026-11-02T18:00:00+08:00,A01,end,,,前台
4,2026-11-02T17:59:59+08:00,A02,end,,,前台"
	at '2026-11-03 08:20' sign-in A02
	says "A02 李娜 signed off at 17:30; early 30 min (2nd early this month) (row 6)" '2026-11-03 17:30' sign-in --end A02
}

@test "--night: on evening duty until night_end; --end before 20:30 that day is early, at 20:30 it is not (seed 000 第二部分 一.2 值班至20:30)" {
	at '2026-11-02 08:20' sign-in A01
	at '2026-11-02 08:21' sign-in A02
	says "A01 王伟 is on night duty until 20:30 (row 3)" '2026-11-02 14:00' sign-in --night A01
	says "A01 王伟 signed off at 20:00; early 30 min (1st early this month) (row 4)" '2026-11-02 20:00' sign-in --end A01
	says "A02 李娜 signed off at 20:01 (row 5)" '2026-11-02 20:01' sign-in --end A02
	at '2026-11-03 08:20' sign-in A01
	at '2026-11-03 14:00' sign-in --night A01
	says "A01 王伟 signed off at 20:30 (row 8)" '2026-11-03 20:30' sign-in --end A01
	run cols attendance.csv $ROWS
	assert_output "1,2026-11-02T08:20:00+08:00,A01,in,,,前台
2,2026-11-02T08:21:00+08:00,A02,in,,,前台
3,2026-11-02T14:00:00+08:00,A01,night,,,前台
4,2026-11-02T20:00:00+08:00,A01,end,,,前台
5,2026-11-02T20:01:00+08:00,A02,end,,,前台
6,2026-11-03T08:20:00+08:00,A01,in,,,前台
7,2026-11-03T14:00:00+08:00,A01,night,,,前台
8,2026-11-03T20:30:00+08:00,A01,end,,,前台"
}

@test "--off: a rest day today, or ahead with --date (seed 000 第二部分 一.3 轮休)" {
	says "A03 张敏 has a rest day on 2026-11-02 (row 1)" '2026-11-02 07:50' sign-in --off A03
	says "A04 刘洋 has a rest day on 2026-11-09 (换休) (row 2)" '2026-11-02 07:51' sign-in --off --date 2026-11-09 --note 换休 A04
	run cols attendance.csv seq,recorded_at,time,agent,event,detail,ref,by
	assert_output "1,2026-11-02T07:50:00+08:00,2026-11-02T07:50:00+08:00,A03,off,,,前台
2,2026-11-02T07:51:00+08:00,2026-11-09T00:00:00+08:00,A04,off,换休,,前台"
}

@test "--sick --days 0.5: a half day, detail 0.5 (seed 000 第二部分 一.4 病假)" {
	says "A03 张敏 is on sick leave for 0.5 day, on 2026-11-06 (row 1)" '2026-11-02 09:00' sign-in --sick --days 0.5 --date 2026-11-06 A03
	says "A04 刘洋 is on sick leave for 1 day, on 2026-11-02 (row 2)" '2026-11-02 09:01' sign-in --sick --days 1 A04
	run cols attendance.csv seq,recorded_at,time,agent,event,detail,ref,by
	assert_output "1,2026-11-02T09:00:00+08:00,2026-11-06T00:00:00+08:00,A03,sick,0.5,,前台
2,2026-11-02T09:01:00+08:00,2026-11-02T09:01:00+08:00,A04,sick,1,,前台"
}

@test "--sick entered a month ahead still covers its days: the reader looks back for leave past the month (seed 000 第二部分 一.4 病假; SPEC 1 reading)" {
	says "A03 张敏 is on sick leave for 5 days, 2026-11-04 to 2026-11-08 (row 1)" '2026-10-05 09:00' sign-in --sick --days 5 --date 2026-11-04 A03
	says "A03 张敏 signed in at 08:20, 1st today (row 2)" '2026-10-31 08:20' sign-in A03
	expect_fail 1 "sign-in: refused: on 2026-11-06 A03 张敏 is on sick leave (no sign-in on a rest day or a day of leave)" \
		at '2026-11-06 08:20' sign-in A03
	says "A03 张敏 signed in at 08:20, 1st today (row 3)" '2026-11-09 08:20' sign-in A03
}

@test "--personal --days 1.5: the 2nd day is a half day, so the agent may sign in on it but not on the 1st (seed 000 第二部分 一.4 事假)" {
	says "A05 陈静 is on personal leave for 1.5 days, 2026-11-09 to 2026-11-10 (row 1)" '2026-11-02 09:00' sign-in --personal --days 1.5 --date 2026-11-09 A05
	run cols attendance.csv $ROWS
	assert_output "1,2026-11-09T00:00:00+08:00,A05,personal,1.5,,前台"
	refused "sign-in: refused: on 2026-11-09 A05 陈静 is on personal leave (no sign-in on a rest day or a day of leave)" '2026-11-09 13:00' sign-in A05
	says "A05 陈静 signed in at 13:00, 1st today (row 2)" '2026-11-10 13:00' sign-in A05
}

@test "--void SEQ --note WHY: a new row cancels the old one, which no longer counts (SPEC 1 journal rules, seed 000 不得涂改和销毁)" {
	at '2026-11-02 08:25' sign-in A01
	at '2026-11-02 08:40' sign-in A02
	says "voided row 2 of attendance.csv (A02 李娜 in on 2026-11-02 at 08:40): 打卡机重复 (row 3)" '2026-11-02 09:00' sign-in --void 2 --note 打卡机重复
	run cols attendance.csv seq,recorded_at,time,agent,event,detail,ref,by
	assert_output "1,2026-11-02T08:25:00+08:00,2026-11-02T08:25:00+08:00,A01,in,,,前台
2,2026-11-02T08:40:00+08:00,2026-11-02T08:40:00+08:00,A02,in,,,前台
3,2026-11-02T09:00:00+08:00,2026-11-02T09:00:00+08:00,A02,void,打卡机重复,2,前台"
	run at '2026-11-02 09:01' sign-in --list
	assert_output "position,agent,name,in,late_min,state
1,A01,王伟,08:25,0,present"
	says "A02 李娜 signed in at 09:05, 2nd today; late 35 min (1st late this month) (row 4)" '2026-11-02 09:05' sign-in A02
}

@test "finding 8: the sentence names the row it wrote; --void of that number cancels that row, no other, and says it in words (SPEC 2: … (row 42), every --void prints the row it voided; seed 000 不得涂改和销毁)" {
	at '2026-11-02 08:20' sign-in A01
	at '2026-11-02 08:25' sign-in A02
	at '2026-11-02 08:30' sign-in A03
	# 李娜 went to the bank; the desk typed 王伟
	says "A01 王伟 is out at 10:00 (银行) (row 4)" '2026-11-02 10:00' sign-in --out --note 银行 A01
	local n
	n=$(said_row)
	assert_equal "$n" 4
	says "voided row 4 of attendance.csv (A01 王伟 out on 2026-11-02 at 10:00): 外出的是李娜 (row 5)" \
	    '2026-11-02 10:01' sign-in --void "$n" --note 外出的是李娜
	says "A02 李娜 is out at 10:00 (银行) (row 6)" '2026-11-02 10:02' sign-in --out --at 10:00 --note 银行 A02
	run cols attendance.csv seq,agent,event,detail,ref
	assert_output "1,A01,in,,
2,A02,in,,
3,A03,in,,
4,A01,out,银行,
5,A01,void,外出的是李娜,4
6,A02,out,银行,"
	run at '2026-11-02 10:05' sign-in --list
	assert_output "position,agent,name,in,late_min,state
1,A01,王伟,08:20,0,present
2,A02,李娜,08:25,0,out
3,A03,张敏,08:30,0,present"
}

@test "a whole day of events keeps the hash chain intact (SPEC 1 chain)" {
	morning
	at '2026-11-02 12:30' sign-in --back A02
	at '2026-11-02 12:31' sign-in --void 9 --note 录错
	at '2026-11-02 12:32' sign-in --sick --days 1.5 --date 2026-11-03 A06
	at '2026-11-02 18:00' sign-in --end A01
	run cols attendance.csv $ROWS
	assert_output "1,2026-11-02T08:20:00+08:00,A01,in,,,前台
2,2026-11-02T08:35:00+08:00,A02,in,,,前台
3,2026-11-02T08:40:00+08:00,A03,in,,,前台
4,2026-11-02T08:50:00+08:00,A04,in,,,前台
5,2026-11-02T08:55:00+08:00,A05,in,,,前台
6,2026-11-02T10:00:00+08:00,A02,out,,,前台
7,2026-11-02T11:00:00+08:00,A03,break,,,前台
8,2026-11-02T11:30:00+08:00,A04,desert,,,前台
9,2026-11-02T12:00:00+08:00,A05,end,,,前台
10,2026-11-02T12:30:00+08:00,A02,back,,,前台
11,2026-11-02T12:31:00+08:00,A05,void,录错,9,前台
12,2026-11-03T00:00:00+08:00,A06,sick,1.5,,前台
13,2026-11-02T18:00:00+08:00,A01,end,,,前台"
	run chain_ok "$FRONTDESK_DATA/attendance.csv"
	assert_success
	assert_output ""
}

@test "a note with a comma is quoted in the journal, and the chain still holds (SPEC 1 RFC 4180)" {
	at '2026-11-02 08:20' sign-in A01
	says 'A01 王伟 is out at 10:00 (银行, 房管局) (row 2)' '2026-11-02 10:00' sign-in --out --note '银行, 房管局' A01
	run tail -1 "$FRONTDESK_DATA/attendance.csv"
	assert_output --regexp '^2,2026-11-02T10:00:00\+08:00,2026-11-02T10:00:00\+08:00,A01,out,"银行, 房管局",,前台,[0-9a-f]{64}$'
	run chain_ok "$FRONTDESK_DATA/attendance.csv"
	assert_success
}

# --- refusals: exit 1, one line, nothing written ----------------------------------------

@test "refused: a second in the same day (SPEC 3 sign-in: one sign-in a day)" {
	at '2026-11-02 08:25' sign-in A01
	refused "sign-in: refused: on 2026-11-02 A01 王伟 already signed in at 08:25 (one sign-in a day)" '2026-11-02 09:00' sign-in A01
	refused "sign-in: refused: on 2026-11-02 A01 王伟 already signed in at 08:25 (one sign-in a day)" '2026-11-02 09:01' sign-in 王伟
}

@test "refused: in on a rest day or a day of sick or personal leave (seed 000 第二部分 一.3-4)" {
	at '2026-11-02 07:00' sign-in --off A03
	at '2026-11-02 07:01' sign-in --sick --days 1 A04
	at '2026-11-02 07:02' sign-in --personal --days 2 --date 2026-11-01 A05
	refused "sign-in: refused: on 2026-11-02 A03 张敏 has a rest day (轮休) (no sign-in on a rest day or a day of leave)" '2026-11-02 08:20' sign-in A03
	refused "sign-in: refused: on 2026-11-02 A04 刘洋 is on sick leave (no sign-in on a rest day or a day of leave)" '2026-11-02 08:21' sign-in A04
	refused "sign-in: refused: on 2026-11-02 A05 陈静 is on personal leave (no sign-in on a rest day or a day of leave)" '2026-11-02 08:22' sign-in A05
}

@test "refused: --back while present (SPEC 3 sign-in: --back ends an out, a break or a desert)" {
	at '2026-11-02 08:20' sign-in A01
	at '2026-11-02 10:00' sign-in --out A01
	at '2026-11-02 10:30' sign-in --back A01
	refused "sign-in: refused: on 2026-11-02 A01 王伟 is not out, on a break or away from the post (--back ends an --out, a --break or a --desert)" '2026-11-02 11:00' sign-in --back A01
}

@test "refused: --out, --break or --desert while already away (SPEC 3 sign-in: --back first)" {
	at '2026-11-02 08:20' sign-in A01
	at '2026-11-02 08:21' sign-in A02
	at '2026-11-02 10:00' sign-in --out A01
	at '2026-11-02 12:00' sign-in --break A02
	refused "sign-in: refused: on 2026-11-02 A01 王伟 is out since 10:00 (--back first)" '2026-11-02 12:10' sign-in --out A01
	refused "sign-in: refused: on 2026-11-02 A01 王伟 is out since 10:00 (--back first)" '2026-11-02 12:10' sign-in --break A01
	refused "sign-in: refused: on 2026-11-02 A02 李娜 is on a break since 12:00 (--back first)" '2026-11-02 12:10' sign-in --desert A02
}

@test "refused: any event for an agent who has not signed in, and no attendance.csv appears (SPEC 3 sign-in)" {
	for ev in --end --out --back --break --desert --night; do
		refused "sign-in: refused: on 2026-11-02 A05 陈静 has not signed in (sign in first)" '2026-11-02 10:00' sign-in $ev A05
	done
	assert_file_not_exists "$FRONTDESK_DATA/attendance.csv"
}

@test "refused: nothing after --end, not even a second in (SPEC 3 sign-in: --end signs off for the day)" {
	at '2026-11-02 08:25' sign-in A01
	at '2026-11-02 18:05' sign-in --end A01
	for ev in --end --out --back --break --desert --night; do
		refused "sign-in: refused: on 2026-11-02 A01 王伟 signed off at 18:05 (nothing after signing off)" '2026-11-02 18:10' sign-in $ev A01
	done
	refused "sign-in: refused: on 2026-11-02 A01 王伟 already signed in at 08:25 (one sign-in a day)" '2026-11-02 18:10' sign-in A01
}

@test "refused: a second --night the same day (one night duty a day)" {
	at '2026-11-02 08:25' sign-in A01
	at '2026-11-02 14:00' sign-in --night A01
	refused "sign-in: refused: on 2026-11-02 A01 王伟 is on night duty already (one night duty a day)" '2026-11-02 15:00' sign-in --night A01
}

@test "refused: leave or a rest day over a day already signed in (seed 000 第二部分 一.3-4)" {
	at '2026-11-02 08:20' sign-in A03
	refused "sign-in: refused: it clashes with row 1 (in on 2026-11-02): A03 张敏 is on sick leave (no sign-in on a rest day or a day of leave)" '2026-11-02 09:00' sign-in --sick --days 1 A03
	refused "sign-in: refused: it clashes with row 1 (in on 2026-11-02): A03 张敏 has a rest day (轮休) (no sign-in on a rest day or a day of leave)" '2026-11-02 09:00' sign-in --off A03
	refused "sign-in: refused: it clashes with row 1 (in on 2026-11-02): A03 张敏 is on personal leave (no sign-in on a rest day or a day of leave)" '2026-11-02 09:00' sign-in --personal --days 2 --date 2026-11-01 A03
}

@test "refused: two leaves on one day, whichever is entered first (one rest day or leave a day)" {
	at '2026-11-02 09:00' sign-in --off --date 2026-11-05 A03
	refused "sign-in: refused: on 2026-11-05 A03 张敏 has a rest day (轮休) (one rest day or leave a day)" '2026-11-02 09:01' sign-in --sick --days 1 --date 2026-11-05 A03
	refused "sign-in: refused: it clashes with row 1 (off on 2026-11-05): A03 张敏 is on personal leave (one rest day or leave a day)" '2026-11-02 09:02' sign-in --personal --days 2 --date 2026-11-04 A03
}

@test "refused: a void of a void, and a second void of the same row (SPEC 1: a void is final)" {
	at '2026-11-02 08:25' sign-in A01
	at '2026-11-02 08:30' sign-in --void 1 --note 误记
	refused "sign-in: refused: row 2 is a void: a void is final (record it again instead)" '2026-11-02 08:31' sign-in --void 2 --note 撤销
	refused "sign-in: refused: row 1 is voided already: a void is final (record it again instead)" '2026-11-02 08:31' sign-in --void 1 --note 再撤
}

@test "refused: a void that would orphan a later row (void the in when an out follows)" {
	at '2026-11-02 08:25' sign-in A01
	at '2026-11-02 10:00' sign-in --out A01
	refused "sign-in: refused: without row 1, row 2 (out on 2026-11-02) would not stand: A01 王伟 has not signed in (sign in first); void row 2 first" '2026-11-02 10:05' sign-in --void 1 --note 误记
}

@test "bad data: a void of a row that does not exist exits 65, also on a fresh data dir" {
	bad_value "sign-in: attendance.csv has no row 1" '2026-11-02 10:05' sign-in --void 1 --note 误记
	assert_file_not_exists "$FRONTDESK_DATA/attendance.csv"
	at '2026-11-02 10:06' sign-in A01
	bad_value "sign-in: attendance.csv has no row 2" '2026-11-02 10:07' sign-in --void 2 --note 误记
}

@test "refused: an unknown agent, with the closest active agents nearest first (SPEC 2)" {
	refused "sign-in: unknown agent 'A09': did you mean A01 王伟, A02 李娜, A03 张敏?" '2026-11-02 08:25' sign-in A09
	refused "sign-in: unknown agent '赵雷': did you mean A07 赵磊?" '2026-11-02 08:25' sign-in 赵雷
	refused "sign-in: unknown agent 'XYZQWE': agents.csv lists no one like that" '2026-11-02 08:25' sign-in --out XYZQWE
	assert_file_not_exists "$FRONTDESK_DATA/attendance.csv"
}

@test "refused: an inactive agent, by code or by name (SPEC 2)" {
	refused "sign-in: refused: agent A08 黄丽华 is not active (agents.csv)" '2026-11-02 08:25' sign-in A08
	refused "sign-in: refused: agent A08 黄丽华 is not active (agents.csv)" '2026-11-02 08:25' sign-in --sick --days 1 黄丽华
	assert_file_not_exists "$FRONTDESK_DATA/attendance.csv"
}

@test "a refused command on a fresh data dir does not create attendance.csv (SPEC 2: a refused command has written nothing)" {
	refused "sign-in: refused: on 2026-11-02 A01 王伟 has not signed in (sign in first)" '2026-11-02 10:00' sign-in --out A01
	assert_file_not_exists "$FRONTDESK_DATA/attendance.csv"
	run ls "$FRONTDESK_DATA"
	assert_output "agents.csv
calendar.csv
offences.csv
referrers.csv
rules.csv"
}

# --- usage (64) and bad values (65) -----------------------------------------------------

@test "usage: two events at once exit 64 (SPEC 3 sign-in: one event per call)" {
	usage_error "one event or action at a time" --end --out A01
	usage_error "one event or action at a time" --list --void 1 --note x
}

@test "usage: --days without --sick or --personal, and --sick without --days, exit 64" {
	usage_error "--days goes with --sick and --personal" --days 1 A01
	usage_error "--days goes with --sick and --personal" --off --days 1 A01
	usage_error "--sick needs --days" --sick A01
}

@test "usage: --void without --note, or with an agent, exits 64" {
	usage_error "--void needs --note" --void 1
	usage_error "no agent goes with --list, --import or --void" --void 1 --note x A01
	usage_error "--void takes the seq of a row, not '0'" --void 0 --note x
}

@test "usage: an unknown option, a missing agent or two agents exit 64" {
	usage_error "unknown option or missing value: '--bogus'" --bogus A01
	usage_error "name one agent, by code or by name"
	usage_error "name one agent, by code or by name" --out
	usage_error "name one agent, by code or by name" A01 A02
}

@test "usage: --date only with --off, --sick, --personal or --list; never with --at; --note not with leave or --list (SPEC 3 sign-in)" {
	usage_error "--date goes with --off, --sick, --personal and --list" --date 2026-11-02 A01
	usage_error "--date goes with --off, --sick, --personal and --list" --end --date 2026-11-02 A01
	usage_error "one of --at and --date at a time" --off --date 2026-11-03 --at 08:00 A01
	usage_error "--note goes with a sign-in, --end, --out, --back, --break, --desert, --night, --off and --void" --sick --days 1 --note 发烧 A01
	usage_error "--note goes with a sign-in, --end, --out, --back, --break, --desert, --night, --off and --void" --list --note x
	usage_error "--at goes with an event" --void 1 --note x --at 08:00
}

@test "usage: a --void seq too large for a number is refused as typed, not read as another number" {
	usage_error "--void takes the seq of a row, not '99999999999999999999'" --void 99999999999999999999 --note x
}

@test "usage error: one line on stderr (SPEC 2: Errors: one line on stderr)" {
	run -64 --separate-stderr at '2026-11-02 09:00' sign-in --end --out A01
	assert_equal "$stderr" "sign-in: one event or action at a time (sign-in -h shows the usage)"
}

@test "bad value: --at 25:00 exits 65 and writes nothing (SPEC 2 --at)" {
	at '2026-11-02 08:20' sign-in A01
	bad_value "sign-in: '25:00' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS] or RFC 3339)" '2026-11-02 09:00' sign-in --at 25:00 A02
}

@test "bad value: --at 2027-02-29 08:00 (not a leap year) exits 65 and writes nothing" {
	bad_value "sign-in: '2027-02-29 08:00' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS] or RFC 3339)" '2027-03-01 09:00' sign-in --at '2027-02-29 08:00' A02
	assert_file_not_exists "$FRONTDESK_DATA/attendance.csv"
}

@test "bad value: --at whose offset makes it 1969 exits 65: the book could not read it back" {
	bad_value "sign-in: '1970-01-01T00:00:00+08:30' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS] or RFC 3339)" '2026-11-02 09:00' sign-in --at 1970-01-01T00:00:00+08:30 A02
	assert_file_not_exists "$FRONTDESK_DATA/attendance.csv"
}

@test "bad value: --at with an offset of one digit or two signs exits 65" {
	bad_value "sign-in: '2026-11-02T08:00+8:00' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS] or RFC 3339)" '2026-11-02 09:00' sign-in --at 2026-11-02T08:00+8:00 A02
	bad_value "sign-in: '2026-11-02T08:00+-1:00' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS] or RFC 3339)" '2026-11-02 09:00' sign-in --at 2026-11-02T08:00+-1:00 A02
}

@test "bad value: --at in the future, even by a second, exits 65 (SPEC 3: only leave is entered ahead)" {
	at '2026-11-02 08:20' sign-in A01
	bad_value "sign-in: 2026-11-02 09:00:01 is in the future: only leave is entered ahead" '2026-11-02 09:00' sign-in --at '2026-11-02 09:00:01' A02
	bad_value "sign-in: 10:00 is in the future: only leave is entered ahead" '2026-11-02 09:00' sign-in --at 10:00 --out A01
}

@test "bad value: --days must be whole or half days from 0.5 to 31 (SPEC 3: N in half days)" {
	bad_value "sign-in: --days is a number of days in halves, 0.5 to 31, not '0.3'" '2026-11-02 09:00' sign-in --sick --days 0.3 A01
	bad_value "sign-in: --days is a number of days in halves, 0.5 to 31, not '0'" '2026-11-02 09:00' sign-in --personal --days 0 A01
	bad_value "sign-in: --days is a number of days in halves, 0.5 to 31, not '-1'" '2026-11-02 09:00' sign-in --personal --days=-1 A01
	bad_value "sign-in: --days is a number of days in halves, 0.5 to 31, not '32'" '2026-11-02 09:00' sign-in --sick --days 32 A01
}

@test "bad value: a --note holding a line break exits 65 (SPEC 1: a row is one line)" {
	at '2026-11-02 08:20' sign-in A01
	bad_value "sign-in: --note holds a line break: a row is one line" '2026-11-02 10:00' sign-in --out --note $'银行\n房管局' A01
	bad_value "sign-in: --note holds a line break: a row is one line" '2026-11-02 10:00' sign-in --void 1 --note $'误记\r'
}

@test "bad value: --date that is not a date, or leave more than 31 days ahead or behind, exits 65; 31 days is accepted" {
	bad_value "sign-in: leave is entered at most 31 days ahead or behind" '2026-11-02 09:00' sign-in --off --date 2026-12-04 A01
	bad_value "sign-in: leave is entered at most 31 days ahead or behind" '2026-11-02 09:00' sign-in --sick --days 1 --date 2026-10-01 A01
	assert_file_not_exists "$FRONTDESK_DATA/attendance.csv"
	bad_value "sign-in: --date takes a date YYYY-MM-DD, not '2026-11-31'" '2026-11-02 09:00' sign-in --off --date 2026-11-31 A01
	bad_value "sign-in: --date takes a date YYYY-MM-DD, not '2026-13-01'" '2026-11-02 09:00' sign-in --list --date 2026-13-01
	says "A01 王伟 has a rest day on 2026-12-03 (row 1)" '2026-11-02 09:00' sign-in --off --date 2026-12-03 A01
}

# --- lateness (SPEC 5.4) ----------------------------------------------------------------

@test "late: 08:31 is 1 min late, 08:30:59 is on time (seed 000 第二部分 一 处罚办法.2 迟到早退)" {
	says "A01 王伟 signed in at 08:30, 1st today (row 1)" '2026-11-02 08:30:59' sign-in A01
	says "A02 李娜 signed in at 08:31, 2nd today; late 1 min (1st late this month) (row 2)" '2026-11-02 08:31' sign-in A02
	run at '2026-11-02 08:32' sign-in --list
	assert_output "position,agent,name,in,late_min,state
1,A01,王伟,08:30,0,present
2,A02,李娜,08:31,1,present"
}

@test "late: each late arrival of the month is counted, on-time days are not (seed 000 第二部分 一 处罚办法.2: 第一次扣2元, 再次加倍)" {
	says "A01 王伟 signed in at 08:31, 1st today; late 1 min (1st late this month) (row 1)" '2026-11-02 08:31' sign-in A01
	says "A01 王伟 signed in at 08:45, 1st today; late 15 min (2nd late this month) (row 2)" '2026-11-03 08:45' sign-in A01
	says "A01 王伟 signed in at 08:30, 1st today (row 3)" '2026-11-04 08:30' sign-in A01
	says "A01 王伟 signed in at 09:00, 1st today; late 30 min (3rd late this month) (row 4)" '2026-11-05 09:00' sign-in A01
}

@test "late: the count starts again in a new month: late on 2026-11-30 and on 2026-12-01 (seed 000 第二部分 一 处罚办法.2, SPEC 5.4 per month)" {
	at '2026-11-27 08:40' sign-in A01
	says "A01 王伟 signed in at 08:45, 1st today; late 15 min (2nd late this month) (row 2)" '2026-11-30 08:45' sign-in A01
	says "A01 王伟 signed in at 08:40, 1st today; late 10 min (1st late this month) (row 3)" '2026-12-01 08:40' sign-in A01
}

@test "late: rules.csv work_start 09:00 moves the line: 09:00:59 on time, 09:01 late 1 min (SPEC 6 work_start)" {
	sed -i 's/^work_start,08:30,.*/work_start,09:00,/' "$FRONTDESK_DATA/rules.csv"
	says "A01 王伟 signed in at 09:00, 1st today (row 1)" '2026-11-02 09:00:59' sign-in A01
	says "A02 李娜 signed in at 09:01, 2nd today; late 1 min (1st late this month) (row 2)" '2026-11-02 09:01' sign-in A02
}

@test "late: rules.csv late_grace_min 5: 08:35:59 on time, 08:36 late 6 min counted from work_start (SPEC 5.4, SPEC 6 late_grace_min)" {
	# rules.csv refuses a key given twice (exit 65 at its line), so the line is replaced.
	echo 'late_grace_min,5,' >> "$FRONTDESK_DATA/rules.csv"
	bad_value "sign-in: rules.csv:$(wc -l <"$FRONTDESK_DATA/rules.csv"): rule 'late_grace_min' is given twice" '2026-11-02 08:36' sign-in A01
	sed -i '/^late_grace_min,0,/d' "$FRONTDESK_DATA/rules.csv"
	says "A01 王伟 signed in at 08:35, 1st today (row 1)" '2026-11-02 08:35:59' sign-in A01
	says "A02 李娜 signed in at 08:36, 2nd today; late 6 min (1st late this month) (row 2)" '2026-11-02 08:36' sign-in A02
}

@test "late: a day closed in calendar.csv is never late nor early, and does not count in the month (SPEC 5.4)" {
	says "A01 王伟 signed in at 10:00, 1st today (row 1)" '2027-01-01 10:00' sign-in A01
	says "A01 王伟 signed off at 12:00 (row 2)" '2027-01-01 12:00' sign-in --end A01
	run at '2027-01-01 12:01' sign-in --list
	assert_output "position,agent,name,in,late_min,state
1,A01,王伟,10:00,0,ended"
	says "A01 王伟 signed in at 08:40, 1st today; late 10 min (1st late this month) (row 3)" '2027-01-04 08:40' sign-in A01
}

# --- sign-in order and back-dating ------------------------------------------------------

@test "order: each sign-in says its place of the day: 1st, 2nd, 3rd (seed 000 第二部分 四.13 接待顺序: 按照签到的顺序)" {
	says "A03 张敏 signed in at 08:05, 1st today (row 1)" '2026-11-02 08:05' sign-in A03
	says "A01 王伟 signed in at 08:10, 2nd today (row 2)" '2026-11-02 08:10' sign-in A01
	says "A02 李娜 signed in at 08:15, 3rd today (row 3)" '2026-11-02 08:15' sign-in A02
	says "A04 刘洋 signed in at 08:16, 1st today (row 4)" '2026-11-03 08:16' sign-in A04
}

@test "order: a back-dated --at sign-in takes its place by time in --list; both times are kept (seed 000 第二部分 四.13, SPEC 1 time vs recorded_at)" {
	at '2026-11-02 08:20' sign-in A01
	at '2026-11-02 08:25' sign-in A02
	says "A04 刘洋 signed in at 08:10, 1st today; back-dated 20 min (row 3)" '2026-11-02 08:30' sign-in --at 08:10 A04
	run at '2026-11-02 08:31' sign-in --list
	assert_output "position,agent,name,in,late_min,state
1,A04,刘洋,08:10,0,present
2,A01,王伟,08:20,0,present
3,A02,李娜,08:25,0,present"
	run cols attendance.csv seq,recorded_at,time,agent,event
	assert_output "1,2026-11-02T08:20:00+08:00,2026-11-02T08:20:00+08:00,A01,in
2,2026-11-02T08:25:00+08:00,2026-11-02T08:25:00+08:00,A02,in
3,2026-11-02T08:30:00+08:00,2026-11-02T08:10:00+08:00,A04,in"
}

@test "--at takes YYYY-MM-DD HH:MM:SS and RFC 3339 with an offset; recorded_at stays the clock (SPEC 2 --at)" {
	at '2026-11-02 08:20' sign-in A01
	# 15 min before the clock is back-dated, 5 min 30 s is within backdate_grace_min 10
	says "A01 王伟 is out at 08:45; back-dated 15 min (row 2)" '2026-11-02 09:00' sign-in --out --at 2026-11-02T00:45:00Z A01
	says "A01 王伟 is back at 08:55 (row 3)" '2026-11-02 09:01' sign-in --back --at '2026-11-02 08:55:30' A01
	run cols attendance.csv seq,recorded_at,time,event
	assert_output "1,2026-11-02T08:20:00+08:00,2026-11-02T08:20:00+08:00,in
2,2026-11-02T09:00:00+08:00,2026-11-02T08:45:00+08:00,out
3,2026-11-02T09:01:00+08:00,2026-11-02T08:55:30+08:00,back"
}

@test "refused: a back-dated event before the sign-in does not replay (sign in first)" {
	at '2026-11-02 09:00' sign-in A01
	refused "sign-in: refused: on 2026-11-02 A01 王伟 has not signed in (sign in first)" '2026-11-02 10:00' sign-in --out --at 08:30 A01
}

@test "midnight: 23:59 and the next day's 00:01 fall on different days (SPEC 1: days are local calendar days)" {
	at '2026-11-02 08:30' sign-in A02
	says "A01 王伟 signed in at 23:59, 2nd today; late 929 min (1st late this month) (row 2)" '2026-11-02 23:59' sign-in A01
	says "A01 王伟 signed in at 00:01, 1st today (row 3)" '2026-11-03 00:01' sign-in A01
	refused "sign-in: refused: on 2026-11-03 A02 李娜 has not signed in (sign in first)" '2026-11-03 00:02' sign-in --end A02
	says "A02 李娜 signed off at 23:59 on 2026-11-02 (row 4)" '2026-11-03 00:03' sign-in --end --at '2026-11-02 23:59' A02
	run at '2026-11-03 00:04' sign-in --list --date 2026-11-02
	assert_output "position,agent,name,in,late_min,state
1,A02,李娜,08:30,0,ended
2,A01,王伟,23:59,929,present"
	run at '2026-11-03 00:04' sign-in --list
	assert_output "position,agent,name,in,late_min,state
1,A01,王伟,00:01,0,present"
	run cols attendance.csv seq,recorded_at,time,agent,event
	assert_output "1,2026-11-02T08:30:00+08:00,2026-11-02T08:30:00+08:00,A02,in
2,2026-11-02T23:59:00+08:00,2026-11-02T23:59:00+08:00,A01,in
3,2026-11-03T00:01:00+08:00,2026-11-03T00:01:00+08:00,A01,in
4,2026-11-03T00:03:00+08:00,2026-11-02T23:59:00+08:00,A02,end"
}

@test "back-dated to an earlier day: the sentence names that day, not 'today' (SPEC 2: one plain sentence saying what was recorded)" {
	says "A01 王伟 signed in at 08:40 on 2026-11-04, 1st that day; late 10 min (1st late this month); back-dated 2 days (row 1)" \
	    '2026-11-06 09:00' sign-in --at '2026-11-04 08:40' A01
}

@test "issue 20 finding 3: at 10:02 'sign-in --at 08:29 A04' is on time and says it is back-dated 93 min; both times kept (SPEC 2 back-dating, 5.4; seed 000 第二部分 一 处罚办法.3 不自觉签到者)" {
	at '2026-11-20 08:20' sign-in A01
	at '2026-11-20 08:22' sign-in A02
	at '2026-11-20 08:25' sign-in A03
	says "A04 刘洋 signed in at 08:29, 4th today; back-dated 93 min (row 4)" '2026-11-20 10:02' sign-in --at 08:29 A04
	run cols attendance.csv seq,recorded_at,time,agent,event,by
	assert_line --index 3 "4,2026-11-20T10:02:00+08:00,2026-11-20T08:29:00+08:00,A04,in,前台"
	# the next day a real sign-in at 10:02 is late 92 min: back-dating is what hides it
	says "A04 刘洋 signed in at 10:02, 1st today; late 92 min (1st late this month) (row 5)" \
	    '2026-11-21 10:02' sign-in A04
}

@test "backdate_grace_min: 10 min before the clock is within it, 11 min is back-dated, for every event; rules.csv backdate_grace_min 30 widens it (SPEC 6 backdate_grace_min, SPEC 2)" {
	says "A01 王伟 signed in at 08:20, 1st today (row 1)" '2026-11-20 08:30' sign-in --at 08:20 A01
	says "A02 李娜 signed in at 08:19, 1st today; back-dated 11 min (row 2)" '2026-11-20 08:30' sign-in --at 08:19 A02
	says "A01 王伟 is out at 09:00; back-dated 60 min (row 3)" '2026-11-20 10:00' sign-in --out --at 09:00 A01
	says "A01 王伟 is back at 09:50 (row 4)" '2026-11-20 10:00' sign-in --back --at 09:50 A01
	says "A02 李娜 is on a break at 11:30; back-dated 30 min (row 5)" '2026-11-20 12:00' sign-in --break --at 11:30 A02
	says "A02 李娜 is back at 12:00 (row 6)" '2026-11-20 12:00' sign-in --back A02
	says "A01 王伟 is on night duty until 20:30; back-dated 15 min (row 7)" '2026-11-20 12:15' sign-in --night --at 12:00 A01
	says "A02 李娜 is away from the post (脱岗) at 14:00, 1st time today; back-dated 20 min (row 8)" \
	    '2026-11-20 14:20' sign-in --desert --at 14:00 A02
	says "A02 李娜 is back at 14:20 (row 9)" '2026-11-20 14:20' sign-in --back A02
	says "A02 李娜 signed off at 18:00; back-dated 65 min (row 10)" '2026-11-20 19:05' sign-in --end --at 18:00 A02
	sed -i 's/^backdate_grace_min,10,/backdate_grace_min,30,/' "$FRONTDESK_DATA/rules.csv"
	says "A03 张敏 signed in at 08:00, 1st today (row 11)" '2026-11-21 08:30' sign-in --at 08:00 A03
	says "A04 刘洋 signed in at 08:05, 2nd today; back-dated 31 min (row 12)" '2026-11-21 08:36' sign-in --at 08:05 A04
}

@test "back-dated leave is by its day: --sick for today is not back-dated, for yesterday it is (1 day); a rest day ahead is not (SPEC 5.4; seed 000 第二部分 一.4 需提前办理请假手续)" {
	says "A02 李娜 is on sick leave for 1 day, on 2026-11-05; back-dated 1 day (row 1)" \
	    '2026-11-06 09:00' sign-in --sick --days 1 --date 2026-11-05 A02
	says "A03 张敏 is on sick leave for 1 day, on 2026-11-06 (row 2)" \
	    '2026-11-06 09:00' sign-in --sick --days 1 --date 2026-11-06 A03
	says "A04 刘洋 has a rest day on 2026-11-07 (row 3)" '2026-11-06 09:00' sign-in --off --date 2026-11-07 A04
	# the nightly report of the 5th lists the one back-dated row, by its day
	run --separate-stderr at '2026-11-06 12:00' daily-report --date 2026-11-05
	assert_success
	assert_equal "$stderr" "daily-report: back-dated: attendance.csv row 1: sick by A02 on 2026-11-05, recorded on 2026-11-06 09:00 by 前台: back-dated 1 day"
}

@test "rules.csv backdate_grace_min is a whole number: 'ten' is exit 65 at its line (SPEC 6)" {
	echo 'backdate_grace_min,ten,' > "$FRONTDESK_DATA/rules.csv.new"
	sed -i '/^backdate_grace_min,/d' "$FRONTDESK_DATA/rules.csv"
	cat "$FRONTDESK_DATA/rules.csv.new" >> "$FRONTDESK_DATA/rules.csv"
	rm "$FRONTDESK_DATA/rules.csv.new"
	local line
	line=$(wc -l < "$FRONTDESK_DATA/rules.csv")
	bad_value "sign-in: rules.csv:$line: backdate_grace_min is a whole number from 0 to 10000, not 'ten'" \
	    '2026-11-20 08:20' sign-in A01
}

# --- the listing ------------------------------------------------------------------------

@test "--list: CSV in sign-in order with late minutes and each agent's state (SPEC 3 sign-in --list)" {
	morning
	at '2026-11-02 07:00' sign-in --off --date 2026-11-02 A06
	run --separate-stderr at '2026-11-02 12:05' sign-in --list
	assert_success
	assert_equal "$stderr" ""
	assert_output "position,agent,name,in,late_min,state
1,A01,王伟,08:20,0,present
2,A02,李娜,08:35,5,out
3,A03,张敏,08:40,10,break
4,A04,刘洋,08:50,20,desert
5,A05,陈静,08:55,25,ended"
}

@test "--list --date D lists that day; a day without sign-ins is the header alone" {
	morning
	run at '2026-11-03 09:00' sign-in --list --date 2026-11-02
	assert_output "position,agent,name,in,late_min,state
1,A01,王伟,08:20,0,present
2,A02,李娜,08:35,5,out
3,A03,张敏,08:40,10,break
4,A04,刘洋,08:50,20,desert
5,A05,陈静,08:55,25,ended"
	run at '2026-11-03 09:00' sign-in --list
	assert_output "position,agent,name,in,late_min,state"
}

@test "--list on a fresh data dir prints the header and creates nothing" {
	snapshot
	run --separate-stderr at '2026-11-02 09:00' sign-in --list
	assert_success
	assert_output "position,agent,name,in,late_min,state"
	assert_equal "$stderr" ""
	run unchanged
	assert_success
	assert_file_not_exists "$FRONTDESK_DATA/attendance.csv"
}

@test "--list --table: aligned columns, CJK names counted double width (SPEC 2 --table)" {
	morning
	run at '2026-11-02 12:05' sign-in --list --table
	assert_success
	assert_output "position  agent  name  in     late_min  state
1         A01    王伟  08:20  0         present
2         A02    李娜  08:35  5         out
3         A03    张敏  08:40  10        break
4         A04    刘洋  08:50  20        desert
5         A05    陈静  08:55  25        ended"
}

@test "--list --excel: UTF-8 BOM and CRLF line ends (SPEC 2 --excel)" {
	at '2026-11-02 08:20' sign-in A01
	at '2026-11-02 08:35' sign-in A02
	run at '2026-11-02 09:00' sign-in --list --excel
	assert_success
	assert_output "$(printf '\xef\xbb\xbfposition,agent,name,in,late_min,state\r\n1,A01,王伟,08:20,0,present\r\n2,A02,李娜,08:35,5,present\r\n')"
}

@test "--list --encoding gbk: the same CSV in GBK (SPEC 2 --encoding)" {
	at '2026-11-02 08:20' sign-in A01
	at '2026-11-02 08:35' sign-in A02
	at '2026-11-02 09:00' sign-in --list --encoding gbk > "$BATS_TEST_TMPDIR/gbk.csv"
	run -1 grep -c 王伟 "$BATS_TEST_TMPDIR/gbk.csv"
	assert_output 0
	run iconv -f GBK -t UTF-8 "$BATS_TEST_TMPDIR/gbk.csv"
	assert_success
	assert_output "position,agent,name,in,late_min,state
1,A01,王伟,08:20,0,present
2,A02,李娜,08:35,5,present"
}

@test "usage: --table, --excel and --encoding go with --list only; --encoding is utf-8 or gbk" {
	usage_error "--table, --excel and --encoding go with --list" --table A01
	usage_error "--encoding is utf-8 or gbk, not 'big5'" --list --encoding big5
}

# --- import -----------------------------------------------------------------------------

@test "--import FILE: rows appended in time order, not file order, one seq each (SPEC 3 sign-in --import)" {
	at '2026-11-02 08:10' sign-in A03
	cat > "$BATS_TEST_TMPDIR/clock.csv" <<-'EOF'
	time,agent,event,detail
	2026-11-02 10:00,A01,out,银行
	2026-11-02 08:40,A02,in,
	2026-11-02 08:20,A01,in,
	2026-11-02 10:30,A01,back,
	2026-11-03 00:00,A04,sick,1.50
	EOF
	says "imported 5 rows into attendance.csv, rows 2 to 6" '2026-11-02 12:00' sign-in --import "$BATS_TEST_TMPDIR/clock.csv"
	run cols attendance.csv seq,recorded_at,time,agent,event,detail,ref,by
	assert_output "1,2026-11-02T08:10:00+08:00,2026-11-02T08:10:00+08:00,A03,in,,,前台
2,2026-11-02T12:00:00+08:00,2026-11-02T08:20:00+08:00,A01,in,,,前台
3,2026-11-02T12:00:00+08:00,2026-11-02T08:40:00+08:00,A02,in,,,前台
4,2026-11-02T12:00:00+08:00,2026-11-02T10:00:00+08:00,A01,out,银行,,前台
5,2026-11-02T12:00:00+08:00,2026-11-02T10:30:00+08:00,A01,back,,,前台
6,2026-11-02T12:00:00+08:00,2026-11-03T00:00:00+08:00,A04,sick,1.5,,前台"
	run chain_ok "$FRONTDESK_DATA/attendance.csv"
	assert_success
	run at '2026-11-02 12:01' sign-in --list
	assert_output "position,agent,name,in,late_min,state
1,A03,张敏,08:10,0,present
2,A01,王伟,08:20,0,present
3,A02,李娜,08:40,10,present"
}

@test "--import - reads stdin; a time clock's CRLF export without a detail column is accepted" {
	printf 'time,agent,event\r\n2026-11-02 08:25,王伟,in\r\n2026-11-02 08:05,A02,in\r\n' > "$BATS_TEST_TMPDIR/clock.csv"
	run --separate-stderr at '2026-11-02 09:00' sign-in --import - < "$BATS_TEST_TMPDIR/clock.csv"
	assert_success
	assert_output "imported 2 rows into attendance.csv, rows 1 to 2"
	assert_equal "$stderr" ""
	run cols attendance.csv $ROWS
	assert_output "1,2026-11-02T08:05:00+08:00,A02,in,,,前台
2,2026-11-02T08:25:00+08:00,A01,in,,,前台"
}

@test "--import is all or nothing: a refused 3rd row writes nothing and names FILE:LINE (SPEC 3 sign-in --import)" {
	f="$BATS_TEST_TMPDIR/clock.csv"
	printf 'time,agent,event,detail\n2026-11-02 08:20,A01,in,\n2026-11-02 08:40,A02,in,\n2026-11-02 09:00,A01,in,\n' > "$f"
	refused "sign-in: $f:4: refused: on 2026-11-02 A01 王伟 already signed in at 08:20 (one sign-in a day)" '2026-11-02 12:00' sign-in --import "$f"
	assert_file_not_exists "$FRONTDESK_DATA/attendance.csv"
	at '2026-11-02 08:10' sign-in A03
	refused "sign-in: $f:4: refused: on 2026-11-02 A01 王伟 already signed in at 08:20 (one sign-in a day)" '2026-11-02 12:00' sign-in --import "$f"
}

@test "--import all or nothing on a book with rows: a row that clashes with the book is refused and nothing is added" {
	at '2026-11-02 08:10' sign-in A03
	f="$BATS_TEST_TMPDIR/clock.csv"
	printf 'time,agent,event,detail\n2026-11-02 08:20,A01,in,\n2026-11-02 08:40,A02,in,\n2026-11-02 08:05,A03,in,\n' > "$f"
	refused "sign-in: $f:4: refused: it clashes with row 1 (in on 2026-11-02): A03 张敏 already signed in at 08:05 (one sign-in a day)" '2026-11-02 12:00' sign-in --import "$f"
	run cols attendance.csv $ROWS
	assert_output "1,2026-11-02T08:10:00+08:00,A03,in,,,前台"
}

@test "--import: a bad time, an unknown or inactive agent, an unknown event exit 65 at FILE:LINE" {
	f="$BATS_TEST_TMPDIR/clock.csv"
	printf 'time,agent,event,detail\n2026-11-02 08:20,A01,in,\n2026-11-02 25:00,A02,in,\n' > "$f"
	bad_value "sign-in: $f:3: '2026-11-02 25:00' is not a time (HH:MM, YYYY-MM-DD HH:MM[:SS], 2026/11/9 8:21 or RFC 3339)" '2026-11-02 12:00' sign-in --import "$f"
	printf 'time,agent,event,detail\n2026-11-02 08:20,A01,in,\n2026-11-02 08:30,A99,in,\n' > "$f"
	bad_value "sign-in: $f:3: unknown agent 'A99'" '2026-11-02 12:00' sign-in --import "$f"
	printf 'time,agent,event,detail\n2026-11-02 08:20,A01,in,\n2026-11-02 08:30,A08,in,\n' > "$f"
	bad_value "sign-in: $f:3: inactive agent 'A08'" '2026-11-02 12:00' sign-in --import "$f"
	printf 'time,agent,event,detail\n2026-11-02 08:20,A01,in,\n2026-11-02 12:00,A01,lunch,\n' > "$f"
	bad_value "sign-in: $f:3: unknown event 'lunch'" '2026-11-02 12:00' sign-in --import "$f"
	printf 'time,agent,event,detail\n2026-11-02 12:01,A01,in,\n' > "$f"
	bad_value "sign-in: $f:2: 2026-11-02 12:01 is in the future: only leave is entered ahead" '2026-11-02 12:00' sign-in --import "$f"
	assert_file_not_exists "$FRONTDESK_DATA/attendance.csv"
}

@test "--import - names stdin in its messages" {
	snapshot
	run -65 --separate-stderr at '2026-11-02 12:00' sign-in --import - <<-'EOF'
	time,agent,event,detail
	2026-11-02 08:20,A01,in,
	2026-11-02 08:30,A02,sick,0.3
	EOF
	assert_equal "$stderr" "sign-in: stdin:3: sick leave needs its days in halves in detail, not '0.3'"
	assert_output ""
	run unchanged
	assert_success
}

@test "--import: a row that would pass 4096 bytes is refused at FILE:LINE and nothing is written (SPEC 1, SPEC 2 FILE:LINE)" {
	f="$BATS_TEST_TMPDIR/clock.csv"
	{ printf 'time,agent,event,detail\n2026-11-02 08:20,A01,in,\n2026-11-02 08:30,A02,in,\n2026-11-02 10:00,A01,out,'; head -c 5000 /dev/zero | tr '\0' x; echo; } > "$f"
	snapshot
	run -65 --separate-stderr at '2026-11-02 12:00' sign-in --import "$f"
	assert_output ""
	run unchanged
	assert_success
	assert_file_not_exists "$FRONTDESK_DATA/attendance.csv"
	run -65 --separate-stderr at '2026-11-02 12:00' sign-in --import "$f"
	assert_regex "$stderr" "^sign-in: $f:4: "
}

@test "--import of a file with no rows says so plainly and writes nothing" {
	at '2026-11-02 08:10' sign-in A03
	printf 'time,agent,event,detail\n' > "$BATS_TEST_TMPDIR/empty.csv"
	snapshot
	run --separate-stderr at '2026-11-02 12:00' sign-in --import "$BATS_TEST_TMPDIR/empty.csv"
	assert_success
	assert_output "no rows to import: attendance.csv is unchanged"
	assert_equal "$stderr" ""
	run unchanged
	assert_success
}

# --- help and version -------------------------------------------------------------------

@test "-h prints the usage on stdout and exits 0; -V prints the version (SPEC 2)" {
	run --separate-stderr sign-in -h
	assert_success
	assert_equal "$stderr" ""
	assert_line --index 0 "usage: sign-in [-d dir] [--at time] [--note text] agent"
	assert_line "       sign-in [-d dir] --void seq --note why"
	assert_line "       sign-in [-d dir] --import file [--encoding gbk]"
	assert_line "       sign-in -h | -V"
	run --separate-stderr sign-in --help
	assert_line --index 0 "usage: sign-in [-d dir] [--at time] [--note text] agent"
	run --separate-stderr sign-in -V
	assert_success
	assert_equal "$stderr" ""
	assert_output --regexp '^sign-in \(frontdesk\) [0-9]+\.[0-9]+\.[0-9]+$'
}

@test "-d DIR names the data directory; a missing one exits 66 (SPEC 1)" {
	mv "$FRONTDESK_DATA" "$BATS_TEST_TMPDIR/elsewhere"
	says "A01 王伟 signed in at 08:20, 1st today (row 1)" '2026-11-02 08:20' sign-in -d "$BATS_TEST_TMPDIR/elsewhere" A01
	run -66 --separate-stderr at '2026-11-02 08:21' sign-in A02
	assert_equal "$stderr" "sign-in: $FRONTDESK_DATA: no such data directory"
	assert_output ""
}

@test "--import refuses a column it does not know at line 1: nothing typed is dropped (SPEC 2)" {
	snapshot
	run -65 --separate-stderr at '2026-11-16 10:00' sign-in --import - <<< $'time,agent,event,note\n08:20,A01,in,早到'
	assert_equal "$stderr" "sign-in: stdin:1: unknown column 'note'"
	run unchanged
	assert_success
}

# --- imports of the office's own files (SPEC 2 --import, issue 19) ----------------------

@test "--import --encoding gbk: a time clock export saved by a Chinese Excel (GBK, Chinese headers and events, CRLF) is read as written; a break is 用餐 or 休息, as the desk's sentences say it (SPEC 2, 7; seed 000 第二部分 一.2 轮流吃饭、休息)" {
	printf '时间,工号,事件,备注\r\n2026-11-02 08:25,王伟,签到,\r\n2026-11-02 10:00,A01,外出,房管局备案\r\n2026-11-02 10:40,A01,返回,\r\n2026-11-02 11:45,A01,休息,\r\n2026-11-02 12:30,A01,返回,\r\n2026-11-02 13:00,A01,用餐,\r\n' |
	    iconv -f UTF-8 -t GBK > "$BATS_TEST_TMPDIR/clock.csv"
	says "imported 6 rows into attendance.csv, rows 1 to 6" '2026-11-02 14:00' \
	    sign-in --import "$BATS_TEST_TMPDIR/clock.csv" --encoding gbk
	run cols attendance.csv $ROWS
	assert_output "1,2026-11-02T08:25:00+08:00,A01,in,,,前台
2,2026-11-02T10:00:00+08:00,A01,out,房管局备案,,前台
3,2026-11-02T10:40:00+08:00,A01,back,,,前台
4,2026-11-02T11:45:00+08:00,A01,break,,,前台
5,2026-11-02T12:30:00+08:00,A01,back,,,前台
6,2026-11-02T13:00:00+08:00,A01,break,,,前台"
}

@test "--import of a GBK file without --encoding is refused at its line with the way to read it, and nothing is written (SPEC 2)" {
	f="$BATS_TEST_TMPDIR/clock.csv"
	printf 'time,agent,event\n2026-11-02 08:25,A01,in\n2026-11-02 08:30,李娜,签到\n' | iconv -f UTF-8 -t GBK > "$f"
	bad_value "sign-in: $f:3: not valid UTF-8 (a file saved by a Chinese Excel is GBK: give --encoding gbk)" \
	    '2026-11-02 12:00' sign-in --import "$f"
	assert_file_not_exists "$FRONTDESK_DATA/attendance.csv"
}

@test "--import: times as Excel writes them back (2026/11/2 8:05, 2026/11/02 08:21:00), full-width digits and codes, and a BOM (SPEC 2)" {
	f="$BATS_TEST_TMPDIR/clock.csv"
	printf '\xef\xbb\xbftime,agent,event\n2026/11/2 8:05,A02,in\n2026/11/02 08:21:00,Ａ０１,in\n２０２６-１１-０２ ０８:４０,A03,签到\n' > "$f"
	says "imported 3 rows into attendance.csv, rows 1 to 3" '2026-11-02 12:00' sign-in --import "$f"
	run cols attendance.csv $ROWS
	assert_output "1,2026-11-02T08:05:00+08:00,A02,in,,,前台
2,2026-11-02T08:21:00+08:00,A01,in,,,前台
3,2026-11-02T08:40:00+08:00,A03,in,,,前台"
}

@test "--import: a Chinese event name that is not one of the book's is refused as typed at its line (SPEC 2)" {
	f="$BATS_TEST_TMPDIR/clock.csv"
	printf '时间,工号,事件\n2026-11-02 08:25,A01,签到\n2026-11-02 09:25,A01,吃饭\n' > "$f"
	bad_value "sign-in: $f:3: unknown event '吃饭'" '2026-11-02 12:00' sign-in --import "$f"
}

@test "--import --encoding gbk of a file that is not GBK is refused at its line (SPEC 2)" {
	f="$BATS_TEST_TMPDIR/clock.csv"
	printf 'time,agent,event\n2026-11-02 08:25,A01,in\n\x80\xff,A02,in\n' > "$f"
	bad_value "sign-in: $f:3: not GBK (GB18030) text" '2026-11-02 12:00' sign-in --import "$f" --encoding gbk
}

@test "usage: --encoding goes with --list or --import; --table and --excel not with --import (SPEC 2)" {
	usage_error "--table, --excel and --encoding go with --list" --encoding gbk A01
	usage_error "--table, --excel and --encoding go with --list" --import x.csv --table
}

# --- the floor rests on the attendance book (SPEC 3 sign-in, issue 20 findings 9, 10) ---

# A01 and A02 signed in; A01 takes the first walk-in at 10:12 (floor.csv row 1).
receiving() {
	at '2026-11-02 08:20' sign-in A01
	at '2026-11-02 08:25' sign-in A02
	run --separate-stderr at '2026-11-02 10:12' next-agent --claim
	assert_output "A01 王伟 receives the customer — next in line (round 1) (row 1)"
}

BUSY='sign-in: refused: A01 王伟 is receiving a customer since 10:12 (floor.csv row 1): a break waits until the reception is done (条例 3, 6)'

@test "finding 9: sign-in --break 王伟 while 王伟 is receiving a customer is refused, naming the reception; nothing is written; after --done the break is taken (seed 000 条例 3, 6: never interrupt a reception; SPEC 3 sign-in)" {
	receiving
	refused "$BUSY" '2026-11-02 10:20' sign-in --break 王伟
	run cols attendance.csv seq,time,agent,event
	assert_output "1,2026-11-02T08:20:00+08:00,A01,in
2,2026-11-02T08:25:00+08:00,A02,in"
	run -0 at '2026-11-02 10:40' next-agent --done A01
	says "A01 王伟 is on a break at 10:45 (row 3)" '2026-11-02 10:45' sign-in --break 王伟
	run cols attendance.csv seq,time,agent,event
	assert_output "1,2026-11-02T08:20:00+08:00,A01,in
2,2026-11-02T08:25:00+08:00,A02,in
3,2026-11-02T10:45:00+08:00,A01,break"
}

@test "--out stays allowed while receiving: the agent takes the customer to see the site (参观现场); back on the floor, still receiving, a break is still refused (seed 000 条例 3, 6; SPEC 3 sign-in)" {
	receiving
	says "A01 王伟 is out at 10:20 (参观现场) (row 3)" '2026-11-02 10:20' sign-in --out --note 参观现场 王伟
	says "A01 王伟 is back at 10:50 (row 4)" '2026-11-02 10:50' sign-in --back 王伟
	refused "$BUSY" '2026-11-02 10:51' sign-in --break 王伟
	run cols attendance.csv seq,time,agent,event,detail
	assert_output "1,2026-11-02T08:20:00+08:00,A01,in,
2,2026-11-02T08:25:00+08:00,A02,in,
3,2026-11-02T10:20:00+08:00,A01,out,参观现场
4,2026-11-02T10:50:00+08:00,A01,back,"
	run -0 at '2026-11-02 10:52' next-agent --queue
	assert_output "position,agent,name,state,since,receptions,counted,makeup
1,A02,李娜,idle,08:25,0,0,0
2,A01,王伟,busy,10:12,1,1,0"
}

@test "only --break waits for the reception: --desert (what a supervisor saw) and --end are recorded while receiving (SPEC 3 sign-in)" {
	receiving
	says "A01 王伟 is away from the post (脱岗) at 10:20, 1st time today (row 3)" '2026-11-02 10:20' sign-in --desert A01
	says "A01 王伟 is back at 10:30 (row 4)" '2026-11-02 10:30' sign-in --back A01
	says "A01 王伟 signed off at 18:05 (row 5)" '2026-11-02 18:05' sign-in --end A01
	run -0 --separate-stderr at '2026-11-02 18:10' next-agent --done A01
	assert_output "A01 王伟 is free at 18:10 after 478 min with the customer (row 2)"
	run cols attendance.csv seq,agent,event
	assert_output "1,A01,in
2,A02,in
3,A01,desert
4,A01,back
5,A01,end"
}

@test "--break --at: the floor as it stood then: refused while the agent was receiving, taken once the reception was done (seed 000 条例 3, 6; SPEC 3 sign-in)" {
	receiving
	run -0 at '2026-11-02 10:40' next-agent --done A01
	refused "$BUSY" '2026-11-02 10:50' sign-in --break --at 10:30 A01
	refused "$BUSY" '2026-11-02 10:50' sign-in --break --at 10:12 A01
	says "A01 王伟 is on a break at 10:41 (row 3)" '2026-11-02 10:50' sign-in --break --at 10:41 A01
	run cols attendance.csv seq,time,agent,event
	assert_output "1,2026-11-02T08:20:00+08:00,A01,in
2,2026-11-02T08:25:00+08:00,A02,in
3,2026-11-02T10:41:00+08:00,A01,break"
}

@test "--break and --void read floor.csv under its lock, after attendance.csv's (SPEC 1 order): a desk holding the floor stops them with 75 and nothing written; other events do not wait for the floor" {
	receiving
	snapshot
	run -75 --separate-stderr env FRONTDESK_NOW='2026-11-02 10:20' FRONTDESK_LOCK_TIMEOUT=0 \
	    flock "$FRONTDESK_DATA/floor.csv" sign-in --break A02
	assert_equal "$stderr" "sign-in: floor.csv: locked by another desk for 0 s, try again"
	run unchanged
	assert_success
	run -0 env FRONTDESK_NOW='2026-11-02 10:20' FRONTDESK_LOCK_TIMEOUT=0 \
	    flock "$FRONTDESK_DATA/floor.csv" sign-in --out A02
	assert_output "A02 李娜 is out at 10:20 (row 3)"
	# a --void reads the floor too (a reception may rest on the row)
	snapshot
	run -75 --separate-stderr env FRONTDESK_NOW='2026-11-02 10:25' FRONTDESK_LOCK_TIMEOUT=0 \
	    flock "$FRONTDESK_DATA/floor.csv" sign-in --void 3 --note 录错
	assert_equal "$stderr" "sign-in: floor.csv: locked by another desk for 0 s, try again"
	run unchanged
	assert_success
}

@test "finding 10: sign-in --void of the back a later reception rested on is refused, naming the floor row to void first; verify-journal finds every book whole (SPEC 3 sign-in; seed 000 条例 3, 6)" {
	at '2026-11-02 08:20' sign-in A01
	at '2026-11-02 09:40' sign-in --out A01
	at '2026-11-02 10:00' sign-in --back A01
	at '2026-11-02 10:05' sign-in A02
	run -0 at '2026-11-02 10:30' next-agent --claim
	assert_output "A01 王伟 receives the customer — next in line (round 1) (row 1)"
	refused 'sign-in: refused: without row 3, floor.csv row 1 (receive on 2026-11-02 at 10:30) would not stand: A01 王伟 is out since 09:40 (a reception needs its agent on the floor); void floor.csv row 1 first (next-agent --void 1)' \
	    '2026-11-02 10:40' sign-in --void 3 --note 没回来
	run -0 --separate-stderr verify-journal
	assert_output ""
	assert_equal "$stderr" ""
	# the reception was 李娜's, typed for 王伟: voided first, then the back goes
	run -0 at '2026-11-02 10:45' next-agent --void 1 --note 接待的是李娜
	says "voided row 3 of attendance.csv (A01 王伟 back on 2026-11-02 at 10:00): 没回来 (row 5)" \
	    '2026-11-02 10:46' sign-in --void 3 --note 没回来
	run cols attendance.csv seq,agent,event,detail,ref
	assert_output "1,A01,in,,
2,A01,out,,
3,A01,back,,
4,A02,in,,
5,A01,void,没回来,3"
}

@test "--void of a sign-in a later reception or move rested on is refused, on an earlier day too: the agent has not signed in (SPEC 3 sign-in)" {
	at '2026-11-02 08:40' sign-in A03
	run -0 at '2026-11-02 09:00' next-agent --claim
	assert_output "A03 张敏 receives the customer — next in line (round 1) (row 1)"
	run -0 at '2026-11-02 09:30' next-agent --done A03
	refused 'sign-in: refused: without row 1, floor.csv row 1 (receive on 2026-11-02 at 09:00) would not stand: A03 张敏 has not signed in (a reception needs its agent on the floor); void floor.csv row 1 first (next-agent --void 1)' \
	    '2026-11-03 09:00' sign-in --void 1 --note 录错人
	# a manager's move rests on the sign-in too (SPEC 3 next-agent --move)
	at '2026-11-03 08:20' sign-in A01
	at '2026-11-03 08:25' sign-in A03
	run -0 at '2026-11-03 08:30' next-agent --move A03 --to 1 --note 经理安排
	refused 'sign-in: refused: without row 3, floor.csv row 3 (move on 2026-11-03 at 08:30) would not stand: A03 张敏 has not signed in (a move needs its agent in line); void floor.csv row 3 first (next-agent --void 3)' \
	    '2026-11-03 08:40' sign-in --void 3 --note 录错人
}

@test "--void is taken when no floor row rests on the row: a back after the day's receptions, a sign-off, a reception that stood on nothing before the void (SPEC 3 sign-in)" {
	receiving
	run -0 at '2026-11-02 10:40' next-agent --done A01
	at '2026-11-02 11:00' sign-in --out A01
	at '2026-11-02 11:30' sign-in --back A01
	at '2026-11-02 18:00' sign-in --end A01
	says "voided row 5 of attendance.csv (A01 王伟 end on 2026-11-02 at 18:00): 还没走 (row 6)" \
	    '2026-11-02 18:01' sign-in --void 5 --note 还没走
	says "voided row 4 of attendance.csv (A01 王伟 back on 2026-11-02 at 11:30): 没回来 (row 7)" \
	    '2026-11-02 18:02' sign-in --void 4 --note 没回来
	# a break typed late, before the reception: the reception stands on nothing already,
	# so voiding the back that ends the break is not what orphans it
	at '2026-11-03 08:20' sign-in A01
	run -0 at '2026-11-03 10:12' next-agent --claim
	run -0 at '2026-11-03 10:40' next-agent --done A01
	run -0 at '2026-11-03 11:00' sign-in --break --at 10:05 A01
	at '2026-11-03 11:05' sign-in --back A01
	says "voided row 10 of attendance.csv (A01 王伟 back on 2026-11-03 at 11:05): 录错 (row 11)" \
	    '2026-11-03 11:06' sign-in --void 10 --note 录错
}

# --- input as a Chinese desk types it (SPEC 2; issue 20 finding 6) -----------------------

@test "finding 6: sign-in a01 signs in A01: agent codes match without regard to case, and the book keeps the roster's code (SPEC 2)" {
	says "A01 王伟 signed in at 08:20, 1st today (row 1)" '2026-11-02 08:20' sign-in a01
	says "A01 王伟 is out at 10:00 (row 2)" '2026-11-02 10:00' sign-in --out a01
	says "A01 王伟 is back at 10:30 (row 3)" '2026-11-02 10:30' sign-in --back A01
	run cols attendance.csv seq,agent,event
	assert_output "1,A01,in
2,A01,out
3,A01,back"
}

@test "full-width arguments read as ASCII (Ａ０２, --at ０８：２５, ２０２６－１１－０２, the ideographic space around); a --note in full-width is kept as typed (SPEC 2 input as a Chinese desk types it)" {
	says "A02 李娜 signed in at 08:25, 1st today (row 1)" '2026-11-02 08:30' sign-in --at ０８：２５ Ａ０２
	says "A03 张敏 signed in at 08:30, 2nd today (row 2)" '2026-11-02 08:31' sign-in --at '　０８:３０　' '　a03　'
	says "A02 李娜 is out at 10:00 (看房　ＡＢＣ（南门）) (row 3)" '2026-11-02 10:00' sign-in --out --note '看房　ＡＢＣ（南门）' ａ０２
	run cols attendance.csv seq,time,agent,event,detail
	assert_output "1,2026-11-02T08:25:00+08:00,A02,in,
2,2026-11-02T08:30:00+08:00,A03,in,
3,2026-11-02T10:00:00+08:00,A02,out,看房　ＡＢＣ（南门）"
	run --separate-stderr at '2026-11-02 10:05' sign-in --list --date ２０２６－１１－０２
	assert_success
	assert_output "position,agent,name,in,late_min,state
1,A02,李娜,08:25,0,out
2,A03,张敏,08:30,0,present"
}

@test "agents.csv: two codes that differ only in case are one code listed twice, exit 65 at its line (SPEC 2: a01 is A01)" {
	echo 'a01,张三,一组,150.00,3000000.00,20000.00,yes,' >> "$FRONTDESK_DATA/agents.csv"
	bad_value "sign-in: agents.csv:10: agent a01 张三 is listed twice" '2026-11-02 08:20' sign-in A01
}

@test "--import: an agent code in lower case is the roster's (a02 is A02) (SPEC 2)" {
	printf 'time,agent,event\n2026-11-02 08:05,a02,in\n2026-11-02 08:10,ａ０３,in\n' > "$BATS_TEST_TMPDIR/in.csv"
	says "imported 2 rows into attendance.csv, rows 1 to 2" '2026-11-02 12:00' sign-in --import "$BATS_TEST_TMPDIR/in.csv"
	run cols attendance.csv seq,agent,event
	assert_output "1,A02,in
2,A03,in"
}
