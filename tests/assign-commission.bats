# assign-commission: whose deal (佣金分配), SPEC 3 "assign-commission" and 5.3.
# Every rule of who is paid for a deal, in its order, with the CSV it prints and the
# commissions.csv rows it writes, worked out by hand: the manager's split (四.8), a referrer
# of referrers.csv (001 佣金分配 7), an agreement made before signing (五.4), a new or lapsed
# customer and a deposit taken on the spot (条例 13, 五.2), the owner (001 佣金分配 1), duty
# cover (条例 3), a household (条例 2) and a crossed registration (四.8), each share resting
# on a row that shows the closer served the customer (四.6, 四.10, 四.11, 条例 9); amounts split to
# the fen, voids, the month's statement against the targets of agents.csv (001 提成制度),
# amounts up to 10^12 yuan and past what a fen counter holds, duplicates, --explain,
# --import (all or nothing, time order) and usage.  The evidence comes from the real tools:
# register-visit, sign-in and next-agent, and assign-commission --kind deposit.
# Rules: split_cover/split_household/split_crossed 50 (the owner's share comes first),
# sale_rate_pct 0.2, rent_rate_pct 20.  Registered on 11-01 means valid through 11-21.
# referrers.csv of the fixture: R01 世纪地产 (channel), R02 策划部 周强 (staff), R03 中原地产
# (channel, inactive).
load test_helper

OUT=deal,agent,share,amount,rule,evidence
ROWS=deal,agent,share,amount,rule,evidence
STATEMENT=agent,name,sales_credited,sales_target,sales_commission,rent_credited,rent_target,rent_commission,total

# A command that must succeed quietly with exactly this output.
# says 'OUTPUT' 'YYYY-MM-DD HH:MM' assign-commission ARGS...
says() { expect_say "$1" at "${@:2}"; }

# fails CODE 'MESSAGE' 'YYYY-MM-DD HH:MM' CMD...: that exit code, the one stderr line,
# nothing on stdout, nothing written.
fails() { expect_fail "$1" "$2" at "${@:3}"; }

# A usage error: exit 64, the message on stderr, nothing written.
usage_error() {
	local msg=$1
	shift
	fails 64 "assign-commission: $msg (assign-commission -h shows the usage)" \
		'2026-11-12 10:00' assign-commission "$@"
}

# reg TIME AGENT PHONE NAME [ARGS...]: a visit from the source 网络, its sentence not checked.
reg() {
	at "$1" register-visit --agent "$2" --phone "$3" --name "$4" --source 网络 "${@:5}" >/dev/null
}

# deal TIME ARGS...: a deal recorded for a later test step, its output not checked.
deal() {
	at "$1" assign-commission "${@:2}" >/dev/null
}

# Every deal of deals.csv that is not a deposit has commission rows, and they add up to
# its amount to the fen.
adds_up() {
	local fen='function fen(y, p) { split(y, p, "."); return p[1] * 100 + p[2] }'
	join -t, -a1 \
		<(awk -F, 'NR > 1 && $5 != "deposit" { print $4 "," $8 }' "$FRONTDESK_DATA/deals.csv" | sort) \
		<(cols commissions.csv deal,amount | awk -F, "$fen"' { s[$1] += fen($2) } END { for (d in s) printf "%s,%.0f\n", d, s[d] }' | sort) |
		awk -F, "$fen"' NF != 3 || fen($2) != $3 { print "deal " $1 " of " $2 " yuan: its parts add up to " $3 " fen"; bad = 1 } END { exit bad }'
}

# --- the rules of SPEC 5.3, one by one -------------------------------------------------

@test "rule 1 manager: --split --note pays as the manager gives it, over the owner, the note kept in deals.csv (SPEC 5.3 1, seed 000 四.8 可按公司提成制度解决)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	says "$OUT
S1,A01,30.00,300000.00,manager,
S1,A02,50.00,500000.00,manager,
S1,A03,20.00,200000.00,manager," '2026-11-05 15:00' assign-commission --deal S1 --phone 13800000001 --agent A02 --amount 1000000 --split A01:30,李娜:50,A03:20 --note 经理批示
	run cols commissions.csv $ROWS
	assert_output "S1,A01,30.00,300000.00,manager,
S1,A02,50.00,500000.00,manager,
S1,A03,20.00,200000.00,manager,"
	run cols deals.csv deal,kind,phone,agent,amount,referrer,note
	assert_output "S1,sale,13800000001,A02,1000000.00,,经理批示"
	run chain_ok "$FRONTDESK_DATA/commissions.csv"
	assert_success
}

@test "rule 2 referral: a customer brought by an agency or another department of referrers.csv, by name or code in any case, all to the referrer's code (SPEC 1 referrers.csv, 5.3 2, seed 001 佣金分配 7 佣金归介绍人所有)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	says "$OUT
S1,R01,100.00,800000.00,referral," '2026-11-05 15:00' assign-commission --deal S1 --phone 13800000001 --agent A01 --amount 800000 --referrer 世纪地产
	says "$OUT
S2,R02,100.00,600000.00,referral," '2026-11-05 16:00' assign-commission --deal S2 --phone 13900000002 --agent A03 --amount 600000 --referrer r02
	says "$OUT
S3,R02,100.00,500000.00,referral," '2026-11-05 17:00' assign-commission --deal S3 --phone 13900000003 --agent A03 --amount 500000 --referrer '策划部 周强'
	run cols commissions.csv $ROWS
	assert_output "S1,R01,100.00,800000.00,referral,
S2,R02,100.00,600000.00,referral,
S3,R02,100.00,500000.00,referral,"
	run cols deals.csv deal,kind,phone,agent,amount,referrer
	assert_output "S1,sale,13800000001,A01,800000.00,R01
S2,sale,13900000002,A03,600000.00,R02
S3,sale,13900000003,A03,500000.00,R02"
}

@test "rule 3 agreement: the latest cooperation recorded before the deal gives the shares (SPEC 5.3 3, seed 000 五.4 合作与分成 须在签单之前协商好)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	says "agreement on 138****0001 recorded: A01:50.00,A02:50.00 (合作分成, 五.4); it applies to deals from now on (row 1)" \
		'2026-11-02 10:00' assign-commission --agree 13800000001 A01:50,A02:50 --note 经理签字
	says "agreement on 138****0001 recorded: A01:60.00,A02:40.00 (合作分成, 五.4); it applies to deals from now on (row 2)" \
		'2026-11-03 10:00' assign-commission --agree 138-0000-0001 王伟:60,A02:40
	says "$OUT
S1,A01,60.00,600000.00,agreement,agreements:2
S1,A02,40.00,400000.00,agreement,agreements:2" '2026-11-04 10:00' assign-commission --deal S1 --phone 13800000001 --agent A02 --amount 1000000
	run cols commissions.csv $ROWS
	assert_output "S1,A01,60.00,600000.00,agreement,agreements:2
S1,A02,40.00,400000.00,agreement,agreements:2"
	run tail -n +2 "$FRONTDESK_DATA/agreements.csv"
	assert_line --index 0 --partial ',13800000001,"A01:50.00,A02:50.00",经理签字,,前台,'
	assert_line --index 1 --partial ',13800000001,"A01:60.00,A02:40.00",,,前台,'
}

@test "rule 4 new-customer: a customer nobody registered, or who only phoned, is all the closer's (SPEC 5.3 4, seed 000 四.6 电话咨询不做客户登记)" {
	says "$OUT
S1,A03,100.00,1200000.00,new-customer," '2026-11-05 10:00' assign-commission --deal S1 --phone 13900000003 --agent 张敏 --amount 1200000
	at '2026-11-05 11:00' register-visit --call --agent A01 --phone 13900000004 --name 林芳 --source 电视 >/dev/null
	says "$OUT
S2,A02,100.00,900000.00,new-customer," '2026-11-06 10:00' assign-commission --deal S2 --phone 13900000004 --agent A02 --amount 900000
	run cols commissions.csv $ROWS
	assert_output "S1,A03,100.00,1200000.00,new-customer,
S2,A02,100.00,900000.00,new-customer,"
}

@test "rule 4 expired: registered 11-01, crossed on 11-21, all the closer's on 11-22 with the lapsed row as evidence; a follow-up moves the lapse (SPEC 5.3 4, seed 000 条例 13 有效期为20天)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	reg '2026-11-01 10:05' A01 13800000002 林芳
	at '2026-11-10 10:00' register-visit --follow --agent A01 --phone 13800000002 >/dev/null
	# the closers' crossed visits (rows 4, 5) renew nothing; they show who served (四.11)
	reg '2026-11-12 10:00' A02 13800000001 陈杰
	reg '2026-11-12 10:05' A03 13800000002 林芳
	says "$OUT
S1,A01,50.00,500000.00,crossed,visits:1;visits:4
S1,A02,50.00,500000.00,crossed,visits:1;visits:4" '2026-11-21 23:59' assign-commission --explain --deal S1 --phone 13800000001 --agent A02 --amount 1000000
	says "$OUT
S1,A02,100.00,1000000.00,expired,visits:1" '2026-11-22 00:00' assign-commission --deal S1 --phone 13800000001 --agent A02 --amount 1000000
	says "$OUT
S2,A01,50.00,400000.00,crossed,visits:3;visits:5
S2,A03,50.00,400000.00,crossed,visits:3;visits:5" '2026-11-30 18:00' assign-commission --explain --deal S2 --phone 13800000002 --agent A03 --amount 800000
	says "$OUT
