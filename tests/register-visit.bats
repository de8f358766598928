# register-visit: the customer register (客户来访登记表, 来电登记), SPEC 3 "register-visit"
# and 5.2.  Every rule of who owns a customer with the sentence it prints and the
# visits.csv rows it writes, worked out by hand from the rules: the first registration
# wins (条例 12), 20 days of validity counted from the owner's last visit or follow-up
# (条例 13), calls own nothing (四.6), households share an owner (四.7), a deposit holds the
# customer for good (五.2), phones in every written form, bad values, usage, --import
# (all or nothing, time order), two desks at once, the hand-off to next-agent, --lookup
# and --list.  Registered on 11-01 means valid through 11-21 and lapsed on 11-22.
load test_helper

ROWS=kind,phone,agent,household,status,owner

# A desk action that must succeed quietly with exactly this sentence.
# says 'SENTENCE' 'YYYY-MM-DD HH:MM' register-visit ARGS...
says() { expect_say "$1" at "${@:2}"; }

# A refusal: exit 1, the one stderr line, nothing on stdout, nothing written.
refused() { expect_fail 1 "$1" at "${@:2}"; }

# Bad data: exit 65, the one stderr line, nothing on stdout, nothing written.
bad() { expect_fail 65 "register-visit: $1" at '2026-11-12 10:00' register-visit "${@:2}"; }

# A usage error: exit 64, the message on stderr, nothing written.
usage_error() {
	expect_fail 64 "register-visit: $1 (register-visit -h shows the usage)" \
	    at '2026-11-12 10:00' register-visit "${@:2}"
}

# reg TIME AGENT PHONE NAME [ARGS...]: a visit from the source 网络, its sentence not checked.
reg() {
	at "$1" register-visit --agent "$2" --phone "$3" --name "$4" --source 网络 "${@:5}" >/dev/null
}

LOOKUP=phone,name,owner,registered,last_contact,expires,status,visits,level
LIST=seq,time,kind,phone,name,gender,household,level,source,agent,referrer,party,status,owner,note

# --- who owns a customer --------------------------------------------------------------

@test "first registration wins: another agent's later visit is crossed and the owner is kept (seed 000 条例 12 以优先登记者为准)" {
	says "new customer 138****5678 陈杰 registered to A01, valid until 2026-11-30 (row 1)" \
		'2026-11-10 10:00' register-visit --agent A01 --phone 13812345678 --name 陈杰 --source 网络
	says "already registered to A01 on 2026-11-10: first registration wins (recorded as crossed, 条例 12) (row 2)" \
		'2026-11-12 10:00' register-visit --agent A03 --phone 13812345678 --name 陈杰 --source 路过
	says "returning customer of A01 (registered 2026-11-10, valid until 2026-12-03) (row 3)" \
		'2026-11-13 10:00' register-visit --agent 王伟 --phone 13812345678 --name 陈杰 --source 路过
	run cols visits.csv $ROWS
	assert_output "visit,13812345678,A01,,new,A01
visit,13812345678,A03,,crossed,A01
visit,13812345678,A01,,returning,A01"
	run cols visits.csv seq,time,name,source,party,by
	assert_output "1,2026-11-10T10:00:00+08:00,陈杰,网络,1,前台
2,2026-11-12T10:00:00+08:00,陈杰,路过,1,前台
3,2026-11-13T10:00:00+08:00,陈杰,路过,1,前台"
}

@test "registered on 11-01: still the owner's on 11-21 (day 20), lapsed on 11-22 and the new agent owns it (seed 000 条例 13 有效期为20天)" {
	says "new customer 138****0001 陈杰 registered to A01, valid until 2026-11-21 (row 1)" \
		'2026-11-01 10:00' register-visit --agent A01 --phone 13800000001 --name 陈杰 --source 网络
	says "new customer 138****0002 林芳 registered to A01, valid until 2026-11-21 (row 2)" \
		'2026-11-01 10:05' register-visit --agent A01 --phone 13800000002 --name 林芳 --source 网络
	says "returning customer of A01 (registered 2026-11-01, valid until 2026-12-11) (row 3)" \
		'2026-11-21 23:59' register-visit --agent A01 --phone 13800000001 --name 陈杰 --source 网络
	says "already registered to A01 on 2026-11-01: first registration wins (recorded as crossed, 条例 12) (row 4)" \
		'2026-11-21 23:59' register-visit --agent A02 --phone 13800000001 --name 陈杰 --source 路过
	says "new customer 138****0002 林芳 registered to A02, valid until 2026-12-12 (the registration of A01 lapsed on 2026-11-22: 条例 13) (row 5)" \
		'2026-11-22 00:00' register-visit --agent A02 --phone 13800000002 --name 林芳 --source 路过
	run cols visits.csv $ROWS
	assert_output "visit,13800000001,A01,,new,A01
visit,13800000002,A01,,new,A01
visit,13800000001,A01,,returning,A01
visit,13800000001,A02,,crossed,A01
visit,13800000002,A02,,expired,A02"
}

@test "a follow-up by the owner on day 15 keeps the registration valid to day 35; others may not follow up (seed 000 四.7 自己跟踪自己的客户, 条例 13)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	refused "register-visit: refused: 138****0001 is registered to another agent: only the owner's follow-up renews a registration (四.7, 条例 13)" \
		'2026-11-10 10:00' register-visit --follow --agent A02 --phone 13800000001
	refused "register-visit: refused: 138****0009 has no valid registration: only the owner's follow-up renews a registration (四.7, 条例 13)" \
		'2026-11-10 10:00' register-visit --follow --agent A02 --phone 13800000009
	says "follow-up of 138****0001 by A01 recorded: valid until 2026-12-06 (row 2)" \
		'2026-11-16 10:00' register-visit --follow --agent A01 --phone 138-0000-0001 --note 电话回访
	says "already registered to A01 on 2026-11-01: first registration wins (recorded as crossed, 条例 12) (row 3)" \
		'2026-12-06 10:00' register-visit --agent A02 --phone 13800000001 --name 陈杰 --source 路过
	says "new customer 138****0001 陈杰 registered to A02, valid until 2026-12-27 (the registration of A01 lapsed on 2026-12-07: 条例 13) (row 4)" \
		'2026-12-07 10:00' register-visit --agent A02 --phone 13800000001 --name 陈杰 --source 路过
	run cols visits.csv $ROWS,name,source,party,note
	assert_output "visit,13800000001,A01,,new,A01,陈杰,网络,1,
follow,13800000001,A01,,returning,A01,,,,电话回访
visit,13800000001,A02,,crossed,A01,陈杰,路过,1,
visit,13800000001,A02,,expired,A02,陈杰,路过,1,"
}

@test "a crossed visit does not renew the registration: it lapses 20 days after the owner's own visit (seed 000 条例 12, 13)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	says "already registered to A01 on 2026-11-01: first registration wins (recorded as crossed, 条例 12) (row 2)" \
		'2026-11-15 10:00' register-visit --agent A02 --phone 13800000001 --name 陈杰 --source 路过
	refused "register-visit: refused: 138****0001 is registered to another agent: only the owner's follow-up renews a registration (四.7, 条例 13)" \
		'2026-11-21 10:00' register-visit --follow --agent A02 --phone 13800000001
	says "new customer 138****0001 陈杰 registered to A02, valid until 2026-12-12 (the registration of A01 lapsed on 2026-11-22: 条例 13) (row 3)" \
		'2026-11-22 10:00' register-visit --agent A02 --phone 13800000001 --name 陈杰 --source 路过
	run cols visits.csv $ROWS
	assert_output "visit,13800000001,A01,,new,A01
visit,13800000001,A02,,crossed,A01
visit,13800000001,A02,,expired,A02"
}

@test "a call never owns: not before a visit, not over the owner, and the owner's call renews nothing (seed 000 四.6 电话咨询不做客户登记)" {
	says "call from 138****0001 recorded: a call owns no customer (电话咨询不做客户登记, 四.6) (row 1)" \
		'2026-11-10 10:00' register-visit --call --agent A01 --phone 13800000001 --name 陈杰 --source 电视
	says "new customer 138****0001 陈杰 registered to A02, valid until 2026-12-01 (row 2)" \
		'2026-11-11 10:00' register-visit --agent A02 --phone 13800000001 --name 陈杰 --source 电视
	says "call from 138****0001 recorded: a call owns no customer (电话咨询不做客户登记, 四.6); the customer is A02's, valid until 2026-12-01 (row 3)" \
		'2026-11-12 10:00' register-visit --call --agent A01 --phone 13800000001 --name 陈杰 --source 电视
	says "call from 138****0001 recorded: a call owns no customer (电话咨询不做客户登记, 四.6); the customer is A02's, valid until 2026-12-01 (row 4)" \
		'2026-11-25 10:00' register-visit --call --agent A02 --phone 13800000001 --name 陈杰 --source 电视
	says "new customer 138****0001 陈杰 registered to A01, valid until 2026-12-22 (the registration of A02 lapsed on 2026-12-02: 条例 13) (row 5)" \
		'2026-12-02 10:00' register-visit --agent A01 --phone 13800000001 --name 陈杰 --source 电视
	run cols visits.csv $ROWS,party
	assert_output "call,13800000001,A01,,unregistered,,
visit,13800000001,A02,,new,A02,1
call,13800000001,A01,,unregistered,,
call,13800000001,A02,,unregistered,,
visit,13800000001,A01,,expired,A01,1"
}

@test "a visit without a phone is unregistered and owns nothing; a call needs the phone (seed 000 五.2 有效客户登记必须填写联系方式)" {
	says "visit of 路人 recorded without a phone: unregistered, owns no customer (有效客户登记必须填写联系方式, 五.2) (row 1)" \
		'2026-11-10 10:00' register-visit --agent A01 --name 路人 --source 路过
	bad "a call needs the customer's phone" --call --agent A01 --name 路人 --source 路过
	run cols visits.csv $ROWS,name,party
	assert_output "visit,,A01,,unregistered,,路人,1"
}

