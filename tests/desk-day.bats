# A whole showroom day at the front desk, 2026-11-17 (Tuesday), SPEC 3 "sign-in" and
# "next-agent", SPEC 5.1 and seed 000 第二部分 四 (接待顺序, 条例 1-16).
#
# Every expected agent below was worked out by hand from the rules, before the tool ran:
# the comments keep the line after each event as  AGENT(k,t)STATE[flags]  in line order,
# lower key first.  States: I idle, B busy, O out, Br break, gone.  Flags: s = skipped
# (a make-up on return: k = max(k, m-1)), sb = skipped while on a break (no make-up:
# k = max(k, m)), mk = holds a make-up place (k < m after rejoining).  m is the smallest
# k among the OTHER agents present (busy and away count, signed-off agents do not).
load test_helper

D=2026-11-17

# claim HH:MM 'A03 张敏' 'WHY' [next-agent args]: the receive and the whole sentence,
# which names the floor.csv row it wrote: the book's last (SPEC 2).
claim() {
	local when=$1 who=$2 why=$3
	shift 3
	run --separate-stderr at "$D $when" next-agent --claim "$@"
	assert_success
	assert_output --partial "$who receives the customer — "
	[ -z "$why" ] || assert_output "$who receives the customer — $why (row $(last_seq floor.csv))"
}

# free HH:MM 'A03 张敏' 'REST' [args]: --done and its sentence after the minutes, and
# the floor.csv row it wrote (SPEC 2).
free() {
	local when=$1 who=$2 rest=$3
	shift 3
	run --separate-stderr at "$D $when" next-agent --done "${who%% *}" "$@"
	assert_success
	assert_output --regexp "^$who is free at $when after [0-9]+ min with the customer$rest \\(row $(last_seq floor.csv)\\)\$"
}

sign() {
	run --separate-stderr at "$D $1" sign-in "${@:2}"
	assert_success
}

queue_is() {
	run --separate-stderr at "$D $1" next-agent --queue
	assert_success
	assert_output "$2"
}

MAKEUP='; skipped while away or busy: a make-up place at the end of those not yet served \(补接一次, 条例 1\)'