S2,A03,100.00,800000.00,expired,visits:3" '2026-12-01 09:00' assign-commission --deal S2 --phone 13800000002 --agent A03 --amount 800000
	run cols commissions.csv $ROWS
	assert_output "S1,A02,100.00,1000000.00,expired,visits:1
S2,A03,100.00,800000.00,expired,visits:3"
}

@test "rule 4 on the spot: a deposit on a customer nobody owns makes the closer the owner for good; it decides no commission (SPEC 5.3 4, 5.2, seed 000 五.2 当场落定的除外)" {
	says "deposit D1 on 139****0003: the customer is A03's for good (taken on the spot: 当场落定, 五.2) (row 1)" \
		'2026-11-05 10:00' assign-commission --deal D1 --phone 13900000003 --agent A03 --amount 20000 --kind deposit
	reg '2026-10-01 10:00' A01 13900000004 林芳
	says "deposit D2 on 139****0004: the customer is A02's for good (taken on the spot: 当场落定, 五.2) (row 2)" \
		'2026-11-06 10:00' assign-commission --deal D2 --phone 13900000004 --agent A02 --amount 50000 --kind deposit
	assert_file_not_exists "$FRONTDESK_DATA/commissions.csv"
	run cols deals.csv deal,kind,phone,agent,amount
	assert_output "D1,deposit,13900000003,A03,20000.00
D2,deposit,13900000004,A02,50000.00"
	# months on, no registration of A03's: still A03's; of A01's lapsed one: A02's
	says "$OUT
S1,A03,100.00,1500000.00,owner,deals:1" '2027-01-10 10:00' assign-commission --deal S1 --phone 13900000003 --agent A03 --amount 1500000
	# A01 served them: his lapsed registration of 10-01 is the closer's row (四.11)
	says "$OUT
S2,A02,50.00,600000.00,crossed,deals:2;visits:1
S2,A01,50.00,600000.00,crossed,deals:2;visits:1" '2027-01-11 10:00' assign-commission --deal S2 --phone 13900000004 --agent A01 --amount 1200000
	run cols commissions.csv $ROWS
	assert_output "S1,A03,100.00,1500000.00,owner,deals:1
S2,A02,50.00,600000.00,crossed,deals:2;visits:1
S2,A01,50.00,600000.00,crossed,deals:2;visits:1"
}

@test "rule 5 owner: the owner closes, all the owner's, named by code or name; a deposit keeps it so after the registration lapses (SPEC 5.3 5, seed 001 佣金分配 1 来访客户成交后的佣金归原始接待者所有)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	reg '2026-11-01 10:05' A02 13800000002 林芳
	reg '2026-11-15 10:00' A01 13800000001 陈杰
	says "deposit D1 on 138****0002: the customer is A02's for good (the owner when it was paid: 已交定金的老客户, 条例 1) (row 1)" \
		'2026-11-10 10:00' assign-commission --deal D1 --phone 13800000002 --agent A02 --amount 20000 --kind deposit
	says "$OUT
S1,A01,100.00,2000000.00,owner,visits:3" '2026-11-20 10:00' assign-commission --deal S1 --phone 13800000001 --agent 王伟 --amount 2000000
	says "$OUT
S2,A02,100.00,3000000.00,owner,deals:1" '2027-03-01 10:00' assign-commission --deal S2 --phone 13800000002 --agent A02 --amount 3000000
	run cols commissions.csv $ROWS
	assert_output "S1,A01,100.00,2000000.00,owner,visits:3
S2,A02,100.00,3000000.00,owner,deals:1"
	run cols deals.csv deal,kind,agent,amount
	assert_output "D1,deposit,A02,20000.00
S1,sale,A01,2000000.00
S2,sale,A02,3000000.00"
}

@test "rule 6 cover: the duty agent who received the owner's customer closes, owner first, 50:50, the floor row as evidence (SPEC 5.3 6, seed 000 条例 3 请其他销售人员代为接待 做成后共单)" {
	reg '2026-11-10 10:00' A01 13800000001 陈杰
	at '2026-11-16 08:10' sign-in A01 >/dev/null
	at '2026-11-16 08:20' sign-in A02 >/dev/null
	at '2026-11-16 08:25' sign-in A03 >/dev/null
	at '2026-11-16 09:00' sign-in --out A01 >/dev/null
	run at '2026-11-16 09:05' next-agent --claim --customer 13800000001
	assert_success
	assert_output --partial "A03 张敏 receives the customer — returning customer 138****0001 of A01"
	at '2026-11-16 10:05' next-agent --done A03 >/dev/null
	run cols floor.csv agent,event,reason,customer
	assert_output "A03,receive,duty,13800000001
A03,done,,"
	says "$OUT
S1,A01,50.00,600000.01,cover,visits:1;floor:1
S1,A03,50.00,600000.00,cover,visits:1;floor:1" '2026-11-16 11:00' assign-commission --deal S1 --phone 13800000001 --agent A03 --amount 1200000.01
	# A02 neither received nor registered them: no share without evidence (四.11)
	fails 1 "assign-commission: refused: 138****0001 is A01 王伟's customer (visits.csv row 1) and no reception (floor.csv) or register row (visits.csv) shows A02 李娜 served them: the manager decides with --split (抢客户: 四.6, 四.10, 四.11, 条例 9)" \
		'2026-11-16 11:05' assign-commission --explain --deal S2 --phone 13800000001 --agent A02 --amount 1200000
	run cols commissions.csv $ROWS
	assert_output "S1,A01,50.00,600000.01,cover,visits:1;floor:1
S1,A03,50.00,600000.00,cover,visits:1;floor:1"
}

@test "rule 6 household: the closer registered the wife, the owner the husband; the deal on the husband is shared, owner first (SPEC 5.3 6, seed 000 条例 2 二人分别接待夫妇二人 做成的算共单)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	reg '2026-11-03 10:00' A02 13800000002 林芳 --household 13800000001
	run cols visits.csv phone,agent,household,status,owner
	assert_output "13800000001,A01,,new,A01
13800000002,A02,13800000001,crossed,A01"
	says "$OUT
S1,A01,50.00,500000.01,household,visits:1;visits:2
S1,A02,50.00,500000.00,household,visits:1;visits:2" '2026-11-08 10:00' assign-commission --deal S1 --phone 13800000001 --agent A02 --amount 1000000.01
	run cols commissions.csv $ROWS
	assert_output "S1,A01,50.00,500000.01,household,visits:1;visits:2
S1,A02,50.00,500000.00,household,visits:1;visits:2"
}

@test "rule 6 household: the deal on the wife the closer registered is shared as household too, not crossed (SPEC 5.3 6, seed 000 条例 2; seed 001 佣金分配 3 分别接待不同的家庭成员)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	reg '2026-11-03 10:00' A02 13800000002 林芳 --household 13800000001
	says "$OUT
S1,A01,50.00,500000.00,household,visits:1;visits:2
S1,A02,50.00,500000.00,household,visits:1;visits:2" '2026-11-08 10:00' assign-commission --deal S1 --phone 13800000002 --agent A02 --amount 1000000
	run cols commissions.csv $ROWS
	assert_output "S1,A01,50.00,500000.00,household,visits:1;visits:2
S1,A02,50.00,500000.00,household,visits:1;visits:2"
}

@test "rule 6 crossed: the closer served a customer registered to another, owner first, 50:50, the owner's row then the closer's crossed visit as evidence (SPEC 5.3 6, seed 000 四.8 无意中接待了他人已做登记得客户, 四.11)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	reg '2026-11-05 10:00' A03 13800000001 陈杰
	run cols visits.csv agent,status,owner
	assert_output "A01,new,A01
A03,crossed,A01"
	says "$OUT
S1,A01,50.00,450000.00,crossed,visits:1;visits:2
S1,A03,50.00,450000.00,crossed,visits:1;visits:2" '2026-11-08 10:00' assign-commission --deal S1 --phone 13800000001 --agent 张敏 --amount 900000
	run cols commissions.csv $ROWS
	assert_output "S1,A01,50.00,450000.00,crossed,visits:1;visits:2
S1,A03,50.00,450000.00,crossed,visits:1;visits:2"
	run chain_ok "$FRONTDESK_DATA/commissions.csv"
	assert_success
}

# --- rule 6: no share without a row that shows the closer served the customer ----------

@test "issue 20 finding 2: A02 registered a customer and took a deposit; A05, who never received nor registered them, types the sale: refused (exit 1), naming the owner and --split, at the desk, with --explain and in an import; the manager's split decides (SPEC 5.3 6, seed 000 四.6, 四.10 抢客户, 四.11 提成得第一道证据, 条例 9)" {
	reg '2026-11-10 10:20' A02 13812345678 陈杰
	deal '2026-11-12 15:00' --deal DJ-1 --kind deposit --phone 13812345678 --agent A02 --amount 20000
	local why="138****5678 is A02 李娜's customer (deals.csv row 1) and no reception (floor.csv) or register row (visits.csv) shows A05 陈静 served them: the manager decides with --split (抢客户: 四.6, 四.10, 四.11, 条例 9)"
	fails 1 "assign-commission: refused: $why" \
		'2026-11-16 13:20' assign-commission --deal HT-X3 --phone 13812345678 --agent A05 --amount 1000000
	fails 1 "assign-commission: refused: $why" \
		'2026-11-16 13:20' assign-commission --explain --deal HT-X3 --phone 13812345678 --agent 陈静 --amount 1000000
	fails 1 "assign-commission: stdin:2: refused: $why" \
		'2026-11-16 13:20' assign-commission --import - <<<'time,deal,phone,agent,amount
2026-11-16 11:00,HT-X3,13812345678,A05,1000000'
	says "$OUT
HT-X3,A02,100.00,1000000.00,manager," '2026-11-16 13:30' assign-commission --deal HT-X3 --phone 13812345678 --agent A05 --amount 1000000 --split A02:100 --note '抢客户 陈静未接待 经理裁定'
	run cols deals.csv deal,kind,agent,amount,note
	assert_output "DJ-1,deposit,A02,20000.00,
HT-X3,sale,A05,1000000.00,抢客户 陈静未接待 经理裁定"
	run cols commissions.csv $ROWS
	assert_output "HT-X3,A02,100.00,1000000.00,manager,"
}

