# next-agent: whose turn it is (接待顺序), SPEC 3 "next-agent" and 5.1.
# Every rule of the reception order with the agent it picks and the floor.csv rows it
# writes, worked out by hand from the line keys (k, t): sign-in order, rounds, skips and
# the one make-up, carry-over, returning customers and the duty agent, named customers,
# referrals, --not-customer, --move, --end, --void, refusals, usage and bad values, and
# two desks claiming at once.  The day is Monday 2026-11-16 unless a test says otherwise.
load test_helper

ROWS=agent,event,reason,customer,counted,ref

# on HH:MM CMD...: run a tool at that time on 2026-11-16.
on() { FRONTDESK_NOW="2026-11-16 $1" "${@:2}"; }

# A refusal: exit 1, the one stderr line, nothing on stdout, nothing written.
# refused 'MESSAGE' HH:MM next-agent ARGS...
refused() { expect_fail 1 "$1" on "${@:2}"; }

# A usage error: exit 64, the message on stderr, nothing written.
usage_error() {
	expect_fail 64 "next-agent: $1 (next-agent -h shows the usage)" on 09:00 \
	    next-agent "${@:2}"
}

# A decision that must succeed quietly with exactly this sentence.
says() { expect_say "$1" on "${@:2}"; }

# The usual morning: A01 08:10, A02 08:20, A03 08:25 (and A04 08:28 when asked for).
morning() {
	on 08:10 sign-in A01
	on 08:20 sign-in A02
	on 08:25 sign-in A03
	[ "${1:-3}" -lt 4 ] || on 08:28 sign-in A04
}

HEADER=position,agent,name,state,since,receptions,counted,makeup

# --- the line: sign-in order, rounds, skips ---------------------------------------------

@test "the first to sign in receives the first walk-in; asking writes nothing, --claim writes the receive (seed 000 四.13 接待顺序)" {
	on 08:10 sign-in A03
	on 08:20 sign-in A01
	on 08:25 sign-in A02
	snapshot
	says "A03 张敏 — next in line (round 1)" 09:00 next-agent
	run unchanged
	assert_success
	assert_file_not_exists "$FRONTDESK_DATA/floor.csv"
	says "A03 张敏 receives the customer — next in line (round 1) (row 1)" 09:00 next-agent --claim
	says "A01 王伟 receives the customer — next in line (round 1) (row 2)" 09:01 next-agent --claim
	says "A02 李娜 receives the customer — next in line (round 1) (row 3)" 09:02 next-agent --claim
	run head -1 "$FRONTDESK_DATA/floor.csv"
	assert_output "seq,recorded_at,time,agent,event,reason,customer,counted,ref,by,chain"
	run cols floor.csv seq,recorded_at,time,$ROWS,by
	assert_output "1,2026-11-16T09:00:00+08:00,2026-11-16T09:00:00+08:00,A03,receive,rotation,,1,,前台
2,2026-11-16T09:01:00+08:00,2026-11-16T09:01:00+08:00,A01,receive,rotation,,1,,前台
3,2026-11-16T09:02:00+08:00,2026-11-16T09:02:00+08:00,A02,receive,rotation,,1,,前台"
}

@test "rotation through a round: each in turn, then the first again in round 2 (seed 000 四.13 后面签到的依次轮上)" {
	morning
	on 09:00 next-agent --claim
	says "A01 王伟 is free at 09:30 after 30 min with the customer; now 3rd in line (row 2)" 09:30 next-agent --done A01
	says "A02 李娜 receives the customer — next in line (round 1) (row 3)" 09:40 next-agent --claim
	on 09:50 next-agent --done A02
	says "A03 张敏 receives the customer — next in line (round 1) (row 5)" 10:00 next-agent --claim
	on 10:10 next-agent --done A03
	says "A01 王伟 receives the customer — next in line (round 2) (row 7)" 10:30 next-agent --claim
	run cols floor.csv $ROWS
	assert_output "A01,receive,rotation,,1,
A01,done,,,,1
A02,receive,rotation,,1,
A02,done,,,,3
A03,receive,rotation,,1,
A03,done,,,,5
A01,receive,rotation,,1,"
}

@test "a busy agent is skipped and rejoins at the end of those not yet served (seed 000 条例 1 接待完成后自动排到未接销售人员末位)" {
	morning 4
	visit '2026-11-10 10:00' 13800000001 A01 A01
	on 09:00 next-agent --claim --customer 13800000001
	says "A02 李娜 receives the customer — next in line (round 1); skipped A01 (busy since 09:00) (row 2)" 09:05 next-agent --claim
	on 09:20 next-agent --done A02
	# A01: (0, 08:10) -> k = max(0, m-1 = -1) = 0, t = 09:30: after A03 and A04, before A02 (1)
	says "A01 王伟 is free at 09:30 after 30 min with the customer; now 3rd in line (row 4)" 09:30 next-agent --done A01
	says "A03 张敏 — next in line (round 1)" 09:31 next-agent
	on 09:31 next-agent --claim
	on 09:32 next-agent --claim
	says "A01 王伟 receives the customer — next in line (round 1) (row 7)" 09:33 next-agent --claim
	run cols floor.csv $ROWS
	assert_output "A01,receive,returning,13800000001,0,
A02,receive,rotation,,1,
A02,done,,,,2
A01,done,,,,1
A03,receive,rotation,,1,
A04,receive,rotation,,1,
A01,receive,rotation,,1,"
}

