# follow-up: the follow-up card and the lost customers (意向客户跟踪卡, 意向客户流失分析表),
# SPEC 3 "follow-up" and 5.6.  One test per rule of 5.6, each naming its clause: the
# cadence by level, the lapse warning, appointments, deposits, 次日分派, callers called
# back or come in, 战败 and its end, a void, a handover; then the refusals, each leaving
# every book byte for byte, the rule keys, the card and the listings.  Registered on 11-02
# means valid through 11-22; follow_days H:2,A:4,B:7,C:15,D:30; lapse_warn_days 3.
load test_helper

DUE=agent,name,phone,customer,level,last_contact,due,expires,why
FU=seq,phone,agent,event,due,reason,note,ref

# reg TIME AGENT PHONE NAME [ARGS...]: a visit from the source 网络, its sentence not checked.
reg() {
	at "$1" register-visit --agent "$2" --phone "$3" --name "$4" --source 网络 "${@:5}" >/dev/null
}
# call TIME AGENT PHONE NAME: a phone inquiry (来电), its sentence not checked.
call() {
	at "$1" register-visit --call --agent "$2" --phone "$3" --name "$4" --source 网络 >/dev/null
}
# due 'YYYY-MM-DD HH:MM' 'ROWS' [ARGS...]: the due list then, exactly (CSV, header first).
due() {
	expect_say "$DUE${2:+
$2}" at "$1" follow-up "${@:3}"
}
# A refusal of follow-up: that code, the one stderr line, nothing written.
refused() { expect_fail "$1" "follow-up: $2" at "$3" follow-up "${@:4}"; }

# --- 5.6: every held customer has one next due contact --------------------------------

@test "cadence by level: due follow_days after the last contact, and a follow-up that changes the level moves the due date (SPEC 5.6; seed 004 篇1 六.1-4 H/A 级客户跟踪方案, 篇7 1.2; SPEC 6 follow_days)" {
	reg '2026-11-02 10:00' A01 13812345678 陈杰 --level B
	due '2026-11-08 09:00' ''
	due '2026-11-09 09:00' 'A01,王伟,138****5678,陈杰,B,2026-11-02,2026-11-09,2026-11-22,cadence'
	at '2026-11-09 11:00' register-visit --follow --agent A01 --phone 13812345678 --level H >/dev/null
	due '2026-11-10 09:00' ''
	due '2026-11-10 09:00' 'A01,王伟,138****5678,陈杰,H,2026-11-09,2026-11-11,2026-11-29,cadence' --within 1
	due '2026-11-12 09:00' 'A01,王伟,138****5678,陈杰,H,2026-11-09,2026-11-11,2026-11-29,cadence'
	# a level the rule gives no days: due by the lapse warning alone
	sed -i 's/^follow_days,.*/follow_days,"H:2,A:4",/' "$FRONTDESK_DATA/rules.csv"
	due '2026-11-12 09:00' 'A01,王伟,138****5678,陈杰,H,2026-11-09,2026-11-11,2026-11-29,cadence'
	at '2026-11-12 10:00' register-visit --follow --agent A01 --phone 13812345678 --level B >/dev/null
	due '2026-11-12 11:00' 'A01,王伟,138****5678,陈杰,B,2026-11-12,2026-11-29,2026-12-02,lapsing' --within 30
}

@test "the lapse warning at exactly lapse_warn_days before the registration's last valid day, for a customer with no level; none once it lapsed (SPEC 5.6; seed 000 条例 13 因跟进工作不足造成客户流失; SPEC 6 lapse_warn_days)" {
	reg '2026-11-01 10:00' A03 13700002222 王五
	due '2026-11-17 09:00' ''
	due '2026-11-18 09:00' 'A03,张敏,137****2222,王五,,2026-11-01,2026-11-18,2026-11-21,lapsing'
	due '2026-11-21 17:00' 'A03,张敏,137****2222,王五,,2026-11-01,2026-11-18,2026-11-21,lapsing'
	due '2026-11-22 09:00' ''
	sed -i 's/^lapse_warn_days,.*/lapse_warn_days,5,/' "$FRONTDESK_DATA/rules.csv"
	due '2026-11-15 09:00' ''
	due '2026-11-16 09:00' 'A03,张敏,137****2222,王五,,2026-11-01,2026-11-16,2026-11-21,lapsing'
	# the earliest wins: D's 30 days fall after the warning
	reg '2026-11-02 10:00' A03 13700003333 孙八 --level D
	due '2026-11-17 09:00' 'A03,张敏,137****2222,王五,,2026-11-01,2026-11-16,2026-11-21,lapsing
A03,张敏,137****3333,孙八,D,2026-11-02,2026-11-17,2026-11-22,lapsing'
}