@test "rule 6 evidence: a call, a voided visit and a row after the deal show nothing; a reception by the closer on the floor is crossed with the floor row, and with a register row too both are named, the register first (SPEC 5.3 6 evidence, seed 000 四.11, 四.6 电话咨询不做客户登记)" {
	reg '2026-11-10 10:20' A02 13812345678 陈杰
	at '2026-11-12 10:00' register-visit --call --agent A05 --phone 13812345678 --name 陈杰 --source 网络 >/dev/null
	reg '2026-11-13 10:00' A05 13812345678 陈杰
	put visits.csv 2026-11-13T10:30:00+08:00 void,,,,,,,,,,A05,,,,,登记错人 3	# a void of row 3
	run cols visits.csv seq,kind,agent,status,ref
	assert_output "1,visit,A02,new,
2,call,A05,unregistered,
3,visit,A05,crossed,
4,void,A05,,3"
	local why="138****5678 is A02 李娜's customer (visits.csv row 1) and no reception (floor.csv) or register row (visits.csv) shows A05 陈静 served them: the manager decides with --split (抢客户: 四.6, 四.10, 四.11, 条例 9)"
	fails 1 "assign-commission: refused: $why" \
		'2026-11-16 08:50' assign-commission --explain --deal S1 --phone 13812345678 --agent A05 --amount 1000000
	at '2026-11-16 08:20' sign-in A05 >/dev/null
	at '2026-11-16 09:00' next-agent --claim --agent A05 --note 经理安排 --customer 13812345678 >/dev/null
	run cols floor.csv seq,agent,event,reason,customer
	assert_output "1,A05,receive,manager: 经理安排,13812345678"
	says "$OUT
S1,A02,50.00,500000.00,crossed,visits:1;floor:1
S1,A05,50.00,500000.00,crossed,visits:1;floor:1" '2026-11-16 09:20' assign-commission --explain --deal S1 --phone 13812345678 --agent A05 --amount 1000000
	reg '2026-11-16 09:30' A05 13812345678 陈杰
	says "$OUT
S1,A02,50.00,500000.00,crossed,visits:1;visits:5;floor:1
S1,A05,50.00,500000.00,crossed,visits:1;visits:5;floor:1" '2026-11-16 10:00' assign-commission --deal S1 --phone 13812345678 --agent A05 --amount 1000000
	# imported with their own times: a deal before the reception rests on nothing of A05's
	fails 1 "assign-commission: stdin:3: refused: $why" \
		'2026-11-16 11:00' assign-commission --import - <<<'time,deal,phone,agent,amount
2026-11-16 09:10,S2,13812345678,A05,300000
2026-11-16 08:55,S3,13812345678,A05,300000'
	says "imported 1 row into deals.csv, rows 2 to 2, with 2 commission rows" \
		'2026-11-16 11:00' assign-commission --import - <<<'time,deal,phone,agent,amount
2026-11-16 09:10,S2,13812345678,A05,300000'
	run cols commissions.csv $ROWS
	assert_output "S1,A02,50.00,500000.00,crossed,visits:1;visits:5;floor:1
S1,A05,50.00,500000.00,crossed,visits:1;visits:5;floor:1
S2,A02,50.00,150000.00,crossed,visits:1;floor:1
S2,A05,50.00,150000.00,crossed,visits:1;floor:1"
}

@test "rule 6 evidence: a deposit typed by an agent who never served the owner's customer pays nobody and is taken: it names the owner it leaves in place (SPEC 5.3 6, 5.2; seed 000 五.2)" {
	reg '2026-11-10 10:20' A02 13812345678 陈杰
	says "deposit D1 on 138****5678: the customer is A02's for good (the owner when it was paid: 已交定金的老客户, 条例 1) (row 1)" \
		'2026-11-12 10:00' assign-commission --deal D1 --kind deposit --phone 13812345678 --agent A05 --amount 20000
	assert_file_not_exists "$FRONTDESK_DATA/commissions.csv"
}

# --- referrers: referrers.csv, and nobody else, is paid as a referrer -------------------

@test "issue 20 finding 1: --referrer 李那, a typo of the agent 李娜, is refused with the closest matches and writes nothing; 李娜 and a06 name agents and are not rule 2 (SPEC 3 --referrer, 5.3 2; seed 001 佣金分配 7)" {
	fails 1 "assign-commission: unknown referrer '李那': did you mean A02 李娜?" \
		'2026-11-16 10:00' assign-commission --deal HT-X2 --phone 13812345678 --agent 李娜 --amount 1000000 --referrer 李那
	fails 1 "assign-commission: unknown referrer '世纪地铲': did you mean R01 世纪地产?" \
		'2026-11-16 10:00' assign-commission --deal HT-X2 --phone 13812345678 --agent 李娜 --amount 1000000 --referrer 世纪地铲
	fails 1 "assign-commission: unknown referrer 'R0': did you mean R01 世纪地产, R02 策划部 周强?" \
		'2026-11-16 10:00' assign-commission --deal HT-X2 --phone 13812345678 --agent 李娜 --amount 1000000 --referrer R0
	says "$OUT
HT-X2,A02,100.00,1000000.00,new-customer," '2026-11-16 10:00' assign-commission --deal HT-X2 --phone 13812345678 --agent 李娜 --amount 1000000 --referrer 李娜
	says "$OUT
HT-X4,A02,100.00,500000.00,new-customer," '2026-11-16 10:05' assign-commission --deal HT-X4 --phone 13900000004 --agent 李娜 --amount 500000 --referrer a06
	run cols deals.csv deal,agent,referrer
	assert_output "HT-X2,A02,A02
HT-X4,A02,A06"
}

@test "refused (exit 1), nothing written: a customer's phone, an inactive referrer, an inactive agent, a name nobody has, a referrer when referrers.csv is missing; for a deposit too (SPEC 3 --referrer, 5.3 2; seed 001 (2) 三 老客户介绍新客户)" {
	fails 1 "assign-commission: unknown referrer '13900000009': a customer who brings a friend is no paid referrer (next-agent --referred-by, 001 (2) 三)" \
		'2026-11-16 10:00' assign-commission --deal S1 --phone 13812345678 --agent A01 --amount 1000000 --referrer 13900000009
	fails 1 "assign-commission: unknown referrer '139-0000-0009': a customer who brings a friend is no paid referrer (next-agent --referred-by, 001 (2) 三)" \
		'2026-11-16 10:00' assign-commission --deal S1 --phone 13812345678 --agent A01 --amount 1000000 --referrer 139-0000-0009
	fails 1 "assign-commission: refused: referrer R03 中原地产 is not active (referrers.csv)" \
		'2026-11-16 10:00' assign-commission --deal S1 --phone 13812345678 --agent A01 --amount 1000000 --referrer 中原地产
	fails 1 "assign-commission: refused: referrer R03 中原地产 is not active (referrers.csv)" \
		'2026-11-16 10:00' assign-commission --explain --deal S1 --phone 13812345678 --agent A01 --amount 1000000 --referrer r03
	fails 1 "assign-commission: refused: agent A08 黄丽华 is not active (agents.csv)" \
		'2026-11-16 10:00' assign-commission --deal S1 --phone 13812345678 --agent A01 --amount 1000000 --referrer 黄丽华
	fails 1 "assign-commission: unknown referrer '张三丰': neither agents.csv nor referrers.csv lists anyone like that" \
		'2026-11-16 10:00' assign-commission --deal S1 --phone 13812345678 --agent A01 --amount 1000000 --referrer 张三丰
	fails 1 "assign-commission: unknown referrer '李那': did you mean A02 李娜?" \
		'2026-11-16 10:00' assign-commission --deal D1 --kind deposit --phone 13812345678 --agent A01 --amount 20000 --referrer 李那
	rm "$FRONTDESK_DATA/referrers.csv"
	fails 1 "assign-commission: unknown referrer '世纪地产': neither agents.csv nor referrers.csv lists anyone like that" \
		'2026-11-16 10:00' assign-commission --deal S1 --phone 13812345678 --agent A01 --amount 1000000 --referrer 世纪地产
	assert_file_not_exists "$FRONTDESK_DATA/deals.csv"
}