@test "household members share one owner: a member registered by another agent is crossed to the owner, the household column holds the first member's phone (seed 000 四.7 一家人以第一次登记为准)" {
	says "new customer 138****0001 陈杰 registered to A01, valid until 2026-11-30 (row 1)" \
		'2026-11-10 10:00' register-visit --agent A01 --phone 13800000001 --name 陈杰 --gender M --source 网络
	says "already registered to A01 on 2026-11-10: first registration wins (recorded as crossed, 条例 12); household of 138****0001 (四.7) (row 2)" \
		'2026-11-11 10:00' register-visit --agent A02 --phone 13800000002 --name 林芳 --gender F --source 亲友 --household 138-0000-0001
	# the member comes back without --household: still of the household, and the owner's
	# visit of a member renews the household
	says "returning customer of A01 (registered 2026-11-10, valid until 2026-12-02); household of 138****0001 (四.7) (row 3)" \
		'2026-11-12 10:00' register-visit --agent A01 --phone 13800000002 --name 林芳 --source 亲友
	# linked through a member: the household is still the first member's phone
	says "already registered to A01 on 2026-11-10: first registration wins (recorded as crossed, 条例 12); household of 138****0001 (四.7) (row 4)" \
		'2026-11-13 10:00' register-visit --agent A03 --phone 13800000003 --name 陈小杰 --source 亲友 --household 13800000002
	refused "register-visit: refused: 138****0009 is not in the register: a household links to a registered customer (四.7)" \
		'2026-11-13 10:00' register-visit --agent A03 --phone 13800000004 --name 陈小杰 --source 亲友 --household 13800000009
	bad "a customer is not their own household" --agent A03 --phone 13800000004 --name 陈小杰 --source 亲友 --household 138-0000-0004
	run cols visits.csv $ROWS,gender
	assert_output "visit,13800000001,A01,,new,A01,M
visit,13800000002,A02,13800000001,crossed,A01,F
visit,13800000002,A01,13800000001,returning,A01,
visit,13800000003,A03,13800000001,crossed,A01,"
	# each phone's lookup names its own customer; the visits are the household's
	run --separate-stderr at '2026-11-13 10:01' register-visit --lookup 13800000003
	assert_output "$LOOKUP
13800000003,陈小杰,A01,2026-11-10,2026-11-12,2026-12-02,valid,4,"
	run --separate-stderr at '2026-11-13 10:01' register-visit --lookup 13800000001
	assert_output "$LOOKUP
13800000001,陈杰,A01,2026-11-10,2026-11-12,2026-12-02,valid,4,"
}

@test "a customer registered to one agent does not join another agent's household; one of the owner's own may (seed 000 条例 12 以优先登记者为准, 四.7)" {
	reg '2026-11-10 10:00' A01 13800000001 陈杰
	reg '2026-11-11 10:00' A03 13800000004 林芳
	reg '2026-11-11 10:30' A01 13800000005 陈小杰
	refused "register-visit: refused: 138****0004 is registered to A03: a customer of one agent does not join another's household (first registration wins, 条例 12)" \
		'2026-11-12 10:00' register-visit --agent A01 --phone 13800000004 --name 林芳 --source 亲友 --household 13800000001
	refused "register-visit: refused: 138****0004 is registered to A03: a customer of one agent does not join another's household (first registration wins, 条例 12)" \
		'2026-11-12 10:00' register-visit --agent A03 --phone 13800000004 --name 林芳 --source 亲友 --household 13800000001
	says "returning customer of A01 (registered 2026-11-10, valid until 2026-12-02); household of 138****0001 (四.7) (row 4)" \
		'2026-11-12 10:05' register-visit --agent A01 --phone 13800000005 --name 陈小杰 --source 亲友 --household 13800000001
	run cols visits.csv $ROWS
	assert_output "visit,13800000001,A01,,new,A01
visit,13800000004,A03,,new,A03
visit,13800000005,A01,,new,A01
visit,13800000005,A01,13800000001,returning,A01"
}

@test "a deposit keeps the customer the owner's long after the window; a deposit taken on the spot holds without a registration (SPEC 5.2, seed 000 五.2 当场落定的除外)" {
	reg '2026-09-01 10:00' A02 13900000009 吴芳
	deposit '2026-09-10 15:00' 13900000009 A02
	deposit '2026-11-01 15:00' 13700000007 A04
	# 60 days after the deposit, 49 past the window: still A02's
	# (register-visit(1): the day is left out once the registration itself has lapsed)
	says "already registered to A02, who took a deposit: first registration wins (recorded as crossed, 条例 12) (row 2)" \
		'2026-11-09 10:00' register-visit --agent A01 --phone 13900000009 --name 吴芳 --source 路过
	says "returning customer of A02 (deposit paid: for good) (row 3)" \
		'2026-11-09 11:00' register-visit --agent A02 --phone 13900000009 --name 吴芳 --source 路过
	says "follow-up of 139****0009 by A02 recorded: the deposit holds the customer for good (row 4)" \
		'2026-11-09 12:00' register-visit --follow --agent A02 --phone 13900000009
	says "call from 139****0009 recorded: a call owns no customer (电话咨询不做客户登记, 四.6); the customer is A02's, deposit paid (row 5)" \
		'2026-11-09 12:30' register-visit --call --agent A01 --phone 13900000009 --name 吴芳 --source 路过
	refused "register-visit: refused: 139****0009 is registered to another agent: only the owner's follow-up renews a registration (四.7, 条例 13)" \
		'2026-11-09 13:00' register-visit --follow --agent A01 --phone 13900000009
	# 当场落定: A04 took a deposit from a customer nobody had registered
	says "already registered to A04, who took a deposit: first registration wins (recorded as crossed, 条例 12) (row 6)" \
		'2026-11-09 14:00' register-visit --agent A01 --phone 137-0000-0007 --name 郑强 --source 路过
	run cols visits.csv $ROWS
	assert_output "visit,13900000009,A02,,new,A02
visit,13900000009,A01,,crossed,A02
visit,13900000009,A02,,returning,A02
follow,13900000009,A02,,returning,A02
call,13900000009,A01,,unregistered,
visit,13700000007,A01,,crossed,A04"
	run --separate-stderr at '2026-11-09 15:00' register-visit --lookup 13700000007
	assert_output "$LOOKUP
13700000007,郑强,A04,,,,deposit,1,"
}

@test "every written form of a phone is one customer (SPEC 2 phones are normalised)" {
	says "new customer 138****5678 陈杰 registered to A01, valid until 2026-11-30 (row 1)" \
		'2026-11-10 10:00' register-visit --agent A01 --phone '138 1234 5678' --name 陈杰 --source 网络
	says "returning customer of A01 (registered 2026-11-10, valid until 2026-11-30) (row 2)" \
		'2026-11-10 10:05' register-visit --agent A01 --phone 138-1234-5678 --name 陈杰 --source 网络
	says "returning customer of A01 (registered 2026-11-10, valid until 2026-11-30) (row 3)" \
		'2026-11-10 10:10' register-visit --agent A01 --phone '+86 13812345678' --name 陈杰 --source 网络
	says "follow-up of 138****5678 by A01 recorded: valid until 2026-11-30 (row 4)" \
		'2026-11-10 10:15' register-visit --follow --agent A01 --phone 0086-138.1234.5678
	says "already registered to A01 on 2026-11-10: first registration wins (recorded as crossed, 条例 12) (row 5)" \
		'2026-11-10 10:20' register-visit --agent A02 --phone '(138)12345678' --name 陈杰 --source 路过
	run cols visits.csv $ROWS
	assert_output "visit,13812345678,A01,,new,A01
visit,13812345678,A01,,returning,A01
visit,13812345678,A01,,returning,A01
follow,13812345678,A01,,returning,A01
visit,13812345678,A02,,crossed,A01"
	run --separate-stderr at '2026-11-10 10:30' register-visit --lookup '+86 (138) 1234-5678'
	assert_output "$LOOKUP
13812345678,陈杰,A01,2026-11-10,2026-11-10,2026-11-30,valid,4,"
}

# paper FROM N: N walk-ins of 11-01 typed in, one a minute from 08:00, phones 1370000FROM on;
# the 21st (13700000020) comes with the household of 13700000010 (四.7).
paper() {
	echo time,kind,agent,phone,name,source,household
	for ((i = $1; i < $1 + $2; i++)); do
		printf '2026-11-01 %02d:%02d,visit,A01,1370000%04d,客户%d,网络,%s\n' \
		    $((8 + i / 60)) $((i % 60)) "$i" "$i" "$( ((i == 20)) && echo 13700000010)"
	done
}

# the lookups the index must not change: a member, a voided registration, one in each block
lookups() {
	for p in 13700000020 13700000005 13700000100 13700000400 13700000590; do
		at '2026-11-12 10:00' register-visit --lookup "$p" | tail -n 1
	done
}

@test "the phone index: a lookup through it answers as the book alone does, for a member, a void in an indexed block, a row in each block and after the last (SPEC 1 reading: the cost follows the day's work; 条例 12-13, 四.7)" {
	cd "$BATS_TEST_TMPDIR"
	paper 0 300 > a.csv && paper 300 300 > b.csv
	at '2026-11-01 20:00' register-visit --import a.csv >/dev/null
	[ "$(stat -c %s "$FRONTDESK_DATA/visits.idx")" -eq $((16 + 624)) ]	# rows 1-256
	put visits.csv 2026-11-01T20:05:00+08:00 'void,,,,,,,,,,,,,,,typed twice' 6
	at '2026-11-01 20:10' register-visit --import b.csv >/dev/null
	assert_equal "$(stat -c '%s %a' "$FRONTDESK_DATA/visits.idx")" "$((16 + 2 * 624)) 640"
	cp "$FRONTDESK_DATA/visits.idx" built.idx
	run lookups
	assert_output "13700000020,客户20,A01,2026-11-01,2026-11-01,2026-11-21,valid,2,
13700000005,,,,,,new,0,
13700000100,客户100,A01,2026-11-01,2026-11-01,2026-11-21,valid,1,
13700000400,客户400,A01,2026-11-01,2026-11-01,2026-11-21,valid,1,
13700000590,客户590,A01,2026-11-01,2026-11-01,2026-11-21,valid,1,"
	lookups > indexed
	# the book alone, an index cut short, and one of noise: the same answers
	rm "$FRONTDESK_DATA/visits.idx"
	run lookups
	assert_output "$(cat indexed)"
	head -c 1000 built.idx > "$FRONTDESK_DATA/visits.idx"
	run lookups
	assert_output "$(cat indexed)"
	head -c 1264 /dev/urandom > "$FRONTDESK_DATA/visits.idx"
	run lookups
	assert_output "$(cat indexed)"
	# a refused command leaves it as it is; the next row written makes it anew, the same
	refused "register-visit: refused: 137****0100 is registered to another agent: only the owner's follow-up renews a registration (四.7, 条例 13)" \
		'2026-11-02 10:00' register-visit --follow --agent A02 --phone 13700000100
	reg '2026-11-02 10:00' A02 13812345678 陈杰
	cmp built.idx "$FRONTDESK_DATA/visits.idx"
}