@test "appointments: --plan makes the day due; a contact after it closes it and a later plan replaces it (SPEC 5.6 an open plan of the owner; seed 004 篇1 六.1 DSM 提醒跟踪计划)" {
	reg '2026-11-02 10:00' A01 13812345678 陈杰 --level C
	expect_say "A01 王伟 plans the next contact with 138****5678 陈杰 on 2026-11-05 (row 1)" \
		at '2026-11-03 09:00' follow-up --plan 13812345678 --agent A01 --next 2026-11-05 --note 约看样板间
	due '2026-11-04 09:00' ''
	due '2026-11-05 09:00' 'A01,王伟,138****5678,陈杰,C,2026-11-02,2026-11-05,2026-11-22,appointment'
	at '2026-11-05 10:00' register-visit --follow --agent A01 --phone 13812345678 >/dev/null
	due '2026-11-05 11:00' 'A01,王伟,138****5678,陈杰,C,2026-11-05,2026-11-20,2026-11-25,cadence' --within 30
	at '2026-11-06 09:00' follow-up --plan 13812345678 --agent 王伟 --next 2026-11-09 >/dev/null
	at '2026-11-06 09:30' follow-up --plan 13812345678 --agent A01 --next 2026-11-12 >/dev/null
	due '2026-11-06 10:00' 'A01,王伟,138****5678,陈杰,C,2026-11-05,2026-11-12,2026-11-25,appointment' --within 30
	run cols followups.csv $FU
	assert_output "1,13812345678,A01,plan,2026-11-05,,约看样板间,
2,13812345678,A01,plan,2026-11-09,,,
3,13812345678,A01,plan,2026-11-12,,,"
	run cols followups.csv seq,time,by
	assert_output "1,2026-11-03T09:00:00+08:00,前台
2,2026-11-06T09:00:00+08:00,前台
3,2026-11-06T09:30:00+08:00,前台"
}

@test "a deposit holds the customer for good: never lapsing, due only by the cadence or a plan (SPEC 5.6; seed 000 五.2; SPEC 5.2 a deposit makes ownership permanent)" {
	reg '2026-11-01 10:00' A02 13900001111 李四
	deposit '2026-11-03 15:00' 13900001111 A02
	due '2026-11-18 09:00' ''
	due '2026-12-30 09:00' ''
	at '2026-11-04 10:00' register-visit --follow --agent A02 --phone 13900001111 --level A >/dev/null
	due '2026-11-08 09:00' 'A02,李娜,139****1111,李四,A,2026-11-04,2026-11-08,,cadence'
	due '2027-01-20 09:00' 'A02,李娜,139****1111,李四,A,2026-11-04,2026-11-08,,cadence'
}

# --- 5.6 次日分派 (004 篇6 三; 002 4S前台 3) -----------------------------------------

# Three callers on 11-02, one who came in after the call, one held by a registration.
callers_day() {
	reg '2026-11-01 10:00' A04 13600000009 周九
	call '2026-11-02 10:00' A03 13600000001 赵一
	call '2026-11-02 10:30' A03 13600000002 赵二
	call '2026-11-02 11:00' A06 13600000001 赵一
	call '2026-11-02 14:00' A03 13600000004 赵四
	call '2026-11-02 15:00' A03 13600000003 赵三
	call '2026-11-02 15:30' A03 13600000009 周九
	reg '2026-11-02 16:00' A01 13600000004 赵四
	at '2026-11-03 08:20' sign-in A02 >/dev/null
	at '2026-11-03 08:25' sign-in A05 >/dev/null
	at '2026-11-03 08:28' sign-in A01 >/dev/null
}

@test "--assign hands the callers of the previous day out one each in sign-in order; the turn goes on the next day after the last assigned agent; run twice, nobody twice (SPEC 5.6 次日分派; seed 004 篇6 三; seed 002 4S前台 3 公平合理地分配)" {
	callers_day
	expect_say "phone,customer,agent,due
136****0001,赵一,A02,2026-11-03
136****0002,赵二,A05,2026-11-03
136****0003,赵三,A01,2026-11-03" at '2026-11-03 09:00' follow-up --assign
	expect_say "phone,customer,agent,due" at '2026-11-03 09:05' follow-up --assign
	run cols followups.csv $FU
	assert_output "1,13600000001,A02,assign,2026-11-03,,,
2,13600000002,A05,assign,2026-11-03,,,
3,13600000003,A01,assign,2026-11-03,,,"
	call '2026-11-03 10:00' A05 13600000005 钱五
	call '2026-11-03 11:00' A05 13600000006 钱六
	call '2026-11-03 12:00' A05 13600000001 赵一
	at '2026-11-04 08:10' sign-in A05 >/dev/null
	at '2026-11-04 08:15' sign-in A01 >/dev/null
	at '2026-11-04 08:20' sign-in A02 >/dev/null
	at '2026-11-04 08:30' sign-in A03 >/dev/null
	at '2026-11-04 08:31' sign-in A04 >/dev/null
	at '2026-11-04 08:40' sign-in --end A02 >/dev/null
	expect_say "phone,customer,agent,due
136****0005,钱五,A03,2026-11-04
136****0006,钱六,A04,2026-11-04" at '2026-11-04 09:00' follow-up --assign
	expect_say "phone,customer,agent,due" at '2026-11-04 09:10' follow-up --assign --date 2026-11-03
	run cols followups.csv $FU
	assert_output "1,13600000001,A02,assign,2026-11-03,,,
2,13600000002,A05,assign,2026-11-03,,,
3,13600000003,A01,assign,2026-11-03,,,
4,13600000005,A03,assign,2026-11-04,,,
5,13600000006,A04,assign,2026-11-04,,,"
}