@test "--import: a referrer column that names nobody, a phone or an inactive referrer stops the import at FILE:LINE (exit 1), nothing written; 介绍人 by code, full-width, is paid (SPEC 3 assign-commission --import, 5.3 2, SPEC 2 full-width)" {
	fails 1 "assign-commission: stdin:3: unknown referrer '李那': did you mean A02 李娜?" \
		'2026-11-25 10:00' assign-commission --import - <<<'time,deal,phone,agent,amount,kind,referrer
2026-11-20 10:00,S1,13800000001,A01,1500000.00,,世纪地产
2026-11-21 10:00,S2,13800000002,A02,100,,李那'
	fails 1 "assign-commission: stdin:2: unknown referrer '13900000009': a customer who brings a friend is no paid referrer (next-agent --referred-by, 001 (2) 三)" \
		'2026-11-25 10:00' assign-commission --import - <<<'time,deal,phone,agent,amount,kind,referrer
2026-11-20 10:00,S1,13800000001,A01,1500000.00,,13900000009'
	printf 'time,deal,phone,agent,amount,referrer\n2026-11-20 10:00,S1,13800000001,A01,100,R03\n' > "$BATS_TEST_TMPDIR/export.csv"
	fails 1 "assign-commission: $BATS_TEST_TMPDIR/export.csv:2: refused: referrer R03 中原地产 is not active (referrers.csv)" \
		'2026-11-25 10:00' assign-commission --import "$BATS_TEST_TMPDIR/export.csv"
	assert_file_not_exists "$FRONTDESK_DATA/deals.csv"
	says "imported 1 row into deals.csv, rows 1 to 1, with 1 commission row" \
		'2026-11-25 10:00' assign-commission --import - <<<'时间,合同号,电话,置业顾问,金额,介绍人
2026/11/20 10:00,S1,13800000001,A01,1500000,Ｒ０１'
	run cols commissions.csv $ROWS
	assert_output "S1,R01,100.00,1500000.00,referral,"
	run cols deals.csv deal,referrer
	assert_output "S1,R01"
}

@test "referrers.csv is checked whole by every tool: a bad kind, active, code, a row listed twice or named as an agent, a missing column exit 65 at FILE:LINE (SPEC 1 referrers.csv, SPEC 2 exit 65)" {
	local f="$FRONTDESK_DATA/referrers.csv" base
	base=$(cat "$f")
	printf '%s\nR04,链家,agency,yes\n' "$base" > "$f"
	fails 65 "assign-commission: referrers.csv:5: kind is channel, staff or other, not 'agency'" \
		'2026-11-16 10:00' assign-commission --deal S1 --phone 13812345678 --agent A01 --amount 100
	fails 65 "sign-in: referrers.csv:5: kind is channel, staff or other, not 'agency'" \
		'2026-11-16 08:20' sign-in A01
	printf '%s\nR04,链家,channel,1\n' "$base" > "$f"
	fails 65 "assign-commission: referrers.csv:5: active is yes or no, not '1'" \
		'2026-11-16 10:00' assign-commission --deal S1 --phone 13812345678 --agent A01 --amount 100
	printf '%s\nR 4,链家,channel,yes\n' "$base" > "$f"
	fails 65 "assign-commission: referrers.csv:5: referrer code 'R 4' must be letters, digits, - or _" \
		'2026-11-16 10:00' assign-commission --deal S1 --phone 13812345678 --agent A01 --amount 100
	printf '%s\nr01,链家,channel,yes\n' "$base" > "$f"
	fails 65 "assign-commission: referrers.csv:5: referrer r01 链家 is listed twice" \
		'2026-11-16 10:00' assign-commission --deal S1 --phone 13812345678 --agent A01 --amount 100
	printf '%s\nR04,王伟,staff,yes\n' "$base" > "$f"
	fails 65 "assign-commission: referrers.csv:5: referrer R04 王伟 has the code or name of agent A01 王伟: the desk could not tell them apart" \
		'2026-11-16 10:00' assign-commission --deal S1 --phone 13812345678 --agent A01 --amount 100
	printf 'referrer,name,kind\nR01,世纪地产,channel\n' > "$f"
	fails 65 "assign-commission: referrers.csv:1: missing column 'active'" \
		'2026-11-16 10:00' assign-commission --deal S1 --phone 13812345678 --agent A01 --amount 100
}

# --- the order of the rules ------------------------------------------------------------

@test "order: a manager's split beats a referrer and an agreement; a referrer beats the agreement (SPEC 5.3 1 before 2 before 3)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	deal '2026-11-02 10:00' --agree 13800000001 A01:50,A02:50
	says "$OUT
S1,A01,20.00,200000.00,manager,
S1,A02,80.00,800000.00,manager," '2026-11-05 10:00' assign-commission --deal S1 --phone 13800000001 --agent A02 --amount 1000000 --referrer 世纪地产 --split A01:20,A02:80 --note 经理裁定
	says "$OUT
S2,R01,100.00,1000000.00,referral," '2026-11-05 11:00' assign-commission --deal S2 --phone 13800000001 --agent A02 --amount 1000000 --referrer 世纪地产
	says "$OUT
S3,A01,50.00,500000.00,agreement,agreements:1
S3,A02,50.00,500000.00,agreement,agreements:1" '2026-11-05 12:00' assign-commission --deal S3 --phone 13800000001 --agent A02 --amount 1000000
	run cols commissions.csv $ROWS
	assert_output "S1,A01,20.00,200000.00,manager,
S1,A02,80.00,800000.00,manager,
S2,R01,100.00,1000000.00,referral,
S3,A01,50.00,500000.00,agreement,agreements:1
S3,A02,50.00,500000.00,agreement,agreements:1"
}

@test "order: a referrer of referrers.csv beats the owner; an agent named as referrer, by code or name, is kept by code in deals.csv and is not rule 2: the register decides (SPEC 5.3 2, seed 001 佣金分配 7 公司其他部门职员及外公司人员介绍的客户, 四.11)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	reg '2026-11-03 10:00' A02 13800000001 陈杰
	says "$OUT
S1,R02,100.00,700000.00,referral," '2026-11-05 10:00' assign-commission --deal S1 --phone 13800000001 --agent A01 --amount 700000 --referrer '策划部 周强'
	says "$OUT
S2,A01,100.00,700000.00,owner,visits:1" '2026-11-05 11:00' assign-commission --deal S2 --phone 13800000001 --agent A01 --amount 700000 --referrer A03
	says "$OUT
S3,A01,50.00,350000.00,crossed,visits:1;visits:2
S3,A02,50.00,350000.00,crossed,visits:1;visits:2" '2026-11-05 12:00' assign-commission --deal S3 --phone 13800000001 --agent A02 --amount 700000 --referrer 张敏
	# the owner named as referrer pays A03 nothing: A03 never served the customer
	fails 1 "assign-commission: refused: 138****0001 is A01 王伟's customer (visits.csv row 1) and no reception (floor.csv) or register row (visits.csv) shows A03 张敏 served them: the manager decides with --split (抢客户: 四.6, 四.10, 四.11, 条例 9)" \
		'2026-11-05 13:00' assign-commission --deal S4 --phone 13800000001 --agent A03 --amount 700000 --referrer 王伟
	run cols commissions.csv $ROWS
	assert_output "S1,R02,100.00,700000.00,referral,
S2,A01,100.00,700000.00,owner,visits:1
S3,A01,50.00,350000.00,crossed,visits:1;visits:2
S3,A02,50.00,350000.00,crossed,visits:1;visits:2"
	run cols deals.csv deal,referrer
	assert_output "S1,R02
S2,A03
S3,A03"
}

@test "an agreement recorded after the deal does not apply to it, nor to a deal imported with an earlier time; a later deal uses it (SPEC 5.3 3, seed 000 五.4 须在签单之前协商好)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	reg '2026-11-02 10:00' A02 13800000001 陈杰	# crossed: A02's evidence (四.11)
	says "$OUT
S1,A01,50.00,500000.00,crossed,visits:1;visits:2
S1,A02,50.00,500000.00,crossed,visits:1;visits:2" '2026-11-05 10:00' assign-commission --deal S1 --phone 13800000001 --agent A02 --amount 1000000
	says "agreement on 138****0001 recorded: A01:30.00,A02:70.00 (合作分成, 五.4); it applies to deals from now on (row 1)" \
		'2026-11-05 11:00' assign-commission --agree 13800000001 A01:30,A02:70
	says "$OUT
S2,A01,30.00,300000.00,agreement,agreements:1
S2,A02,70.00,700000.00,agreement,agreements:1" '2026-11-05 12:00' assign-commission --deal S2 --phone 13800000001 --agent A02 --amount 1000000
	says "imported 1 row into deals.csv, rows 3 to 3, with 2 commission rows" \
		'2026-11-05 13:00' assign-commission --import - <<<'time,deal,phone,agent,amount
2026-11-05 10:30,S3,13800000001,A02,1000000'
	run cols commissions.csv $ROWS
	assert_output "S1,A01,50.00,500000.00,crossed,visits:1;visits:2
S1,A02,50.00,500000.00,crossed,visits:1;visits:2
S2,A01,30.00,300000.00,agreement,agreements:1
S2,A02,70.00,700000.00,agreement,agreements:1
S3,A01,50.00,500000.00,crossed,visits:1;visits:2
S3,A02,50.00,500000.00,crossed,visits:1;visits:2"
}

# --- to the fen ------------------------------------------------------------------------

@test "odd fen: halves of 0.01, 0.03 and 100.01 give the odd fen to the earlier share; thirds of 33.33 % and quarters by largest remainder; every deal adds up (SPEC 5.3 to the fen)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	reg '2026-11-02 10:00' A02 13800000001 陈杰	# crossed: A02's evidence (四.11)
	says "$OUT
S1,A01,50.00,0.01,crossed,visits:1;visits:2
S1,A02,50.00,0.00,crossed,visits:1;visits:2" '2026-11-05 10:00' assign-commission --deal S1 --phone 13800000001 --agent A02 --amount 0.01
	says "$OUT