@test "a whole day on the floor: sign-ins, 26 rotation turns, errand, lunch break, returning, duty, named, courier, manager move, early leave (SPEC 5.1, seed 000 四.13-14, 条例 1-16)" {
	# Registered customers (SPEC 5.2): 13800000001 is A06's, 13900000002 is A01's,
	# both registered within the 20 days.
	visit '2026-11-10 15:00' 13800000001 A06 A06
	visit '2026-11-08 10:00' 13900000002 A01 A01

	# --- the morning sign-ins: k = m (0 for the first), t = sign-in time ----------------
	sign 08:10 A03		# E1  A03(0,08:10)I
	sign 08:18 A01		# E2  A03(0,08:10)I A01(0,08:18)I
	sign 08:22 A05		# E3  ... A05(0,08:22)I
	sign 08:25 A02		# E4  ... A02(0,08:25)I
	sign 08:29 A06		# E5  A03(0,08:10)I A01(0,08:18)I A05(0,08:22)I A02(0,08:25)I A06(0,08:29)I

	# E6  first walk-in: first idle in line
	claim 08:40 'A03 张敏' 'next in line (round 1)'
	# A01(0,08:18)I A05(0,08:22)I A02(0,08:25)I A06(0,08:29)I A03(1,08:40)B
	claim 08:46 'A01 王伟' 'next in line (round 1)'		# E7
	# A05(0,08:22)I A02(0,08:25)I A06(0,08:29)I A03(1,08:40)B A01(1,08:46)B

	# E8  A05 goes to the bank for the company (公派, out)
	sign 08:52 --out A05 --note 银行办按揭
	# A05(0,08:22)O A02(0,08:25)I A06(0,08:29)I A03(1,08:40)B A01(1,08:46)B

	# E9  A05 stands first but is out: skipped
	claim 08:55 'A02 李娜' 'next in line (round 1); skipped A05 (out since 08:52)'
	# A05(0,08:22)O[s] A06(0,08:29)I A03(1,08:40)B A01(1,08:46)B A02(1,08:55)B

	# E10 A03 was never skipped (E7 and E9 chose keys before hers): keeps (1,08:40)
	free 09:00 'A03 张敏' '; now 3rd in line'
	# A05(0,08:22)O[s] A06(0,08:29)I A03(1,08:40)I A01(1,08:46)B A02(1,08:55)B

	# E11 A04 is late (work starts 08:30): k = m = 0 (A05, away, counts), t = 09:05:
	# the end of the current round, after A06
	sign 09:05 A04
	assert_output 'A04 刘洋 signed in at 09:05, 6th today; late 35 min (1st late this month) (row 7)'
	# A05(0,08:22)O[s] A06(0,08:29)I A04(0,09:05)I A03(1,08:40)I A01(1,08:46)B A02(1,08:55)B

	claim 09:12 'A06 杨帆' 'next in line (round 1); skipped A05 (out since 08:52)'	# E12
	# A05(0,08:22)O[s] A04(0,09:05)I A03(1,08:40)I A01(1,08:46)B A02(1,08:55)B A06(1,09:12)B
	claim 09:20 'A04 刘洋' 'next in line (round 1); skipped A05 (out since 08:52)'	# E13
	# A05(0,08:22)O[s] A03(1,08:40)I A01(1,08:46)B A02(1,08:55)B A06(1,09:12)B A04(1,09:20)B

	# E14 A01 not skipped (every choice since 08:46 had a lower key): keeps (1,08:46)
	free 09:25 'A01 王伟' '; now 3rd in line'
	# A05(0,08:22)O[s] A03(1,08:40)I A01(1,08:46)I A02(1,08:55)B A06(1,09:12)B A04(1,09:20)B

	claim 09:30 'A03 张敏' 'next in line (round 2); skipped A05 (out since 08:52)'	# E15
	# A05(0,08:22)O[s] A01(1,08:46)I A02(1,08:55)B A06(1,09:12)B A04(1,09:20)B A03(2,09:30)B

	# E16 A05 back from the errand, skipped while out: k = max(0, m-1) = max(0, 1-1) = 0,
	# t = 09:35; 0 < m: a make-up place (补接一次)
	sign 09:35 --back A05
	# A05(0,09:35)I[mk] A01(1,08:46)I A02(1,08:55)B A06(1,09:12)B A04(1,09:20)B A03(2,09:30)B

	# checkpoint 1
	queue_is 09:36 'position,agent,name,state,since,receptions,counted,makeup
1,A05,陈静,idle,09:35,0,0,1
2,A01,王伟,idle,09:25,1,1,0
3,A02,李娜,busy,08:55,1,1,0
4,A06,杨帆,busy,09:12,1,1,0
5,A04,刘洋,busy,09:20,1,1,0
6,A03,张敏,busy,09:30,2,2,0'

	# E17 the make-up turn: A05 k 0 -> 1, t = 09:40
	claim 09:40 'A05 陈静' 'next in line (round 1), a make-up turn (补接)'
	# A01(1,08:46)I A02(1,08:55)B A06(1,09:12)B A04(1,09:20)B A05(1,09:40)B A03(2,09:30)B

	# E18, E19 neither was skipped (E12 A06(0), E13 A04(0), E15 A03(1,08:40), E17 A05(0)
	# all stood before them): keep their keys
	free 09:45 'A02 李娜' '; now 2nd in line'
	free 09:50 'A06 杨帆' '; now 3rd in line'
	# A01(1,08:46)I A02(1,08:55)I A06(1,09:12)I A04(1,09:20)B A05(1,09:40)B A03(2,09:30)B

	# E20 A06's own customer comes back and A06 is free: A06, not counted, key unchanged
	claim 09:55 'A06 杨帆' 'returning customer 138****0001 of A06 (valid until 2026-11-30): the owner receives, not counted, keeps the place in line (四.14)' --customer 13800000001
	# A01(1,08:46)I A02(1,08:55)I A06(1,09:12)B A04(1,09:20)B A05(1,09:40)B A03(2,09:30)B

	claim 10:00 'A01 王伟' 'next in line (round 2)'		# E21
	claim 10:05 'A02 李娜' 'next in line (round 2)'		# E22
	# A06(1,09:12)B A04(1,09:20)B A05(1,09:40)B A03(2,09:30)B A01(2,10:00)B A02(2,10:05)B

	# E23 A03 not skipped (E17 A05(0), E21 A01(1), E22 A02(1) before her)
	free 10:10 'A03 张敏' '; now 4th in line'
	# A06(1,09:12)B A04(1,09:20)B A05(1,09:40)B A03(2,09:30)I A01(2,10:00)B A02(2,10:05)B

	# E24 the three busy agents in front of A03 are skipped (A06 busy with a returning
	# customer keeps round 1)
	claim 10:15 'A03 张敏' 'next in line (round 3); skipped A06 (busy since 09:55), A04 (busy since 09:20), A05 (busy since 09:40)'
	# A06(1,09:12)B[s] A04(1,09:20)B[s] A05(1,09:40)B[s] A01(2,10:00)B A02(2,10:05)B A03(3,10:15)B

	# E25 A04 skipped: k = max(1, m-1), m = 1 (A06, A05) -> (1,10:20); 1 = m: no make-up
	free 10:20 'A04 刘洋' '; now 3rd in line'
	# A06(1,09:12)B[s] A05(1,09:40)B[s] A04(1,10:20)I A01(2,10:00)B A02(2,10:05)B A03(3,10:15)B
	# E26 A06 skipped: m = 1 (A05, A04) -> (1,10:25)
	free 10:25 'A06 杨帆' '; now 3rd in line'
	# A05(1,09:40)B[s] A04(1,10:20)I A06(1,10:25)I A01(2,10:00)B A02(2,10:05)B A03(3,10:15)B

	# E27 A01's customer comes back while A01 is busy: the duty agent, the LAST idle in
	# line = A06 (A04 stands before), not counted, key unchanged
	claim 10:30 'A06 杨帆' 'returning customer 139****0002 of A01 (valid until 2026-11-28): duty agent (义务接待, 四.14): A01 王伟 is busy since 10:00; not counted, keeps the place in line (条例 3, 9)' --customer 13900000002
	# A05(1,09:40)B[s] A04(1,10:20)I A06(1,10:25)B A01(2,10:00)B A02(2,10:05)B A03(3,10:15)B

	claim 10:35 'A04 刘洋' 'next in line (round 2); skipped A05 (busy since 09:40)'	# E28
	# A05(1,09:40)B[s] A06(1,10:25)B A01(2,10:00)B A02(2,10:05)B A04(2,10:35)B A03(3,10:15)B

	# E29 A05 skipped: m = 1 (A06) -> (1,10:40), no make-up place
	free 10:40 'A05 陈静' '; now 2nd in line'
	# A06(1,10:25)B A05(1,10:40)I A01(2,10:00)B A02(2,10:05)B A04(2,10:35)B A03(3,10:15)B
	# E30 A02 not skipped (E24 A03(2,09:30), E28 A04(1) before her)
	free 10:45 'A02 李娜' '; now 4th in line'
	# A06(1,10:25)B A05(1,10:40)I A01(2,10:00)B A02(2,10:05)I A04(2,10:35)B A03(3,10:15)B

	# E31 a customer asks for 李娜: counted, k += 1, t = now, out of turn, no skips
	claim 10:50 'A02 李娜' 'named by the customer: out of turn, counted (条例 16)' --named A02
	# A06(1,10:25)B A05(1,10:40)I A01(2,10:00)B A04(2,10:35)B A03(3,10:15)B A02(3,10:50)B

	claim 10:55 'A05 陈静' 'next in line (round 2); skipped A06 (busy since 10:30)'	# E32
	# A06(1,10:25)B[s] A01(2,10:00)B A04(2,10:35)B A05(2,10:55)B A03(3,10:15)B A02(3,10:50)B

	# E33 A06 skipped: k = max(1, m-1), m = 2 -> (1,11:00); 1 < 2: a make-up place
	free 11:00 'A06 杨帆' "; now 1st in line$MAKEUP"
	# E34 A01 not skipped (E24 A03(2,09:30), E28, E32 before him)
	free 11:05 'A01 王伟' '; now 2nd in line'
	# A06(1,11:00)I[mk] A01(2,10:00)I A04(2,10:35)B A05(2,10:55)B A03(3,10:15)B A02(3,10:50)B

	# checkpoint 2
	queue_is 11:06 'position,agent,name,state,since,receptions,counted,makeup
1,A06,杨帆,idle,11:00,3,1,1
2,A01,王伟,idle,11:05,2,2,0
3,A04,刘洋,busy,10:35,2,2,0
4,A05,陈静,busy,10:55,2,2,0
5,A03,张敏,busy,10:15,3,3,0
6,A02,李娜,busy,10:50,3,3,0'

	claim 11:10 'A06 杨帆' 'next in line (round 2), a make-up turn (补接)'	# E35
	claim 11:15 'A01 王伟' 'next in line (round 3)'				# E36
	# A04(2,10:35)B A05(2,10:55)B A06(2,11:10)B A03(3,10:15)B A02(3,10:50)B A01(3,11:15)B

	# E37 A03 not skipped
	free 11:20 'A03 张敏' '; now 4th in line'
	# A04(2,10:35)B A05(2,10:55)B A06(2,11:10)B A03(3,10:15)I A02(3,10:50)B A01(3,11:15)B

	# E38 the walk-in is a courier; A03 gets it by rotation, skipping three
	claim 11:25 'A03 张敏' 'next in line (round 4); skipped A04 (busy since 10:35), A05 (busy since 10:55), A06 (busy since 11:10)'
	# A04(2,10:35)B[s] A05(2,10:55)B[s] A06(2,11:10)B[s] A02(3,10:50)B A01(3,11:15)B A03(4,11:25)B

	# E39 no customer: uncounted, A03 back to (3,10:15), the three skips forgiven
	run --separate-stderr at "$D 11:28" next-agent --done A03 --not-customer --note 快递员送件
	assert_success
	assert_output 'A03 张敏: the walk-in received at 11:25 was no customer (快递员送件): not counted, back to the place they had; now 4th in line (row 31)'
	# A04(2,10:35)B A05(2,10:55)B A06(2,11:10)B A03(3,10:15)I A02(3,10:50)B A01(3,11:15)B

	# E40 A04's skip was forgiven: keeps (2,10:35), no make-up
	free 11:30 'A04 刘洋' '; now 1st in line'
	claim 11:35 'A04 刘洋' 'next in line (round 3)'				# E41
	# A05(2,10:55)B A06(2,11:10)B A03(3,10:15)I A02(3,10:50)B A01(3,11:15)B A04(3,11:35)B

	# E42 A05 not skipped (E38 forgiven): keeps (2,10:55)
	free 11:40 'A05 陈静' '; now 1st in line'
	# E43 A05 goes to lunch (轮流吃饭); A06, still with the customer of 11:10, may not
	# (a reception is never interrupted: 条例 3, 6; SPEC 3 sign-in), and nothing is written
	sign 11:42 --break A05
	expect_fail 1 'sign-in: refused: A06 杨帆 is receiving a customer since 11:10 (floor.csv row 27): a break waits until the reception is done (条例 3, 6)' \
	    at "$D 11:43" sign-in --break A06
	# E44 A06 not skipped (E38 forgiven)
	free 11:45 'A06 杨帆' '; now 2nd in line'
	# A05(2,10:55)Br A06(2,11:10)I A03(3,10:15)I A02(3,10:50)B A01(3,11:15)B A04(3,11:35)B

	claim 11:50 'A06 杨帆' 'next in line (round 3); skipped A05 (on a break since 11:42)'	# E45
	claim 11:55 'A03 张敏' 'next in line (round 4); skipped A05 (on a break since 11:42)'	# E46
	# A05(2,10:55)Br[sb] A02(3,10:50)B A01(3,11:15)B A04(3,11:35)B A06(3,11:50)B A03(4,11:55)B

	# checkpoint 3: A05 skipped at lunch holds no make-up; the courier stays among A03's
	# receptions (a reception that stopped counting) but not among the counted ones
	queue_is 11:56 'position,agent,name,state,since,receptions,counted,makeup
1,A05,陈静,away,11:42,2,2,0
2,A02,李娜,busy,10:50,3,3,0
3,A01,王伟,busy,11:15,3,3,0
4,A04,刘洋,busy,11:35,3,3,0
5,A06,杨帆,busy,11:50,5,3,0
6,A03,张敏,busy,11:55,5,4,0'

	# E47 A02 not skipped (E45 A06(2), E46 A03(3,10:15) before her)
	free 12:00 'A02 李娜' '; now 2nd in line'
	# A05(2,10:55)Br[sb] A02(3,10:50)I A01(3,11:15)B A04(3,11:35)B A06(3,11:50)B A03(4,11:55)B

	# E48 back from lunch, skipped on a break: k = max(2, m) = max(2, 3) = 3, t = 12:20:
	# the end of round 3, no make-up (after --out it would have been (2,12:20), first)
	sign 12:20 --back A05
	# A02(3,10:50)I A01(3,11:15)B A04(3,11:35)B A06(3,11:50)B A05(3,12:20)I A03(4,11:55)B

	claim 12:25 'A02 李娜' 'next in line (round 4)'				# E49
	claim 12:30 'A05 陈静' 'next in line (round 4); skipped A01 (busy since 11:15), A04 (busy since 11:35), A06 (busy since 11:50)'	# E50
	# A01(3,11:15)B[s] A04(3,11:35)B[s] A06(3,11:50)B[s] A03(4,11:55)B A02(4,12:25)B A05(4,12:30)B

	# E51 A04 skipped: m = 3 (A01, A06) -> max(3, 2) = 3, t = 12:40, no make-up place
	free 12:40 'A04 刘洋' '; now 3rd in line'
	# E52 A03 not skipped
	free 12:45 'A03 张敏' '; now 4th in line'
	# E53 A01 skipped: m = 3 (A06, A04) -> (3,12:50)
	free 12:50 'A01 王伟' '; now 3rd in line'
	# A06(3,11:50)B[s] A04(3,12:40)I A01(3,12:50)I A03(4,11:55)I A02(4,12:25)B A05(4,12:30)B

	# E54 the manager puts A03 first (条例 4)
	run --separate-stderr at "$D 12:55" next-agent --move A03 --to 1 --note 经理调整
	assert_success
	assert_output 'A03 张敏 moved to position 1 by the manager (条例 4): 经理调整 (row 44)'
	# A03(*)I A06(3,11:50)B[s] A04(3,12:40)I A01(3,12:50)I A02(4,12:25)B A05(4,12:30)B

	# E55 A03 is first: nobody skipped; the move gave her the round of the agent she was
	# put before (A06, round 3), so she is in round 4 and goes to (4,13:00)
	claim 13:00 'A03 张敏' 'next in line (round 4)'
	claim 13:05 'A04 刘洋' 'next in line (round 4); skipped A06 (busy since 11:50)'	# E56
	# A06(3,11:50)B[s] A01(3,12:50)I A02(4,12:25)B A05(4,12:30)B A03(4,13:00)B A04(4,13:05)B

	# E57 A02 not skipped; E58 she leaves early and is out of the line
	free 13:10 'A02 李娜' '; now 3rd in line'
	sign 13:15 --end A02
	# A06(3,11:50)B[s] A01(3,12:50)I A05(4,12:30)B A03(4,13:00)B A04(4,13:05)B; A02 gone

	# checkpoint 4: A06 holds a pending make-up (skipped while busy); A02 listed as gone
	queue_is 13:16 'position,agent,name,state,since,receptions,counted,makeup
1,A06,杨帆,busy,11:50,5,3,1
2,A01,王伟,idle,12:50,3,3,0
3,A05,陈静,busy,12:30,3,3,0
4,A03,张敏,busy,13:00,6,5,0
5,A04,刘洋,busy,13:05,4,4,0
,A02,李娜,gone,13:15,4,4,0'

	# E59 A06 skipped: m = 3 (A01; A02 gone no longer counts) -> max(3, 2) = 3, t = 13:20
	free 13:20 'A06 杨帆' '; now 2nd in line'
	# A01(3,12:50)I A06(3,13:20)I A05(4,12:30)B A03(4,13:00)B A04(4,13:05)B
	claim 13:30 'A01 王伟' 'next in line (round 4)'				# E60
	claim 13:40 'A06 杨帆' 'next in line (round 4)'				# E61
	# A05(4,12:30)B A03(4,13:00)B A04(4,13:05)B A01(4,13:30)B A06(4,13:40)B

	# E62 A04 not skipped
	free 13:45 'A04 刘洋' '; now 3rd in line'
	claim 13:50 'A04 刘洋' 'next in line (round 5); skipped A05 (busy since 12:30), A03 (busy since 13:00)'	# E63
	# A05(4,12:30)B[s] A03(4,13:00)B[s] A01(4,13:30)B A06(4,13:40)B A04(5,13:50)B

	# E64 A05 skipped: m = 4 -> max(4, 3) = 4, t = 14:00
	free 14:00 'A05 陈静' '; now 4th in line'
	# A03(4,13:00)B[s] A01(4,13:30)B A06(4,13:40)B A05(4,14:00)I A04(5,13:50)B
	claim 14:05 'A05 陈静' 'next in line (round 5); skipped A03 (busy since 13:00), A01 (busy since 13:30), A06 (busy since 13:40)'	# E65
	# A03(4,13:00)B[s] A01(4,13:30)B[s] A06(4,13:40)B[s] A04(5,13:50)B A05(5,14:05)B

	# The day's floor book: 54 rows.
	run cols floor.csv agent,event,reason,counted
	assert_output 'A03,receive,rotation,1
A01,receive,rotation,1
A02,receive,rotation,1
A03,done,,
A06,receive,rotation,1
A04,receive,rotation,1
A01,done,,
A03,receive,rotation,1
A05,receive,rotation,1
A02,done,,
A06,done,,
A06,receive,returning,0
A01,receive,rotation,1
A02,receive,rotation,1
A03,done,,
A03,receive,rotation,1
A04,done,,
A06,done,,
A06,receive,duty,0
A04,receive,rotation,1
A05,done,,
A02,done,,
A02,receive,named,1
A05,receive,rotation,1
A06,done,,
A01,done,,
A06,receive,rotation,1
A01,receive,rotation,1
A03,done,,
A03,receive,rotation,1
A03,done,not-customer: 快递员送件,
A04,done,,
A04,receive,rotation,1
A05,done,,
A06,done,,
A06,receive,rotation,1
A03,receive,rotation,1
A02,done,,
A02,receive,rotation,1
A05,receive,rotation,1
A04,done,,
A03,done,,
A01,done,,
A03,move,to 1: 经理调整,
A03,receive,rotation,1
A04,receive,rotation,1
A02,done,,
A06,done,,
A01,receive,rotation,1
A06,receive,rotation,1
A04,done,,
A04,receive,rotation,1
A05,done,,
A05,receive,rotation,1'
	run cols attendance.csv agent,event
	assert_output 'A03,in
A01,in
A05,in
A02,in
A06,in
A05,out
A04,in
A05,back
A05,break
A05,back
A02,end'
	run chain_ok "$FRONTDESK_DATA/floor.csv"
	assert_success
	run chain_ok "$FRONTDESK_DATA/attendance.csv"
	assert_success
}