@test "the phone index of deals.csv: a deposit in an indexed block holds the customer for good, as the book alone says (五.2 当场落定)" {
	cd "$BATS_TEST_TMPDIR"
	for ((i = 0; i < 300; i++)); do
		put deals.csv 2026-11-01T10:00:00+08:00 "D$i,deposit,1370000$(printf %04d $i),A02,20000.00,,"
	done
	at '2026-11-02 10:00' assign-commission --deal D300 --phone 13900000000 --agent A01 --amount 20000 --kind deposit >/dev/null
	[ "$(stat -c %s "$FRONTDESK_DATA/deals.idx")" -eq $((16 + 624)) ]
	run -0 at '2026-11-12 10:00' register-visit --lookup 13700000007
	assert_output "$LOOKUP
13700000007,,A02,,,,deposit,0,"
	rm "$FRONTDESK_DATA/deals.idx"
	run -0 at '2026-11-12 10:00' register-visit --lookup 13700000007
	assert_output "$LOOKUP
13700000007,,A02,,,,deposit,0,"
}

@test "a lookup passes over a long register a chunk at a time and still names every fault at its line (SPEC 1 reading: the cost follows the window)" {
	cd "$BATS_TEST_TMPDIR"
	{
		echo time,kind,agent,phone,name,source
		for ((i = 0; i < 1000; i++)); do
			printf '2026-11-10 %02d:%02d,visit,A01,1370000%04d,客户%d,网络\n' \
			    $((8 + i / 600)) $((i / 10 % 60)) "$i" "$i"
		done
	} > paper.csv
	at '2026-11-10 12:00' register-visit --import paper.csv >/dev/null
	reg '2026-11-11 10:00' A02 13812345678 陈杰
	[ "$(wc -c < "$FRONTDESK_DATA/visits.csv")" -gt $((2 * 65536)) ]
	run -0 --separate-stderr at '2026-11-12 10:00' register-visit --lookup 13812345678
	assert_output "$LOOKUP
13812345678,陈杰,A02,2026-11-11,2026-11-11,2026-12-01,valid,1,"
	cp "$FRONTDESK_DATA/visits.csv" good.csv
	# the phone's row, line 1002, damaged: named at its line past two chunks skipped
	sed -i '1002s/,陈杰,/,陈"杰,/' "$FRONTDESK_DATA/visits.csv"
	snapshot
	run -65 --separate-stderr at '2026-11-12 10:00' register-visit --lookup 13812345678
	assert_equal "$stderr" 'register-visit: visits.csv:1002: bad CSV: a stray or unclosed double quote'
	run unchanged
	assert_success
	# a line too long that does not hold the phone is still seen, at its line
	sed '400s/,客户398,/,'"$(printf '%05000d' 0)"',/' good.csv > "$FRONTDESK_DATA/visits.csv"
	snapshot
	run -65 --separate-stderr at '2026-11-12 10:00' register-visit --lookup 13812345678
	assert_regex "$stderr" '^register-visit: visits\.csv:400: the line is [0-9]+ bytes: a row is at most 4096$'
	run unchanged
	assert_success
	# a damaged row met walking back is told at its line, though it lacks the phone
	sed '2s/^/\n/' good.csv > "$FRONTDESK_DATA/visits.csv"
	snapshot
	run -65 --separate-stderr at '2026-11-12 10:00' register-visit --lookup 13812345678
	assert_equal "$stderr" 'register-visit: visits.csv:2: empty line'
	run unchanged
	assert_success
}

# --- refusals, bad values, usage ------------------------------------------------------

@test "bad values exit 65 and write nothing: phone, gender, level, source, party, a line break, an overlong row (SPEC 2, SPEC 1 one row is one line)" {
	V=(--agent A01 --phone 13800000001 --name 陈杰 --source 网络)
	bad "'12345' is not a phone number: a mobile has 11 digits (phone_plan cn)" \
		--agent A01 --phone 12345 --name 陈杰 --source 网络
	assert_file_not_exists "$FRONTDESK_DATA/visits.csv"
	reg '2026-11-10 10:00' A01 13800000001 陈杰
	bad "'138abc45678' is not a phone number: only digits, spaces, dashes, dots, brackets and a leading +86" \
		--agent A01 --phone 138abc45678 --name 陈杰 --source 网络
	bad "'1381234567890123' is not a phone number: a mobile has 11 digits (phone_plan cn)" \
		--agent A01 --phone 1381234567890123 --name 陈杰 --source 网络
	bad "'+1 202 555 0100' is not a phone number: only digits, spaces, dashes, dots, brackets and a leading +86" \
		--agent A01 --phone '+1 202 555 0100' --name 陈杰 --source 网络
	bad "'12' is not a phone number: a mobile has 11 digits (phone_plan cn)" \
		"${V[@]}" --household 12
	bad "'+86 0086 13812345678' is not a phone number: the country code given twice" \
		--agent A01 --phone '+86 0086 13812345678' --name 陈杰 --source 网络
	bad "gender is M or F, not 'X'" "${V[@]}" --gender X
	bad "gender is M or F, not 'm'" "${V[@]}" --gender m
	bad "level 'Z' is not one of the rule levels" "${V[@]}" --level Z
	bad "source '微信' is not one of the rule sources" --agent A01 --phone 13800000001 --name 陈杰 --source 微信
	bad "party is the number of people, 1 to 999, not '0'" "${V[@]}" --party 0
	bad "party is the number of people, 1 to 999, not '1000'" "${V[@]}" --party 1000
	bad "party is the number of people, 1 to 999, not 'abc'" "${V[@]}" --party abc
	bad "party is the number of people, 1 to 999, not '-1'" "${V[@]}" --party -1
	bad "name holds a line break: a row is one line" --agent A01 --phone 13800000001 --name $'陈\n杰' --source 网络
	bad "note holds a line break: a row is one line" "${V[@]}" --note $'a\rb'
	bad "note holds a line break: a row is one line" --follow --agent A01 --phone 13800000001 --note $'a\nb'
	snapshot
	run -65 --separate-stderr at '2026-11-12 10:00' register-visit "${V[@]}" --note "$(printf 'x%.0s' {1..4100})"
	assert_regex "$stderr" '^register-visit: visits.csv: the row would be [0-9]+ bytes, over 4096: shorten the text$'
	run unchanged
	assert_success
	says "returning customer of A01 (registered 2026-11-10, valid until 2026-12-02) (row 2)" \
		'2026-11-12 10:00' register-visit "${V[@]}" --party 999 --level H --gender F
	run cols visits.csv $ROWS,party,level,gender
	assert_output "visit,13800000001,A01,,new,A01,1,,
visit,13800000001,A01,,returning,A01,999,H,F"
}

@test "an unknown or inactive agent is refused with the closest matches; an agent may be named by name (SPEC 2)" {
	refused "register-visit: unknown agent 'A09': did you mean A01 王伟, A02 李娜, A03 张敏?" \
		'2026-11-10 10:00' register-visit --agent A09 --phone 13800000001 --name 陈杰 --source 网络
	refused "register-visit: unknown agent '赵雷': did you mean A07 赵磊?" \
		'2026-11-10 10:00' register-visit --agent 赵雷 --phone 13800000001 --name 陈杰 --source 网络
	refused "register-visit: refused: agent A08 黄丽华 is not active (agents.csv)" \
		'2026-11-10 10:00' register-visit --agent A08 --phone 13800000001 --name 陈杰 --source 网络
	assert_file_not_exists "$FRONTDESK_DATA/visits.csv"
	says "new customer 138****0001 陈杰 registered to A03, valid until 2026-11-30 (row 1)" \
		'2026-11-10 10:00' register-visit --agent 张敏 --phone 13800000001 --name 陈杰 --source 网络
	run cols visits.csv $ROWS
	assert_output "visit,13800000001,A03,,new,A03"
}

@test "usage: a visit without --name or --source, a call without --source, options that do not go together exit 64 and write nothing (SPEC 2, SPEC 3 register-visit)" {
	reg '2026-11-10 10:00' A01 13800000001 陈杰
	usage_error "a visit needs --name" \
		--agent A01 --phone 13800000001 --source 网络
	usage_error "a visit needs --source" \
		--agent A01 --phone 13800000001 --name 陈杰
	usage_error "--call needs --source" \
		--call --agent A01 --phone 13800000001 --name 陈杰
	usage_error "--follow needs --phone" --follow --agent A01
	usage_error "a visit needs --agent" --phone 13800000001 --name 陈杰 --source 网络
	usage_error "a visit needs --agent"
	usage_error "one of --call, --follow, --lookup, --list, --import, --void and --handover at a time" --lookup 13800000001 --list
	usage_error "one of --call, --follow, --lookup, --list, --import, --void and --handover at a time" --call --lookup 13800000001
	usage_error "--name goes with a visit, --call and --follow" --lookup 13800000001 --name 陈杰
	usage_error "--date goes with --list" --lookup 13800000001 --date 2026-11-10
	usage_error "--table, --excel and --encoding go with --lookup and --list" \
		--table --agent A01 --phone 13800000001 --name 陈杰 --source 网络
	usage_error "every value goes with its option: 'A02' has none" \
		--agent A01 --phone 13800000001 --name 陈杰 --source 网络 A02
	usage_error "unknown option or missing value: '--bogus'" --bogus
	run cols visits.csv $ROWS
	assert_output "visit,13800000001,A01,,new,A01"
}

@test "--call with --follow is a usage error, not a follow-up that renews, whichever comes first (SPEC 2 exit 64; SPEC 3 register-visit)" {
	reg '2026-11-10 10:00' A01 13800000001 陈杰
	usage_error "one of --call, --follow, --lookup, --list, --import, --void and --handover at a time" \
		--call --follow --agent A01 --phone 13800000001
	usage_error "one of --call, --follow, --lookup, --list, --import, --void and --handover at a time" \
		--follow --call --agent A01 --phone 13800000001 --name 陈杰 --source 网络
	run cols visits.csv $ROWS
	assert_output "visit,13800000001,A01,,new,A01"
}