S2,A01,50.00,0.02,crossed,visits:1;visits:2
S2,A02,50.00,0.01,crossed,visits:1;visits:2" '2026-11-05 10:01' assign-commission --deal S2 --phone 13800000001 --agent A02 --amount 0.03
	says "$OUT
S3,A01,50.00,50.01,crossed,visits:1;visits:2
S3,A02,50.00,50.00,crossed,visits:1;visits:2" '2026-11-05 10:02' assign-commission --deal S3 --phone 13800000001 --agent A02 --amount 100.01
	# 1.6665, 1.6665, 1.667 fen: floors 1, 1, 1; the 2 fen left go to .667, then the first .6665
	says "$OUT
S4,A01,33.33,0.02,manager,
S4,A02,33.33,0.01,manager,
S4,A03,33.34,0.02,manager," '2026-11-05 10:03' assign-commission --deal S4 --phone 13800000001 --agent A02 --amount 0.05 --split A01:33.33,A02:33.33,A03:33.34 --note 三人合作
	says "$OUT
S5,A01,33.33,0.33,manager,
S5,A02,33.33,0.33,manager,
S5,A03,33.34,0.34,manager," '2026-11-05 10:04' assign-commission --deal S5 --phone 13800000001 --agent A02 --amount 1.00 --split A01:33.33,A02:33.33,A03:33.34 --note 三人合作
	says "$OUT
S6,A01,33.33,33.33,manager,
S6,A02,33.33,33.33,manager,
S6,A03,33.34,33.34,manager," '2026-11-05 10:05' assign-commission --deal S6 --phone 13800000001 --agent A02 --amount 100 --split A01:33.33,A02:33.33,A03:33.34 --note 三人合作
	# 3333.3333 and 6667.6667 fen: the later share has the larger remainder
	says "$OUT
S7,A01,33.33,33.33,manager,
S7,A02,66.67,66.68,manager," '2026-11-05 10:06' assign-commission --deal S7 --phone 13800000001 --agent A02 --amount 100.01 --split A01:33.33,A02:66.67 --note 经理调整
	# 0.75 fen each: the 3 fen go to the first three
	says "$OUT
S8,A01,25.00,0.01,manager,
S8,A02,25.00,0.01,manager,
S8,A03,25.00,0.01,manager,
S8,A04,25.00,0.00,manager," '2026-11-05 10:07' assign-commission --deal S8 --phone 13800000001 --agent A02 --amount 0.03 --split A01:25,A02:25,A03:25,A04:25 --note 四人合作
	run cols commissions.csv deal,agent,amount
	assert_output "S1,A01,0.01
S1,A02,0.00
S2,A01,0.02
S2,A02,0.01
S3,A01,50.01
S3,A02,50.00
S4,A01,0.02
S4,A02,0.01
S4,A03,0.02
S5,A01,0.33
S5,A02,0.33
S5,A03,0.34
S6,A01,33.33
S6,A02,33.33
S6,A03,33.34
S7,A01,33.33
S7,A02,66.68
S8,A01,0.01
S8,A02,0.01
S8,A03,0.01
S8,A04,0.00"
	run adds_up
	assert_success
}

@test "10^12 yuan: 1000000000000.00 splits in halves and thirds without overflow, and the statement computes on it (SPEC 1 money in integer fen)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	reg '2026-11-02 10:00' A02 13800000001 陈杰	# crossed: A02's evidence (四.11)
	says "$OUT
S1,A01,50.00,500000000000.00,crossed,visits:1;visits:2
S1,A02,50.00,500000000000.00,crossed,visits:1;visits:2" '2026-11-05 10:00' assign-commission --deal S1 --phone 13800000001 --agent A02 --amount 1000000000000.00
	says "$OUT
R1,A03,100.00,1000000000000.00,new-customer," '2026-11-05 11:00' assign-commission --deal R1 --kind rent --phone 13800000003 --agent A03 --amount 1000000000000.00
	says "$OUT
S9,A01,33.33,333300000000.00,manager,
S9,A04,33.33,333300000000.00,manager,
S9,A05,33.34,333400000000.01,manager," '2026-11-05 12:00' assign-commission --explain --deal S9 --phone 13800000009 --agent A04 --amount 1000000000000.01 --split A01:33.33,A04:33.33,A05:33.34 --note 三人合作
	run adds_up
	assert_success
	# 0.2 % of 499997000000.00 and of 499996000000.00; 20 % of 999999985000.00
	says "$STATEMENT
A01,王伟,500000000000.00,3000000.00,999994000.00,0.00,20000.00,0.00,999994000.00
A02,李娜,500000000000.00,4000000.00,999992000.00,0.00,25000.00,0.00,999992000.00
A03,张敏,0.00,2500000.00,0.00,1000000000000.00,15000.00,199999997000.00,199999997000.00
A04,刘洋,0.00,5000000.00,0.00,0.00,30000.00,0.00,0.00
A05,陈静,0.00,3000000.00,0.00,0.00,20000.00,0.00,0.00
A06,杨帆,0.00,4500000.00,0.00,0.00,25000.00,0.00,0.00
A07,赵磊,0.00,2000000.00,0.00,0.00,10000.00,0.00,0.00" '2026-12-01 09:00' assign-commission --statement 2026-11
}

@test "past what a fen counter holds: above 92233720368547758.07 yuan is refused 65 and nothing is written; the largest itself splits to the fen (SPEC 2 exit 65, SPEC 1 money)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	reg '2026-11-02 10:00' A02 13800000001 陈杰	# crossed: A02's evidence (四.11)
	deal '2026-11-05 09:00' --deal S0 --phone 13800000001 --agent A01 --amount 100
	fails 65 "assign-commission: '92233720368547758.08' is not an amount in yuan above 0, with at most two decimals (the largest is 92233720368547758.07)" \
		'2026-11-05 10:00' assign-commission --deal S1 --phone 13800000001 --agent A02 --amount 92233720368547758.08
	fails 65 "assign-commission: '100000000000000000000.00' is not an amount in yuan above 0, with at most two decimals (the largest is 92233720368547758.07)" \
		'2026-11-05 10:00' assign-commission --deal S1 --phone 13800000001 --agent A02 --amount 100000000000000000000.00
	fails 65 "assign-commission: stdin:3: '92233720368547758.08' is not an amount in yuan above 0, with at most two decimals (the largest is 92233720368547758.07)" \
		'2026-11-05 10:00' assign-commission --import - <<<'time,deal,phone,agent,amount
2026-11-05 09:30,S2,13800000001,A02,100
2026-11-05 09:31,S3,13800000001,A02,92233720368547758.08'
	# 9223372036854775807 fen in halves: 4611686018427387903 each, the odd fen to the owner
	says "$OUT
S1,A01,50.00,46116860184273879.04,crossed,visits:1;visits:2
S1,A02,50.00,46116860184273879.03,crossed,visits:1;visits:2" '2026-11-05 10:00' assign-commission --explain --deal S1 --phone 13800000001 --agent A02 --amount 92233720368547758.07
	run cols deals.csv deal,amount
	assert_output "S0,100.00"
}

@test "a month whose credited amounts cannot be added up is refused 65, not wrapped round (SPEC 2 exit 65, SPEC 5.3 statement)" {
	deal '2026-11-05 10:00' --deal S1 --phone 13800000001 --agent A01 --amount 50000000000000000.00
	deal '2026-11-06 10:00' --deal S2 --phone 13800000002 --agent A01 --amount 50000000000000000.00
	fails 65 "assign-commission: the month's credited amounts are too large to add up" \
		'2026-12-01 09:00' assign-commission --statement 2026-11
}

# --- voids -----------------------------------------------------------------------------

@test "a deal after a voided deposit is decided by the register alone: the void ends the ownership for good (SPEC 5.2 permanent until a void, SPEC 1 void)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	says "deposit D1 on 138****0001: the customer is A01's for good (the owner when it was paid: 已交定金的老客户, 条例 1) (row 1)" \
		'2026-11-05 10:00' assign-commission --deal D1 --phone 13800000001 --agent A01 --amount 20000 --kind deposit
	# lapsed on the register since 11-22, yet the deposit holds it: A01's, and A02 has no
	# row that shows they served them (四.11)
	fails 1 "assign-commission: refused: 138****0001 is A01 王伟's customer (deals.csv row 1) and no reception (floor.csv) or register row (visits.csv) shows A02 李娜 served them: the manager decides with --split (抢客户: 四.6, 四.10, 四.11, 条例 9)" \
		'2026-11-25 10:00' assign-commission --explain --deal S1 --phone 13800000001 --agent A02 --amount 1000000
	says "voided row 1 of deals.csv (deposit D1 on 2026-11-05 at 10:00, 20000.00 yuan) and its 0 commission rows: 客户退定 (row 2)" \
		'2026-11-25 11:00' assign-commission --void D1 --note 客户退定
	says "$OUT
S1,A02,100.00,1000000.00,expired,visits:1" '2026-11-25 12:00' assign-commission --deal S1 --phone 13800000001 --agent A02 --amount 1000000
	run cols deals.csv deal,kind,phone,agent,amount,note,ref
	assert_output "D1,deposit,13800000001,A01,20000.00,,
D1,void,,,,客户退定,1
S1,sale,13800000001,A02,1000000.00,,"
	run cols commissions.csv $ROWS
	assert_output "S1,A02,100.00,1000000.00,expired,visits:1"
}