@test "back from an errand after being skipped by four walk-ins: one make-up turn only (seed 000 条例 1 公派返回可以排自末位补接一次)" {
	morning
	on 09:00 sign-in --out A01
	says "A02 李娜 receives the customer — next in line (round 1); skipped A01 (out since 09:00) (row 1)" 09:05 next-agent --claim
	on 09:06 next-agent --done A02
	on 09:10 next-agent --claim
	on 09:11 next-agent --done A03
	says "A02 李娜 receives the customer — next in line (round 2); skipped A01 (out since 09:00) (row 5)" 09:15 next-agent --claim
	on 09:16 next-agent --done A02
	on 09:20 next-agent --claim
	on 09:21 next-agent --done A03
	run on 09:30 next-agent --queue
	assert_output "$HEADER
1,A01,王伟,away,09:00,0,0,1
2,A02,李娜,idle,09:16,2,2,0
3,A03,张敏,idle,09:21,2,2,0"
	# A01 (0, 08:10) comes back with m = 2: k = max(0, 2-1) = 1, one round short, not two
	on 10:00 sign-in --back A01
	run on 10:01 next-agent --queue
	assert_output "$HEADER
1,A01,王伟,idle,10:00,0,0,1
2,A02,李娜,idle,09:16,2,2,0
3,A03,张敏,idle,09:21,2,2,0"
	says "A01 王伟 receives the customer — next in line (round 2), a make-up turn (补接) (row 9)" 10:05 next-agent --claim
	on 10:06 next-agent --done A01
	says "A02 李娜 receives the customer — next in line (round 3) (row 11)" 10:10 next-agent --claim
	run cols floor.csv $ROWS
	assert_output "A02,receive,rotation,,1,
A02,done,,,,1
A03,receive,rotation,,1,
A03,done,,,,3
A02,receive,rotation,,1,
A02,done,,,,5
A03,receive,rotation,,1,
A03,done,,,,7
A01,receive,rotation,,1,
A01,done,,,,9
A02,receive,rotation,,1,"
}

# A01 skipped twice while on a break or away from the post, back at 10:00 when A02 and A03
# have served round 1: k = max(0, m = 1) = 1, t = 10:00, the end of round 2, no make-up.
no_makeup_after() {
	morning
	on 09:00 sign-in "$1" A01
	on 09:05 next-agent --claim
	on 09:06 next-agent --done A02
	on 09:10 next-agent --claim
	on 09:11 next-agent --done A03
	run on 09:30 next-agent --queue
	assert_output "$HEADER
1,A01,王伟,away,09:00,0,0,0
2,A02,李娜,idle,09:06,1,1,0
3,A03,张敏,idle,09:11,1,1,0"
	on 10:00 sign-in --back A01
	run on 10:01 next-agent --queue
	assert_output "$HEADER
1,A02,李娜,idle,09:06,1,1,0
2,A03,张敏,idle,09:11,1,1,0
3,A01,王伟,idle,10:00,0,0,0"
	says "A02 李娜 receives the customer — next in line (round 2) (row 5)" 10:05 next-agent --claim
	run cols floor.csv $ROWS
	assert_output "A02,receive,rotation,,1,
A02,done,,,,1
A03,receive,rotation,,1,
A03,done,,,,3
A02,receive,rotation,,1,"
}

@test "no make-up after a meal break: back at the end of the current round (SPEC 5.1, seed 000 一 轮流吃饭)" {
	no_makeup_after --break
}

@test "no make-up after leaving the post: back at the end of the current round (SPEC 5.1, seed 000 一.6 脱岗)" {
	no_makeup_after --desert
}

@test "a late arrival joins at the end of the current round, behind those who already served (SPEC 5.1 k = m, seed 000 四.13)" {
	on 08:10 sign-in A01
	on 08:20 sign-in A02
	on 09:00 next-agent --claim
	on 09:10 next-agent --done A01
	on 09:15 next-agent --claim
	on 09:20 next-agent --done A02
	on 10:00 sign-in A03
	says "A01 王伟 receives the customer — next in line (round 2) (row 5)" 10:05 next-agent --claim
	says "A02 李娜 receives the customer — next in line (round 2) (row 6)" 10:06 next-agent --claim
	says "A03 张敏 receives the customer — next in line (round 2) (row 7)" 10:07 next-agent --claim
	run cols floor.csv $ROWS
	assert_output "A01,receive,rotation,,1,
A01,done,,,,1
A02,receive,rotation,,1,
A02,done,,,,3
A01,receive,rotation,,1,
A02,receive,rotation,,1,
A03,receive,rotation,,1,"
}

# --- carry-over (条例 1: 当天排序接待没有接到客户的销售员, 次日排在第一签到的销售人员后面) ---

