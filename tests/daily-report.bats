# daily-report: the nightly summaries (日报表, 展厅客流量统计表, 媒介效果), SPEC 3
# "daily-report" as decided in the worktree's notes (/tmp/report-decisions.md).
#
# One known day, Tuesday 2026-11-17, is built with the real tools (sign-in, next-agent,
# register-visit, assign-commission), and every number of every view below was counted by
# hand from the list of rows in the_day, before the report ran.  A month of two days
# (2026-12-01 and 2026-12-31) is written row by row with put and totalled by hand too.
# Seed 001 展厅客流量统计表: 来店客户批数 (visits, batches), 来电客户批数 (calls),
# 留有客户资料数 (contacts: visits that left a phone), 展厅销售率 (conversion); seed 001
# 展厅来电/店登记表 信息来源 and seed 000 第二部分 四.9 媒介效果 (the channels).
load test_helper

D=2026-11-17
SUMMARY=date,visits,calls,contacts,new,returning,deposits,sales,amount,conversion
SLOT=date,slot,visits,calls,contacts,deposits,sales
AGENT=date,agent,name,receptions,counted,registrations,returning,calls,follows,deals,amount
SOURCE=date,source,visits,calls,contacts,deals

# step 'HH:MM' 'PART OF THE SENTENCE' TOOL ARGS...: a desk action on $D (or at a
# 'YYYY-MM-DD HH:MM') that succeeds and says what the day below relies on (who received
# the walk-in, what status a visit got).
step() {
	local when=$1
	[[ $when == *-* ]] || when="$D $when"
	run --separate-stderr at "$when" "${@:3}"
	assert_equal "$stderr" ""
	assert_success
	assert_output --partial "$2"
}

# The day.  The rows each view counts are listed here once; slot = the rule's slots
# 08:00-10:00 ... 18:00-20:00, "other" before 08:00 and from 20:00.
#
#  floor.csv  receive rows (R) and what ends them
#   R1  07:50 A01 rotation counted
#   R3  08:20 A02 rotation counted -> 08:25 --done --not-customer (快递员送件): uncounted
#   R5  08:40 A01 returning (his own customer 周女士) not counted
#   R6  09:05 A02 rotation counted
#   R8  10:20 A01 duty (A02's customer 吴先生 while A02 is busy) not counted
#   R9  10:55 A03 rotation counted
#   R13 14:10 A01 rotation counted
#   R15 15:20 A02 rotation counted
#   R17 16:40 A03 rotation counted -> 16:41 next-agent --void 17: never counts
#  visits.csv (before the day: 11-10 A01 registers 周女士 13900000002 亲友;
#              11-12 A02 registers 吴先生 13700000003 网络)
#   v3  07:55 visit A01 13811110001 林先生 路过  new          slot other
#   v4  08:45 visit A01 13900000002 周女士 亲友  returning    08-10
#   v5  09:10 visit A02 13811110002 陈杰   网络  new, party 3 08-10 (one batch 批)
#   c6  09:30 call  A03 13611112222 钱先生 报纸杂志           08-10
#   v7  10:30 visit A01 13700000003 吴先生 路过  crossed (A02's) 10-12
#   v8  11:00 visit A03 (no phone)  路人   路过  unregistered 10-12
#   c9  12:30 call  A02 13611113333 孙女士 网络               12-14
#   f10 13:00 follow A02 13700000003 (her own customer)        12-14
#   v11 14:20 visit A01 13811110003 赵女士 电视  new          14-16
#   v12 15:30 visit A02 13811110004 郑先生 展会  new          14-16
#   c13 16:10 call  A01 13611114444 冯先生 广播               16-18
#  deals.csv
#   DJ-1  13:40 deposit A02 13811110002 20000            12-14
#   HT-1  15:10 sale    A01 13900000002 1280000          14-16  source 亲友 (11-10 registration)
#   ZL-1  16:00 rent    A02 13700000003 26000            16-18  source 网络 (11-12 registration,
#                                                              not the crossed visit's 路过)
#   HT-9  16:30 sale    A02 13811110004 500000 -> 17:00 assign-commission --void: never counts
the_day() {
	at '2026-11-10 10:00' register-visit --agent A01 --phone 13900000002 --name 周女士 --source 亲友 >/dev/null
	at '2026-11-12 10:00' register-visit --agent A02 --phone 13700000003 --name 吴先生 --source 网络 >/dev/null
	step 07:40 'signed in' sign-in A01
	step 07:45 'signed in' sign-in A02
	step 07:50 'A01 王伟 receives the customer — next in line' next-agent --claim
	step 07:55 'new customer 138****0001 林先生 registered to A01' \
		register-visit --agent A01 --phone 13811110001 --name 林先生 --source 路过
	step 08:05 'signed in' sign-in A03
	step 08:10 'A01 王伟 is free' next-agent --done A01
	step 08:20 'A02 李娜 receives the customer — next in line' next-agent --claim
	step 08:25 'was no customer (快递员送件): not counted' \
		next-agent --done A02 --not-customer --note 快递员送件
	step 08:40 'A01 王伟 receives the customer — returning customer 139****0002 of A01' \
		next-agent --claim --customer 13900000002
	step 08:45 'returning customer of A01' \
		register-visit --agent A01 --phone 13900000002 --name 周女士 --source 亲友
	step 09:05 'A02 李娜 receives the customer — next in line' next-agent --claim
	step 09:10 'new customer 138****0002 陈杰 registered to A02' \
		register-visit --agent A02 --phone 13811110002 --name 陈杰 --source 网络 --party 3
	step 09:30 'call from 136****2222 recorded' \
		register-visit --call --agent A03 --phone 13611112222 --name 钱先生 --source 报纸杂志
	step 09:50 'A01 王伟 is free' next-agent --done A01
	step 10:20 'A01 王伟 receives the customer — returning customer 137****0003 of A02 (valid until 2026-12-02): duty agent' \
		next-agent --claim --customer 13700000003
	step 10:30 'already registered to A02 on 2026-11-12: first registration wins (recorded as crossed' \
		register-visit --agent A01 --phone 13700000003 --name 吴先生 --source 路过
	step 10:55 'A03 张敏 receives the customer — next in line' next-agent --claim
	step 11:00 'visit of 路人 recorded without a phone: unregistered' \
		register-visit --agent A03 --name 路人 --source 路过
	step 11:30 'A01 王伟 is free' next-agent --done A01
	step 11:40 'A02 李娜 is free' next-agent --done A02
	step 11:45 'A03 张敏 is free' next-agent --done A03
	step 12:30 'call from 136****3333 recorded' \
		register-visit --call --agent A02 --phone 13611113333 --name 孙女士 --source 网络
	step 13:00 'follow-up of 137****0003 by A02 recorded' \
		register-visit --follow --agent A02 --phone 13700000003 --note 电话回访
	step 13:40 'deposit DJ-1 on 138****0002' \
		assign-commission --deal DJ-1 --kind deposit --phone 13811110002 --agent A02 --amount 20000
	step 14:10 'A01 王伟 receives the customer — next in line' next-agent --claim
	step 14:20 'new customer 138****0003 赵女士 registered to A01' \
		register-visit --agent A01 --phone 13811110003 --name 赵女士 --source 电视
	step 15:00 'A01 王伟 is free' next-agent --done A01
	step 15:10 'HT-1,A01,100.00,1280000.00,owner' \
		assign-commission --deal HT-1 --phone 13900000002 --agent A01 --amount 1280000
	step 15:20 'A02 李娜 receives the customer — next in line' next-agent --claim
	step 15:30 'new customer 138****0004 郑先生 registered to A02' \
		register-visit --agent A02 --phone 13811110004 --name 郑先生 --source 展会
	step 15:55 'A02 李娜 is free' next-agent --done A02
	step 16:00 'ZL-1,A02,100.00,26000.00,owner' \
		assign-commission --deal ZL-1 --kind rent --phone 13700000003 --agent A02 --amount 26000
	step 16:10 'call from 136****4444 recorded' \
		register-visit --call --agent A01 --phone 13611114444 --name 冯先生 --source 广播
	step 16:30 'HT-9,A02,100.00,500000.00,owner' \
		assign-commission --deal HT-9 --phone 13811110004 --agent A02 --amount 500000
	step 16:40 'A03 张敏 receives the customer — next in line' next-agent --claim
	step 16:41 'voided row 17 of floor.csv (A03 张敏 receive on 2026-11-17 at 16:40): 误点' \
		next-agent --void 17 --note 误点
	step 17:00 'voided row 4 of deals.csv (sale HT-9 on 2026-11-17 at 16:30, 500000.00 yuan) and its 1 commission row: 录错客户' \
		assign-commission --void HT-9 --note 录错客户
	# the rows the comments above name are the rows written
	run cols floor.csv seq,time,agent,event,reason,counted,ref
	assert_output "1,2026-11-17T07:50:00+08:00,A01,receive,rotation,1,
2,2026-11-17T08:10:00+08:00,A01,done,,,1
3,2026-11-17T08:20:00+08:00,A02,receive,rotation,1,
4,2026-11-17T08:25:00+08:00,A02,done,not-customer: 快递员送件,,3
5,2026-11-17T08:40:00+08:00,A01,receive,returning,0,
6,2026-11-17T09:05:00+08:00,A02,receive,rotation,1,
7,2026-11-17T09:50:00+08:00,A01,done,,,5
8,2026-11-17T10:20:00+08:00,A01,receive,duty,0,
9,2026-11-17T10:55:00+08:00,A03,receive,rotation,1,
10,2026-11-17T11:30:00+08:00,A01,done,,,8
11,2026-11-17T11:40:00+08:00,A02,done,,,6
12,2026-11-17T11:45:00+08:00,A03,done,,,9
13,2026-11-17T14:10:00+08:00,A01,receive,rotation,1,
14,2026-11-17T15:00:00+08:00,A01,done,,,13
15,2026-11-17T15:20:00+08:00,A02,receive,rotation,1,
16,2026-11-17T15:55:00+08:00,A02,done,,,15
17,2026-11-17T16:40:00+08:00,A03,receive,rotation,1,
18,2026-11-17T16:41:00+08:00,A03,void,误点,,17"
	run cols visits.csv seq,kind,phone,source,agent,party,status,owner
	assert_output "1,visit,13900000002,亲友,A01,1,new,A01
2,visit,13700000003,网络,A02,1,new,A02
3,visit,13811110001,路过,A01,1,new,A01
4,visit,13900000002,亲友,A01,1,returning,A01
5,visit,13811110002,网络,A02,3,new,A02
6,call,13611112222,报纸杂志,A03,,unregistered,
7,visit,13700000003,路过,A01,1,crossed,A02
8,visit,,路过,A03,1,unregistered,
9,call,13611113333,网络,A02,,unregistered,
10,follow,13700000003,,A02,,returning,A02
11,visit,13811110003,电视,A01,1,new,A01
12,visit,13811110004,展会,A02,1,new,A02
13,call,13611114444,广播,A01,,unregistered,"
	run cols deals.csv seq,time,deal,kind,phone,agent,amount,ref
	assert_output "1,2026-11-17T13:40:00+08:00,DJ-1,deposit,13811110002,A02,20000.00,
2,2026-11-17T15:10:00+08:00,HT-1,sale,13900000002,A01,1280000.00,
3,2026-11-17T16:00:00+08:00,ZL-1,rent,13700000003,A02,26000.00,
4,2026-11-17T16:30:00+08:00,HT-9,sale,13811110004,A02,500000.00,
5,2026-11-17T17:00:00+08:00,HT-9,void,,,,4"
}