@test "an assigned caller is due in that agent's list until they call back or the customer comes in; the agent may plan the call back (SPEC 5.6 次日分派; seed 004 篇6 三)" {
	callers_day
	at '2026-11-03 09:00' follow-up --assign >/dev/null
	due '2026-11-03 09:10' 'A01,王伟,136****0003,赵三,,2026-11-02,2026-11-03,,assigned
A02,李娜,136****0001,赵一,,2026-11-02,2026-11-03,,assigned
A05,陈静,136****0002,赵二,,2026-11-02,2026-11-03,,assigned'
	due '2026-11-03 09:10' 'A05,陈静,136****0002,赵二,,2026-11-02,2026-11-03,,assigned' --agent 陈静
	at '2026-11-03 10:00' register-visit --call --agent A02 --phone 13600000001 --source 网络 >/dev/null
	reg '2026-11-03 10:30' A04 13600000002 赵二
	expect_say "A01 王伟 plans the next contact with 136****0003 赵三 on 2026-11-06 (row 4)" \
		at '2026-11-03 11:00' follow-up --plan 13600000003 --agent A01 --next 2026-11-06
	due '2026-11-03 12:00' ''
	due '2026-11-06 09:00' 'A01,王伟,136****0003,赵三,,2026-11-02,2026-11-06,,appointment'
	at '2026-11-06 10:00' register-visit --call --agent A01 --phone 13600000003 --source 网络 >/dev/null
	due '2026-11-06 11:00' ''
}

@test "an assigned caller called back with register-visit --follow by that agent: a follow row that owns nothing, and the caller leaves the list; another agent's follow-up is refused; a call-back in the minute of the hand-out counts; a plan made with it is due on its day (SPEC 5.6 --call or --follow; seed 004 篇6 三; seed 000 四.6, 四.7)" {
	callers_day
	at '2026-11-03 09:00' follow-up --assign >/dev/null
	expect_fail 1 "register-visit: refused: 136****0003 has no valid registration: only the owner's follow-up renews a registration (四.7, 条例 13)" \
		at '2026-11-03 09:30' register-visit --follow --agent A02 --phone 13600000003
	expect_say "follow-up of 136****0003 by A01 recorded: a caller handed out is called back, and owns nothing until they visit (次日分派, 四.6) (row 9)
next contact planned for 2026-11-05 in followups.csv (row 4)" \
		at '2026-11-03 09:30' register-visit --follow --agent A01 --phone 13600000003 --note 约周六看房 --next 2026-11-05
	run cols visits.csv seq,kind,phone,agent,status,owner,note
	assert_line --index 8 '9,follow,13600000003,A01,unregistered,,约周六看房'
	at '2026-11-03 09:00' register-visit --call --agent A02 --phone 13600000001 --source 网络 >/dev/null
	due '2026-11-03 09:40' 'A05,陈静,136****0002,赵二,,2026-11-02,2026-11-03,,assigned'
	# the plan made with the call-back is due on its day, until the next contact
	due '2026-11-05 09:00' 'A01,王伟,136****0003,赵三,,2026-11-02,2026-11-05,,appointment' --agent A01
	at '2026-11-05 10:00' register-visit --call --agent A01 --phone 13600000003 --source 网络 >/dev/null
	due '2026-11-05 11:00' '' --agent A01
}

# --- 5.6 战败 (004 篇1 一.6-8) ------------------------------------------------------

@test "--lost by the owner ends the customer's due contacts with its reason and competitor; a later visit reopens them; a void of the 战败 does too (SPEC 5.6 战败; seed 004 篇1 一.6-8)" {
	reg '2026-11-02 10:00' A01 13812345678 陈杰 --level H
	due '2026-11-04 09:00' 'A01,王伟,138****5678,陈杰,H,2026-11-02,2026-11-04,2026-11-22,cadence'
	expect_say "138****5678 陈杰 of A01 王伟 recorded lost (竞品): no follow-up is due until they come again (row 1)" \
		at '2026-11-04 09:30' follow-up --lost 13812345678 --agent A01 --reason 竞品 --competitor 碧桂园 --note 嫌远
	due '2026-11-04 10:00' ''
	due '2026-11-20 10:00' ''
	run cols followups.csv $FU
	assert_output '1,13812345678,A01,lost,,竞品,competitor: 碧桂园; 嫌远,'
	reg '2026-11-06 10:00' A01 13812345678 陈杰
	due '2026-11-08 09:00' 'A01,王伟,138****5678,陈杰,H,2026-11-06,2026-11-08,2026-11-26,cadence'
	at '2026-11-08 10:00' follow-up --lost 13812345678 --agent A01 --reason 价格 >/dev/null
	due '2026-11-08 11:00' ''
	expect_say "voided row 2 of followups.csv (A01 王伟 lost 138****5678 on 2026-11-08 at 10:00): 录错了 (row 3)" \
		at '2026-11-08 11:00' follow-up --void 2 --note 录错了
	due '2026-11-08 11:00' 'A01,王伟,138****5678,陈杰,H,2026-11-06,2026-11-08,2026-11-26,cadence'
	run cols followups.csv $FU
	assert_output '1,13812345678,A01,lost,,竞品,competitor: 碧桂园; 嫌远,
2,13812345678,A01,lost,,价格,,
3,13812345678,A01,void,,,录错了,2'
}