@test "carry-over: who got no counted customer yesterday lines up right after today's first signer, in sign-in order; not after today's first reception (seed 000 条例 1)" {
	visit '2026-11-10 10:00' 13800000002 A02 A02
	at '2026-11-15 08:10' sign-in A01
	at '2026-11-15 08:20' sign-in A02
	at '2026-11-15 08:25' sign-in A03
	at '2026-11-15 08:30' sign-in A06
	at '2026-11-15 10:00' next-agent --claim
	at '2026-11-15 10:05' next-agent --claim --customer 13800000002
	at '2026-11-15 10:10' next-agent --claim
	at '2026-11-15 10:20' next-agent --done A03 --not-customer --note 快递
	# yesterday: A01 a counted turn; A02 only a returning customer (not counted); A03 a
	# walk-in who was no customer; A06 none.  A02, A03 and A06 carry over, A01 does not.
	on 08:00 sign-in A04
	on 08:05 sign-in A05
	on 08:10 sign-in A01
	on 08:15 sign-in A03
	on 08:20 sign-in A02
	says "A04 刘洋 receives the customer — next in line (round 1) (row 5)" 09:00 next-agent --claim
	on 09:01 sign-in A06
	says "A03 张敏 receives the customer — next in line (round 1) (row 6)" 09:02 next-agent --claim
	says "A02 李娜 receives the customer — next in line (round 1) (row 7)" 09:03 next-agent --claim
	says "A05 陈静 receives the customer — next in line (round 1) (row 8)" 09:04 next-agent --claim
	says "A01 王伟 receives the customer — next in line (round 1) (row 9)" 09:05 next-agent --claim
	says "A06 杨帆 receives the customer — next in line (round 1) (row 10)" 09:06 next-agent --claim
	run cols floor.csv time,$ROWS
	assert_output "2026-11-15T10:00:00+08:00,A01,receive,rotation,,1,
2026-11-15T10:05:00+08:00,A02,receive,returning,13800000002,0,
2026-11-15T10:10:00+08:00,A03,receive,rotation,,1,
2026-11-15T10:20:00+08:00,A03,done,not-customer: 快递,,,3
2026-11-16T09:00:00+08:00,A04,receive,rotation,,1,
2026-11-16T09:02:00+08:00,A03,receive,rotation,,1,
2026-11-16T09:03:00+08:00,A02,receive,rotation,,1,
2026-11-16T09:04:00+08:00,A05,receive,rotation,,1,
2026-11-16T09:05:00+08:00,A01,receive,rotation,,1,
2026-11-16T09:06:00+08:00,A06,receive,rotation,,1,"
}

@test "carry-over from a day with no reception at all: everyone who worked it comes after the first signer (seed 000 条例 1)" {
	at '2026-11-15 08:10' sign-in A01
	at '2026-11-15 08:20' sign-in A02
	on 08:00 sign-in A03
	on 08:05 sign-in A04
	on 08:10 sign-in A02
	on 08:15 sign-in A01
	run on 08:20 next-agent --queue
	assert_output "$HEADER
1,A03,张敏,idle,08:00,0,0,0
2,A02,李娜,idle,08:10,0,0,0
3,A01,王伟,idle,08:15,0,0,0
4,A04,刘洋,idle,08:05,0,0,0"
	says "A03 张敏 receives the customer — next in line (round 1) (row 1)" 09:00 next-agent --claim
	says "A02 李娜 receives the customer — next in line (round 1) (row 2)" 09:01 next-agent --claim
	says "A01 王伟 receives the customer — next in line (round 1) (row 3)" 09:02 next-agent --claim
	says "A04 刘洋 receives the customer — next in line (round 1) (row 4)" 09:03 next-agent --claim
	run cols floor.csv $ROWS
	assert_output "A03,receive,rotation,,1,
A02,receive,rotation,,1,
A01,receive,rotation,,1,
A04,receive,rotation,,1,"
}

@test "carry-over reaches back over a closed day: 2027-01-01 is skipped, 2026-12-31 counts (seed 000 条例 1 次日, calendar.csv)" {
	at '2026-12-31 08:10' sign-in A01
	at '2026-12-31 08:20' sign-in A02
	at '2026-12-31 10:00' next-agent --claim
	at '2027-01-02 08:00' sign-in A03
	at '2027-01-02 08:05' sign-in A04
	at '2027-01-02 08:10' sign-in A01
	at '2027-01-02 08:15' sign-in A02
	for t in 09:00 09:01 09:02 09:03; do at "2027-01-02 $t" next-agent --claim; done
	run cols floor.csv time,$ROWS
	assert_output "2026-12-31T10:00:00+08:00,A01,receive,rotation,,1,
2027-01-02T09:00:00+08:00,A03,receive,rotation,,1,
2027-01-02T09:01:00+08:00,A02,receive,rotation,,1,
2027-01-02T09:02:00+08:00,A04,receive,rotation,,1,
2027-01-02T09:03:00+08:00,A01,receive,rotation,,1,"
}

@test "carry_over no: plain sign-in order, yesterday does not matter (rules.csv carry_over, seed 000 条例 1)" {
	sed -i 's/^carry_over,yes,/carry_over,no,/' "$FRONTDESK_DATA/rules.csv"
	at '2026-11-15 08:10' sign-in A01
	at '2026-11-15 08:20' sign-in A02
	on 08:00 sign-in A03
	on 08:05 sign-in A04
	on 08:10 sign-in A02
	on 08:15 sign-in A01
	for t in 09:00 09:01 09:02 09:03; do on $t next-agent --claim; done
	run cols floor.csv $ROWS
	assert_output "A03,receive,rotation,,1,
A04,receive,rotation,,1,
A02,receive,rotation,,1,
A01,receive,rotation,,1,"
}

# --- returning customers (四.14 新老客户区分, 义务销售员界定) ------------------------------

@test "returning customer: the owner receives out of turn, not counted, and keeps the place in line (seed 000 四.14, 条例 1 不计入接待指标)" {
	morning
	visit '2026-11-10 10:00' 13800000001 A02 A02
	snapshot
	says "A02 李娜 — returning customer 138****0001 of A02 (valid until 2026-11-30): the owner receives, not counted, keeps the place in line (四.14)" 09:00 next-agent --customer 138-0000-0001
	run unchanged
	assert_success
	says "A02 李娜 receives the customer — returning customer 138****0001 of A02 (valid until 2026-11-30): the owner receives, not counted, keeps the place in line (四.14) (row 1)" 09:00 next-agent --claim --customer '+86 138 0000 0001'
	on 09:30 next-agent --done A02
	says "A01 王伟 receives the customer — next in line (round 1) (row 3)" 09:31 next-agent --claim
	says "A02 李娜 receives the customer — next in line (round 1) (row 4)" 09:32 next-agent --claim
	run cols floor.csv $ROWS
	assert_output "A02,receive,returning,13800000001,0,
A02,done,,,,1
A01,receive,rotation,,1,
A02,receive,rotation,,1,"
}