# report 'YYYY-MM-DD HH:MM' ARGS...: the report run at that time; CSV on stdout, stderr apart.
report() {
	run --separate-stderr at "$1" daily-report "${@:2}"
}

# The known day's views, as counted by hand (the tests below explain each number).
DAY_SUMMARY="$SUMMARY
2026-11-17,7,3,6,5,2,1,2,1306000.00,28.6"
DAY_SLOT="$SLOT
2026-11-17,08:00-10:00,2,1,2,0,0
2026-11-17,10:00-12:00,2,0,1,0,0
2026-11-17,12:00-14:00,0,1,0,1,0
2026-11-17,14:00-16:00,2,0,2,0,1
2026-11-17,16:00-18:00,0,1,0,0,1
2026-11-17,18:00-20:00,0,0,0,0,0
2026-11-17,other,1,0,1,0,0"
DAY_AGENT="$AGENT
2026-11-17,A01,王伟,4,2,2,2,1,0,1,1280000.00
2026-11-17,A02,李娜,3,2,2,0,1,1,1,26000.00
2026-11-17,A03,张敏,1,1,0,0,1,0,0,0.00
2026-11-17,A04,刘洋,0,0,0,0,0,0,0,0.00
2026-11-17,A05,陈静,0,0,0,0,0,0,0,0.00
2026-11-17,A06,杨帆,0,0,0,0,0,0,0,0.00
2026-11-17,A07,赵磊,0,0,0,0,0,0,0,0.00"
DAY_SOURCE="$SOURCE
2026-11-17,网络,1,1,1,1
2026-11-17,电视,1,0,1,0
2026-11-17,报纸杂志,0,1,0,0
2026-11-17,广播,0,1,0,0
2026-11-17,展会,1,0,1,0
2026-11-17,亲友,1,0,1,1
2026-11-17,路过,3,0,2,0
2026-11-17,其他,0,0,0,0"

# --- the known day, view by view --------------------------------------------------------

@test "--summary of a built day: visits, calls, contacts 留有客户资料数, new/returning, deposits, sales with the rent, amount, conversion 展厅销售率; voids and the courier count nothing; writes nothing (SPEC 3 daily-report --summary; seed 001 展厅客流量统计表)" {
	the_day
	# visits  = floor receptions R1 R5 R6 R8 R9 R13 R15 (R3 the courier was no customer,
	#           R17 voided); each is one batch 批, v5's 3 people too            = 7
	# calls   = c6 c9 c13                                                  = 3
	# contacts= visits with a phone: 7 - v8 (路人, no phone)               = 6
	# new     = new v3 v5 v11 v12 + unregistered v8                        = 5
	# returning = returning v4 + crossed v7                                = 2   (5 + 2 = 7)
	# deposits= DJ-1                                                       = 1
	# sales   = HT-1 sale + ZL-1 rent (HT-9 voided)                        = 2
	# amount  = 1280000 + 26000                                            = 1306000.00
	# conversion = 2 / 7 x 100 = 28.571... -> one decimal, half up         = 28.6
	snapshot
	report "$D 21:00" --summary --date $D
	assert_success
	assert_output "$DAY_SUMMARY"
	assert_equal "$stderr" ""
	# --summary is the default view
	report "$D 21:00" --date $D
	assert_output "$DAY_SUMMARY"
	run unchanged
	assert_success
}

@test "--by slot: the traffic table, every slot of the rule, 'other' for the walk-in at 07:55 (SPEC 3 daily-report --by slot; seed 001 展厅客流量统计表 时间段 来店客户批数 来电客户批数 留有客户资料数)" {
	the_day
	# visits are the floor's receptions at their time (R3 the courier, R17 voided: none)
	# slot         visits               calls     contacts      deposits   sales
	# 08:00-10:00  R5 08:40, R6 09:05=2 c6 09:30=1 v4 v5 = 2     0          0
	# 10:00-12:00  R8 10:20, R9 10:55=2 0          v7 = 1 (v8 none) 0       0
	# 12:00-14:00  0                    c9 12:30=1 0             DJ-1 13:40=1 0
	# 14:00-16:00  R13 14:10, R15 15:20=2 0        v11 v12 = 2   0          HT-1 15:10=1
	# 16:00-18:00  0                    c13 16:10=1 0            0          ZL-1 16:00=1 (HT-9 16:30 voided)
	# 18:00-20:00  0                    0          0             0          0
	# other        R1 07:50=1           0          v3 = 1        0          0
	# sums: visits 2+2+0+2+0+0+1 = 7, calls 1+1+1 = 3, contacts 2+1+2+1 = 6: the summary's
	report "$D 21:00" --by slot --date $D
	assert_success
	assert_output "$DAY_SLOT"
	assert_equal "$stderr" ""
}

@test "--by agent: receptions with the courier, counted without it and without the voided turn, registrations, returning, calls, follows, deals by closer; every active agent (SPEC 3 daily-report --by agent; seed 000 四.13 接待顺序, 条例 3)" {
	the_day
	# agent receptions          counted       registrations  returning     calls follows deals amount
	# A01   R1 R5 R8 R13 = 4    R1 R13 = 2    v3 v11 = 2     v4, v7 x = 2  c13=1 0       HT-1=1 1280000.00
	# A02   R3 R6 R15 = 3       R6 R15 = 2    v5 v12 = 2     0             c9=1  f10=1   ZL-1=1 26000.00
	#       (R3 the courier: a reception, not counted; DJ-1 is a deposit, not a deal; HT-9 voided)
	# A03   R9 = 1 (R17 voided) R9 = 1        0 (v8 unregistered owns nothing) 0   c6=1 0 0     0.00
	# A04-A07: active, nothing: all 0; A08 is inactive and counted nothing: no row
	report "$D 21:00" --by agent --date $D
	assert_success
	assert_output "$DAY_AGENT"
	assert_equal "$stderr" ""
}