@test "carry-over: who got no counted customer yesterday lines up after today's first signer, if before the first reception (条例 1, SPEC 5.1)" {
	local y=2026-11-16
	visit '2026-11-10 10:00' 13700000003 A03 A03

	# Monday 2026-11-16
	at "$y 08:20" sign-in A01
	at "$y 08:25" sign-in A02
	at "$y 08:30" sign-in A03
	at "$y 08:35" sign-in A04
	at "$y 08:40" sign-in A07
	# A01(0,08:20) A02(0,08:25) A03(0,08:30) A04(0,08:35) A07(0,08:40), all idle
	run at "$y 09:00" next-agent --claim
	assert_output --partial 'A01 王伟 receives'
	run at "$y 09:05" next-agent --claim
	assert_output --partial 'A02 李娜 receives'
	# A03's own customer: returning, not counted
	run at "$y 09:08" next-agent --claim --customer 13700000003
	assert_output --partial 'A03 张敏 receives'
	# A03(0,08:30)B A04(0,08:35)I A07(0,08:40)I A01(1,09:00)B A02(1,09:05)B
	run at "$y 09:10" next-agent --claim
	assert_output 'A04 刘洋 receives the customer — next in line (round 1); skipped A03 (busy since 09:08) (row 4)'
	# a scout from a competitor (同行来访): A04 uncounted, back to (0,08:35)
	run at "$y 09:15" next-agent --done A04 --not-customer --note 同行来访
	assert_success
	run at "$y 09:30" next-agent --done A03
	assert_success
	run at "$y 10:00" next-agent --done A01
	assert_success
	run at "$y 10:05" next-agent --done A02
	assert_success
	# Counted on Monday: A01 1, A02 1; A03, A04 and A07 none.

	# Tuesday 2026-11-17
	sign 08:10 A05	# first signer: A05(0,08:10)
	sign 08:15 A06	# A05(0,08:10) A06(0,08:15)
	sign 08:20 A04	# carry-over: (0,08:10), after A05 (the earlier row wins the tie)
	sign 08:25 A03	# carry-over: (0,08:10), after A04
	sign 08:28 A01	# counted yesterday: (0,08:28)
	# A05(0,08:10) A04(0,08:10) A03(0,08:10) A06(0,08:15) A01(0,08:28)
	claim 08:40 'A05 陈静' 'next in line (round 1)'
	sign 08:45 A02	# (0,08:45)
	sign 08:50 A07	# no counted customer yesterday, but after today's first reception: (0,08:50)
	# A04(0,08:10) A03(0,08:10) A06(0,08:15) A01(0,08:28) A02(0,08:45) A07(0,08:50) A05(1,08:40)B
	queue_is 08:51 'position,agent,name,state,since,receptions,counted,makeup
1,A04,刘洋,idle,08:20,0,0,0
2,A03,张敏,idle,08:25,0,0,0
3,A06,杨帆,idle,08:15,0,0,0
4,A01,王伟,idle,08:28,0,0,0
5,A02,李娜,idle,08:45,0,0,0
6,A07,赵磊,idle,08:50,0,0,0
7,A05,陈静,busy,08:40,1,1,0'
	claim 08:55 'A04 刘洋' 'next in line (round 1)'
	claim 09:00 'A03 张敏' 'next in line (round 1)'
	claim 09:05 'A06 杨帆' 'next in line (round 1)'
	claim 09:10 'A01 王伟' 'next in line (round 1)'
	run chain_ok "$FRONTDESK_DATA/floor.csv"
	assert_success
}