@test "returning customer, owner busy: the duty agent (last free in line) receives, not counted, keeps the place (seed 000 四.14 义务销售人员, 条例 3)" {
	morning 4
	visit '2026-11-10 10:00' 13800000001 A01 A01
	on 09:00 next-agent --claim
	says "A04 刘洋 receives the customer — returning customer 138****0001 of A01 (valid until 2026-11-30): duty agent (义务接待, 四.14): A01 王伟 is busy since 09:00; not counted, keeps the place in line (条例 3, 9) (row 2)" 09:05 next-agent --claim --customer 13800000001
	on 09:20 next-agent --done A04
	on 09:21 next-agent --claim
	on 09:22 next-agent --claim
	says "A04 刘洋 receives the customer — next in line (round 1) (row 6)" 09:23 next-agent --claim
	run cols floor.csv $ROWS
	assert_output "A01,receive,rotation,,1,
A04,receive,duty,13800000001,0,
A04,done,,,,2
A02,receive,rotation,,1,
A03,receive,rotation,,1,
A04,receive,rotation,,1,"
}

@test "returning customer, owner out: the duty agent receives, not counted (seed 000 四.14 该名销售人员不在销售现场)" {
	morning
	visit '2026-11-10 10:00' 13800000001 A01 A01
	on 09:00 sign-in --out A01
	says "A03 张敏 receives the customer — returning customer 138****0001 of A01 (valid until 2026-11-30): duty agent (义务接待, 四.14): A01 王伟 is out since 09:00; not counted, keeps the place in line (条例 3, 9) (row 1)" 09:05 next-agent --claim --customer 13800000001
	says "A02 李娜 receives the customer — next in line (round 1); skipped A01 (out since 09:00) (row 2)" 09:06 next-agent --claim
	run cols floor.csv $ROWS
	assert_output "A03,receive,duty,13800000001,0,
A02,receive,rotation,,1,"
}

@test "returning customer, owner not signed in or signed off: the duty agent receives (seed 000 四.14 不在销售现场)" {
	on 08:20 sign-in A02
	on 08:25 sign-in A03
	on 08:28 sign-in A04
	visit '2026-11-10 10:00' 13800000001 A01 A01
	visit '2026-11-10 10:05' 13800000004 A04 A04
	says "A04 刘洋 receives the customer — returning customer 138****0001 of A01 (valid until 2026-11-30): duty agent (义务接待, 四.14): A01 王伟 is not signed in today; not counted, keeps the place in line (条例 3, 9) (row 1)" 09:00 next-agent --claim --customer 13800000001
	on 09:05 next-agent --done A04
	on 09:10 sign-in --end A04
	says "A03 张敏 receives the customer — returning customer 138****0004 of A04 (valid until 2026-11-30): duty agent (义务接待, 四.14): A04 刘洋 is signed off at 09:10; not counted, keeps the place in line (条例 3, 9) (row 3)" 09:15 next-agent --claim --customer 13800000004
	run cols floor.csv $ROWS
	assert_output "A04,receive,duty,13800000001,0,
A04,done,,,,1
A03,receive,duty,13800000004,0,"
}

@test "returning_fallback rotation: owner busy, the next in line takes the customer as a counted turn (seed 001 (2)二 轮着谁由谁接待)" {
	sed -i 's/^returning_fallback,duty,.*/returning_fallback,rotation,/' "$FRONTDESK_DATA/rules.csv"
	morning
	visit '2026-11-10 10:00' 13800000001 A01 A01
	on 09:00 next-agent --claim
	says "A02 李娜 receives the customer — returning customer 138****0001 of A01 (valid until 2026-11-30): next in line (round 1); A01 is busy since 09:00, so the customer goes by rotation (returning_fallback) (row 2)" 09:05 next-agent --claim --customer 13800000001
	says "A03 张敏 receives the customer — next in line (round 1) (row 3)" 09:06 next-agent --claim
	run cols floor.csv $ROWS
	assert_output "A01,receive,rotation,,1,
A02,receive,rotation,13800000001,1,
A03,receive,rotation,,1,"
}

@test "a registration lapses on the 21st day after the last visit: a new walk-in by rotation; on the 20th it still holds (seed 000 条例 13 有效期为20天)" {
	morning
	visit '2026-10-26 10:00' 13800000001 A03 A03
	visit '2026-10-27 10:00' 13800000002 A03 A03
	says "A01 王伟 receives the customer — next in line (round 1); 138****0001 has no valid registration: a new walk-in (row 1)" 09:00 next-agent --claim --customer 13800000001
	says "A03 张敏 receives the customer — returning customer 138****0002 of A03 (valid until 2026-11-16): the owner receives, not counted, keeps the place in line (四.14) (row 2)" 09:01 next-agent --claim --customer 13800000002
	run cols floor.csv $ROWS
	assert_output "A01,receive,rotation,13800000001,1,
A03,receive,returning,13800000002,0,"
}