@test "--by source: the channels, a deal under the source of the customer's registration, not of a later crossed visit (SPEC 3 daily-report --by source; seed 001 展厅来电/店登记表 信息来源; seed 000 四.9 媒介效果)" {
	the_day
	# visits here are the register's (the floor does not know a walk-in's channel)
	# source   visits              calls      contacts      deals
	# 网络     v5 = 1              c9 = 1     1             ZL-1 = 1: 吴先生's registration
	#                                                       (11-12, A02) was 网络; his visit
	#                                                       today v7 (crossed) came 路过
	# 电视     v11 = 1             0          1             0
	# 报纸杂志 0                   c6 = 1     0             0
	# 广播     0                   c13 = 1    0             0
	# 展会     v12 = 1             0          1             0 (HT-9 voided)
	# 亲友     v4 = 1              0          1             HT-1 = 1 (周女士 registered 亲友)
	# 路过     v3 v7 v8 = 3        0          v3 v7 = 2     0
	# 其他     0                   0          0             0
	# (none)   nothing counted: no row.  The follow-up f10 has no source and counts in no
	# channel.  Sums: visits 7, calls 3, contacts 6, deals 2.
	report "$D 21:00" --by source --date $D
	assert_success
	assert_output "$DAY_SOURCE"
	assert_equal "$stderr" ""
}

@test "--table once exactly: aligned columns, CJK names two columns wide (SPEC 2 --table)" {
	the_day
	report "$D 21:00" --by agent --date $D --table
	assert_success
	assert_output "date        agent  name  receptions  counted  registrations  returning  calls  follows  deals  amount
2026-11-17  A01    王伟  4           2        2              2          1      0        1      1,280,000.00
2026-11-17  A02    李娜  3           2        2              0          1      1        1      26,000.00
2026-11-17  A03    张敏  1           1        0              0          1      0        0      0.00
2026-11-17  A04    刘洋  0           0        0              0          0      0        0      0.00
2026-11-17  A05    陈静  0           0        0              0          0      0        0      0.00
2026-11-17  A06    杨帆  0           0        0              0          0      0        0      0.00
2026-11-17  A07    赵磊  0           0        0              0          0      0        0      0.00"
	assert_equal "$stderr" ""
	# --format table is the same
	local table=$output
	report "$D 21:00" --by agent --date $D --format table
	assert_output "$table"
}

@test "amounts for people carry thousands separators: --table and the page show 1,280,000.00, a month's total too; the CSV and --excel keep 1280000.00 byte for byte (SPEC 7 amounts in human views; SPEC 2 --table, --excel; issue 21 item 3)" {
	the_day
	report "$D 21:00" --by agent --date $D
	assert_output "$DAY_AGENT"
	at "$D 21:00" daily-report --by agent --date $D --excel > "$BATS_TEST_TMPDIR/excel.csv"
	run cmp "$BATS_TEST_TMPDIR/excel.csv" <(printf '\xef\xbb\xbf'; sed 's/$/\r/' <<<"$DAY_AGENT")
	assert_success
	at "$D 21:00" daily-report --by agent --date $D --encoding gbk > "$BATS_TEST_TMPDIR/gbk.csv"
	run cmp "$BATS_TEST_TMPDIR/gbk.csv" <(iconv -f UTF-8 -t GBK <<<"$DAY_AGENT")
	assert_success
	# the page: the same cells, grouped
	run at "$D 21:00" daily-report --by agent --date $D --format html
	assert_output --partial '<tr><td>2026-11-17</td><td>A01</td><td>王伟</td><td>4</td><td>2</td><td>2</td><td>2</td><td>1</td><td>0</td><td>1</td><td>1,280,000.00</td></tr>
<tr><td>2026-11-17</td><td>A02</td><td>李娜</td><td>3</td><td>2</td><td>2</td><td>0</td><td>1</td><td>1</td><td>1</td><td>26,000.00</td></tr>
<tr><td>2026-11-17</td><td>A03</td><td>张敏</td><td>1</td><td>1</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0.00</td></tr>'
	refute_output --partial 1280000
	# a month: the day and the total (with the registrations of 11-10 and 11-12), in the
	# table and on the page; its CSV as before
	report "$D 21:00" --month 2026-11 --table
	assert_line --index 17 "2026-11-17  7       3      6         5    2          1         2      1,306,000.00  28.6"
	assert_line --index 31 "total       7       3      8         7    2          1         2      1,306,000.00  28.6"
	run at "$D 21:00" daily-report --month 2026-11 --format html
	assert_output --partial '<tr><td>total</td><td>7</td><td>3</td><td>8</td><td>7</td><td>2</td><td>1</td><td>2</td><td>1,306,000.00</td><td>28.6</td></tr>'
	report "$D 21:00" --month 2026-11
	assert_line --index 17 "2026-11-17,7,3,6,5,2,1,2,1306000.00,28.6"
	assert_line --index 31 "total,7,3,8,7,2,1,2,1306000.00,28.6"
}

# --- which day ----------------------------------------------------------------------------

@test "default day: today; before work_start 08:30 yesterday (the night's cron run); work_start from rules.csv (SPEC 3 daily-report default; SPEC 6 work_start)" {
	the_day
	local empty18="$SUMMARY
2026-11-18,0,0,0,0,0,0,0,0.00,"
	report "$D 21:00"
	assert_output "$DAY_SUMMARY"
	report "$D 08:30"		# from work_start on: today, as far as it is in the books
	assert_output "$SUMMARY
2026-11-17,1,0,1,1,0,0,0,0.00,0.0"		# the 07:50 walk-in: 0 sales / 1 visit
	report '2026-11-18 00:00'	# just after midnight: yesterday
	assert_output "$DAY_SUMMARY"
	report '2026-11-18 08:29'
	assert_output "$DAY_SUMMARY"
	report '2026-11-18 08:30'	# the working day has begun: today, nothing yet
	assert_output "$empty18"
	report '2026-11-18 08:30' --by slot
	assert_output "$SLOT
2026-11-18,08:00-10:00,0,0,0,0,0
2026-11-18,10:00-12:00,0,0,0,0,0
2026-11-18,12:00-14:00,0,0,0,0,0
2026-11-18,14:00-16:00,0,0,0,0,0
2026-11-18,16:00-18:00,0,0,0,0,0
2026-11-18,18:00-20:00,0,0,0,0,0"
	# a later work_start moves the switch
	sed -i 's/^work_start,08:30,/work_start,09:00,/' "$FRONTDESK_DATA/rules.csv"
	report '2026-11-18 08:45'
	assert_output "$DAY_SUMMARY"
	report '2026-11-18 09:00'
	assert_output "$empty18"
	# --date wins over the clock
	report '2026-11-18 09:00' --date $D --by source
	assert_output "$DAY_SOURCE"
}

# --- a month --------------------------------------------------------------------------------

# sum_check CSV KEYED FIRST [CONV]: every total row of the report CSV that is not the sum,
# over the day rows of its key, of the columns from FIRST on (KEYED 1: the key is column 2;
# CONV 1: the last column is the conversion, recomputed from the summed visits (column 2)
# and sales (column 8), half up); prints nothing when all add up.
sum_check() {
	awk -F, -v keyed="$2" -v first="$3" -v conv="${4:-0}" '
	NR == 1 { next }
	{ k = keyed ? $2 : "day"; last = conv ? NF - 1 : NF }
	$1 != "total" {
		days[k] = 1
		for (i = first; i <= last; i++) s[k, i] += $i
		next
	}
	{
		seen[k] = 1
		for (i = first; i <= last; i++) {
			want = $i ~ /\./ ? sprintf("%.2f", s[k, i]) : s[k, i] ""
			if ($i "" != want) print "total " k " column " i ": " $i ", the days add up to " want
		}
		if (conv) {
			v = s[k, 2]
			t = v > 0 ? int((s[k, 8] * 1000 + int(v / 2)) / v) : -1
			want = t < 0 ? "" : sprintf("%d.%d", int(t / 10), t % 10)
			if ($NF != want) print "total conversion " $NF ", " s[k, 8] " sales / " v " visits is " want
		}
	}
	END { for (k in days) if (!(k in seen)) print "no total row for " k }
	' <<<"$1"
}