# --- --import ------------------------------------------------------------------------

@test "an import with one bad row writes nothing, and says FILE:LINE (SPEC 3 register-visit --import: all or nothing)" {
	reg '2026-11-10 10:00' A01 13800000001 陈杰
	cd "$BATS_TEST_TMPDIR"
	cat > paper.csv <<-'EOF'
	time,kind,agent,phone,name,source,level,party
	2026-11-12 09:00,visit,A02,13800000002,林芳,路过,A,2
	2026-11-12 09:30,visit,A03,13800000003,周平,网络,Z,1
	2026-11-12 10:00,visit,A04,13800000004,吴芳,网络,B,1
	EOF
	snapshot
	run -65 --separate-stderr at '2026-11-20 10:00' register-visit --import paper.csv
	assert_equal "$stderr" "register-visit: paper.csv:3: level 'Z' is not one of the rule levels"
	assert_output ""
	imp_bad() {
		printf '%s\n' "$1" > bad.csv
		run -65 --separate-stderr at '2026-11-20 10:00' register-visit --import - < bad.csv
		assert_equal "$stderr" "register-visit: stdin:$2"
		assert_output ""
	}
	imp_bad $'kind,agent,phone\nvisit,A01,13800000001' "1: missing column 'time'"
	imp_bad $'time,kind,agent,phone,name,source\n2026-11-12 09:00,visit,A02,13800000002,林芳,路过\n2026-11-21 10:00,visit,A01,13800000005,周平,网络' \
		"3: '2026-11-21 10:00' is not a time, or it is in the future"
	imp_bad $'time,kind,agent,phone,name,source\n2026-11-12 09:00,walk,A01,13800000005,周平,网络' "2: kind is visit, call or follow, not 'walk'"
	imp_bad $'time,kind,agent,phone,name,source\n2026-11-12 09:00,visit,A09,13800000005,周平,网络' "2: unknown agent 'A09'"
	imp_bad $'time,kind,agent,phone,name,source\n2026-11-12 09:00,visit,A08,13800000005,周平,网络' "2: inactive agent 'A08'"
	imp_bad $'time,kind,agent,phone,name,source\n2026-11-12 09:00,visit,A01,13800000005,,网络' "2: a visit needs a name and a source"
	imp_bad $'time,kind,agent,phone,name,source\n2026-11-12 09:00,call,A01,13800000005,周平,' "2: a call needs a source"
	imp_bad $'time,kind,agent,phone,name,source\n2026-11-12 09:00,visit,A01,12345,周平,网络' \
		"2: the phone is not a phone number: a mobile has 11 digits (phone_plan cn)"
	imp_bad $'time,kind,agent,phone,name,source,party\n2026-11-12 09:00,visit,A01,13800000005,周平,网络,0' \
		"2: party is the number of people, 1 to 999, not '0'"
	imp_bad $'time,kind,agent,phone,name,source\n2026-11-12 09:00,visit,A01,13800000005,"周\r平",网络' \
		"2: name holds a line break: a row is one line"
	# a quoted line feed: the reader takes a row as one line, so it never gets to the field
	printf 'time,kind,agent,phone,name,source,note\n2026-11-12 09:00,visit,A01,13800000005,周平,网络,"a\nb"\n' > bad.csv
	run -65 --separate-stderr at '2026-11-20 10:00' register-visit --import bad.csv
	assert_regex "$stderr" '^register-visit: bad.csv:2: '
	assert_output ""
	run unchanged
	assert_success
	run --separate-stderr at '2026-11-20 10:00' register-visit --import - < <(echo time,kind,agent)
	assert_success
	assert_output "no rows to import: visits.csv is unchanged"
	run unchanged
	assert_success
}

@test "an import is decided in time order: a row typed later with an earlier time registers first (SPEC 3 register-visit --import, 条例 12)" {
	reg '2026-11-10 10:00' A01 13800000001 陈杰
	cd "$BATS_TEST_TMPDIR"
	cat > paper.csv <<-'EOF'
	time,kind,agent,phone,name,source,household,note
	2026-11-12 12:00,follow,A02,13800000005,,,,回访
	2026-11-12 11:00,visit,A03,138 0000 0005,周平,网络,,
	2026-11-12 10:00,visit,A02,13800000005,周平,路过,,
	2026-11-12 10:30,visit,A04,13800000006,林芳,亲友,138-0000-0005,
	EOF
	says "imported 4 rows into visits.csv, rows 2 to 5" '2026-11-20 10:00' register-visit --import paper.csv
	run cols visits.csv seq,recorded_at,time,$ROWS,note
	assert_output "1,2026-11-10T10:00:00+08:00,2026-11-10T10:00:00+08:00,visit,13800000001,A01,,new,A01,
2,2026-11-20T10:00:00+08:00,2026-11-12T10:00:00+08:00,visit,13800000005,A02,,new,A02,
3,2026-11-20T10:00:00+08:00,2026-11-12T10:30:00+08:00,visit,13800000006,A04,13800000005,crossed,A02,
4,2026-11-20T10:00:00+08:00,2026-11-12T11:00:00+08:00,visit,13800000005,A03,,crossed,A02,
5,2026-11-20T10:00:00+08:00,2026-11-12T12:00:00+08:00,follow,13800000005,A02,,returning,A02,回访"
	run chain_ok "$FRONTDESK_DATA/visits.csv"
	assert_success
	assert_output ""
}

@test "an import whose follow-up is refused writes nothing, not even the rows before it (SPEC 3 register-visit --import: all or nothing; 四.7)" {
	reg '2026-11-10 10:00' A01 13800000001 陈杰
	cd "$BATS_TEST_TMPDIR"
	cat > paper.csv <<-'EOF'
	time,kind,agent,phone,name,source
	2026-11-13 10:00,visit,A04,13800000006,周平,网络
	2026-11-13 11:00,follow,A04,13800000001,,
	EOF
	refused "register-visit: paper.csv:3: refused: 138****0001 is registered to another agent: only the owner's follow-up renews a registration (四.7, 条例 13)" \
		'2026-11-20 10:00' register-visit --import paper.csv
	run cols visits.csv $ROWS
	assert_output "visit,13800000001,A01,,new,A01"
	# on an empty register the book is not even created
	rm "$FRONTDESK_DATA/visits.csv"
	cat > paper.csv <<-'EOF'
	time,kind,agent,phone,name,source,household
	2026-11-13 10:00,visit,A04,13800000006,周平,网络,
	2026-11-13 11:00,visit,A04,13800000007,林芳,网络,13800000009
	EOF
	refused "register-visit: paper.csv:3: refused: 138****0009 is not in the register: a household links to a registered customer (四.7)" \
		'2026-11-20 10:00' register-visit --import paper.csv
	assert_file_not_exists "$FRONTDESK_DATA/visits.csv"
}

# --- two desks ------------------------------------------------------------------------

@test "two desks registering one phone at the same moment: one new, one crossed, one owner, and the chain holds (SPEC 1: two desks can never both win the same customer)" {
	at '2026-11-16 09:00' register-visit --agent A01 --phone 13800000001 --name 陈杰 --source 网络 > "$BATS_TEST_TMPDIR/desk1" &
	at '2026-11-16 09:00' register-visit --agent A02 --phone 138-0000-0001 --name 陈杰 --source 路过 > "$BATS_TEST_TMPDIR/desk2" &
	wait
	local first other
	first=$(cols visits.csv agent | head -1)
	case $first in A01) other=A02 ;; A02) other=A01 ;; *) fail "first row by '$first'" ;; esac
	run cols visits.csv seq,$ROWS
	assert_output "1,visit,13800000001,$first,,new,$first
2,visit,13800000001,$other,,crossed,$first"
	run sort "$BATS_TEST_TMPDIR/desk1" "$BATS_TEST_TMPDIR/desk2"
	assert_output "already registered to $first on 2026-11-16: first registration wins (recorded as crossed, 条例 12) (row 2)
new customer 138****0001 陈杰 registered to $first, valid until 2026-12-06 (row 1)"
	run chain_ok "$FRONTDESK_DATA/visits.csv"
	assert_success
	assert_output ""
}

# --- the hand-off to next-agent -------------------------------------------------------

@test "next-agent --customer sends a returning customer, or a member of the household, to the owner register-visit wrote; a lapsed one is a new walk-in (seed 000 四.14, 条例 13)" {
	reg '2026-10-26 10:00' A03 13800000003 周平
	reg '2026-11-10 10:00' A02 13800000001 陈杰
	reg '2026-11-11 10:00' A03 13800000001 陈杰
	reg '2026-11-11 11:00' A01 13800000002 林芳 --household 13800000001
	at '2026-11-16 08:10' sign-in A01
	at '2026-11-16 08:20' sign-in A02
	at '2026-11-16 08:25' sign-in A03
	says "A02 李娜 receives the customer — returning customer 138****0001 of A02 (valid until 2026-11-30): the owner receives, not counted, keeps the place in line (四.14) (row 1)" \
		'2026-11-16 09:00' next-agent --claim --customer 138-0000-0001
	at '2026-11-16 09:30' next-agent --done A02
	says "A02 李娜 receives the customer — returning customer 138****0002 of A02 (valid until 2026-11-30): the owner receives, not counted, keeps the place in line (四.14) (row 3)" \
		'2026-11-16 09:31' next-agent --claim --customer 13800000002
	at '2026-11-16 09:35' next-agent --done A02
	says "A01 王伟 receives the customer — next in line (round 1); 138****0003 has no valid registration: a new walk-in (row 5)" \
		'2026-11-16 09:40' next-agent --claim --customer 13800000003
	says "new customer 138****0003 周平 registered to A01, valid until 2026-12-06 (the registration of A03 lapsed on 2026-11-16: 条例 13) (row 5)" \
		'2026-11-16 09:41' register-visit --agent A01 --phone 13800000003 --name 周平 --source 网络
	run cols floor.csv agent,event,reason,customer,counted,ref
	assert_output "A02,receive,returning,13800000001,0,
A02,done,,,,1
A02,receive,returning,13800000002,0,
A02,done,,,,3
A01,receive,rotation,13800000003,1,"
	run cols visits.csv $ROWS
	assert_output "visit,13800000003,A03,,new,A03
visit,13800000001,A02,,new,A02
visit,13800000001,A03,,crossed,A02
visit,13800000002,A01,13800000001,crossed,A02
visit,13800000003,A01,,expired,A01"
}