@test "a voided assignment is handed out again, and the turn is rebuilt from the rows that stand (SPEC 5.6 次日分派; SPEC 1 void)" {
	callers_day
	at '2026-11-03 09:00' follow-up --assign >/dev/null
	at '2026-11-03 09:05' follow-up --void 3 --note 漏了 >/dev/null
	expect_say "phone,customer,agent,due
136****0003,赵三,A01,2026-11-03" at '2026-11-03 09:10' follow-up --assign
}

@test "a handover gives the due contacts to the new owner, who alone may plan them (SPEC 5.2 handover; SPEC 5.6; seed 000 条例 14)" {
	reg '2026-11-02 10:00' A01 13812345678 陈杰 --level A
	at '2026-11-03 10:00' register-visit --handover A01 --to A03 --note 调岗 >/dev/null
	due '2026-11-06 09:00' 'A03,张敏,138****5678,陈杰,A,2026-11-02,2026-11-06,2026-11-22,cadence'
	refused 1 "refused: 138****5678 is registered to A03 张敏 until 2026-11-22: only the owner follows the customer up (自己跟踪自己的客户, 四.7)" \
		'2026-11-06 10:00' --plan 13812345678 --agent A01 --next 2026-11-08
	at '2026-11-06 10:00' follow-up --plan 13812345678 --agent A03 --next 2026-11-08 >/dev/null
	due '2026-11-08 09:00' 'A03,张敏,138****5678,陈杰,A,2026-11-02,2026-11-06,2026-11-22,cadence'
}

@test "a registration voided: its customer leaves the due list, and the new registration is due for its new owner (SPEC 5.2 a voided row counts for nothing; SPEC 5.6)" {
	reg '2026-11-02 10:00' A01 13812345678 陈杰 --level H
	at '2026-11-02 10:30' register-visit --void 1 --note 登记错了顾问 >/dev/null
	due '2026-11-04 09:00' ''
	reg '2026-11-02 11:00' A02 13812345678 陈杰 --level H
	due '2026-11-04 09:00' 'A02,李娜,138****5678,陈杰,H,2026-11-02,2026-11-04,2026-11-22,cadence'
}

# --- refusals: exit code, one line, every book unchanged ----------------------------

@test "refusals: only the owner plans or closes a customer, an assigned caller is its agent's, a 战败 once; each exit 1 with every book byte for byte (SPEC 5.6; SPEC 2 a refused command has written nothing)" {
	reg '2026-11-02 10:00' A01 13812345678 陈杰
	deposit '2026-11-02 15:00' 13812345678 A01
	reg '2026-11-02 10:00' A01 13812340000 林芳
	callers_day
	at '2026-11-03 09:00' follow-up --assign >/dev/null
	refused 1 "refused: 138****0000 is registered to A01 王伟 until 2026-11-22: only the owner follows the customer up (自己跟踪自己的客户, 四.7)" \
		'2026-11-03 10:00' --plan 13812340000 --agent A02 --next 2026-11-05
	refused 1 "refused: 138****5678 is held by a deposit of A01 王伟: only the owner follows the customer up (自己跟踪自己的客户, 四.7)" \
		'2026-11-03 10:00' --lost 13812345678 --agent A02 --reason 价格
	refused 1 "refused: nobody holds 139****0000, so A01 王伟 cannot follow it up: register the visit first (自己跟踪自己的客户, 四.7)" \
		'2026-11-03 10:00' --plan 13900000000 --agent A01 --next 2026-11-05
	refused 1 "refused: the caller 136****0001 was handed to A02 李娜: only that agent calls back (次日分派)" \
		'2026-11-03 10:00' --plan 13600000001 --agent A05 --next 2026-11-05
	refused 1 "refused: nobody holds 136****0001, so A02 李娜 cannot follow it up: register the visit first (自己跟踪自己的客户, 四.7)" \
		'2026-11-03 10:00' --lost 13600000001 --agent A02 --reason 价格
	refused 1 "refused: agent A08 黄丽华 is not active (agents.csv)" \
		'2026-11-03 10:00' --plan 13812345678 --agent A08 --next 2026-11-05
	at '2026-11-03 10:00' follow-up --lost 13812340000 --agent A01 --reason 无意向 >/dev/null
	refused 1 "refused: 138****0000 was recorded lost on 2026-11-03 (row 4) and has not come again since (战败)" \
		'2026-11-03 11:00' --lost 13812340000 --agent A01 --reason 价格
	at '2026-11-03 11:00' follow-up --void 4 --note 错 >/dev/null
	refused 1 "refused: row 4 is voided already: a void is final (record it again instead)" \
		'2026-11-03 11:00' --void 4 --note x
	refused 1 "refused: row 5 is a void: a void is final (record it again instead)" \
		'2026-11-03 11:00' --void 5 --note x
}