@test "--month: every day of the month, future days zero, then total rows; each total is the sum of its days, checked with awk for all four views (SPEC 3 daily-report --month)" {
	the_day
	# the month holds the day and the two registrations before it (11-10 亲友, 11-12 网络),
	# typed without a reception on the floor: register rows, no visit (SPEC 3: visits are
	# the floor's), so no conversion on those days
	report '2026-11-18 09:10' --month 2026-11
	assert_success
	assert_equal "$stderr" ""
	assert_equal "${#lines[@]}" 32		# header, 30 days, total
	assert_line --index 1 "2026-11-01,0,0,0,0,0,0,0,0.00,"
	assert_line --index 10 "2026-11-10,0,0,1,1,0,0,0,0.00,"
	assert_line --index 12 "2026-11-12,0,0,1,1,0,0,0,0.00,"
	assert_line --index 17 "2026-11-17,7,3,6,5,2,1,2,1306000.00,28.6"
	assert_line --index 30 "2026-11-30,0,0,0,0,0,0,0,0.00,"	# the future: zero
	# total: visits 7, calls 3, contacts 1 + 1 + 6 = 8, new 1 + 1 + 5 = 7,
	# returning 2, deposits 1, sales 2, 1306000.00; conversion 2 / 7 = 28.57 -> 28.6
	assert_line --index 31 "total,7,3,8,7,2,1,2,1306000.00,28.6"
	run sum_check "$output" 0 2 1
	assert_output ""

	report '2026-11-18 09:10' --month 2026-11 --by slot
	assert_success
	assert_equal "${#lines[@]}" $((1 + 30 * 6 + 1 + 7))	# 'other' only on the 17th
	# 10:00-12:00: visits R8 R9 = 2; contacts 11-10 10:00 + 11-12 10:00 + v7 = 3
	assert_output --partial "
total,08:00-10:00,2,1,2,0,0
total,10:00-12:00,2,0,3,0,0
total,12:00-14:00,0,1,0,1,0
total,14:00-16:00,2,0,2,0,1
total,16:00-18:00,0,1,0,0,1
total,18:00-20:00,0,0,0,0,0
total,other,1,0,1,0,0"
	run sum_check "$output" 1 3
	assert_output ""

	report '2026-11-18 09:10' --month 2026-11 --by agent
	assert_success
	assert_equal "${#lines[@]}" $((1 + 30 * 7 + 7))
	# A01: registrations v3 v11 + 11-10 = 3; A02: v5 v12 + 11-12 = 3
	assert_line --index 211 "total,A01,王伟,4,2,3,2,1,0,1,1280000.00"
	assert_line --index 212 "total,A02,李娜,3,2,3,0,1,1,1,26000.00"
	run sum_check "$output" 1 4
	assert_output ""

	report '2026-11-18 09:10' --month 2026-11 --by source
	assert_success
	assert_equal "${#lines[@]}" $((1 + 30 * 8 + 8))
	assert_output --partial "
total,网络,2,1,2,1
total,电视,1,0,1,0
total,报纸杂志,0,1,0,0
total,广播,0,1,0,0
total,展会,1,0,1,0
total,亲友,2,0,2,1
total,路过,3,0,2,0
total,其他,0,0,0,0"
	run sum_check "$output" 1 3
	assert_output ""
}

# v 'YYYY-MM-DD HH:MM:SS' KIND PHONE SOURCE AGENT STATUS [PARTY]: a register row as
# register-visit writes it; a visit is first received on the floor at the same time, as
# next-agent writes it (a returning customer by the owner, not counted; else a turn).
v() {
	local owner=$5 party=${7:-1} t
	t=$(date -d "$1" +%FT%T+08:00)
	case $6 in unregistered) owner= ;; crossed) owner=A01 ;; esac
	[ "$2" = visit ] || party=
	if [ "$2" = visit ] && [ "$6" = returning ]; then
		put floor.csv "$t" "$5,receive,returning,$3,0"
	elif [ "$2" = visit ]; then
		put floor.csv "$t" "$5,receive,rotation,,1"
	fi
	put visits.csv "$t" "$2,$3,客户,,,,,,,$4,$5,,$party,$6,$owner,"
}
# d 'YYYY-MM-DD HH:MM:SS' DEAL KIND PHONE AGENT AMOUNT: a deal as assign-commission writes it.
d() { put deals.csv "$(date -d "$1" +%FT%T+08:00)" "$2,$3,$4,$5,$6,,"; }

# The two-day month: December 2026, rows on the 1st and the 31st, and one on either side.
two_days() {
	v '2026-11-30 23:59:59' visit 13800000098 网络 A01 new	# November: not December's
	# 12-01                                          slot         counts as
	v '2026-12-01 00:00:00' visit 13800000001 网络 A01 new          # other   new, contact
	v '2026-12-01 09:00:00' visit 13800000002 网络 A02 new          # 08-10   new, contact
	v '2026-12-01 09:30:00' visit ''          路过 A03 unregistered # 08-10   new, no contact
	v '2026-12-01 10:00:00' visit 13800000001 网络 A02 crossed      # 10-12   returning, contact
	v '2026-12-01 11:00:00' call  13800000003 电视 A01 unregistered # 10-12   call
	v '2026-12-01 12:00:00' visit 13800000004 微信 A01 new          # 12-14   new, contact; 微信 is
	                                                                #         no rule source: (none)
	v '2026-12-01 13:00:00' follow 13800000001 '' A01 returning     # 12-14   A01's follow-up
	v '2026-12-01 19:59:59' visit 13800000005 亲友 A08 new          # 18-20   new, contact; A08 is
	                                                                #         inactive but counted
	# 12-31
	v '2026-12-31 08:00:00' visit 13800000006 展会 A04 new          # 08-10
	v '2026-12-31 08:30:00' visit 13800000007 展会 A04 new          # 08-10
	v '2026-12-31 09:00:00' visit 13800000008 亲友 A05 new 4        # 08-10   4 people, 1 batch
	v '2026-12-31 10:00:00' visit 13800000002 网络 A02 returning    # 10-12
	v '2026-12-31 11:00:00' visit 13800000009 电视 A05 expired      # 10-12   new (a lapsed one)
	v '2026-12-31 12:00:00' visit ''          其他 A06 unregistered # 12-14   no contact
	v '2026-12-31 14:00:00' visit 13800000010 报纸杂志 A06 new      # 14-16
	v '2026-12-31 16:00:00' visit 13800000011 广播 A01 new          # 16-18
	v '2026-12-31 18:00:00' visit 13800000012 网络 A02 new          # 18-20
	v '2026-12-31 20:00:00' visit 13800000013 路过 A03 new          # other (20:00 is past the last slot)
	v '2026-12-31 21:00:00' call  13800000014 网络 A03 unregistered # other
	v '2027-01-01 00:00:00' visit 13800000099 网络 A01 new	# January: not December's
	d '2026-11-30 23:59:59' HT-0 sale 13800000098 A01 9.99	# November
	d '2026-12-01 15:00:00' DJ-1 deposit 13800000002 A02 20000.00   # 14-16 deposit
	d '2026-12-31 23:59:59' HT-1 sale 13800000097 A07 1000000.50    # other; never registered: (none)
}

@test "--month by hand, a two-day month: the 1st and the 31st at their edges, a source outside the rule, an inactive agent who counted, half-up conversion 1/16 = 6.25 -> 6.3 (SPEC 3 daily-report --month; seed 001 展厅客流量统计表 展厅销售率)" {
	two_days
	# visits: each visit row was received on the floor at its time (v), one batch each
	# 12-01: visits 6 (00:00, 09:00, 09:30, 10:00, 12:00, 19:59:59), calls 1, contacts 5
	#        (not 09:30), new 5 (4 new + 1 unregistered), returning 1 (crossed), deposits 1,
	#        sales 0, 0.00, conversion 0 / 6 = 0.0
	# 12-31: visits 10 (08:00 ... 20:00), calls 1 (21:00), contacts 9 (not 12:00), new 9
	#        (7 new, 1 expired, 1 unregistered), returning 1, deposits 0, sales 1 (23:59:59),
	#        1000000.50, conversion 1 / 10 = 10.0
	# total: 6 + 10 = 16 visits, 1 + 1 = 2 calls, 5 + 9 = 14 contacts, 5 + 9 = 14 new,
	#        1 + 1 = 2 returning, 1 deposit, 1 sale, 1000000.50,
	#        conversion 1 / 16 x 100 = 6.25 -> half up 6.3 (half even would give 6.2)
	# The rows of 11-30 23:59:59 and 2027-01-01 00:00:00 are no December rows.
	local want="$SUMMARY" day
	for day in $(seq -w 1 31); do
		case $day in
		01) want+=$'\n'"2026-12-01,6,1,5,5,1,1,0,0.00,0.0" ;;
		31) want+=$'\n'"2026-12-31,10,1,9,9,1,0,1,1000000.50,10.0" ;;
		*) want+=$'\n'"2026-12-$day,0,0,0,0,0,0,0,0.00," ;;
		esac
	done
	want+=$'\n'"total,16,2,14,14,2,1,1,1000000.50,6.3"
	report '2027-01-02 10:00' --month 2026-12
	assert_success
	assert_output "$want"
	assert_equal "$stderr" ""
	run sum_check "$output" 0 2 1
	assert_output ""

	# slot         12-01 (visits,calls,contacts,deposits,sales)   12-31                total
	# 08:00-10:00  09:00 09:30 = 2,0,1                08:00 08:30 09:00 = 3,0,3        5,0,4,0,0
	# 10:00-12:00  10:00, call 11:00 = 1,1,1          10:00 11:00 = 2,0,2              3,1,3,0,0
	# 12:00-14:00  12:00 = 1,0,1                      12:00 = 1,0,0                    2,0,1,0,0
	# 14:00-16:00  DJ-1 15:00 = 0,0,0,1               14:00 = 1,0,1                    1,0,1,1,0
	# 16:00-18:00  -                                  16:00 = 1,0,1                    1,0,1,0,0
	# 18:00-20:00  19:59:59 = 1,0,1                   18:00 = 1,0,1                    2,0,2,0,0
	# other        00:00 = 1,0,1                      20:00, call 21:00, HT-1 = 1,1,1,0,1  2,1,2,0,1
	report '2027-01-02 10:00' --month 2026-12 --by slot
	assert_success
	assert_line --index 7 "2026-12-01,other,1,0,1,0,0"
	refute_output --partial "2026-12-02,other"	# 'other' only on a day it counted
	assert_output --partial "