@test "finding 8: a deposit's and an agreement's sentences name their rows; --void DEAL says it voided that same deposit row, no other (SPEC 2: … (row 42), every --void prints the row it voided; seed 000 五.2)" {
	reg '2026-11-10 09:00' A01 13800000001 陈杰
	says "deposit D1 on 138****0001: the customer is A01's for good (the owner when it was paid: 已交定金的老客户, 条例 1) (row 1)" \
		'2026-11-10 10:05' assign-commission --deal D1 --kind deposit --phone 13800000001 --agent A01 --amount 20000
	says "deposit D2 on 138****0002: the customer is A02's for good (taken on the spot: 当场落定, 五.2) (row 2)" \
		'2026-11-10 10:06' assign-commission --deal D2 --kind deposit --phone 13800000002 --agent A02 --amount 20000
	local n
	n=$(said_row)
	says "agreement on 138****0003 recorded: A01:50.00,A02:50.00 (合作分成, 五.4); it applies to deals from now on (row 1)" \
		'2026-11-10 10:07' assign-commission --agree 13800000003 A01:50,A02:50 --note 合作
	says "voided row $n of deals.csv (deposit D2 on 2026-11-10 at 10:06, 20000.00 yuan) and its 0 commission rows: 录错客户 (row 3)" \
		'2026-11-10 10:08' assign-commission --void D2 --note 录错客户
	run cols deals.csv seq,deal,kind,phone,agent,note,ref
	assert_output "1,D1,deposit,13800000001,A01,,
2,D2,deposit,13800000002,A02,,
3,D2,void,,,录错客户,2"
	run tail -n +2 "$FRONTDESK_DATA/agreements.csv"
	assert_output --regexp '^1,2026-11-10T10:07:00\+08:00,2026-11-10T10:07:00\+08:00,13800000003,"A01:50.00,A02:50.00",合作,,前台,[0-9a-f]{64}$'
	# --explain writes nothing, so its sentence names no row
	says "deposit D3 on 138****0001: the customer is A01's for good (the owner when it was paid: 已交定金的老客户, 条例 1)" \
		'2026-11-10 10:09' assign-commission --explain --deal D3 --kind deposit --phone 13800000001 --agent A01 --amount 20000
}

@test "a void of a deal takes it out of the statement; its deal and commission rows stay, cancelled by void rows (SPEC 1 void, SPEC 3 --void)" {
	reg '2026-11-02 10:00' A01 13800000001 陈杰
	deal '2026-11-05 10:00' --deal R1 --kind rent --phone 13800000001 --agent A01 --amount 25000
	deal '2026-11-06 10:00' --deal R2 --kind rent --phone 13800000001 --agent A01 --amount 5000
	run at '2026-11-20 10:00' assign-commission --statement 2026-11
	assert_success
	assert_line --index 1 "A01,王伟,0.00,3000000.00,0.00,30000.00,20000.00,2000.00,2000.00"
	says "voided row 2 of deals.csv (rent R2 on 2026-11-06 at 10:00, 5000.00 yuan) and its 1 commission row: 合同取消 (row 3)" \
		'2026-11-20 11:00' assign-commission --void R2 --note 合同取消
	says "$STATEMENT
A01,王伟,0.00,3000000.00,0.00,25000.00,20000.00,1000.00,1000.00
A02,李娜,0.00,4000000.00,0.00,0.00,25000.00,0.00,0.00
A03,张敏,0.00,2500000.00,0.00,0.00,15000.00,0.00,0.00
A04,刘洋,0.00,5000000.00,0.00,0.00,30000.00,0.00,0.00
A05,陈静,0.00,3000000.00,0.00,0.00,20000.00,0.00,0.00
A06,杨帆,0.00,4500000.00,0.00,0.00,25000.00,0.00,0.00
A07,赵磊,0.00,2000000.00,0.00,0.00,10000.00,0.00,0.00" '2026-12-01 09:00' assign-commission --statement 2026-11
	run cols deals.csv deal,kind,amount,note,ref
	assert_output "R1,rent,25000.00,,
R2,rent,5000.00,,
R2,void,,合同取消,2"
	run cols commissions.csv deal,agent,amount,rule,evidence,ref
	assert_output "R1,A01,25000.00,owner,visits:1,
R2,A01,5000.00,owner,visits:1,
R2,,,void,合同取消,2"
	run chain_ok "$FRONTDESK_DATA/deals.csv"
	assert_success
	run chain_ok "$FRONTDESK_DATA/commissions.csv"
	assert_success
}

# --- the statement ---------------------------------------------------------------------

@test "statement, sales: at the target nothing, below nothing, above 0.2 % of the excess rounded half a fen up; credited is the shares of the month's sales (SPEC 5.3, seed 001 佣金提成制度 四 销售金额佣金为当月超出部分的0.2%)" {
	deal '2026-10-31 23:59' --deal S0 --phone 13800000006 --agent A06 --amount 9000000
	deal '2026-11-02 10:00' --deal S1 --phone 13800000001 --agent A01 --amount 3000000.00
	deal '2026-11-02 10:05' --deal S2 --phone 13800000002 --agent A02 --amount 4000002.50
	deal '2026-11-02 10:10' --deal S3 --phone 13800000003 --agent A03 --amount 2500002.49
	reg '2026-11-03 10:00' A05 13800000005 陈杰
	reg '2026-11-03 11:00' A06 13800000005 陈杰	# crossed: A06 served them (四.11)
	deal '2026-11-04 10:00' --deal S5 --phone 13800000005 --agent A06 --amount 7000000.00
	deal '2026-11-05 10:00' --deal D7 --kind deposit --phone 13800000007 --agent A07 --amount 9000000
	deal '2026-11-30 23:59' --deal S4 --phone 13800000004 --agent A04 --amount 4999999.99
	deal '2026-12-01 00:00' --deal S8 --phone 13800000008 --agent A06 --amount 9000000
	# A02 2.50 over: 0.5 fen, up to 0.01; A03 2.49 over: 0.498 fen, 0.00; A05 500000.00 over: 1000.00
	says "$STATEMENT
A01,王伟,3000000.00,3000000.00,0.00,0.00,20000.00,0.00,0.00
A02,李娜,4000002.50,4000000.00,0.01,0.00,25000.00,0.00,0.01
A03,张敏,2500002.49,2500000.00,0.00,0.00,15000.00,0.00,0.00
A04,刘洋,4999999.99,5000000.00,0.00,0.00,30000.00,0.00,0.00
A05,陈静,3500000.00,3000000.00,1000.00,0.00,20000.00,0.00,1000.00
A06,杨帆,3500000.00,4500000.00,0.00,0.00,25000.00,0.00,0.00
A07,赵磊,0.00,2000000.00,0.00,0.00,10000.00,0.00,0.00" '2026-12-01 09:00' assign-commission --statement 2026-11
	run at '2026-12-01 09:00' assign-commission --statement 2026-12
	assert_success
	assert_line "A06,杨帆,9000000.00,4500000.00,9000.00,0.00,25000.00,0.00,9000.00"
	run at '2026-12-01 09:00' assign-commission --statement 2026-10
	assert_success
	assert_line "A06,杨帆,9000000.00,4500000.00,9000.00,0.00,25000.00,0.00,9000.00"
	assert_line "A07,赵磊,0.00,2000000.00,0.00,0.00,10000.00,0.00,0.00"
}

@test "statement, rent: at the target nothing, below nothing, above 20 % of the excess rounded half a fen up; total is sales plus rent (SPEC 5.3, seed 001 佣金提成制度 四 出租金额佣金为超出部分的20%)" {
	deal '2026-11-02 10:00' --deal R1 --kind rent --phone 13800000001 --agent A01 --amount 20000.00
	deal '2026-11-02 10:05' --deal R2 --kind rent --phone 13800000002 --agent A02 --amount 24999.99
	deal '2026-11-02 10:10' --deal R3 --kind rent --phone 13800000003 --agent A03 --amount 15000.03
	deal '2026-11-02 10:15' --deal R4 --kind rent --phone 13800000004 --agent A04 --amount 35000.00
	deal '2026-11-02 10:20' --deal S4 --phone 13800000014 --agent A04 --amount 5500000.00
	deal '2026-11-02 10:25' --deal R5 --kind rent --phone 13800000005 --agent A05 --amount 20000.02
	# A03 0.03 over: 0.6 fen, up to 0.01; A05 0.02 over: 0.4 fen, 0.00; A04 1000.00 + 1000.00
	says "$STATEMENT
A01,王伟,0.00,3000000.00,0.00,20000.00,20000.00,0.00,0.00
A02,李娜,0.00,4000000.00,0.00,24999.99,25000.00,0.00,0.00
A03,张敏,0.00,2500000.00,0.00,15000.03,15000.00,0.01,0.01
A04,刘洋,5500000.00,5000000.00,1000.00,35000.00,30000.00,1000.00,2000.00
A05,陈静,0.00,3000000.00,0.00,20000.02,20000.00,0.00,0.00
A06,杨帆,0.00,4500000.00,0.00,0.00,25000.00,0.00,0.00
A07,赵磊,0.00,2000000.00,0.00,0.00,10000.00,0.00,0.00" '2026-12-01 09:00' assign-commission --statement 2026-11
}