@test "a customer who paid a deposit stays the owner's for good: the owner receives, not counted (seed 000 条例 1 已交定金的老客户的接待可不占接待指标)" {
	morning
	visit '2026-09-01 10:00' 13900000009 A02 A02
	deposit '2026-09-10 15:00' 13900000009 A02
	says "A02 李娜 receives the customer — returning customer 139****0009 of A02 (deposit paid): the owner receives, not counted, keeps the place in line (四.14) (row 1)" 09:00 next-agent --claim --customer 13900000009
	run cols floor.csv $ROWS
	assert_output "A02,receive,returning,13900000009,0,"
}

# --- named, referral, manager ----------------------------------------------------------

@test "named by the customer: out of turn and counted, nobody skipped (seed 000 条例 16 可跳过排序优先接待，但计入接待次数)" {
	morning
	on 08:50 sign-in --out A01
	says "A03 张敏 receives the customer — named by the customer: out of turn, counted (条例 16) (row 1)" 09:00 next-agent --claim --named 张敏
	on 09:05 next-agent --done A03
	# A01 stood before A03 but was not skipped: back, A01 keeps (0, 08:10), first again
	on 09:30 sign-in --back A01
	says "A01 王伟 receives the customer — next in line (round 1) (row 3)" 09:31 next-agent --claim
	says "A02 李娜 receives the customer — next in line (round 1) (row 4)" 09:32 next-agent --claim
	on 09:40 next-agent --done A01
	on 09:41 next-agent --done A02
	says "A03 张敏 — next in line (round 2)" 09:42 next-agent
	run cols floor.csv $ROWS
	assert_output "A03,receive,named,,1,
A03,done,,,,1
A01,receive,rotation,,1,
A02,receive,rotation,,1,
A01,done,,,,3
A02,done,,,,4"
}

@test "referral by a customer who paid a deposit: the deposit's owner receives, counted, long after the registration lapsed (seed 000 条例 1 已交定金的老客户所带来的新客户)" {
	morning
	visit '2026-09-01 10:00' 13900000009 A02 A02
	deposit '2026-09-10 15:00' 13900000009 A02
	says "A02 李娜 receives the customer — brought by 139****0009, a customer of A02 who paid a deposit: the owner receives, counted (条例 1; 001 (2)三) (row 1)" 09:00 next-agent --claim --referred-by 139-0000-0009
	on 09:20 next-agent --done A02
	says "A01 王伟 receives the customer — next in line (round 1) (row 3)" 09:21 next-agent --claim
	says "A03 张敏 receives the customer — next in line (round 1) (row 4)" 09:22 next-agent --claim
	run cols floor.csv $ROWS
	assert_output "A02,receive,referral,13900000009,1,
A02,done,,,,1
A01,receive,rotation,,1,
A03,receive,rotation,,1,"
}

@test "referral, the owner busy: the duty agent receives, not counted (seed 000 条例 1, 四.14)" {
	morning
	visit '2026-11-01 10:00' 13900000009 A02 A02
	deposit '2026-11-05 15:00' 13900000009 A02
	on 09:00 next-agent --claim --named A02
	says "A03 张敏 receives the customer — brought by 139****0009, a customer of A02 who paid a deposit: duty agent (义务接待, 四.14): A02 李娜 is busy since 09:00; not counted, keeps the place in line (条例 3, 9) (row 2)" 09:05 next-agent --claim --referred-by 13900000009
	run cols floor.csv $ROWS
	assert_output "A02,receive,named,,1,
A03,receive,duty,13900000009,0,"
}

@test "referral by a customer with no deposit: a new walk-in by rotation, the referrer's phone kept (seed 000 条例 1)" {
	morning
	visit '2026-11-10 10:00' 13900000009 A02 A02
	says "A01 王伟 receives the customer — next in line (round 1); the referrer 139****0009 has paid no deposit: a new walk-in (条例 1) (row 1)" 09:00 next-agent --claim --referred-by 13900000009
	run cols floor.csv $ROWS
	assert_output "A01,receive,rotation,13900000009,1,"
}

@test "the manager's choice: counted like a turn, refused when the agent is busy (seed 000 条例 4 销售经理有权调整)" {
	morning
	says "A03 张敏 receives the customer — the manager's choice (大客户): counted like a turn (条例 4) (row 1)" 09:00 next-agent --claim --agent A03 --note 大客户
	refused "next-agent: refused: A03 张敏 is busy since 09:00: never interrupt a reception (条例 3, 6); the duty agent is A02 李娜" 09:01 next-agent --claim --agent A03 --note 再来一位
	says "A01 王伟 receives the customer — next in line (round 1) (row 2)" 09:02 next-agent --claim
	says "A02 李娜 receives the customer — next in line (round 1) (row 3)" 09:03 next-agent --claim
	run cols floor.csv $ROWS
	assert_output "A03,receive,manager: 大客户,,1,
A01,receive,rotation,,1,
A02,receive,rotation,,1,"
}

# --- done --not-customer, move, end, void -----------------------------------------------

@test "--done --not-customer: the reception stops counting, the agent gets the place back, the skip it caused is forgiven (seed 000 条例 8 同行来访)" {
	morning
	on 09:00 sign-in --out A01
	on 09:05 next-agent --claim
	says "A02 李娜: the walk-in received at 09:05 was no customer (同行来访): not counted, back to the place they had; now 2nd in line (row 2)" 09:20 next-agent --done A02 --not-customer --note 同行来访
	on 09:30 sign-in --back A01
	run on 09:31 next-agent --queue
	assert_output "$HEADER
1,A01,王伟,idle,09:30,0,0,0
2,A02,李娜,idle,09:20,1,0,0
3,A03,张敏,idle,08:25,0,0,0"
	says "A01 王伟 receives the customer — next in line (round 1) (row 3)" 09:31 next-agent --claim
	says "A02 李娜 receives the customer — next in line (round 1) (row 4)" 09:32 next-agent --claim
	run cols floor.csv $ROWS
	assert_output "A02,receive,rotation,,1,
A02,done,not-customer: 同行来访,,,1
A01,receive,rotation,,1,
A02,receive,rotation,,1,"
}