2026-12-31,other,1,1,1,0,1
total,08:00-10:00,5,0,4,0,0
total,10:00-12:00,3,1,3,0,0
total,12:00-14:00,2,0,1,0,0
total,14:00-16:00,1,0,1,1,0
total,16:00-18:00,1,0,1,0,0
total,18:00-20:00,2,0,2,0,0
total,other,2,1,2,0,1"
	run sum_check "$output" 1 3
	assert_output ""

	# receptions: each agent's visit rows (v); counted: but the returning ones (12-31 10:00)
	# A01 3/3, A02 4/3, A03 2/2, A04 2/2, A05 2/2, A06 2/2, A07 0, A08 1/1 (16 receptions)
	# agent  registrations (new, expired)          returning          calls      follows    deals
	# A01    12-01 00:00, 12:00; 12-31 16:00 = 3   0                  11:00 = 1  13:00 = 1  0
	# A02    12-01 09:00; 12-31 18:00 = 2          12-01 10:00 crossed, 12-31 10:00 = 2   0  0  0
	#        (DJ-1 is a deposit, no deal)
	# A03    12-31 20:00 = 1 (09:30 unregistered)  0                  21:00 = 1  0          0
	# A04    08:00 08:30 = 2; A05 09:00 new + 11:00 expired = 2; A06 14:00 = 1 (12:00 unregistered)
	# A07    0; deals HT-1 = 1, 1000000.50 (the closer)
	# A08    inactive, 19:59:59 = 1: shown on 12-01 and in the total, because it counted
	# registrations 3+2+1+2+2+1+1 = 12 = new 14 - unregistered 2
	report '2027-01-02 10:00' --month 2026-12 --by agent
	assert_success
	assert_output --partial "
2026-12-01,A07,赵磊,0,0,0,0,0,0,0,0.00
2026-12-01,A08,黄丽华,1,1,1,0,0,0,0,0.00
2026-12-02,A01,"
	refute_output --partial "2026-12-02,A08"
	assert_output --partial "
total,A01,王伟,3,3,3,0,1,1,0,0.00
total,A02,李娜,4,3,2,2,0,0,0,0.00
total,A03,张敏,2,2,1,0,1,0,0,0.00
total,A04,刘洋,2,2,2,0,0,0,0,0.00
total,A05,陈静,2,2,2,0,0,0,0,0.00
total,A06,杨帆,2,2,1,0,0,0,0,0.00
total,A07,赵磊,0,0,0,0,0,0,1,1000000.50
total,A08,黄丽华,1,1,1,0,0,0,0,0.00"
	run sum_check "$output" 1 4
	assert_output ""

	# source   visits                                         calls       contacts  deals
	# 网络     12-01 00:00 09:00 10:00; 12-31 10:00 18:00 = 5  21:00 = 1   5         0
	# 电视     12-31 11:00 = 1                                12-01 11:00 = 1  1     0
	# 报纸杂志 1, 0, 1, 0; 广播 1, 0, 1, 0; 展会 2, 0, 2, 0; 亲友 19:59:59 and 09:00 = 2, 0, 2, 0
	# 路过     09:30, 20:00 = 2, 0, 1 (09:30 left no phone), 0; 其他 12:00 = 1, 0, 0, 0
	# (none)   微信 12:00 = 1, 0, 1; HT-1 on a customer nobody registered = 1 deal
	# sums: visits 5+1+1+1+2+2+2+1+1 = 16, calls 2, contacts 5+1+1+1+2+2+1+0+1 = 14
	report '2027-01-02 10:00' --month 2026-12 --by source
	assert_success
	assert_line --index 9 "2026-12-01,(none),1,0,1,0"
	refute_output --partial "2026-12-02,(none)"	# (none) only on a day it counted
	assert_output --partial "
total,网络,5,1,5,0
total,电视,1,1,1,0
total,报纸杂志,1,0,1,0
total,广播,1,0,1,0
total,展会,2,0,2,0
total,亲友,2,0,2,0
total,路过,2,0,1,0
total,其他,1,0,0,0
total,(none),1,0,1,1"
	run sum_check "$output" 1 3
	assert_output ""
}

@test "conversion: a day with a sale and no visit has none (empty), not a division by zero; 2 sales / 3 visits = 66.7 (SPEC 3 daily-report 展厅销售率; seed 001)" {
	d '2026-12-05 15:00:00' HT-5 sale 13800000001 A01 100.00
	report '2026-12-06 10:00' --date 2026-12-05
	assert_success
	assert_output "$SUMMARY
2026-12-05,0,0,0,0,0,0,1,100.00,"
	v '2026-12-06 09:00:00' visit 13800000002 网络 A02 new
	v '2026-12-06 09:10:00' visit 13800000003 网络 A02 new
	v '2026-12-06 09:20:00' visit 13800000004 网络 A02 new
	d '2026-12-06 15:00:00' HT-6 sale 13800000002 A02 100.00
	d '2026-12-06 15:10:00' HT-7 rent 13800000003 A02 0.01
	# 2 / 3 x 100 = 66.666... -> 66.7
	report '2026-12-06 21:00'
	assert_output "$SUMMARY
2026-12-06,3,0,3,3,0,0,2,100.01,66.7"
}

@test "a deal on a household member counts under the source of the household's registration (SPEC 3 daily-report --by source: register lookup through the household; seed 000 四.7)" {
	# 陈杰 registered 网络 by A01; his wife 林芳 came 亲友 with --household: crossed to A01,
	# no registration of her own; the deal on her phone is the household's: 网络
	at '2026-11-10 10:00' register-visit --agent A01 --phone 13800000001 --name 陈杰 --source 网络 >/dev/null
	step '2026-11-12 10:00' 'household of 138****0001' \
		register-visit --agent A02 --phone 13800000002 --name 林芳 --source 亲友 --household 13800000001
	step '2026-11-12 15:00' 'household' \
		assign-commission --deal HT-1 --phone 13800000002 --agent A02 --amount 100
	report '2026-11-12 21:00' --by source
	assert_success
	assert_output "$SOURCE
2026-11-12,网络,0,0,0,1
2026-11-12,电视,0,0,0,0
2026-11-12,报纸杂志,0,0,0,0
2026-11-12,广播,0,0,0,0
2026-11-12,展会,0,0,0,0
2026-11-12,亲友,1,0,1,0
2026-11-12,路过,0,0,0,0
2026-11-12,其他,0,0,0,0"
}

@test "--by source looks up every deal of the month in one read, each at its own time: the same phone before and after its registration lapsed (SPEC 3 daily-report --by source; seed 000 条例 13)" {
	step '2026-11-01 10:00' 'new customer' \
		register-visit --agent A01 --phone 13800000001 --name 陈杰 --source 网络
	step '2026-11-05 15:00' 'A01' assign-commission --deal HT-1 --phone 13800000001 --agent A01 --amount 100
	# lapsed on 11-22: A02 registers him again from 展会 on 11-25
	step '2026-11-25 10:00' 'new customer' \
		register-visit --agent A02 --phone 13800000001 --name 陈杰 --source 展会
	step '2026-11-25 11:00' 'new customer' \
		register-visit --agent A03 --phone 13800000009 --name 周平 --source 电视
	step '2026-11-26 15:00' 'A02' assign-commission --deal HT-2 --phone 13800000001 --agent A02 --amount 100
	step '2026-11-26 16:00' 'A03' assign-commission --deal HT-3 --phone 13800000009 --agent A03 --amount 100
	report '2026-11-30 21:00' --month 2026-11 --by source
	assert_success
	run awk -F, 'NR == 1 || $NF != 0' <<<"$output"
	assert_output "$SOURCE
2026-11-05,网络,0,0,0,1
2026-11-26,电视,0,0,0,1
2026-11-26,展会,0,0,0,1
total,网络,1,0,1,1
total,电视,1,0,1,1
total,展会,1,0,1,1"
}