@test "next-agent --referred-by sends the new customer to the owner of a referrer who paid a deposit; without a deposit it is a walk-in (seed 000 条例 1; 001 (2)三)" {
	reg '2026-09-01 10:00' A02 13900000009 吴芳
	deposit '2026-09-10 15:00' 13900000009 A02
	reg '2026-11-10 10:00' A03 13900000008 郑强
	at '2026-11-16 08:10' sign-in A01
	at '2026-11-16 08:20' sign-in A02
	at '2026-11-16 08:25' sign-in A03
	says "A02 李娜 receives the customer — brought by 139****0009, a customer of A02 who paid a deposit: the owner receives, counted (条例 1; 001 (2)三) (row 1)" \
		'2026-11-16 09:00' next-agent --claim --referred-by 139-0000-0009
	says "new customer 136****0001 赵女士 registered to A02, valid until 2026-12-06 (row 3)" \
		'2026-11-16 09:05' register-visit --agent A02 --phone 13600000001 --name 赵女士 --source 亲友 --referrer 13900000009
	says "A01 王伟 receives the customer — next in line (round 1); the referrer 139****0008 has paid no deposit: a new walk-in (条例 1) (row 2)" \
		'2026-11-16 09:10' next-agent --claim --referred-by 13900000008
	says "new customer 136****0002 钱先生 registered to A01, valid until 2026-12-06 (row 4)" \
		'2026-11-16 09:15' register-visit --agent A01 --phone 13600000002 --name 钱先生 --source 亲友 --referrer 13900000008
	run cols floor.csv agent,event,reason,customer,counted,ref
	assert_output "A02,receive,referral,13900000009,1,
A01,receive,rotation,13900000008,1,"
	run cols visits.csv $ROWS,referrer
	assert_output "visit,13900000009,A02,,new,A02,
visit,13900000008,A03,,new,A03,
visit,13600000001,A02,,new,A02,13900000009
visit,13600000002,A01,,new,A01,13900000008"
}

# --- --lookup and --list --------------------------------------------------------------

@test "--lookup prints what the register knows: valid, expired, deposit (registered or taken on the spot), unregistered (calls only), new; any form of the phone; writes nothing (SPEC 3 register-visit --lookup)" {
	run --separate-stderr at '2026-11-01 09:00' register-visit --lookup 13800000001
	assert_success
	assert_output "$LOOKUP
13800000001,,,,,,new,0,"
	assert_file_not_exists "$FRONTDESK_DATA/visits.csv"
	reg '2026-09-01 10:00' A02 13900000009 吴芳
	deposit '2026-09-10 15:00' 13900000009 A02
	reg '2026-10-20 10:00' A03 13800000003 周平
	deposit '2026-11-01 15:00' 13700000007 A04
	reg '2026-11-10 10:00' A01 13800000001 陈杰
	reg '2026-11-12 10:00' A02 13800000001 陈杰
	at '2026-11-15 10:00' register-visit --call --agent A02 --phone 13800000002 --name 林芳 --source 电视 >/dev/null
	snapshot
	run --separate-stderr at '2026-11-20 10:00' register-visit --lookup '+86 138 0000 0001'
	assert_success
	assert_output "$LOOKUP
13800000001,陈杰,A01,2026-11-10,2026-11-10,2026-11-30,valid,2,"
	run --separate-stderr at '2026-11-20 10:00' register-visit --lookup 138-0000-0003
	assert_output "$LOOKUP
13800000003,周平,,,2026-10-20,,expired,1,"
	run --separate-stderr at '2026-11-20 10:00' register-visit --lookup 13700000007
	assert_output "$LOOKUP
13700000007,,A04,,,,deposit,0,"
	# register-visit(1): registered is left empty once a deposit outlives the registration
	run --separate-stderr at '2026-11-20 10:00' register-visit --lookup 13900000009
	assert_output "$LOOKUP
13900000009,吴芳,A02,,2026-09-01,,deposit,1,"
	# a phone known only from calls is in the register, but registered by nobody
	run --separate-stderr at '2026-11-20 10:00' register-visit --lookup 13800000002
	assert_output "$LOOKUP
13800000002,林芳,,,,,unregistered,0,"
	run --separate-stderr at '2026-11-20 10:00' register-visit --lookup 13800000009
	assert_output "$LOOKUP
13800000009,,,,,,new,0,"
	run -65 --separate-stderr at '2026-11-20 10:00' register-visit --lookup 12
	assert_equal "$stderr" "register-visit: '12' is not a phone number: a mobile has 11 digits (phone_plan cn)"
	assert_output ""
	run unchanged
	assert_success
}

@test "--list prints the day's rows, --date another day, a day without rows is the header alone (SPEC 3 register-visit --list)" {
	run --separate-stderr at '2026-11-10 08:00' register-visit --list
	assert_success
	assert_output "$LIST"
	reg '2026-11-10 09:00' A01 13800000001 陈杰 --gender M --unit 华为 --address 南山区 --interest 三房 --level A --party 3 --referrer 老周 --note 看了样板间
	at '2026-11-10 10:30' register-visit --agent A02 --name 路人 --source 路过 > /dev/null
	at '2026-11-11 09:00' register-visit --call --agent A03 --phone 13800000002 --name 林芳 --gender F --level C --source 电视 > /dev/null
	reg '2026-11-11 09:30' A01 13800000002 林芳 --household 13800000001
	snapshot
	run --separate-stderr at '2026-11-11 10:00' register-visit --list --date 2026-11-10
	assert_success
	assert_output "$LIST
1,09:00,visit,13800000001,陈杰,M,,A,网络,A01,老周,3,new,A01,看了样板间
2,10:30,visit,,路人,,,,路过,A02,,1,unregistered,,"
	run --separate-stderr at '2026-11-11 10:00' register-visit --list
	assert_output "$LIST
3,09:00,call,13800000002,林芳,F,,C,电视,A03,,,unregistered,,
4,09:30,visit,13800000002,林芳,,13800000001,,网络,A01,,1,returning,A01,"
	run --separate-stderr at '2026-11-11 10:00' register-visit --list --date 2026-11-12
	assert_output "$LIST"
	run -65 --separate-stderr at '2026-11-11 10:00' register-visit --list --date 11/12
	assert_equal "$stderr" "register-visit: --date takes a date YYYY-MM-DD, not '11/12'"
	run unchanged
	assert_success
}

@test "finding 8: each register sentence names its row, and --list shows that seq beside it (SPEC 2: … (row 42), every listing of a journal's rows shows seq)" {
	says "new customer 138****0001 陈杰 registered to A01, valid until 2026-11-30 (row 1)" \
		'2026-11-10 09:00' register-visit --agent A01 --phone 13800000001 --name 陈杰 --source 网络
	says "already registered to A01 on 2026-11-10: first registration wins (recorded as crossed, 条例 12) (row 2)" \
		'2026-11-10 09:30' register-visit --agent A03 --phone 13800000001 --name 陈杰 --source 路过
	says "call from 139****0002 recorded: a call owns no customer (电话咨询不做客户登记, 四.6) (row 3)" \
		'2026-11-10 10:00' register-visit --call --agent A02 --phone 13900000002 --name 林芳 --source 电视
	local n
	n=$(said_row)
	says "follow-up of 138****0001 by A01 recorded: valid until 2026-11-30 (row 4)" \
		'2026-11-10 10:02' register-visit --follow --agent A01 --phone 13800000001 --note 约周六
	run --separate-stderr at '2026-11-10 10:05' register-visit --list
	assert_output "$LIST
1,09:00,visit,13800000001,陈杰,,,,网络,A01,,1,new,A01,
2,09:30,visit,13800000001,陈杰,,,,路过,A03,,1,crossed,A01,
3,10:00,call,13900000002,林芳,,,,电视,A02,,,unregistered,,
4,10:02,follow,13800000001,,,,,,A01,,,returning,A01,约周六"
	assert_line --index "$n" --regexp "^$n,10:00,call,13900000002,林芳,"
}

# --- bugs found while writing these tests ---------------------------------------------

@test "a registration that lapsed within the last 366 days makes the next one expired, however long before that it was made (SPEC 5.2, 条例 13)" {
	reg '2025-11-01 10:00' A01 13800000001 陈杰
	says "new customer 138****0001 陈杰 registered to A02, valid until 2026-11-30 (the registration of A01 lapsed on 2025-11-22: 条例 13) (row 2)" \
		'2026-11-10 10:00' register-visit --agent A02 --phone 13800000001 --name 陈杰 --source 网络
	run cols visits.csv $ROWS
	assert_output "visit,13800000001,A01,,new,A01
visit,13800000001,A02,,expired,A02"
}

@test "a deposit paid by one member holds the whole household for its owner (SPEC 5.2: members share one owner; a deposit makes ownership permanent)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	reg '2026-11-02 10:00' A01 13800000002 林芳 --household 13800000001
	deposit '2026-11-05 15:00' 13800000002 A01
	run --separate-stderr at '2026-12-20 10:00' register-visit --agent A03 --phone 13800000001 --name 陈杰 --source 网络
	assert_success
	assert_output --partial "already registered to A01"
	run cols visits.csv $ROWS
	assert_output "visit,13800000001,A01,,new,A01
visit,13800000002,A01,13800000001,returning,A01
visit,13800000001,A03,,crossed,A01"
}

@test "an import with a column it does not know is refused at line 1, so a misspelt phone is never dropped (SPEC 2: nothing typed is lost)" {
	printf 'time,kind,agent,phnoe,name,source\n2026-11-10 09:00,visit,A01,13800000001,陈杰,网络\n' > "$BATS_TEST_TMPDIR/in.csv"
	snapshot
	run -65 --separate-stderr at '2026-11-16 10:00' register-visit --import "$BATS_TEST_TMPDIR/in.csv"
	assert_equal "$stderr" "register-visit: $BATS_TEST_TMPDIR/in.csv:1: unknown column 'phnoe'"
	run unchanged
	assert_success
}