@test "--move A --to N: the manager puts an agent at a position, past the end is the end; not for one who is not in line (seed 000 条例 4)" {
	morning 4
	says "A04 刘洋 moved to position 1 by the manager (条例 4): 经理调整 (row 1)" 08:40 next-agent --move A04 --to 1 --note 经理调整
	says "A01 王伟 moved to position 4 by the manager (条例 4) (row 2)" 08:41 next-agent --move A01 --to 9
	refused "next-agent: refused: A05 陈静 is not in line today (not signed in today)" 08:42 next-agent --move A05 --to 1
	for t in 09:00 09:01 09:02 09:03; do on $t next-agent --claim; done
	run cols floor.csv $ROWS
	assert_output "A04,move,to 1: 经理调整,,,
A01,move,to 4,,,
A04,receive,rotation,,1,
A02,receive,rotation,,1,
A03,receive,rotation,,1,
A01,receive,rotation,,1,"
}

@test "sign-in --end takes the agent out of the line: listed as gone, never named, never moved (SPEC 5.1 end)" {
	morning
	on 08:50 sign-in --end A01
	says "A02 李娜 — next in line (round 1)" 09:00 next-agent
	run on 09:00 next-agent --queue
	assert_output "$HEADER
1,A02,李娜,idle,08:20,0,0,0
2,A03,张敏,idle,08:25,0,0,0
,A01,王伟,gone,08:50,0,0,0"
	refused "next-agent: refused: A01 王伟 is signed off at 08:50; the duty agent is A03 张敏" 09:00 next-agent --claim --named A01
	refused "next-agent: refused: A01 王伟 is not in line today (signed off at 08:50)" 09:00 next-agent --move A01 --to 1
	assert_file_not_exists "$FRONTDESK_DATA/floor.csv"
}

@test "--void of a receive frees the agent; --void of a done makes them busy again (SPEC 1 void)" {
	morning
	on 09:00 next-agent --claim
	says "voided row 1 of floor.csv (A01 王伟 receive on 2026-11-16 at 09:00): 点错了 (row 2)" 09:01 next-agent --void 1 --note 点错了
	says "A01 王伟 — next in line (round 1)" 09:02 next-agent
	on 09:05 next-agent --claim
	on 09:10 next-agent --done A01
	says "voided row 4 of floor.csv (A01 王伟 done on 2026-11-16 at 09:10): 客户还在 (row 5)" 09:11 next-agent --void 4 --note 客户还在
	says "A02 李娜 — next in line (round 1)" 09:12 next-agent
	says "A01 王伟 is free at 09:20 after 15 min with the customer; now 3rd in line (row 6)" 09:20 next-agent --done A01
	run cols floor.csv $ROWS
	assert_output "A01,receive,rotation,,1,
A01,void,点错了,,,1
A01,receive,rotation,,1,
A01,done,,,,3
A01,void,客户还在,,,4
A01,done,,,,3"
}

@test "finding 8: every floor sentence names its row; --void of the number a claim printed cancels that reception, no other, and says it in words (SPEC 2: … (row 42); SPEC 1 void)" {
	morning
	says "A01 王伟 receives the customer — next in line (round 1) (row 1)" 09:00 next-agent --claim
	# a second click for the same customer gives 李娜 a walk-in nobody brought
	says "A02 李娜 receives the customer — next in line (round 1) (row 2)" 09:01 next-agent --claim
	local n
	n=$(said_row)
	says "A01 王伟 is free at 09:20 after 20 min with the customer; now 2nd in line (row 3)" 09:20 next-agent --done A01
	says "voided row 2 of floor.csv (A02 李娜 receive on 2026-11-16 at 09:01): 点了两次 (row 4)" \
	    09:21 next-agent --void "$n" --note 点了两次
	says "A03 张敏 moved to position 1 by the manager (条例 4): 老客户约了张敏 (row 5)" \
	    09:22 next-agent --move A03 --to 1 --note 老客户约了张敏
	run cols floor.csv seq,$ROWS
	assert_output "1,A01,receive,rotation,,1,
2,A02,receive,rotation,,1,
3,A01,done,,,,1
4,A02,void,点了两次,,,2
5,A03,move,to 1: 老客户约了张敏,,,"
	run on 09:23 next-agent --queue
	assert_output "$HEADER
1,A03,张敏,idle,08:25,0,0,0
2,A02,李娜,idle,08:20,0,0,0
3,A01,王伟,idle,09:20,1,1,0"
}

@test "refused: a void of a receive a live done ends, of a void, of a voided row; no such row exits 65 (SPEC 1: a void is final)" {
	morning
	on 09:05 next-agent --claim
	on 09:10 next-agent --done A01
	on 09:11 next-agent --void 2 --note 客户还在
	on 09:20 next-agent --done A01
	refused "next-agent: refused: row 4 refers to row 1: void row 4 first" 09:30 next-agent --void 1 --note 错
	refused "next-agent: refused: row 3 is a void: a void is final (record it again instead)" 09:30 next-agent --void 3 --note 错
	refused "next-agent: refused: row 2 is voided already: a void is final (record it again instead)" 09:30 next-agent --void 2 --note 错
	snapshot
	run -65 --separate-stderr on 09:30 next-agent --void 99 --note 错
	assert_equal "$stderr" "next-agent: floor.csv has no row 99"
	run unchanged
	assert_success
}