@test "--by source counts a month of more deals than it keeps aside at once (32768): each once, under its channel, a member's under the household's (SPEC 3 daily-report --by source; seed 000 四.9 媒介效果, 四.7)" {
	at '2026-11-10 10:00' register-visit --agent A01 --phone 13800000001 --name 陈杰 --source 网络 >/dev/null
	at '2026-11-12 10:00' register-visit --agent A02 --phone 13800000002 --name 林芳 --source 亲友 \
		--household 13800000001 >/dev/null
	at '2026-11-12 11:00' register-visit --agent A03 --phone 13800000009 --name 周平 --source 电视 >/dev/null
	d '2026-11-20 15:00:00' HT-0 sale 13800000009 A03 1.00
	# 32770 more, straight into the book, each chained as the tools chain it (a report
	# checks the chain of every row it counts, issue 24): phones 01, 02 (the member), 09 in
	# turn; after the first 32768, HT-32768 (09), HT-32769 (01) and HT-32770 (02) are
	# looked up apart
	python3 - "$FRONTDESK_DATA/deals.csv" <<-'PY'
	import hashlib, sys
	path = sys.argv[1]
	prev = open(path, encoding='utf-8').read().splitlines()[-1].rsplit(',', 1)[1]
	ph = ['13800000001', '13800000002', '13800000009']
	with open(path, 'a', encoding='utf-8') as f:
	    for i in range(1, 32771):
	        body = ('%d,2026-11-20T15:00:00+08:00,2026-11-20T15:00:00+08:00,HT-%d,sale,%s,'
	            'A01,1.00,,,,前台' % (i + 1, i, ph[i % 3]))
	        prev = hashlib.sha256((prev + '\n' + body).encode()).hexdigest()
	        f.write(body + ',' + prev + '\n')
	PY
	report '2026-11-30 21:00' --month 2026-11 --by source
	assert_success
	# 网络: 10923 + 10924 (01 and 02), 电视: 10923 + HT-0
	run awk -F, '$1 == "total" && $NF != 0' <<<"$output"
	assert_output "total,网络,1,0,1,21847
total,电视,1,0,1,10924"
}

@test "slots come from rule slots: other boundaries, other keys, 'other' outside them (SPEC 6 slots; seed 001 展厅客流量统计表 时间段)" {
	sed -i 's/^slots,.*/slots,"09:00,13:00,21:00",营业时间/' "$FRONTDESK_DATA/rules.csv"
	v '2026-12-01 08:59:59' visit 13800000001 网络 A01 new	# other
	v '2026-12-01 09:00:00' visit 13800000002 网络 A01 new	# 09:00-13:00
	v '2026-12-01 13:00:00' call 13800000003 网络 A01 unregistered	# 13:00-21:00
	v '2026-12-01 20:59:59' visit '' 路过 A01 unregistered	# 13:00-21:00, no phone
	v '2026-12-01 21:00:00' visit 13800000004 网络 A01 new	# other
	report '2026-12-01 22:00' --by slot
	assert_success
	assert_output "$SLOT
2026-12-01,09:00-13:00,1,0,1,0,0
2026-12-01,13:00-21:00,1,1,0,0,0
2026-12-01,other,2,0,2,0,0"
}

# --- back-dated rows (补登) ---------------------------------------------------------------

# Rows of the day typed in the next morning: register-visit --import and assign-commission
# --import take each row's own time (none of register-visit, next-agent and
# assign-commission takes --at), so these rows are back-dated: time 2026-11-17,
# recorded_at 2026-11-18.
late_rows() {
	printf 'time,kind,agent,phone,name,source\n2026-11-17 18:30,visit,A03,138 1234 5678,何先生,亲友\n' \
		> "$BATS_TEST_TMPDIR/paper.csv"
	step '2026-11-18 09:00' 'imported 1 row into visits.csv, rows 14 to 14' \
		register-visit --import "$BATS_TEST_TMPDIR/paper.csv"
	printf 'time,deal,kind,phone,agent,amount,referrer,note\n2026-11-17 19:10,DJ-2,deposit,13812345678,A03,10000,,\n' \
		> "$BATS_TEST_TMPDIR/finance.csv"
	step '2026-11-18 09:05' 'imported 1 row into deals.csv, rows 6 to 6, with 0 commission rows' \
		assign-commission --import "$BATS_TEST_TMPDIR/finance.csv"
	run cols visits.csv seq,recorded_at,time,status
	assert_line --index 13 "14,2026-11-18T09:00:00+08:00,2026-11-17T18:30:00+08:00,new"
}
LATE1='visits.csv row 14: visit by A03 of 138****5678 at 2026-11-17 18:30, recorded on 2026-11-18 09:00 by 前台: back-dated 1 day'
LATE2='deals.csv row 6: deposit by A03 of 138****5678 at 2026-11-17 19:10, recorded on 2026-11-18 09:05 by 前台: back-dated 1 day'

@test "back-dated rows count on their day and are listed on stderr beside the CSV, phones masked; --full shows them whole; exit 0 (SPEC 5.4 当天登记 不允许补登; SPEC 3 daily-report --full)" {
	the_day
	late_rows
	# the 17th gains the 18:30 register row (new, a contact, slot 18-20; no reception on
	# the floor, so no visit) and the 19:10 deposit: visits 7, contacts 6 + 1 = 7,
	# new 5 + 1 = 6, deposits 1 + 1 = 2, conversion 2 / 7 = 28.6
	report '2026-11-18 09:10' --date $D
	assert_success
	assert_output "$SUMMARY
2026-11-17,7,3,7,6,2,2,2,1306000.00,28.6"
	assert_equal "$stderr" "daily-report: back-dated: $LATE1
daily-report: back-dated: $LATE2"
	report '2026-11-18 09:10' --date $D --by slot
	assert_line --index 6 "2026-11-17,18:00-20:00,0,0,1,1,0"
	assert_equal "$stderr" "daily-report: back-dated: $LATE1
daily-report: back-dated: $LATE2"
	report '2026-11-18 09:10' --date $D --full
	assert_equal "$stderr" "daily-report: back-dated: ${LATE1/138\*\*\*\*5678/13812345678}
daily-report: back-dated: ${LATE2/138\*\*\*\*5678/13812345678}"
	# the month lists them too; the 18th (their recording day) does not
	report '2026-11-18 09:10' --month 2026-11
	assert_line --index 17 "2026-11-17,7,3,7,6,2,2,2,1306000.00,28.6"
	assert_equal "$stderr" "daily-report: back-dated: $LATE1
daily-report: back-dated: $LATE2"
	report '2026-11-18 09:10' --date 2026-11-18
	assert_output "$SUMMARY
2026-11-18,0,0,0,0,0,0,0,0.00,"
	assert_equal "$stderr" ""
}

@test "what was recorded after the day is passed over unsplit, but for the rows back-dated into it and a void of one of its turns (SPEC 5.4 back-dated rows count as usual; SPEC 3 daily-report; SPEC 1 void)" {
	the_day
	# R19 17:30 A03 rotation counted; on the 18th a call (a plain row of the 18th,
	# passed over), the void of R19, then a visit of the 17th typed in
	step "$D 17:30" 'A03 张敏 receives the customer — next in line' next-agent --claim
	step '2026-11-18 08:10' 'call from 136****5555 recorded' \
		register-visit --call --agent A02 --phone 13611115555 --name 蒋先生 --source 网络
	step '2026-11-18 08:20' 'voided row 19 of floor.csv (A03 张敏 receive on 2026-11-17 at 17:30): 误点' \
		next-agent --void 19 --note 误点
	printf 'time,kind,agent,phone,name,source\n2026-11-17 18:30,visit,A03,138 1234 5678,何先生,亲友\n' \
		> "$BATS_TEST_TMPDIR/paper.csv"
	step '2026-11-18 09:00' 'imported 1 row into visits.csv, rows 15 to 15' \
		register-visit --import "$BATS_TEST_TMPDIR/paper.csv"
	# A03: receptions R9 = 1 (R17 and R19 voided), counted 1, registrations 1 (the visit
	# typed in), calls c6 = 1
	report '2026-11-18 09:10' --date $D --by agent
	assert_success
	assert_line --index 3 "2026-11-17,A03,张敏,1,1,1,0,1,0,0,0.00"
	# the 17th gains the register row: contacts 7, new 6; visits stay the floor's 7 (R19
	# voided), conversion 2 / 7 = 28.6
	report '2026-11-18 09:10' --date $D
	assert_output "$SUMMARY
2026-11-17,7,3,7,6,2,1,2,1306000.00,28.6"
	assert_equal "$stderr" "daily-report: back-dated: ${LATE1/row 14/row 15}"
	# the 18th holds its call and nothing else
	report '2026-11-18 09:10' --date 2026-11-18
	assert_output "$SUMMARY
2026-11-18,0,1,0,0,0,0,0,0.00,"
	assert_equal "$stderr" ""
}

@test "a row typed in later the same day is back-dated past backdate_grace_min 10 and listed; within it, not (SPEC 2 and 5.4: back-dated on the same day as on earlier ones; seed 000 第二部分 一 处罚办法.3)" {
	the_day
	# 17:25 typed at 17:35: 10 min, within the grace: no back-dated row
	printf 'time,kind,agent,phone,name,source\n2026-11-17 17:25,visit,A02,13812340001,许先生,网络\n' \
		> "$BATS_TEST_TMPDIR/paper.csv"
	step '2026-11-17 17:35' 'imported 1 row' register-visit --import "$BATS_TEST_TMPDIR/paper.csv"
	report "$D 17:40"
	assert_success
	assert_equal "$stderr" ""
	# 17:30 typed at 21:00: 210 min
	printf 'time,kind,agent,phone,name,source\n2026-11-17 17:30,visit,A02,13812340000,许女士,网络\n' \
		> "$BATS_TEST_TMPDIR/paper.csv"
	step '2026-11-17 21:00' 'imported 1 row' register-visit --import "$BATS_TEST_TMPDIR/paper.csv"
	report "$D 21:05"
	assert_success
	assert_output "$SUMMARY
2026-11-17,7,3,8,7,2,1,2,1306000.00,28.6"
	assert_equal "$stderr" "daily-report: back-dated: visits.csv row 15: visit by A02 of 138****0000 at 2026-11-17 17:30, recorded at 21:00 by 前台: back-dated 210 min"
}