@test "--import --encoding gbk: a paper register typed in a Chinese Excel (GBK, Chinese headers, 来访/来电/回访, 男/女, full-width phone, Excel times) is read as written (SPEC 2 --import, SPEC 7)" {
	cd "$BATS_TEST_TMPDIR"
	printf '时间,类别,置业顾问,联系电话,客户姓名,性别,信息来源,级别,人数,备注\r\n2026/11/12 9:05,来访,王伟,１３８０００００００５,周平,男,网络,A,２,看三房\r\n2026/11/12 10:30:00,来电,李娜,13800000006,林芳,女,报纸杂志,,,问价\r\n2026/11/13 9:00,回访,A01,13800000005,,,,,,约周末\r\n' |
	    iconv -f UTF-8 -t GBK > paper.csv
	says "imported 3 rows into visits.csv, rows 1 to 3" '2026-11-20 10:00' register-visit --import paper.csv --encoding gbk
	run cols visits.csv time,kind,phone,name,gender,level,source,agent,party,status,owner,note
	assert_output "2026-11-12T09:05:00+08:00,visit,13800000005,周平,M,A,网络,A01,2,new,A01,看三房
2026-11-12T10:30:00+08:00,call,13800000006,林芳,F,,报纸杂志,A02,,unregistered,,问价
2026-11-13T09:00:00+08:00,follow,13800000005,,,,,A01,,returning,A01,约周末"
}

# --- input as a Chinese desk types it (SPEC 2; issue 20 finding 5) -----------------------

@test "finding 5: --lookup 8613812345678 and １３８１２３４５６７８ (as an IME types it) find 陈杰, and a visit typed so is crossed to his owner, not a new customer (SPEC 2 phones are normalised; seed 000 五.2 客户登记, 条例 12)" {
	says "new customer 138****5678 陈杰 registered to A01, valid until 2026-11-30 (row 1)" \
		'2026-11-10 10:00' register-visit --agent A01 --phone 13812345678 --name 陈杰 --source 网络
	snapshot
	for p in 8613812345678 １３８１２３４５６７８ '＋８６　１３８－１２３４－５６７８' \
	    '138‐1234–5678' '（0086）138—1234—5678' '８６ １３８ １２３４ ５６７８'; do
		run --separate-stderr at '2026-11-10 10:30' register-visit --lookup "$p"
		assert_success
		assert_output "$LOOKUP
13812345678,陈杰,A01,2026-11-10,2026-11-10,2026-11-30,valid,1,"
	done
	run unchanged
	assert_success
	says "already registered to A01 on 2026-11-10: first registration wins (recorded as crossed, 条例 12) (row 2)" \
		'2026-11-10 10:40' register-visit --agent A02 --phone 8613812345678 --name 陈杰 --source 路过
	says "returning customer of A01 (registered 2026-11-10, valid until 2026-11-30) (row 3)" \
		'2026-11-10 10:45' register-visit --agent Ａ０１ --phone １３８１２３４５６７８ --name 陈杰 --source 网络
	run cols visits.csv $ROWS
	assert_output "visit,13812345678,A01,,new,A01
visit,13812345678,A02,,crossed,A01
visit,13812345678,A01,,returning,A01"
}

@test "finding 5: a 10-digit 138-1234-567 is refused, not a new customer: a mobile has 11 digits (phone_plan cn); a landline 7 to 12; exit 65 naming the rule, nothing written (SPEC 2, SPEC 6 phone_plan)" {
	reg '2026-11-10 10:00' A01 13812345678 陈杰
	V=(--agent A02 --name 陈杰 --source 网络)
	bad "'138-1234-567' is not a phone number: a mobile has 11 digits (phone_plan cn)" --lookup 138-1234-567
	bad "'138-1234-567' is not a phone number: a mobile has 11 digits (phone_plan cn)" "${V[@]}" --phone 138-1234-567
	bad "'1381234567' is not a phone number: a mobile has 11 digits (phone_plan cn)" "${V[@]}" --phone １３８１２３４５６７
	bad "'1380013' is not a phone number: a mobile has 11 digits (phone_plan cn)" "${V[@]}" --phone 13800000001 --household 1380013
	bad "'0755 8888 66661' is not a phone number: a landline has 7 to 12 digits (phone_plan cn)" --lookup '0755 8888 66661'
	bad "'+86 86 138 1234 5678' is not a phone number: the country code given twice" --lookup '+86 86 138 1234 5678'
	bad "'+44 20 7946 0958' is not a phone number: only digits, spaces, dashes, dots, brackets and a leading +86" --lookup '+44 20 7946 0958'
	printf 'time,kind,agent,phone,name,source\n2026-11-12 09:00,visit,A01,１３８－１２３４－５６７,周平,网络\n' > "$BATS_TEST_TMPDIR/in.csv"
	bad "$BATS_TEST_TMPDIR/in.csv:2: the phone is not a phone number: a mobile has 11 digits (phone_plan cn)" \
		--import "$BATS_TEST_TMPDIR/in.csv"
	# a landline, with its area code or without, is a customer like any other
	says "new customer 021****5678 周平 registered to A02, valid until 2026-12-02 (row 2)" \
		'2026-11-12 10:00' register-visit "${V[@]/陈杰/周平}" --phone '(021) 6234-5678'
	says "new customer 623**67 林芳 registered to A03, valid until 2026-12-02 (row 3)" \
		'2026-11-12 10:05' register-visit --agent A03 --name 林芳 --source 路过 --phone 623-4567
	run cols visits.csv $ROWS
	assert_output "visit,13812345678,A01,,new,A01
visit,02162345678,A02,,new,A02
visit,6234567,A03,,new,A03"
}

@test "rules.csv phone_plan any: 7 to 15 digits whatever the first, a 10-digit number taken; +86 and 86 before a mobile still dropped; 16 digits refused naming phone_plan any (SPEC 2, SPEC 6 phone_plan)" {
	sed -i 's/^phone_plan,cn,/phone_plan,any,/' "$FRONTDESK_DATA/rules.csv"
	says "new customer 138*****67 陈杰 registered to A01, valid until 2026-11-30 (row 1)" \
		'2026-11-10 10:00' register-visit --agent A01 --phone 138-1234-567 --name 陈杰 --source 网络
	says "new customer 441******8901 Tom registered to A02, valid until 2026-11-30 (row 2)" \
		'2026-11-10 10:05' register-visit --agent A02 --phone '4412345678901' --name Tom --source 路过
	says "new customer 138****5678 林芳 registered to A03, valid until 2026-11-30 (row 3)" \
		'2026-11-10 10:10' register-visit --agent A03 --phone 8613812345678 --name 林芳 --source 网络
	run --separate-stderr at '2026-11-10 10:30' register-visit --lookup '+86 138 1234 567'
	assert_output "$LOOKUP
1381234567,陈杰,A01,2026-11-10,2026-11-10,2026-11-30,valid,1,"
	bad "'1234567890123456' is not a phone number: a phone has 7 to 15 digits (phone_plan any)" --lookup 1234567890123456
	bad "'123456' is not a phone number: a phone has 7 to 15 digits (phone_plan any)" --lookup 123456
	run cols visits.csv $ROWS
	assert_output "visit,1381234567,A01,,new,A01
visit,4412345678901,A02,,new,A02
visit,13812345678,A03,,new,A03"
}

@test "rules.csv phone_plan is cn or any: another value stops the tool with 65 at its line (SPEC 6)" {
	sed -i 's/^phone_plan,cn,/phone_plan,us,/' "$FRONTDESK_DATA/rules.csv"
	bad "rules.csv:$(grep -n '^phone_plan,' "$FRONTDESK_DATA/rules.csv" | cut -d: -f1): phone_plan is cn or any, not 'us'" \
		--lookup 13812345678
}

@test "full-width codes, numbers, phones and dates read as ASCII (Ａ０１, １３８…, ２, Ｍ, ２０２６－１１－１０); a name, a note, a unit, an address and an interest are kept as typed (SPEC 2 input as a Chinese desk types it)" {
	reg '2026-11-10 09:00' A01 13800000001 陈杰
	says "returning customer of A01 (registered 2026-11-10, valid until 2026-11-30); household of 138****0001 (四.7) (row 2)" \
		'2026-11-10 10:00' register-visit --agent '　Ａ０１　' --phone '１３８ １２３４ ５６７８' \
		--name 'Ｊｏｈｎ　陈' --source 网络 --gender Ｍ --level Ａ --party ２ \
		--household '１３８ ００００ ０００１' --unit 'ＡＢＣ公司' --address '１号楼　３０１' \
		--interest '三房（南向）' --note ' 看房　ＯＫ '
	run cols visits.csv kind,phone,name,gender,household,unit,address,interest,level,agent,party,note
	assert_output "visit,13800000001,陈杰,,,,,,,A01,1,
visit,13812345678,Ｊｏｈｎ　陈,M,13800000001,ＡＢＣ公司,１号楼　３０１,三房（南向）,A,A01,2, 看房　ＯＫ "
	run --separate-stderr at '2026-11-11 10:00' register-visit --list --date ２０２６－１１－１０
	assert_success
	assert_output "$LIST
1,09:00,visit,13800000001,陈杰,,,,网络,A01,,1,new,A01,
2,10:00,visit,13812345678,Ｊｏｈｎ　陈,M,13800000001,A,网络,A01,,2,returning,A01, 看房　ＯＫ "
}

@test "the import's agent column matches codes without regard to case: a01 is A01, and the book says A01 (SPEC 2)" {
	printf 'time,kind,agent,phone,name,source\n2026-11-12 09:00,visit,a01,13800000005,周平,网络\n2026-11-12 09:10,visit,ａ０２,13800000006,林芳,网络\n' > "$BATS_TEST_TMPDIR/in.csv"
	says "imported 2 rows into visits.csv, rows 1 to 2" '2026-11-20 10:00' register-visit --import "$BATS_TEST_TMPDIR/in.csv"
	run cols visits.csv $ROWS
	assert_output "visit,13800000005,A01,,new,A01
visit,13800000006,A02,,new,A02"
}

# --- issue 22: void, handover, follow-ups with a level and a plan, calls without a name -----