@test "issue 20 finding 3 across the tools: a sign-in typed at 10:02 for 08:29 is on time but said back-dated at the desk, flagged back-dated:1 in the month's summary and listed in the nightly report; a real 10:02 the next day is late 92 min (SPEC 2, 5.4; seed 000 第二部分 一 处罚办法.2-3)" {
	sed -i -E '/^A04,/!s/,yes,/,no,/' "$FRONTDESK_DATA/agents.csv"	# only A04 is fined
	sign 08:00 A04		# the book begins on the 17th: no absence before it
	sign 18:00 A04 --end
	run --separate-stderr at '2026-11-18 10:02' sign-in --at 08:29 A04
	assert_output "A04 刘洋 signed in at 08:29, 1st today; back-dated 93 min (row 3)"
	run --separate-stderr at '2026-11-18 12:00' attendance-fine --summary
	assert_output "agent,name,late,early,absent_days,desert,leave_days,fines,deductions,total,flags
A04,刘洋,0,0,0,0,0,0.00,0.00,0.00,back-dated:1"
	assert_equal "$stderr" "attendance-fine: back-dated: attendance.csv row 3: in by A04 at 2026-11-18 08:29, recorded at 10:02 by 前台: back-dated 93 min"
	run --separate-stderr at '2026-11-18 21:00' daily-report
	assert_success
	assert_equal "$stderr" "daily-report: back-dated: attendance.csv row 3: in by A04 at 2026-11-18 08:29, recorded at 10:02 by 前台: back-dated 93 min"
	run --separate-stderr at '2026-11-19 10:02' sign-in A04
	assert_output "A04 刘洋 signed in at 10:02, 1st today; late 92 min (1st late this month) (row 4)"
	run --separate-stderr at '2026-11-19 12:00' attendance-fine --summary
	assert_output "agent,name,late,early,absent_days,desert,leave_days,fines,deductions,total,flags
A04,刘洋,1,0,0,0,0,2.00,0.00,2.00,back-dated:1"
}