@test "--assign with callers to hand out and nobody on the floor: exit 1, nothing written; with none to hand out, an empty list (SPEC 5.6 次日分派: the agents signed in now)" {
	call '2026-11-02 10:00' A03 13600000001 赵一
	refused 1 "refused: nobody is signed in on the floor to hand the callers to (次日分派)" \
		'2026-11-03 09:00' --assign
	expect_say "phone,customer,agent,due" at '2026-11-03 09:00' follow-up --assign --date 2026-11-01
	assert_file_not_exists "$FRONTDESK_DATA/followups.csv"
}

@test "bad values: exit 65 with the one line, nothing written (SPEC 2; SPEC 3 follow-up; SPEC 6 lost_reasons)" {
	reg '2026-11-02 10:00' A01 13812345678 陈杰
	refused 65 "--reason '贵' is not one of rule lost_reasons: 价格, 竞品, 位置, 户型, 资金, 贷款, 已购他处, 无意向, 其他" \
		'2026-11-03 10:00' --lost 13812345678 --agent A01 --reason 贵
	refused 65 "--next 2026-11-02 is before today: a plan is for a day to come" \
		'2026-11-03 10:00' --plan 13812345678 --agent A01 --next 2026-11-02
	refused 65 "--next takes a date YYYY-MM-DD, not '11月5日'" \
		'2026-11-03 10:00' --plan 13812345678 --agent A01 --next 11月5日
	refused 65 "--date takes a date YYYY-MM-DD, not 'today'" '2026-11-03 10:00' --date today
	refused 65 "'1381234' is not a phone number: a mobile has 11 digits (phone_plan cn)" \
		'2026-11-03 10:00' --plan 1381234 --agent A01 --next 2026-11-05
	refused 65 "followups.csv has no row 9" '2026-11-03 10:00' --void 9 --note x
	refused 65 "--note holds a line break: a row is one line" \
		'2026-11-03 10:00' --plan 13812345678 --agent A01 --next 2026-11-05 --note "$(printf 'a\nb')"
}

@test "usage errors: exit 64, the usage named, nothing written (SPEC 2; SPEC 3 follow-up)" {
	refused 64 "--plan needs --agent (follow-up -h shows the usage)" '2026-11-03 10:00' --plan 13812345678 --next 2026-11-05
	refused 64 "--plan needs --next (follow-up -h shows the usage)" '2026-11-03 10:00' --plan 13812345678 --agent A01
	refused 64 "--lost needs --reason (follow-up -h shows the usage)" '2026-11-03 10:00' --lost 13812345678 --agent A01
	refused 64 "--void needs --note (follow-up -h shows the usage)" '2026-11-03 10:00' --void 1
	refused 64 "--within takes a number of days from 0 to 366, not 'x' (follow-up -h shows the usage)" '2026-11-03 10:00' --within x
	refused 64 "--within takes a number of days from 0 to 366, not '400' (follow-up -h shows the usage)" '2026-11-03 10:00' --within 400
	refused 64 "one of --plan, --lost, --void, --assign, --card, --summary and --analysis at a time (follow-up -h shows the usage)" '2026-11-03 10:00' --assign --card 13812345678
	run -0 follow-up -h
	assert_line --index 0 "usage: follow-up [-d dir] [--agent agent] [--date day] [--within n] [--full]"
}


# --- the rule keys (SPEC 6) --------------------------------------------------------