# --- refusals -------------------------------------------------------------------------

@test "refused: nobody free, the message says who is busy or away and since when; nobody on the floor (SPEC 3 next-agent, 条例 3, 6)" {
	refused "next-agent: refused: nobody is on the floor: no one has signed in today, or all have signed off" 08:00 next-agent --claim
	assert_file_not_exists "$FRONTDESK_DATA/floor.csv"
	morning
	on 09:00 next-agent --claim
	on 09:10 sign-in --out A02
	on 09:20 sign-in --break A03
	refused "next-agent: refused: nobody is free: A02 out since 09:10, A03 on a break since 09:20, A01 busy since 09:00 (a busy agent is never given another customer: 条例 3, 6)" 09:30 next-agent --claim
	refused "next-agent: refused: nobody is free: A02 out since 09:10, A03 on a break since 09:20, A01 busy since 09:00 (a busy agent is never given another customer: 条例 3, 6)" 09:30 next-agent
}

@test "refused: a named agent who is busy, away or absent; the message names the duty agent (seed 000 条例 3, 6 不得中断正在接待的客户)" {
	morning
	on 09:00 next-agent --claim
	refused "next-agent: refused: A01 王伟 is busy since 09:00: never interrupt a reception (条例 3, 6); the duty agent is A03 张敏" 09:05 next-agent --claim --named A01
	on 09:10 sign-in --out A02
	refused "next-agent: refused: A02 李娜 is out since 09:10; the duty agent is A03 张敏" 09:11 next-agent --claim --named 李娜
	refused "next-agent: refused: A04 刘洋 is not signed in today; the duty agent is A03 张敏" 09:12 next-agent --named A04
	on 09:15 sign-in --break A03
	refused "next-agent: refused: A01 王伟 is busy since 09:00: never interrupt a reception (条例 3, 6); nobody else is free either" 09:16 next-agent --claim --named A01
}

@test "since when: a busy agent is busy since the reception began, an agent out since leaving, whatever happens in between (SPEC 3 next-agent: who is busy or away and since when)" {
	on 08:10 sign-in A01
	on 08:20 sign-in A02
	on 09:00 next-agent --claim
	on 09:01 next-agent --claim
	on 09:10 sign-in --out A01
	on 09:15 sign-in --out A02
	on 09:30 sign-in --back A01
	on 09:40 next-agent --done A02
	run on 09:41 next-agent --queue
	assert_output "$HEADER
1,A01,王伟,busy,09:00,1,1,0
2,A02,李娜,away,09:15,1,1,0"
	refused "next-agent: refused: nobody is free: A01 busy since 09:00, A02 out since 09:15 (a busy agent is never given another customer: 条例 3, 6)" 09:41 next-agent --claim
}

@test "refused: --done for an agent who is not receiving (SPEC 3 next-agent --done)" {
	morning
	refused "next-agent: refused: A01 王伟 is not receiving anyone (free since 08:10)" 09:00 next-agent --done A01
	on 09:05 next-agent --claim
	on 09:10 next-agent --done A01
	refused "next-agent: refused: A01 王伟 is not receiving anyone (free since 09:10)" 09:11 next-agent --done A01
}

@test "refused: an unknown or inactive agent, with the closest matches (SPEC 2)" {
	morning
	refused "next-agent: unknown agent 'A09': did you mean A01 王伟, A02 李娜, A03 张敏?" 09:00 next-agent --claim --named A09
	refused "next-agent: unknown agent '赵雷': did you mean A07 赵磊?" 09:00 next-agent --done 赵雷
	refused "next-agent: refused: agent A08 黄丽华 is not active (agents.csv)" 09:00 next-agent --claim --agent A08 --note x
	assert_file_not_exists "$FRONTDESK_DATA/floor.csv"
}

# --- usage (64) and bad values (65) -----------------------------------------------------

@test "usage: options that do not go together exit 64 and write nothing (SPEC 2)" {
	morning
	usage_error "one of --done, --move, --void and --queue at a time" --done A01 --queue
	usage_error "every value goes with its option: 'A01' has none" A01
	usage_error "one of --customer, --named and --referred-by at a time" --named A01 --customer 13800000001
	usage_error "--claim goes with asking whose turn it is" --claim --done A01
	usage_error "--agent goes with --claim" --agent A01 --note x
	usage_error "--agent needs --note" --claim --agent A01
	usage_error "--not-customer needs --note" --done A01 --not-customer
	usage_error "--void needs --note" --void 1
	usage_error "--not-customer goes with --done" --not-customer --note x
	usage_error "--note goes with --move, --void, --agent and --not-customer" --claim --note x
	usage_error "--move needs --to" --move A01
	usage_error "--to takes a number from 1, not '0'" --move A01 --to 0
	usage_error "--table, --excel and --encoding go with --queue" --claim --table
	usage_error "unknown option or missing value: '--bogus'" --bogus
}

@test "bad value: a phone that is not 7 to 15 digits exits 65 and writes nothing (SPEC 2 phones)" {
	morning
	snapshot
	run -65 --separate-stderr on 09:00 next-agent --claim --customer 12345
	assert_equal "$stderr" "next-agent: '12345' is not a phone number: a mobile has 11 digits (phone_plan cn)"
	assert_output ""
	run -65 --separate-stderr on 09:00 next-agent --claim --referred-by 138abc00000
	assert_equal "$stderr" "next-agent: '138abc00000' is not a phone number: only digits, spaces, dashes, dots, brackets and a leading +86"
	run unchanged
	assert_success
	assert_file_not_exists "$FRONTDESK_DATA/floor.csv"
}