@test "--void of a registration made to the wrong agent: the owner decided again as if it had never been written, the sentence says who owns the customer now, and a new registration is new (SPEC 5.2 a voided row counts for nothing; seed 000 条例 12, 四.5 不得涂改和销毁)" {
	reg '2026-11-10 10:00' A01 13800000001 陈杰
	says "voided row 1 of visits.csv (A01 王伟 visit 138****0001 on 2026-11-10 at 10:00); 138****0001 is now nobody's (the next visit registers them): 登记错了顾问 (row 2)" \
		'2026-11-10 10:30' register-visit --void 1 --note 登记错了顾问
	run -0 at '2026-11-10 10:31' register-visit --lookup 13800000001
	assert_output "$LOOKUP
13800000001,,,,,,new,0,"
	says "new customer 138****0001 陈杰 registered to A03, valid until 2026-11-30 (row 3)" \
		'2026-11-10 10:32' register-visit --agent A03 --phone 13800000001 --name 陈杰 --source 网络
	run cols visits.csv seq,kind,phone,agent,status,owner,note,ref
	assert_output "1,visit,13800000001,A01,new,A01,,
2,void,13800000001,A01,,,登记错了顾问,1
3,visit,13800000001,A03,new,A03,,"
	# the void is final, and a row that is not there is bad data
	refused "register-visit: refused: row 1 is voided already: a void is final (record it again instead)" \
		'2026-11-10 10:40' register-visit --void 1 --note again
	expect_fail 65 "register-visit: visits.csv has no row 9" at '2026-11-10 10:40' register-visit --void 9 --note x
	usage_error "--void needs --note" --void 3
}

@test "--void of the registration a later visit was crossed to: that visit registers its agent, the first agent's follow-up renews nothing; --void of a crossed row leaves the owner (SPEC 5.2 decided again from the rows that remain; 条例 12, 13)" {
	reg '2026-11-10 10:00' A01 13800000001 陈杰
	reg '2026-11-11 10:00' A03 13800000001 陈杰
	at '2026-11-12 10:00' register-visit --follow --agent A01 --phone 13800000001 >/dev/null
	reg '2026-11-12 11:00' A02 13800000002 林芳
	reg '2026-11-12 11:30' A04 13800000002 林芳
	says "voided row 5 of visits.csv (A04 刘洋 visit 138****0002 on 2026-11-12 at 11:30); 138****0002 is now A02's, valid until 2026-12-02: 顾问记错 (row 6)" \
		'2026-11-13 09:00' register-visit --void 5 --note 顾问记错
	says "voided row 1 of visits.csv (A01 王伟 visit 138****0001 on 2026-11-10 at 10:00); 138****0001 is now A03's, valid until 2026-12-01: 登记错了顾问 (row 7)" \
		'2026-11-13 09:05' register-visit --void 1 --note 登记错了顾问
	run -0 at '2026-11-13 09:10' register-visit --lookup 13800000001
	assert_output "$LOOKUP
13800000001,陈杰,A03,2026-11-11,2026-11-11,2026-12-01,valid,1,"
	says "returning customer of A03 (registered 2026-11-11, valid until 2026-12-03) (row 8)" \
		'2026-11-13 10:00' register-visit --agent A03 --phone 13800000001 --name 陈杰 --source 网络
	refused "register-visit: refused: 138****0001 is registered to another agent: only the owner's follow-up renews a registration (四.7, 条例 13)" \
		'2026-11-13 10:05' register-visit --follow --agent A01 --phone 13800000001
	# assign-commission: the deal is A03's own customer's, not a split with A01
	run -0 at '2026-11-14 10:00' assign-commission --deal S1 --phone 13800000001 --agent A03 --amount 1000000
	assert_output "deal,agent,share,amount,rule,evidence
S1,A03,100.00,1000000.00,owner,visits:8"
}

# FROM A01 holds: 陈杰 (valid, with 周平 of his household crossed by A02), 林芳 (a deposit),
# 吴芳 (valid); not 郑强 (lapsed), nor a caller.
handover_books() {
	reg '2026-10-01 10:00' A01 13800000006 郑强
	reg '2026-11-01 10:00' A01 13800000001 陈杰 --level A
	reg '2026-11-05 10:00' A01 13800000002 林芳
	reg '2026-11-05 10:10' A02 13800000003 周平 --household 13800000001
	at '2026-11-06 10:00' assign-commission --deal D1 --phone 13800000002 --agent A01 --amount 20000 --kind deposit >/dev/null
	reg '2026-11-06 11:00' A01 13800000004 吴芳
	at '2026-11-06 11:05' register-visit --call --agent A01 --phone 13800000005 --source 网络 >/dev/null
}

@test "--handover A01 --to A03: every customer A01 holds, valid registrations and a deposit, one handover row each, with the validity the registration had; A01 then holds nobody (SPEC 5.2 handover; seed 000 条例 14 客户档案, 客户移交)" {
	handover_books
	says "138****0001 陈杰 handed over from A01 王伟 to A03 张敏: valid until 2026-11-21 (客户移交) (row 7)
138****0002 林芳 handed over from A01 王伟 to A03 张敏: deposit paid, held for good (客户移交) (row 8)
138****0004 吴芳 handed over from A01 王伟 to A03 张敏: valid until 2026-11-26 (客户移交) (row 9)" \
		'2026-11-10 09:00' register-visit --handover 王伟 --to A03 --note 王伟离职
	run cols visits.csv seq,kind,phone,name,level,agent,referrer,status,owner,note,ref
	assert_output "1,visit,13800000006,郑强,,A01,,new,A01,,
2,visit,13800000001,陈杰,A,A01,,new,A01,,
3,visit,13800000002,林芳,,A01,,new,A01,,
4,visit,13800000003,周平,,A02,,crossed,A01,,
5,visit,13800000004,吴芳,,A01,,new,A01,,
6,call,13800000005,,,A01,,unregistered,,,
7,handover,13800000001,陈杰,A,A03,A01,,A03,王伟离职,2
8,handover,13800000002,林芳,,A03,A01,,A03,王伟离职,
9,handover,13800000004,吴芳,,A03,A01,,A03,王伟离职,5"
	for p in 13800000001 13800000003 13800000002 13800000004 13800000006; do
		at '2026-11-10 09:10' register-visit --lookup $p | tail -n 1
	done > "$BATS_TEST_TMPDIR/after"
	run cat "$BATS_TEST_TMPDIR/after"
	assert_output "13800000001,陈杰,A03,,2026-11-01,2026-11-21,valid,2,A
13800000003,周平,A03,,2026-11-01,2026-11-21,valid,2,A
13800000002,林芳,A03,,2026-11-05,,deposit,1,
13800000004,吴芳,A03,,2026-11-06,2026-11-26,valid,1,
13800000006,郑强,,,2026-10-01,,expired,1,"
	# A01 holds nobody now; the old owner's visit is crossed to A03
	refused "register-visit: refused: A01 王伟 holds no customer: no valid registration and no deposit to hand over (客户移交)" \
		'2026-11-10 09:20' register-visit --handover A01 --to A02 --note again
	says "already registered to A03, who took a deposit: first registration wins (recorded as crossed, 条例 12) (row 10)" \
		'2026-11-10 09:30' register-visit --agent A01 --phone 13800000002 --name 林芳 --source 网络
	# the validity the registration had: 陈杰 lapses after 11-21 unless A03 renews it
	run -0 at '2026-11-22 09:00' register-visit --lookup 13800000001
	assert_output "$LOOKUP
13800000001,陈杰,,,2026-11-01,,expired,2,A"
}

@test "--lookup of a customer whose owner has left: the row as before, and a note that the owner holds the customer until handed over or lapsed; none once handed over (SPEC 5.2 an inactive agent keeps what they held; seed 000 条例 14)" {
	handover_books
	sed -i 's/^A01,\([^,]*\),\([^,]*\),\([^,]*\),\([^,]*\),\([^,]*\),yes,/A01,\1,\2,\3,\4,\5,no,/' "$FRONTDESK_DATA/agents.csv"
	run -0 --separate-stderr at '2026-11-10 09:00' register-visit --lookup 13800000001
	assert_output "$LOOKUP
13800000001,陈杰,A01,2026-11-01,2026-11-01,2026-11-21,valid,2,A"
	assert_equal "$stderr" "register-visit: note: A01 王伟 is no longer active but holds the customer until the manager hands them over (--handover) or the registration lapses (条例 14)"
	at '2026-11-10 09:05' register-visit --handover A01 --to A03 --note 王伟离职 >/dev/null
	run -0 --separate-stderr at '2026-11-10 09:10' register-visit --lookup 13800000001
	assert_output "$LOOKUP
13800000001,陈杰,A03,,2026-11-01,2026-11-21,valid,2,A"
	assert_equal "$stderr" ""
}

@test "after a handover a later deal credits TO (assign-commission), next-agent gives the returning customer to TO, and TO's follow-up renews it (SPEC 5.2 handover: a later deal credits TO; 5.1 returning customer; 条例 14)" {
	handover_books
	at '2026-11-10 09:00' register-visit --handover A01 --to A03 --note 王伟离职 >/dev/null
	at '2026-11-12 08:10' sign-in A01 >/dev/null
	at '2026-11-12 08:20' sign-in A03 >/dev/null
	says "A03 张敏 receives the customer — returning customer 138****0004 of A03 (valid until 2026-11-26): the owner receives, not counted, keeps the place in line (四.14) (row 1)" \
		'2026-11-12 09:00' next-agent --claim --customer 13800000004
	says "returning customer of A03 (valid until 2026-12-02) (row 10)" \
		'2026-11-12 09:05' register-visit --agent A03 --phone 13800000004 --name 吴芳 --source 网络
	says "follow-up of 138****0001 by A03 recorded: valid until 2026-12-02 (row 11)" \
		'2026-11-12 09:10' register-visit --follow --agent A03 --phone 13800000001
	run -0 at '2026-11-12 10:00' assign-commission --deal S1 --phone 13800000002 --agent A03 --amount 1000000
	assert_output "deal,agent,share,amount,rule,evidence
S1,A03,100.00,1000000.00,owner,deals:1"
	run -0 at '2026-11-12 10:01' assign-commission --deal S2 --phone 13800000004 --agent A03 --amount 1000000
	assert_output "deal,agent,share,amount,rule,evidence
S2,A03,100.00,1000000.00,owner,visits:10"
	# the old owner closing it shares with TO as any crossed agent would (A01's visit is there)
	run -0 at '2026-11-12 10:02' assign-commission --deal S3 --phone 13800000001 --agent A01 --amount 1000000 --explain
	assert_output "deal,agent,share,amount,rule,evidence
S3,A03,50.00,500000.00,crossed,visits:11;visits:2
S3,A01,50.00,500000.00,crossed,visits:11;visits:2"
}