@test "rules follow_days, lapse_warn_days and lost_reasons: read from rules.csv; a level follow_days names must be one of rule levels; bad values exit 65 at their line (SPEC 6; SPEC 1 rules.csv)" {
	reg '2026-11-02 10:00' A01 13812345678 陈杰 --level H
	sed -i 's/^follow_days,.*/follow_days,"H:1,A:4",/; s/^lost_reasons,.*/lost_reasons,"太贵,其他",/' \
		"$FRONTDESK_DATA/rules.csv"
	due '2026-11-03 09:00' 'A01,王伟,138****5678,陈杰,H,2026-11-02,2026-11-03,2026-11-22,cadence'
	refused 65 "--reason '价格' is not one of rule lost_reasons: 太贵, 其他" \
		'2026-11-03 10:00' --lost 13812345678 --agent A01 --reason 价格
	line=$(grep -n '^follow_days,' "$FRONTDESK_DATA/rules.csv" | cut -d: -f1)
	sed -i 's/^follow_days,.*/follow_days,"H:1,X:4",/' "$FRONTDESK_DATA/rules.csv"
	refused 65 "rules.csv:$line: follow_days names level 'X', not one of rule levels" '2026-11-03 10:00'
	sed -i 's/^follow_days,.*/follow_days,H2,/' "$FRONTDESK_DATA/rules.csv"
	refused 65 "rules.csv:$line: follow_days is a list of level:days separated by commas, like H:2,A:4, not 'H2'" '2026-11-03 10:00'
	sed -i 's/^follow_days,.*/follow_days,"H:1,H:2",/' "$FRONTDESK_DATA/rules.csv"
	refused 65 "rules.csv:$line: follow_days is a list of level:days separated by commas, like H:2,A:4, not 'H:1,H:2'" '2026-11-03 10:00'
	sed -i 's/^follow_days,.*/follow_days,"H:2",/; s/^lapse_warn_days,.*/lapse_warn_days,three,/' "$FRONTDESK_DATA/rules.csv"
	line=$(grep -n '^lapse_warn_days,' "$FRONTDESK_DATA/rules.csv" | cut -d: -f1)
	refused 65 "rules.csv:$line: lapse_warn_days is a whole number from 0 to 10000, not 'three'" '2026-11-03 10:00'
}

@test "rule levels changed and follow_days not given: the default's letters no longer listed are passed over, the customer is due by the lapse warning (SPEC 6 follow_days, levels)" {
	sed -i 's/^levels,.*/levels,"甲,乙",/; /^follow_days,/d' "$FRONTDESK_DATA/rules.csv"
	reg '2026-11-02 10:00' A01 13812345678 陈杰 --level 甲
	due '2026-11-19 09:00' 'A01,王伟,138****5678,陈杰,甲,2026-11-02,2026-11-19,2026-11-22,lapsing'
}

# --- the card, the listings ----------------------------------------------------------

@test "--card: every row of every book about the customer and the household, oldest first, then the owner, level and next contact; phones masked unless --full (SPEC 3 follow-up --card; seed 001 意向客户跟踪卡)" {
	reg '2026-11-02 10:00' A01 13812345678 陈杰 --level B
	reg '2026-11-02 10:10' A01 13912345678 林芳 --household 13812345678
	at '2026-11-03 09:00' follow-up --plan 13912345678 --agent A01 --next 2026-11-05 >/dev/null
	at '2026-11-04 10:00' register-visit --follow --agent A01 --phone 13812345678 --level A >/dev/null
	deposit '2026-11-04 11:00' 13812345678 A01
	run -0 --separate-stderr at '2026-11-04 12:00' follow-up --card 13912345678
	assert_output "time,book,seq,event,agent,detail
2026-11-02T10:00:00+08:00,visits.csv,1,visit,A01,phone=138****5678 name=陈杰 level=B source=网络 status=new owner=A01
2026-11-02T10:10:00+08:00,visits.csv,2,visit,A01,phone=139****5678 name=林芳 household=138****5678 source=网络 status=returning owner=A01
2026-11-03T09:00:00+08:00,followups.csv,1,plan,A01,phone=139****5678 due=2026-11-05
2026-11-04T10:00:00+08:00,visits.csv,3,follow,A01,phone=138****5678 level=A status=returning owner=A01
2026-11-04T11:00:00+08:00,deals.csv,1,deposit,A01,deal=$(cut -d, -f4 "$FRONTDESK_DATA/deals.csv" | tail -n 1) phone=138****5678 amount=20000.00"
	assert_equal "$stderr" "owner: A01 王伟, held by a deposit
level: A
next contact: 2026-11-08 by A01 (cadence)"
	run -0 --separate-stderr at '2026-11-04 12:00' follow-up --card 13812345678 --table --full
	assert_line --index 1 "2026-11-02T10:00:00+08:00  visits.csv     1    visit    A01    phone=13812345678 name=陈杰 level=B source=网络 status=new owner=A01"
	assert_line --index 6 "owner: A01 王伟, held by a deposit"
	assert_output --partial $'amount=20000.00\n\nowner: A01'
	assert_equal "$stderr" ""
	run -0 --separate-stderr at '2026-11-04 12:00' follow-up --card 13700000000
	assert_output "time,book,seq,event,agent,detail"
	assert_equal "$stderr" "owner: nobody
level: none
next contact: none"
}