@test "back-dated rows under the table: a blank line, 'back-dated rows (补登):' and one indented line each, on stdout (SPEC 5.4; SPEC 2 --table)" {
	the_day
	late_rows
	report '2026-11-18 09:10' --date $D --table
	assert_success
	assert_output "date        visits  calls  contacts  new  returning  deposits  sales  amount        conversion
2026-11-17  7       3      7         6    2          2         2      1,306,000.00  28.6

back-dated rows (补登):
  $LATE1
  $LATE2"
	assert_equal "$stderr" ""
}

@test "--table --encoding gbk: the back-dated list under the table is in GBK too (SPEC 2 --encoding gbk)" {
	the_day
	late_rows
	report '2026-11-18 09:10' --date $D --table
	local utf8=$output
	at '2026-11-18 09:10' daily-report --date $D --table --encoding gbk > "$BATS_TEST_TMPDIR/gbk.txt"
	run iconv -f GBK -t UTF-8 "$BATS_TEST_TMPDIR/gbk.txt"
	assert_success
	assert_output "$utf8"
}

@test "--format html: one page that passes xmllint and tidy, with the inline SVG chart, the table cells and the back-dated list, phones masked (SPEC 3 daily-report html)" {
	the_day
	late_rows
	at '2026-11-18 09:10' daily-report --date $D --format html > "$BATS_TEST_TMPDIR/day.html"
	run xmllint --noout "$BATS_TEST_TMPDIR/day.html"
	assert_success
	assert_output ""
	run tidy -q -e "$BATS_TEST_TMPDIR/day.html"
	assert_success
	assert_output ""
	run cat "$BATS_TEST_TMPDIR/day.html"
	assert_line --index 0 '<!DOCTYPE html>'
	assert_output --partial '<svg xmlns="http://www.w3.org/2000/svg"'
	assert_output --partial '<title>08:00: 2 visits</title>'
	assert_output --partial '<title>18:00: 0 visits</title>'	# the 18:30 register row: no reception
	assert_output --partial '<tr><th>date</th><th>visits</th><th>calls</th><th>contacts</th><th>new</th><th>returning</th><th>deposits</th><th>sales</th><th>amount</th><th>conversion</th></tr>
<tr><td>2026-11-17</td><td>7</td><td>3</td><td>7</td><td>6</td><td>2</td><td>2</td><td>2</td><td>1,306,000.00</td><td>28.6</td></tr>'
	assert_output --partial "<h2>back-dated rows 补登</h2>
<ul>
<li>$LATE1</li>
<li>$LATE2</li>
</ul>"
	refute_output --partial 13812345678
	refute_output --regexp '(src|href)='		# nothing external
	# --full: the whole phone on the page
	run at '2026-11-18 09:10' daily-report --date $D --format html --full
	assert_output --partial "<li>${LATE1/138\*\*\*\*5678/13812345678}</li>"
	# a month's page and the agents' page are well-formed too
	for args in "--month 2026-11" "--by agent" "--by source --month 2026-11"; do
		at '2026-11-18 09:10' daily-report $args --format html > "$BATS_TEST_TMPDIR/p.html"
		run xmllint --noout "$BATS_TEST_TMPDIR/p.html"
		assert_success
		assert_output ""
		run tidy -q -e "$BATS_TEST_TMPDIR/p.html"
		assert_success
		assert_output ""
	done
	run grep -c '<rect class="v"' "$BATS_TEST_TMPDIR/p.html"	# a month: one bar per day
	assert_output 30
}

@test "issue 20 finding 11: a month of history imported at once (2,400 rows) is one line on stderr, under the table and on the page, not 2,400 (SPEC 5.4: rows of one import listed as one line: who, when, how many, which days)" {
	# 80 register rows a day, Nov 1-30, typed in from paper on the morning of Dec 1
	awk 'BEGIN { print "time,kind,agent,phone,name,source"
		for (i = 0; i < 2400; i++) {
			d = int(i / 80) + 1; m = (i % 80) * 6
			printf "2026-11-%02d %02d:%02d,visit,A0%d,138000%05d,客户,网络\n", d, 9 + int(m / 60),
			    m % 60, i % 6 + 1, i
		} }' > "$BATS_TEST_TMPDIR/history.csv"
	step '2026-12-01 09:00' 'imported 2400 rows into visits.csv, rows 1 to 2400' \
		register-visit --import "$BATS_TEST_TMPDIR/history.csv"
	local line='visits.csv rows 1 to 2400: 2400 rows recorded at once on 2026-12-01 09:00 by 前台, dated 2026-11-01 to 2026-11-30'
	report '2026-12-01 09:05' --month 2026-11
	assert_success
	assert_line --index 31 "total,0,0,2400,2400,0,0,0,0.00,"	# register rows: no floor visit
	assert_equal "$stderr" "daily-report: back-dated: $line"
	report '2026-12-01 09:05' --month 2026-11 --table
	assert_equal "$stderr" ""
	assert_equal "$(grep -c 'back-dated\|visits.csv' <<<"$output")" 2	# the heading, the line
	assert_output --partial "
back-dated rows (补登):
  $line"
	run at '2026-12-01 09:05' daily-report --month 2026-11 --format html
	assert_success
	assert_equal "$(grep -c '<li>' <<<"$output")" 1
	assert_output --partial "<li>$line</li>"
	# one day of it: the day's 80 rows of the import, one line
	report '2026-12-01 09:05' --date 2026-11-15
	assert_equal "$stderr" "daily-report: back-dated: visits.csv rows 1121 to 1200: 80 rows recorded at once on 2026-12-01 09:00 by 前台, dated 2026-11-15"
}

@test "issue 20 finding 7: three walk-ins received 12:45-12:50 and one registered: visits 3 in --summary and in the 12:00-14:00 slot, conversion over them; one found no customer counts nothing; --by source keeps the register's 1 (SPEC 3 daily-report visits; seed 001 展厅客流量统计表 来店客户批数, 展厅销售率)" {
	step 12:00 'signed in' sign-in A01
	step 12:01 'signed in' sign-in A02
	step 12:02 'signed in' sign-in A03
	step 12:03 'signed in' sign-in A04
	step 12:45 'A01 王伟 receives the customer — next in line' next-agent --claim
	step 12:48 'A02 李娜 receives the customer — next in line' next-agent --claim
	step 12:50 'A03 张敏 receives the customer — next in line' next-agent --claim
	step 12:51 'A04 刘洋 receives the customer — next in line' next-agent --claim
	step 12:52 'was no customer (问路): not counted' next-agent --done A04 --not-customer --note 问路
	step 12:55 'new customer 138****0001 林先生 registered to A01' \
		register-visit --agent A01 --phone 13811110001 --name 林先生 --source 路过
	d "$D 15:00:00" HT-1 sale 13811110001 A01 1000000.00
	d "$D 15:10:00" HT-2 sale 13900000002 A02 500000.00
	# visits: the floor's receptions 12:45 12:48 12:50 (12:51 was no customer) = 3, not
	# the register's 1; conversion 2 sales / 3 = 66.7, not 200.0
	report "$D 21:00" --summary
	assert_success
	assert_output "$SUMMARY
$D,3,0,1,1,0,0,2,1500000.00,66.7"
	assert_equal "$stderr" ""
	report "$D 21:00" --by slot
	assert_output "$SLOT
$D,08:00-10:00,0,0,0,0,0
$D,10:00-12:00,0,0,0,0,0
$D,12:00-14:00,3,0,1,0,0
$D,14:00-16:00,0,0,0,0,2
$D,16:00-18:00,0,0,0,0,0
$D,18:00-20:00,0,0,0,0,0"
	# the channels: the register's visit (路过); HT-2's customer was never registered
	report "$D 21:00" --by source
	assert_output "$SOURCE
$D,网络,0,0,0,0
$D,电视,0,0,0,0
$D,报纸杂志,0,0,0,0
$D,广播,0,0,0,0
$D,展会,0,0,0,0
$D,亲友,0,0,0,0
$D,路过,1,0,1,1
$D,其他,0,0,0,0
$D,(none),0,0,0,1"
	# the agents: receptions with the one who was no customer, counted without
	report "$D 21:00" --by agent
	assert_line --index 4 "$D,A04,刘洋,1,0,0,0,0,0,0,0.00"
}