@test "statement --table: every amount column grouped by thousands for people (3,280,000.00), the CSV and --excel as before (SPEC 7 amounts in human views; SPEC 2 --table, --excel)" {
	deal '2026-11-02 10:00' --deal S1 --phone 13800000001 --agent A01 --amount 3280000.00
	deal '2026-11-02 10:05' --deal R2 --kind rent --phone 13800000002 --agent A02 --amount 26500
	# 0.2 % of 280000.00 over the target; 20 % of 1500.00 over
	says "agent  name  sales_credited  sales_target  sales_commission  rent_credited  rent_target  rent_commission  total
A01    王伟  3,280,000.00    3,000,000.00  560.00            0.00           20,000.00    0.00             560.00
A02    李娜  0.00            4,000,000.00  0.00              26,500.00      25,000.00    300.00           300.00
A03    张敏  0.00            2,500,000.00  0.00              0.00           15,000.00    0.00             0.00
A04    刘洋  0.00            5,000,000.00  0.00              0.00           30,000.00    0.00             0.00
A05    陈静  0.00            3,000,000.00  0.00              0.00           20,000.00    0.00             0.00
A06    杨帆  0.00            4,500,000.00  0.00              0.00           25,000.00    0.00             0.00
A07    赵磊  0.00            2,000,000.00  0.00              0.00           10,000.00    0.00             0.00" \
		'2026-12-01 09:00' assign-commission --statement 2026-11 --table
	local csv="$STATEMENT
A01,王伟,3280000.00,3000000.00,560.00,0.00,20000.00,0.00,560.00
A02,李娜,0.00,4000000.00,0.00,26500.00,25000.00,300.00,300.00
A03,张敏,0.00,2500000.00,0.00,0.00,15000.00,0.00,0.00
A04,刘洋,0.00,5000000.00,0.00,0.00,30000.00,0.00,0.00
A05,陈静,0.00,3000000.00,0.00,0.00,20000.00,0.00,0.00
A06,杨帆,0.00,4500000.00,0.00,0.00,25000.00,0.00,0.00
A07,赵磊,0.00,2000000.00,0.00,0.00,10000.00,0.00,0.00"
	says "$csv" '2026-12-01 09:00' assign-commission --statement 2026-11
	at '2026-12-01 09:00' assign-commission --statement 2026-11 --excel > "$BATS_TEST_TMPDIR/excel.csv"
	run cmp "$BATS_TEST_TMPDIR/excel.csv" <(printf '\xef\xbb\xbf'; sed 's/$/\r/' <<<"$csv")
	assert_success
	# a deal's lines for people too; the share column (at most 100.00) reads as before
	says "deal  agent  share   amount        rule          evidence
S3    A03    100.00  1,234,567.89  new-customer" \
		'2026-12-01 09:00' assign-commission --deal S3 --phone 13800000003 --agent A03 --amount 1234567.89 --table
}

# --- refusals, --explain, usage --------------------------------------------------------

@test "refused: a deal id recorded already exits 1 and writes nothing, --explain too; after a void the id is free again (SPEC 2 exit 1, SPEC 1 void)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	deal '2026-11-05 10:00' --deal S1 --phone 13800000001 --agent A01 --amount 1000000
	fails 1 "assign-commission: refused: deal 'S1' is recorded already (deals.csv row 1): void it first" \
		'2026-11-05 11:00' assign-commission --deal S1 --phone 13800000002 --agent A02 --amount 5
	fails 1 "assign-commission: refused: deal 'S1' is recorded already (deals.csv row 1): void it first" \
		'2026-11-05 11:00' assign-commission --explain --deal S1 --phone 13800000001 --agent A01 --amount 1000000
	deal '2026-11-05 12:00' --void S1 --note 录错金额
	says "$OUT
S1,A01,100.00,1100000.00,owner,visits:1" '2026-11-05 13:00' assign-commission --deal S1 --phone 13800000001 --agent A01 --amount 1100000
	run cols deals.csv deal,kind,amount,ref
	assert_output "S1,sale,1000000.00,
S1,void,,1
S1,sale,1100000.00,"
}

@test "--explain prints the decision and writes nothing, not even a new book; the deal then prints the same (SPEC 3 assign-commission --explain)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	reg '2026-11-02 10:00' A02 13800000001 陈杰	# crossed: A02's evidence (四.11)
	snapshot
	says "$OUT
S1,A01,50.00,500000.00,crossed,visits:1;visits:2
S1,A02,50.00,500000.00,crossed,visits:1;visits:2" '2026-11-05 10:00' assign-commission --explain --deal S1 --phone 13800000001 --agent A02 --amount 1000000
	run unchanged
	assert_success
	assert_file_not_exists "$FRONTDESK_DATA/deals.csv"
	assert_file_not_exists "$FRONTDESK_DATA/commissions.csv"
	deal '2026-11-05 10:30' --deal S0 --phone 13800000009 --agent A03 --amount 10
	snapshot
	says "$OUT
S1,A01,50.00,500000.00,crossed,visits:1;visits:2
S1,A02,50.00,500000.00,crossed,visits:1;visits:2" '2026-11-05 11:00' assign-commission --explain --deal S1 --phone 13800000001 --agent A02 --amount 1000000
	says "deposit D1 on 138****0001: the customer is A01's for good (the owner when it was paid: 已交定金的老客户, 条例 1)" \
		'2026-11-05 11:00' assign-commission --explain --deal D1 --kind deposit --phone 13800000001 --agent A02 --amount 20000
	run unchanged
	assert_success
	says "$OUT
S1,A01,50.00,500000.00,crossed,visits:1;visits:2
S1,A02,50.00,500000.00,crossed,visits:1;visits:2" '2026-11-05 12:00' assign-commission --deal S1 --phone 13800000001 --agent A02 --amount 1000000
	run cols deals.csv deal
	assert_output "S0
S1"
}

@test "a deposit on a customer with an agreement, or brought by an outside referrer, still names the owner it fixes (SPEC 3 assign-commission: a deposit prints who the owner is)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	deal '2026-11-02 10:00' --agree 13800000001 A01:50,A02:50
	says "deposit D1 on 138****0001: the customer is A01's for good (the owner when it was paid: 已交定金的老客户, 条例 1)" \
		'2026-11-05 10:00' assign-commission --explain --deal D1 --phone 13800000001 --agent A02 --amount 20000 --kind deposit
	says "deposit D1 on 138****0001: the customer is A01's for good (the owner when it was paid: 已交定金的老客户, 条例 1)" \
		'2026-11-05 10:00' assign-commission --explain --deal D1 --phone 13800000001 --agent A02 --amount 20000 --kind deposit --referrer 世纪地产
	says "deposit D2 on 139****0003: the customer is A03's for good (taken on the spot: 当场落定, 五.2)" \
		'2026-11-05 10:00' assign-commission --explain --deal D2 --phone 13900000003 --agent A03 --amount 20000 --kind deposit --referrer 世纪地产
}

@test "refused: an unknown or inactive agent as closer or in a split, with the closest matches, exit 1 (SPEC 2 agents)" {
	fails 1 "assign-commission: unknown agent 'A09': did you mean A01 王伟, A02 李娜, A03 张敏?" \
		'2026-11-05 10:00' assign-commission --deal S1 --phone 13800000001 --agent A09 --amount 100
	fails 1 "assign-commission: refused: agent A08 黄丽华 is not active (agents.csv)" \
		'2026-11-05 10:00' assign-commission --deal S1 --phone 13800000001 --agent A08 --amount 100
	fails 1 "assign-commission: refused: agent A08 黄丽华 is not active (agents.csv)" \
		'2026-11-05 10:00' assign-commission --deal S1 --phone 13800000001 --agent A01 --amount 100 --split A01:50,A08:50 --note x
	fails 1 "assign-commission: refused: agent A08 黄丽华 is not active (agents.csv)" \
		'2026-11-05 10:00' assign-commission --agree 13800000001 A01:50,A08:50
}

@test "usage: --split without --note, a deal without --amount, and options that do not go together exit 64 and write nothing (SPEC 2 exit 64)" {
	usage_error "--split needs --note" --deal S1 --phone 13800000001 --agent A01 --amount 100 --split A01:50,A02:50
	usage_error "a deal needs --amount" --deal S1 --phone 13800000001 --agent A01
	usage_error "a deal needs --deal" --phone 13800000001 --agent A01 --amount 100
	usage_error "--note goes with --agree, --void and --split" --deal S1 --phone 13800000001 --agent A01 --amount 100 --note x
	usage_error "--void needs --note" --void S1
	usage_error "--explain goes with a deal" --statement 2026-11 --explain
	usage_error "one of --agree, --void, --import and --statement at a time" --void S1 --statement 2026-11 --note x
	usage_error "name one list of shares, e.g. A01:50,A02:50" --agree 13800000001
	usage_error "unknown option or missing value: '--bogus'" --bogus
	assert_file_not_exists "$FRONTDESK_DATA/deals.csv"
}

@test "bad values exit 65 and write nothing: a kind, an amount of 0 or three decimals, shares that do not add up to 100, a phone (SPEC 2 exit 65)" {
	fails 65 "assign-commission: kind is sale, rent or deposit, not 'lease'" \
		'2026-11-05 10:00' assign-commission --deal S1 --phone 13800000001 --agent A01 --amount 100 --kind lease
	fails 65 "assign-commission: '0' is not an amount in yuan above 0, with at most two decimals (the largest is 92233720368547758.07)" \
		'2026-11-05 10:00' assign-commission --deal S1 --phone 13800000001 --agent A01 --amount 0
	fails 65 "assign-commission: '1.001' is not an amount in yuan above 0, with at most two decimals (the largest is 92233720368547758.07)" \
		'2026-11-05 10:00' assign-commission --deal S1 --phone 13800000001 --agent A01 --amount 1.001
	fails 65 "assign-commission: --split: the shares add up to 90.00 %, not 100" \
		'2026-11-05 10:00' assign-commission --deal S1 --phone 13800000001 --agent A01 --amount 100 --split A01:50,A02:40 --note x
	fails 65 "assign-commission: '12345' is not a phone number: a mobile has 11 digits (phone_plan cn)" \
		'2026-11-05 10:00' assign-commission --deal S1 --phone 12345 --agent A01 --amount 100
	assert_file_not_exists "$FRONTDESK_DATA/deals.csv"
}