# --- two desks --------------------------------------------------------------------------

@test "two desks claiming at the same moment get two different agents, and the chain holds (SPEC 1: two desks can never both win the same customer)" {
	morning 4
	for i in 1 2 3 4; do
		on 09:00 next-agent --claim > "$BATS_TEST_TMPDIR/desk$i" &
	done
	wait
	run sort "$BATS_TEST_TMPDIR"/desk1 "$BATS_TEST_TMPDIR"/desk2 "$BATS_TEST_TMPDIR"/desk3 "$BATS_TEST_TMPDIR"/desk4
	assert_output "A01 王伟 receives the customer — next in line (round 1) (row 1)
A02 李娜 receives the customer — next in line (round 1) (row 2)
A03 张敏 receives the customer — next in line (round 1) (row 3)
A04 刘洋 receives the customer — next in line (round 1) (row 4)"
	run cols floor.csv seq,$ROWS
	assert_output "1,A01,receive,rotation,,1,
2,A02,receive,rotation,,1,
3,A03,receive,rotation,,1,
4,A04,receive,rotation,,1,"
	run chain_ok "$FRONTDESK_DATA/floor.csv"
	assert_success
	assert_output ""
}

@test "a done may not be voided once its agent has received again: one reception at a time (seed 000 条例 3; SPEC 1)" {
	morning
	on 09:00 next-agent --claim
	on 09:10 next-agent --done A01
	on 09:20 next-agent --claim --named A01
	refused "next-agent: refused: A01 received again in row 3, after this done: void row 3 first" 09:30 next-agent --void 2 --note 错
	on 09:31 next-agent --void 3 --note 登记错了
	says "voided row 2 of floor.csv (A01 王伟 done on 2026-11-16 at 09:10): 客户还在 (row 5)" 09:32 next-agent --void 2 --note 客户还在
	run cols floor.csv $ROWS
	assert_output "A01,receive,rotation,,1,
A01,done,,,,1
A01,receive,named,,1,
A01,void,登记错了,,,3
A01,void,客户还在,,,2"
}

@test "an agent who signed off while receiving can still be --done; the line does not take them back (SPEC 5.1 end)" {
	morning
	on 09:00 next-agent --claim
	on 09:10 sign-in --out A01
	on 09:20 sign-in --end A01
	says "A01 王伟 is free at 09:30 after 30 min with the customer (row 2)" 09:30 next-agent --done A01
	run on 09:31 next-agent --queue
	assert_output "$HEADER
1,A02,李娜,idle,08:20,0,0,0
2,A03,张敏,idle,08:25,0,0,0
,A01,王伟,gone,09:20,1,1,0"
}

# --- input as a Chinese desk types it (SPEC 2; issue 20 findings 5 and 6) ---------------

@test "finding 5: --customer 8613812345678 and １３８ １２３４ ５６７８ are 陈杰, a returning customer who goes to his owner, not to the rotation; 138-1234-567 is refused, exit 65, nothing written (seed 000 四.14; SPEC 2 phones, SPEC 6 phone_plan)" {
	on 08:10 sign-in a01
	on 08:20 sign-in Ａ０２
	on 08:25 sign-in '　a03　'
	FRONTDESK_NOW='2026-11-10 10:00' register-visit --agent A02 --phone 13812345678 --name 陈杰 --source 网络 >/dev/null
	says "A02 李娜 receives the customer — returning customer 138****5678 of A02 (valid until 2026-11-30): the owner receives, not counted, keeps the place in line (四.14) (row 1)" \
		09:00 next-agent --claim --customer 8613812345678
	says "A02 李娜 is free at 09:30 after 30 min with the customer; now 2nd in line (row 2)" 09:30 next-agent --done ａ０２
	says "A02 李娜 receives the customer — returning customer 138****5678 of A02 (valid until 2026-11-30): the owner receives, not counted, keeps the place in line (四.14) (row 3)" \
		09:31 next-agent --claim --customer '１３８ １２３４ ５６７８'
	expect_fail 65 "next-agent: '138-1234-567' is not a phone number: a mobile has 11 digits (phone_plan cn)" \
		on 09:40 next-agent --claim --customer 138-1234-567
	expect_fail 65 "next-agent: '138-1234-567' is not a phone number: a mobile has 11 digits (phone_plan cn)" \
		on 09:40 next-agent --referred-by '１３８－１２３４－５６７'
	run cols floor.csv $ROWS
	assert_output "A02,receive,returning,13812345678,0,
A02,done,,,,1
A02,receive,returning,13812345678,0,"
}

@test "full-width and lower-case arguments: --move ａ０３ --to １ moves A03; the --note in full-width is kept as typed (SPEC 2 input as a Chinese desk types it; 条例 4)" {
	morning
	says "A03 张敏 moved to position 1 by the manager (条例 4): 客户指定　Ａ０３ (row 1)" \
		09:00 next-agent --move ａ０３ --to １ --note '客户指定　Ａ０３'
	run cols floor.csv $ROWS
	assert_output "A03,move,to 1: 客户指定　Ａ０３,,,"
	run on 09:01 next-agent --queue
	assert_output "$HEADER
1,A03,张敏,idle,08:25,0,0,0
2,A01,王伟,idle,08:10,0,0,0
3,A02,李娜,idle,08:20,0,0,0"
}