@test "the nightly report lists a back-dated sign-in and violation of the day, typed the same morning (SPEC 5.4 listed in the nightly report; seed 000 第二部分 一 处罚办法.3)" {
	step 08:20 'signed in' sign-in A01
	step 10:02 'signed in at 08:29, 2nd today; back-dated 93 min' sign-in --at 08:29 A04
	step 10:10 'back-dated 70 min' attendance-fine --record dress --at 09:00 A04
	report "$D 21:00"
	assert_success
	assert_equal "$stderr" "daily-report: back-dated: attendance.csv row 2: in by A04 at $D 08:29, recorded at 10:02 by 前台: back-dated 93 min
daily-report: back-dated: violations.csv row 1: dress by A04 at $D 09:00, recorded at 10:10 by 前台: back-dated 70 min"
	# the next day's report lists nothing of it
	report '2026-11-18 21:00'
	assert_equal "$stderr" ""
}

@test "--format html escapes who recorded a back-dated row; the page stays well-formed (SPEC 3 daily-report html)" {
	printf 'time,kind,agent,phone,name,source\n2026-11-17 18:30,visit,A03,13812345678,何先生,亲友\n' \
		> "$BATS_TEST_TMPDIR/paper.csv"
	FRONTDESK_USER='<b>夜班&</b>' at '2026-11-18 09:00' register-visit --import "$BATS_TEST_TMPDIR/paper.csv" >/dev/null
	at '2026-11-18 09:10' daily-report --date $D --format html > "$BATS_TEST_TMPDIR/day.html"
	run xmllint --noout "$BATS_TEST_TMPDIR/day.html"
	assert_success
	run cat "$BATS_TEST_TMPDIR/day.html"
	assert_output --partial "<li>visits.csv row 1: visit by A03 of 138****5678 at 2026-11-17 18:30, recorded on 2026-11-18 09:00 by &lt;b&gt;夜班&amp;&lt;/b&gt;: back-dated 1 day</li>"
}

# --- usage, bad values, no data -----------------------------------------------------------

usage_error() {
	expect_fail 64 "daily-report: $1 (daily-report -h shows the usage)" at "$D 21:00" \
	    daily-report "${@:2}"
}

@test "usage: --date with --month, two views, --format pdf, --by bogus, --excel with --format html or table, --encoding with html, an operand exit 64 and print nothing (SPEC 2 exit 64)" {
	the_day
	usage_error "one of --date and --month at a time" --date $D --month 2026-11
	usage_error "one of --by slot, --by agent, --by source and --summary at a time" --by slot --by agent
	usage_error "one of --by slot, --by agent, --by source and --summary at a time" --summary --by source
	usage_error "--format is csv, table or html, not 'pdf'" --format pdf
	usage_error "--by is slot, agent or source, not 'bogus'" --by bogus
	usage_error "one of --format table, --format html and --excel" --excel --format html
	usage_error "one of --format table, --format html and --excel" --format html --excel
	usage_error "--table is for people, --excel for spreadsheets: give one" --excel --table
	usage_error "one of --format table, --format html and --excel" --format html --table
	usage_error "--encoding is for CSV and tables; the page is UTF-8" --format html --encoding gbk
	usage_error "--encoding is utf-8 or gbk, not 'big5'" --encoding big5
	usage_error "every value goes with its option: '$D' has none" $D
	usage_error "unknown option or missing value: '--bogus'" --bogus
	run -0 --separate-stderr daily-report -h
	assert_line --index 0 "usage: daily-report [-d dir] [--date day | --month yyyy-mm]"
	assert_equal "$stderr" ""
}

@test "bad --date and --month exit 65 with one line, nothing on stdout (SPEC 2 exit 65)" {
	the_day
	expect_fail 65 "daily-report: --date takes a date YYYY-MM-DD, not '2026-11-31'" \
		at "$D 21:00" daily-report --date 2026-11-31
	expect_fail 65 "daily-report: --date takes a date YYYY-MM-DD, not '11/17'" \
		at "$D 21:00" daily-report --date 11/17
	expect_fail 65 "daily-report: --month takes a month YYYY-MM, not '2026-13'" \
		at "$D 21:00" daily-report --month 2026-13
	expect_fail 65 "daily-report: --month takes a month YYYY-MM, not '2026-11-17'" \
		at "$D 21:00" daily-report --month 2026-11-17
}

@test "no data dir exits 66 saying how to set it (SPEC 1 files)" {
	run -66 --separate-stderr at "$D 21:00" daily-report -d "$BATS_TEST_TMPDIR/nowhere"
	assert_equal "$stderr" "daily-report: $BATS_TEST_TMPDIR/nowhere: no such data directory"
	assert_output ""
	unset FRONTDESK_DATA
	cd "$BATS_TEST_TMPDIR"
	mv data elsewhere
	run -66 --separate-stderr at "$D 21:00" daily-report
	assert_equal "$stderr" "daily-report: no data directory: give -d DIR, set FRONTDESK_DATA, or run where ./data is"
	assert_output ""
}

@test "SPEC 1 reading: each deal's channel is looked up in deals.csv while the report reads deals.csv: each read keeps its own place (60 deposits, over 8 KiB)" {
	local i
	for i in $(seq -w 0 59); do
		at "2026-11-17 10:$i" assign-commission --deal "DJ-$i" --kind deposit \
		    --phone "138111100$i" --agent A02 --amount 20000 >/dev/null
	done
	(($(stat -c %s "$FRONTDESK_DATA/deals.csv") > 8192))
	run -0 --separate-stderr at '2026-11-18 09:00' daily-report --month 2026-11
	assert_equal "$stderr" ''
	assert_line '2026-11-17,0,0,0,0,0,60,0,0.00,'
	assert_line 'total,0,0,0,0,0,60,0,0.00,'
}

@test "no total from a broken chain: a deal's amount edited in deals.csv, its chain left as it was, is refused 65 at its line, nothing printed; the book as written reports as before (SPEC 1 chain, SPEC 3 daily-report; issue 24)" {
	at '2026-10-31 10:00' assign-commission --deal S0 --phone 13800000006 --agent A02 --amount 9000000 >/dev/null
	at '2026-11-02 10:00' assign-commission --deal S1 --phone 13800000001 --agent A01 --amount 3000000 >/dev/null
	at '2026-11-03 10:00' assign-commission --deal S2 --phone 13800000002 --agent A02 --amount 4000000 >/dev/null
	run -0 --separate-stderr at '2026-11-04 09:00' daily-report --month 2026-11
	assert_equal "$stderr" ''
	assert_line '2026-11-03,0,0,0,0,0,0,1,4000000.00,'
	assert_line 'total,0,0,0,0,0,0,2,7000000.00,'
	# S2's amount made 40000.00 by hand; its chain is the one written for 4000000.00
	sed -i '4s/,A02,4000000.00,/,A02,40000.00,/' "$FRONTDESK_DATA/deals.csv"
	run cols deals.csv deal,amount
	assert_line "S2,40000.00"
	expect_fail 65 "daily-report: deals.csv:4: the chain breaks here: the book was altered after it was written, so no total is given (verify-journal says more)" \
	    at '2026-11-04 09:00' daily-report --month 2026-11
	expect_fail 65 "daily-report: deals.csv:4: the chain breaks here: the book was altered after it was written, so no total is given (verify-journal says more)" \
	    at '2026-11-04 09:00' daily-report --date 2026-11-03
	# a report reads and checks the rows of its days: October's does not use the row
	run -0 --separate-stderr at '2026-11-04 09:00' daily-report --date 2026-10-31
	assert_equal "$stderr" ''
	assert_line '2026-10-31,0,0,0,0,0,0,1,9000000.00,'
}

@test "a void edited to cancel another deal is refused 65 at its line: the rows a void takes out of the report are decided by a checked row (SPEC 1 chain and void, SPEC 3 daily-report; issue 24)" {
	at '2026-11-02 10:00' assign-commission --deal S1 --phone 13800000001 --agent A01 --amount 3000000 >/dev/null
	at '2026-11-03 10:00' assign-commission --deal S2 --phone 13800000002 --agent A02 --amount 4000000 >/dev/null
	at '2026-11-03 17:00' assign-commission --void S2 --note 录错 >/dev/null
	run -0 --separate-stderr at '2026-11-04 09:00' daily-report --month 2026-11
	assert_equal "$stderr" ''
	assert_line 'total,0,0,0,0,0,0,1,3000000.00,'
	# the void of row 2 (S2) made a void of row 1 (S1) by hand
	sed -i '4s/,void,\(.*\),2,前台,/,void,\1,1,前台,/' "$FRONTDESK_DATA/deals.csv"
	run cols deals.csv seq,deal,kind,ref
	assert_line "3,S2,void,1"
	expect_fail 65 "daily-report: deals.csv:4: the chain breaks here: the book was altered after it was written, so no total is given (verify-journal says more)" \
	    at '2026-11-04 09:00' daily-report --month 2026-11
}