@test "the due list: --table aligned with CJK counted double, --excel with a BOM and CRLF, --encoding gbk, --full whole phones; an inactive agent's customers stay on it (SPEC 2 listings; SPEC 5.2 an inactive agent keeps what they held)" {
	reg '2026-11-02 10:00' A01 13812345678 陈杰 --level H
	sed -i 's/^A01,王伟,\(.*\),yes,$/A01,王伟,\1,no,/' "$FRONTDESK_DATA/agents.csv"
	run -0 --separate-stderr at '2026-11-04 09:00' follow-up --table
	assert_output "agent  name  phone        customer  level  last_contact  due         expires     why
A01    王伟  138****5678  陈杰      H      2026-11-02    2026-11-04  2026-11-22  cadence"
	due '2026-11-04 09:00' 'A01,王伟,13812345678,陈杰,H,2026-11-02,2026-11-04,2026-11-22,cadence' --full --agent A01
	run -0 --separate-stderr at '2026-11-04 09:00' follow-up --excel
	assert_output --partial $'\xef\xbb\xbfagent,name,phone,customer,level,last_contact,due,expires,why\r'
	at '2026-11-04 09:00' follow-up --encoding gbk > "$BATS_TEST_TMPDIR/gbk.csv"
	run iconv -f GB18030 -t UTF-8 "$BATS_TEST_TMPDIR/gbk.csv"
	assert_output "$DUE
A01,王伟,138****5678,陈杰,H,2026-11-02,2026-11-04,2026-11-22,cadence"
}

@test "followups.csv is a journal like the others: chained, verify-journal checks it, and a row edited after it was written breaks its chain (SPEC 1)" {
	reg '2026-11-02 10:00' A01 13812345678 陈杰 --level H
	at '2026-11-03 09:00' follow-up --plan 13812345678 --agent A01 --next 2026-11-05 >/dev/null
	at '2026-11-03 09:10' follow-up --lost 13812345678 --agent A01 --reason 价格 >/dev/null
	run chain_ok "$FRONTDESK_DATA/followups.csv"
	assert_success
	run -0 verify-journal followups.csv
	sed -i '2s/2026-11-05/2026-11-06/' "$FRONTDESK_DATA/followups.csv"
	run -65 verify-journal followups.csv
}

# --- the 流失分析表 (001 意向客户流失分析表; 000 条例 13) ------------------------------

# Four customers: two lapse in November (registered 10-20 and 10-25), two are lost.
lost_month() {
	reg '2026-10-20 10:00' A01 13800000001 甲 --level H
	at '2026-10-25 10:00' register-visit --agent A02 --phone 13800000002 --name 乙 --source 亲友 --level C >/dev/null
	at '2026-11-02 10:00' register-visit --agent A03 --phone 13800000003 --name 丙 --source 路过 --level A >/dev/null
	at '2026-11-03 10:00' follow-up --lost 13800000003 --agent A03 --reason 价格 >/dev/null
	reg '2026-11-04 10:00' A01 13800000004 丁 --level B
	at '2026-11-05 10:00' follow-up --lost 13800000004 --agent A01 --reason 竞品 --competitor 万科 >/dev/null
}

@test "lapsed is counted for its owner in the month it lapsed: registered 10-20, valid through 11-09, lapsed on 11-10; a customer lost first is counted lost, not lapsed (SPEC 5.6 流失; seed 000 条例 13 因跟进工作不足造成客户流失)" {
	lost_month
	expect_say "key,lost,lapsed,share
A01,1,0,50.0
A02,0,0,0.0
A03,1,0,50.0
A04,0,0,0.0
A05,0,0,0.0
A06,0,0,0.0
A07,0,0,0.0" at '2026-11-09 20:00' follow-up --analysis --by agent
	expect_say "key,lost,lapsed,share
A01,1,1,66.7
A02,0,0,0.0
A03,1,0,33.3
A04,0,0,0.0
A05,0,0,0.0
A06,0,0,0.0
A07,0,0,0.0" at '2026-11-10 09:00' follow-up --analysis --by agent
	expect_say "key,lost,lapsed,share
A01,0,0,
A02,0,0,
A03,0,0,
A04,0,0,
A05,0,0,
A06,0,0,
A07,0,0," at '2026-11-10 09:00' follow-up --analysis --by agent --month 2026-10
	expect_say "key,lost,lapsed,share
A01,1,1,50.0
A02,0,1,25.0
A03,1,0,25.0
A04,0,0,0.0
A05,0,0,0.0
A06,0,0,0.0
A07,0,0,0.0" at '2026-12-02 09:00' follow-up --analysis --by agent --month 2026-11
}