@test "a handover of a deposit-held customer: held still, by TO; voiding the handover gives the customer back to FROM, and the registration it rests on cannot be voided before it (SPEC 5.2 a deposit-held customer stays held, by the new owner; SPEC 1 ref)" {
	reg '2026-09-01 10:00' A01 13800000002 林芳
	at '2026-09-02 10:00' assign-commission --deal D1 --phone 13800000002 --agent A01 --amount 20000 --kind deposit >/dev/null
	reg '2026-11-05 10:00' A02 13800000001 陈杰
	says "138****0002 林芳 handed over from A01 王伟 to A04 刘洋: deposit paid, held for good (客户移交) (row 3)" \
		'2026-11-10 09:00' register-visit --handover A01 --to 刘洋 --note 调岗
	run -0 at '2027-03-01 09:00' register-visit --lookup 13800000002
	assert_output "$LOOKUP
13800000002,林芳,A04,,2026-09-01,,deposit,1,"
	run -0 at '2027-03-01 09:05' assign-commission --deal S1 --phone 13800000002 --agent A04 --amount 1000000
	assert_output "deal,agent,share,amount,rule,evidence
S1,A04,100.00,1000000.00,owner,deals:1"
	says "voided row 3 of visits.csv (A04 刘洋 handover 138****0002 on 2026-11-10 at 09:00); 138****0002 is now A01's, deposit paid: 交接错了 (row 4)" \
		'2026-11-10 09:30' register-visit --void 3 --note 交接错了
	# a handover that rests on a live registration row refers to it: that one goes first
	at '2026-11-10 09:40' register-visit --handover A02 --to A05 --note 调岗 >/dev/null
	refused "register-visit: refused: row 5 refers to row 2: void row 5 first" \
		'2026-11-10 09:50' register-visit --void 2 --note 错
}

@test "--handover refusals: FROM holds nobody, TO inactive or unknown, FROM == TO, an unknown FROM; every file unchanged (SPEC 5.2 handover; SPEC 2 exit 1)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	reg '2026-10-01 10:00' A02 13800000002 林芳
	refused "register-visit: refused: A02 李娜 holds no customer: no valid registration and no deposit to hand over (客户移交)" \
		'2026-11-10 09:00' register-visit --handover A02 --to A03 --note 离职
	refused "register-visit: refused: agent A08 黄丽华 is not active (agents.csv)" \
		'2026-11-10 09:00' register-visit --handover A01 --to A08 --note 离职
	refused "register-visit: unknown agent 'A09': did you mean A01 王伟, A02 李娜, A03 张敏?" \
		'2026-11-10 09:00' register-visit --handover A01 --to A09 --note 离职
	refused "register-visit: refused: A01 王伟 would hand over to themselves: --to names another agent (客户移交)" \
		'2026-11-10 09:00' register-visit --handover A01 --to 王伟 --note 离职
	refused "register-visit: unknown agent 'A99': agents.csv lists no one like that" \
		'2026-11-10 09:00' register-visit --handover A99 --to A03 --note 离职
	usage_error "--handover needs --to" --handover A01 --note 离职
	usage_error "--handover needs --note" --handover A01 --to A03
	usage_error "--to goes with --handover" --agent A01 --phone 13800000003 --name 周平 --source 网络 --to A03
}

@test "--follow --level H --next 2026-11-14: the level after the contact on the row, a plan row in followups.csv; other visit options are taken as what they say (a --name corrects the name); a past --next or an unknown level writes nothing (SPEC 3 register-visit --follow, 5.6; seed 004 篇1 六 追踪后级别)" {
	reg '2026-11-10 10:00' A01 13800000001 陈杰 --level B
	says "follow-up of 138****0001 by A01 recorded: valid until 2026-12-02; level now H (追踪后级别) (row 2)
next contact planned for 2026-11-14 in followups.csv (row 1)" \
		'2026-11-12 10:05' register-visit --follow --agent A01 --phone 13800000001 --level H --next 2026-11-14 --note 电话回访
	says "follow-up of 138****0001 by A01 recorded: valid until 2026-12-02 (row 3)" \
		'2026-11-12 10:09' register-visit --follow --agent A01 --phone 13800000001 --name 陈先生 --unit 3-101 --gender M
	run cols visits.csv seq,kind,phone,name,gender,unit,level,agent,status,owner,note
	assert_output "1,visit,13800000001,陈杰,,,B,A01,new,A01,
2,follow,13800000001,,,,H,A01,returning,A01,电话回访
3,follow,13800000001,陈先生,M,3-101,,A01,returning,A01,"
	run cols followups.csv seq,time,phone,agent,event,due,reason,note,ref,by
	assert_output "1,2026-11-12T10:05:00+08:00,13800000001,A01,plan,2026-11-14,,,,前台"
	run -0 at '2026-11-12 10:10' register-visit --lookup 13800000001
	assert_output "$LOOKUP
13800000001,陈先生,A01,2026-11-10,2026-11-12,2026-12-02,valid,1,H"
	bad "--next: 2026-11-01 is in the past: the next contact is today or a day to come" \
		--follow --agent A01 --phone 13800000001 --next 2026-11-01
	bad "--next takes a date YYYY-MM-DD, not 'friday'" --follow --agent A01 --phone 13800000001 --next friday
	bad "level 'Z' is not one of the rule levels" --follow --agent A01 --phone 13800000001 --level Z
	usage_error "--next goes with --follow" --agent A01 --phone 13800000002 --name 林芳 --source 网络 --next 2026-11-20
	# the owner's follow-up alone; a refused one writes no plan either
	refused "register-visit: refused: 138****0001 is registered to another agent: only the owner's follow-up renews a registration (四.7, 条例 13)" \
		'2026-11-12 10:20' register-visit --follow --agent A02 --phone 13800000001 --next 2026-11-20
}

@test "a caller who gives no name is still logged, and owns nothing (SPEC 3 register-visit: every call is written down, 笔笔登记; seed 000 四.6)" {
	says "call from 139****0001 recorded: a call owns no customer (电话咨询不做客户登记, 四.6) (row 1)" \
		'2026-11-12 10:08' register-visit --call --agent A01 --phone 13900000001 --source 电视
	run cols visits.csv seq,kind,phone,name,source,agent,status,owner
	assert_output "1,call,13900000001,,电视,A01,unregistered,"
	run -0 at '2026-11-12 10:10' register-visit --lookup 13900000001
	assert_output "$LOOKUP
13900000001,,,,,,unregistered,0,"
	usage_error "--call needs --source" --call --agent A01 --phone 13900000002
	cd "$BATS_TEST_TMPDIR"
	printf 'time,kind,agent,phone,name,source\n2026-11-12 09:00,call,A01,13900000003,,网络\n' > calls.csv
	says "imported 1 row into visits.csv, rows 2 to 2" '2026-11-12 12:00' register-visit --import calls.csv
}

@test "--lookup's level: the latest level given to the customer's household, by a visit or a follow-up of any member (SPEC 3 register-visit --lookup level; seed 004 篇7 1.2 A/B/C/D 类)" {
	reg '2026-11-10 10:00' A01 13800000001 陈杰 --level C
	reg '2026-11-11 10:00' A01 13800000002 林芳 --household 13800000001 --level B
	run -0 at '2026-11-11 10:10' register-visit --lookup 13800000001
	assert_output "$LOOKUP
13800000001,陈杰,A01,2026-11-10,2026-11-11,2026-12-01,valid,2,B"
	at '2026-11-12 10:00' register-visit --follow --agent A01 --phone 13800000001 --level A >/dev/null
	at '2026-11-12 11:00' register-visit --follow --agent A01 --phone 13800000002 >/dev/null
	run -0 at '2026-11-12 11:10' register-visit --lookup 13800000002
	assert_output "$LOOKUP
13800000002,林芳,A01,2026-11-10,2026-11-12,2026-12-02,valid,2,A"
	run -0 at '2026-11-12 11:10' register-visit --lookup 13800000001 --table
	assert_output "phone        name  owner  registered  last_contact  expires     status  visits  level
13800000001  陈杰  A01    2026-11-10  2026-11-12    2026-12-02  valid   2       A"
}

@test "daily-report and --list honour the register's voids and handovers: a voided visit counts nowhere, a handover row is listed but is no visit, call or follow-up (SPEC 5.2 every reader honours a void; SPEC 3 daily-report; seed 001 展厅客流量统计表)" {
	reg '2026-11-10 10:00' A01 13800000001 陈杰
	reg '2026-11-10 10:10' A01 13800000002 林芳
	at '2026-11-10 10:20' register-visit --call --agent A02 --phone 13900000001 --source 电视 >/dev/null
	at '2026-11-10 11:00' register-visit --void 2 --note 录重了 >/dev/null
	at '2026-11-10 12:00' register-visit --handover A01 --to A03 --note 调岗 >/dev/null
	run -0 at '2026-11-10 18:00' daily-report --by agent
	assert_line --index 1 "2026-11-10,A01,王伟,0,0,1,0,0,0,0,0.00"
	assert_line --index 2 "2026-11-10,A02,李娜,0,0,0,0,1,0,0,0.00"
	assert_line --index 3 "2026-11-10,A03,张敏,0,0,0,0,0,0,0,0.00"
	run -0 at '2026-11-10 18:00' daily-report --summary
	assert_output "date,visits,calls,contacts,new,returning,deposits,sales,amount,conversion
2026-11-10,0,1,1,1,0,0,0,0.00,"
	run -0 at '2026-11-10 18:00' register-visit --list
	assert_output "$LIST
1,10:00,visit,13800000001,陈杰,,,,网络,A01,,1,new,A01,
3,10:20,call,13900000001,,,,,电视,A02,,,unregistered,,
5,12:00,handover,13800000001,陈杰,,,,,A03,A01,,,A03,调岗"
}