# --- --import --------------------------------------------------------------------------

@test "--import decides in time order: a deposit row dated earlier makes its agent the owner for the sale listed first (SPEC 3 assign-commission --import, 5.2 五.2)" {
	reg '2026-11-19 10:00' A02 13800000005 陈杰	# A02 served them (四.11)
	says "imported 3 rows into deals.csv, rows 1 to 3, with 3 commission rows" \
		'2026-11-25 10:00' assign-commission --import - <<<'time,deal,phone,agent,amount,kind,referrer,note
2026-11-20 10:00,S1,13800000005,A02,1500000.00,sale,,
2026-11-15 15:00,D1,138-0000-0005,张敏,50000,deposit,,小定
2026-11-21 09:00,S2,13800000006,A04,300000,,世纪地产,渠道客户'
	run cols deals.csv time,deal,kind,phone,agent,amount,referrer,note
	assert_output "2026-11-15T15:00:00+08:00,D1,deposit,13800000005,A03,50000.00,,小定
2026-11-20T10:00:00+08:00,S1,sale,13800000005,A02,1500000.00,,
2026-11-21T09:00:00+08:00,S2,sale,13800000006,A04,300000.00,R01,渠道客户"
	run cols deals.csv recorded_at
	assert_output "2026-11-25T10:00:00+08:00
2026-11-25T10:00:00+08:00
2026-11-25T10:00:00+08:00"
	run cols commissions.csv time,$ROWS
	assert_output "2026-11-20T10:00:00+08:00,S1,A03,50.00,750000.00,crossed,deals:1;visits:1
2026-11-20T10:00:00+08:00,S1,A02,50.00,750000.00,crossed,deals:1;visits:1
2026-11-21T09:00:00+08:00,S2,R01,100.00,300000.00,referral,"
	run chain_ok "$FRONTDESK_DATA/commissions.csv"
	assert_success
}

@test "--import with one bad row writes nothing: an amount, an agent, a time in the future, an unknown or missing column, a deal recorded already (SPEC 3 assign-commission --import all or nothing)" {
	reg '2026-11-01 10:00' A01 13800000001 陈杰
	reg '2026-11-02 10:00' A02 13800000001 陈杰	# crossed: A02's evidence (四.11)
	deal '2026-11-05 10:00' --deal S0 --phone 13800000001 --agent A01 --amount 100
	local good='2026-11-20 10:00,S1,13800000001,A02,1500000.00'
	fails 65 "assign-commission: stdin:3: 'abc' is not an amount in yuan above 0, with at most two decimals (the largest is 92233720368547758.07)" \
		'2026-11-25 10:00' assign-commission --import - <<<"time,deal,phone,agent,amount
$good
2026-11-21 10:00,S2,13800000002,A02,abc"
	fails 65 "assign-commission: stdin:3: unknown agent 'A99'" \
		'2026-11-25 10:00' assign-commission --import - <<<"time,deal,phone,agent,amount
$good
2026-11-21 10:00,S2,13800000002,A99,100"
	fails 65 "assign-commission: stdin:3: '2026-11-26 10:00' is not a time, or it is in the future" \
		'2026-11-25 10:00' assign-commission --import - <<<"time,deal,phone,agent,amount
$good
2026-11-26 10:00,S2,13800000002,A02,100"
	printf 'time,deal,phone,agent,amount\n%s\n2026-11-21 10:00,S2,13800000002,A02,-5\n' "$good" > "$BATS_TEST_TMPDIR/export.csv"
	fails 65 "assign-commission: $BATS_TEST_TMPDIR/export.csv:3: '-5' is not an amount in yuan above 0, with at most two decimals (the largest is 92233720368547758.07)" \
		'2026-11-25 10:00' assign-commission --import "$BATS_TEST_TMPDIR/export.csv"
	fails 65 "assign-commission: stdin:1: unknown column 'colour'" \
		'2026-11-25 10:00' assign-commission --import - <<<"time,deal,phone,agent,amount,colour
$good,red"
	fails 65 "assign-commission: stdin:1: missing column 'amount'" \
		'2026-11-25 10:00' assign-commission --import - <<<"time,deal,phone,agent
2026-11-20 10:00,S1,13800000001,A02"
	# decided after S1 was appended: the append is taken back
	fails 1 "assign-commission: stdin:3: refused: deal 'S0' is recorded already (deals.csv row 1): void it first" \
		'2026-11-25 10:00' assign-commission --import - <<<"time,deal,phone,agent,amount
$good
2026-11-21 10:00,S0,13800000002,A02,100"
	run cols deals.csv deal
	assert_output "S0"
	run chain_ok "$FRONTDESK_DATA/deals.csv"
	assert_success
}

@test "a deposit takes no --split: it pays nobody; a statement month is YYYY-MM exactly (SPEC 3 assign-commission, seed 000 五.2)" {
	usage_error "a deposit pays no commission: --split goes with a sale or a rent" \
		--deal D1 --kind deposit --phone 13800000001 --agent A01 --amount 20000 \
		--split A01:100 --note 经理
	fails 65 "assign-commission: --statement takes a month YYYY-MM, not '2026-1'" \
		'2026-11-12 10:00' assign-commission --statement 2026-1
}

@test "--import: a finance export with Chinese headers and kinds (小定, 成交), full-width digits and an Excel time decides as the English one does (SPEC 2 --import, SPEC 7; 5.2 五.2)" {
	says "imported 2 rows into deals.csv, rows 1 to 2, with 1 commission row" \
		'2026-11-25 10:00' assign-commission --import - <<<'时间,合同号,手机,销售员,金额,类型
2026/11/15 15:00,D1,１３８-0000-0005,张敏,５００００,小定
2026/11/20 10:00:00,S1,13800000005,A03,1500000.00,成交'
	run cols deals.csv time,deal,kind,phone,agent,amount
	assert_output "2026-11-15T15:00:00+08:00,D1,deposit,13800000005,A03,50000.00
2026-11-20T10:00:00+08:00,S1,sale,13800000005,A03,1500000.00"
	run cols commissions.csv $ROWS
	assert_output "S1,A03,100.00,1500000.00,owner,deals:1"
}

@test "--statement sums no money from a broken chain: a share and amount edited in commissions.csv, its chain left as it was, is refused 65 at its line with nothing printed; the book as written states as before (SPEC 1 chain, SPEC 3 --statement; issue 24)" {
	deal '2026-10-31 10:00' --deal S0 --phone 13800000006 --agent A06 --amount 9000000
	deal '2026-11-02 10:00' --deal S1 --phone 13800000001 --agent A01 --amount 3000000
	deal '2026-11-03 10:00' --deal S2 --phone 13800000002 --agent A02 --amount 4000000
	says "$STATEMENT
A01,王伟,3000000.00,3000000.00,0.00,0.00,20000.00,0.00,0.00
A02,李娜,4000000.00,4000000.00,0.00,0.00,25000.00,0.00,0.00
A03,张敏,0.00,2500000.00,0.00,0.00,15000.00,0.00,0.00
A04,刘洋,0.00,5000000.00,0.00,0.00,30000.00,0.00,0.00
A05,陈静,0.00,3000000.00,0.00,0.00,20000.00,0.00,0.00
A06,杨帆,0.00,4500000.00,0.00,0.00,25000.00,0.00,0.00
A07,赵磊,0.00,2000000.00,0.00,0.00,10000.00,0.00,0.00" '2026-12-01 09:00' assign-commission --statement 2026-11
	# S2's row made 80 % and 3200000.00 by hand; its chain is the one written for 100 %
	sed -i '4s/,S2,A02,100.00,4000000.00,/,S2,A02,80.00,3200000.00,/' \
	    "$FRONTDESK_DATA/commissions.csv"
	run cols commissions.csv deal,agent,share,amount
	assert_line "S2,A02,80.00,3200000.00"
	fails 65 "assign-commission: commissions.csv:4: the chain breaks here: the book was altered after it was written, so no total is given (verify-journal says more)" \
	    '2026-12-01 09:00' assign-commission --statement 2026-11
	# the commission book is checked whole: October's statement is refused too
	fails 65 "assign-commission: commissions.csv:4: the chain breaks here: the book was altered after it was written, so no total is given (verify-journal says more)" \
	    '2026-12-01 09:00' assign-commission --statement 2026-10
}

@test "--statement: a deal's amount edited in deals.csv is refused 65 at its line when the month's statement reads it (SPEC 1 chain, SPEC 3 --statement; issue 24)" {
	deal '2026-11-02 10:00' --deal S1 --phone 13800000001 --agent A01 --amount 3000000
	deal '2026-11-03 10:00' --deal S2 --phone 13800000002 --agent A02 --amount 4000000
	sed -i '3s/,A02,4000000.00,/,A02,9000000.00,/' "$FRONTDESK_DATA/deals.csv"
	fails 65 "assign-commission: deals.csv:3: the chain breaks here: the book was altered after it was written, so no total is given (verify-journal says more)" \
	    '2026-12-01 09:00' assign-commission --statement 2026-11
}