@test "--analysis by reason, source and level: every key of the rule in its order, lapses under 'lapsed', the share of the month's lost and lapsed (SPEC 3 follow-up --analysis; seed 001 意向客户流失分析表; seed 004 篇1 一.6-8 战败原因)" {
	lost_month
	expect_say "key,lost,lapsed,share
价格,1,0,25.0
竞品,1,0,25.0
位置,0,0,0.0
户型,0,0,0.0
资金,0,0,0.0
贷款,0,0,0.0
已购他处,0,0,0.0
无意向,0,0,0.0
其他,0,0,0.0
lapsed,0,2,50.0" at '2026-12-02 09:00' follow-up --analysis --month 2026-11
	expect_say "key,lost,lapsed,share
网络,1,1,50.0
电视,0,0,0.0
报纸杂志,0,0,0.0
广播,0,0,0.0
展会,0,0,0.0
亲友,0,1,25.0
路过,1,0,25.0
其他,0,0,0.0" at '2026-12-02 09:00' follow-up --analysis --month 2026-11 --by source
	expect_say "key,lost,lapsed,share
H,0,1,25.0
A,1,0,25.0
B,1,0,25.0
C,0,1,25.0
D,0,0,0.0" at '2026-12-02 09:00' follow-up --analysis --month 2026-11 --by level
	refused 64 "--by is reason, agent, source or level, not 'day' (follow-up -h shows the usage)" \
		'2026-12-02 09:00' --analysis --by day
	refused 65 "--month takes a month YYYY-MM, not '11月'" '2026-12-02 09:00' --analysis --month 11月
}

# --- the summary (5.6; 004 篇1 六.1 DSM 提醒跟踪计划) ---------------------------------

@test "--summary per agent: held at the month's end, due contacts that fell due, met on time or late, lapsed, lost, callers assigned and called back (SPEC 5.6 the summary; seed 004 篇1 六.1-4, 篇6 三; seed 000 条例 13)" {
	# 陈杰, H: due 11-04 met that day; due 11-06 met 11-08 (late); due 11-10 met 11-20
	# (late); due 11-22 not met by the month's end: 4 due, 1 on time, 2 late.
	# 李四, B: a plan for 11-05 met that day; due 11-12, then lost on 11-15: unmet.
	# A caller of 11-09 handed to 刘洋 on 11-10, called back on 11-11: late.
	reg '2026-11-02 10:00' A01 13812345678 陈杰 --level H
	reg '2026-11-02 11:00' A02 13900001111 李四 --level B
	at '2026-11-03 10:00' follow-up --plan 13900001111 --agent A02 --next 2026-11-05 >/dev/null
	at '2026-11-04 10:00' register-visit --follow --agent A01 --phone 13812345678 >/dev/null
	at '2026-11-05 10:00' register-visit --follow --agent A02 --phone 13900001111 >/dev/null
	at '2026-11-08 10:00' register-visit --follow --agent A01 --phone 13812345678 >/dev/null
	call '2026-11-09 15:00' A03 13600000001 赵一
	at '2026-11-10 08:00' sign-in A04 >/dev/null
	at '2026-11-10 09:00' follow-up --assign >/dev/null
	at '2026-11-11 10:00' register-visit --call --agent A04 --phone 13600000001 --source 网络 >/dev/null
	at '2026-11-15 10:00' follow-up --lost 13900001111 --agent A02 --reason 资金 >/dev/null
	at '2026-11-20 10:00' register-visit --follow --agent A01 --phone 13812345678 >/dev/null
	expect_say "agent,name,held,due,on_time,late,lapsed,lost,assigned,called_back
A01,王伟,1,4,1,2,0,0,0,0
A02,李娜,0,2,1,0,0,1,0,0
A03,张敏,0,0,0,0,0,0,0,0
A04,刘洋,0,1,0,1,0,0,1,1
A05,陈静,0,0,0,0,0,0,0,0
A06,杨帆,0,0,0,0,0,0,0,0
A07,赵磊,0,0,0,0,0,0,0,0" at '2026-11-30 20:00' follow-up --summary
	# in December 陈杰 lapses on 12-11 (last contact 11-20): lapsed for 王伟
	run -0 --separate-stderr at '2026-12-15 09:00' follow-up --summary --month 2026-12
	assert_line --index 1 "A01,王伟,0,0,0,0,1,0,0,0"
	run -0 --separate-stderr at '2026-12-15 09:00' follow-up --summary --month 2026-11 --table
	assert_line --index 0 "agent  name  held  due  on_time  late  lapsed  lost  assigned  called_back"
	assert_line --index 1 "A01    王伟  1     4    1        2     0       0     0         0"
}

@test "a customer who bought (a sale after the last contact) is due nothing until they come again; a deposit alone keeps them due (SPEC 5.6, decided in follow-up(1): 意向客户 are those who have not bought)" {
	reg '2026-11-02 10:00' A01 13812345678 陈杰 --level H
	deposit '2026-11-02 15:00' 13812345678 A01
	due '2026-11-04 09:00' 'A01,王伟,138****5678,陈杰,H,2026-11-02,2026-11-04,,cadence'
	put deals.csv "2026-11-04T10:00:00+08:00" "D9,sale,13812345678,A01,1280000.00,,"
	due '2026-11-04 11:00' ''
	run -0 --separate-stderr at '2026-11-04 11:00' follow-up --card 13812345678
	assert_equal "$stderr" "owner: A01 王伟, held by a deposit
level: H
next contact: none, bought"
	reg '2026-11-10 10:00' A01 13812345678 陈杰
	due '2026-11-12 09:00' 'A01,王伟,138****5678,陈杰,H,2026-11-10,2026-11-12,,cadence'
}
