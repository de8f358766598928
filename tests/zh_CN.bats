# The desk in Chinese (SPEC 7): a desk day under zh_CN.UTF-8, every tool's sentence, a
# refusal, an error, the usage, a --table heading and the page read in Chinese; the books
# and the CSV listings are the same bytes as under C.  The rules' tests run under C.
load test_helper

D=2026-11-16

setup_file() {
	locale -a 2>/dev/null | grep -qix 'zh_CN\.utf-\?8' ||
	    { echo "no zh_CN.UTF-8 locale: make locale (as root) makes it" >&3; return 1; }
}

# zh HH:MM tool args...: the tool at that time on $D, in Chinese.
zh() { LC_ALL=zh_CN.UTF-8 FRONTDESK_NOW="$D $1" "${@:2}"; }

@test "sign-in speaks as SPEC 7 shows: A03 张敏 08:41 签到，今日第 3 位；迟到 11 分钟（本月第 2 次）, and the row it wrote (SPEC 7; seed 000 第二部分 一 处罚办法.2)" {
	at '2026-11-13 08:36' sign-in A03
	zh 08:12 sign-in A01
	run --separate-stderr zh 08:20 sign-in 李娜
	assert_output "A02 李娜 08:20 签到，今日第 2 位（第 3 行）"
	run --separate-stderr zh 08:41 sign-in A03
	assert_success
	assert_output "A03 张敏 08:41 签到，今日第 3 位；迟到 11 分钟（本月第 2 次）（第 4 行）"
	run --separate-stderr zh 09:40 sign-in --out --note 房管局备案 A02
	assert_output "A02 李娜 09:40 外出（房管局备案）（第 5 行）"
	run cols attendance.csv seq,agent,event,detail
	assert_output "$(printf '%s\n' 1,A03,in, 2,A01,in, 3,A02,in, 4,A03,in, 5,A02,out,房管局备案)"
}

@test "a refusal in Chinese: one sign-in a day, exit 1, the books untouched (SPEC 7; seed 000 第二部分 一.1)" {
	zh 08:12 sign-in A01
	snapshot
	run --separate-stderr zh 08:45 sign-in A01
	assert_failure 1
	assert_output ""
	[ "$stderr" = "sign-in: 拒绝：2026-11-16 A01 王伟 08:12 已签到（每天只签到一次）" ]
	unchanged
}

@test "next-agent in Chinese: whose turn, the reception, its end, and the refusal to interrupt one (SPEC 7; seed 000 四.13, 条例 3, 6)" {
	zh 08:12 sign-in A01
	zh 08:20 sign-in A03
	run --separate-stderr zh 09:05 next-agent
	assert_output "由 A01 王伟 接待——轮序下一位（第 1 轮）"
	run --separate-stderr zh 09:05 next-agent --claim
	assert_output "A01 王伟 接待该客户——轮序下一位（第 1 轮）（第 1 行）"
	snapshot
	run --separate-stderr zh 09:10 next-agent --claim --named 王伟
	assert_failure 1
	[ "$stderr" = "next-agent: 拒绝：A01 王伟 09:05 起接待中，不得打断接待（条例 3、6）；可由义务接待顾问 A03 张敏 接待" ]
	unchanged
	run --separate-stderr zh 09:30 next-agent --done A01
	assert_output "A01 王伟 09:30 接待完毕，用时 25 分钟；现排第 2 位（第 2 行）"
}

@test "register-visit in Chinese: a new customer, and the same customer brought by another agent (撞单) (SPEC 7; seed 000 四.5, 条例 12)" {
	run --separate-stderr zh 09:12 register-visit --agent A01 --phone 13812345678 --name 陈杰 --source 网络
	assert_output "新客户 138****5678 陈杰 登记在 A01 名下，保护期至 2026-12-06（第 1 行）"
	run --separate-stderr zh 09:14 register-visit --agent A02 --phone 13812345678 --name 陈杰 --source 网络
	assert_output "该客户已于 2026-11-16 登记在 A01 名下：以先登记者为准（记为撞单，条例 12）（第 2 行）"
	run cols visits.csv seq,kind,agent,status,owner
	assert_output "$(printf '%s\n' 1,visit,A01,new,A01 2,visit,A02,crossed,A01)"
}

@test "assign-commission in Chinese: a deposit's sentence, the deal's table headed in Chinese, its CSV unchanged (SPEC 7; seed 000 五.2, 条例 1)" {
	zh 09:12 register-visit --agent A01 --phone 13812345678 --name 陈杰 --source 网络
	run --separate-stderr zh 10:00 assign-commission --deal DJ-1 --kind deposit --phone 13812345678 --agent A01 --amount 20000
	assert_output "138****5678 的定金 DJ-1：该客户永久归属 A01（交定金时的归属顾问：已交定金的老客户，条例 1）（第 1 行）"
	run --separate-stderr zh 10:05 assign-commission --deal HT-1 --phone 13812345678 --agent A01 --amount 1280000 --table
	assert_success
	assert_line --index 0 "成交编号  工号  分成比例  金额          规则      依据"
	run --separate-stderr zh 10:06 assign-commission --deal HT-2 --phone 13812345678 --agent A01 --amount 1280000
	assert_output "$(printf '%s\n' deal,agent,share,amount,rule,evidence HT-2,A01,100.00,1280000.00,owner,deals:1)"
}

@test "attendance-fine in Chinese: an offence given by its description (吵架), and an error naming what is not a code, exit 65 (SPEC 7; seed 001 十三)" {
	run --separate-stderr zh 10:10 attendance-fine --record 吵架 A02
	assert_success
	assert_output "A02 李娜 10:10 因 argue 罚款 100.00 元，本月第 1 次（第 1 行）"
	snapshot
	run --separate-stderr zh 10:12 attendance-fine --record 迟到罚 A02
	assert_failure 65
	[ "$stderr" = "attendance-fine: “迟到罚”不是 offences.csv 里的代码（未列出的违规用 other）" ]
	unchanged
}

@test "daily-report and verify-journal in Chinese: the table's headings, the page's language and words, the check's lines (SPEC 7; SPEC 3)" {
	zh 08:12 sign-in A01
	zh 09:05 next-agent --claim
	run --separate-stderr zh 21:00 daily-report --table
	assert_line --index 0 "日期        来访次数  来电  留资  新客户  老客户  定金  成交  金额  成交率%"
	run --separate-stderr zh 21:00 daily-report --format html
	assert_output --partial '<html lang="zh-CN">'
	assert_output --partial "<title>日报表 2026-11-16</title>"
	assert_output --partial '<span class="v">■</span> 来店批数 <span class="c">■</span> 来电</p>'
	run --separate-stderr zh 21:00 verify-journal -v attendance.csv
	assert_output "attendance.csv: 完好，共 1 行，链头 $(tail -n 1 "$FRONTDESK_DATA/attendance.csv" | cut -d, -f9)"
}

@test "a usage error, a bad value's error and --help in Chinese: exit 64, 65 and 0 (SPEC 7; SPEC 2)" {
	snapshot
	run --separate-stderr zh 21:00 sign-in --void 3
	assert_failure 64
	[ "$stderr" = "sign-in: --void 必须带 --note（用法见 sign-in -h）" ]
	run --separate-stderr zh 21:00 sign-in --list --date 2026-13-01
	assert_failure 65
	[ "$stderr" = "sign-in: --date 要的是日期 YYYY-MM-DD，不是“2026-13-01”" ]
	unchanged
	run --separate-stderr zh 21:00 sign-in -h
	assert_success
	assert_line --index 0 "用法：sign-in [-d 目录] [--at 时间] [--note 文字] 顾问"
	assert_line --index 10 "      sign-in -h | -V"
}

@test "an error in a data file keeps its FILE:LINE: shape in Chinese, exit 65 (SPEC 7; SPEC 2 exit codes)" {
	sed -i 's/^late_fine,2,/late_fine,abc,/' "$FRONTDESK_DATA/rules.csv"
	line=$(grep -n '^late_fine,' "$FRONTDESK_DATA/rules.csv" | cut -d: -f1)
	run --separate-stderr zh 09:05 next-agent
	assert_failure 65
	[ "$stderr" = "next-agent: rules.csv:$line: late_fine 应为金额（元），如 20 或 20.50，不能是“abc”" ]
}

# day LANG DIR: one desk day run in that language into that data dir, and every listing a
# script reads written beside it.
day() {
	local lang=$1 out=$2
	cp -r "$BATS_TEST_DIRNAME/fixtures/base" "$out"
	export FRONTDESK_DATA=$out LC_ALL=$lang
	{
		at "$D 08:12" sign-in A01
		at "$D 08:41" sign-in A03
		at "$D 08:45" sign-in A01
		at "$D 09:05" next-agent --claim
		at "$D 09:12" register-visit --agent A01 --phone 13812345678 --name 陈杰 --source 网络
		at "$D 09:14" register-visit --agent A03 --phone 13812345678 --name 陈杰 --source 网络
		at "$D 09:30" next-agent --done A01
		at "$D 09:40" sign-in --out --note 房管局备案 A03
		at "$D 10:00" assign-commission --deal DJ-1 --kind deposit --phone 13812345678 --agent A01 --amount 20000
		at "$D 10:10" attendance-fine --record 吵架 A03
		at "$D 10:20" sign-in --void 1 --note 打卡机重复
	} > "$out.said" 2>&1 || true
	{
		at "$D 21:00" assign-commission --deal HT-1 --phone 13812345678 --agent A01 --amount 1280000
		at "$D 21:00" sign-in --list
		at "$D 21:00" sign-in --list --excel
		at "$D 21:00" next-agent --queue
		at "$D 21:00" register-visit --list --excel
		at "$D 21:00" register-visit --lookup 13812345678 --encoding gbk
		at "$D 21:00" assign-commission --statement 2026-11
		at "$D 21:00" attendance-fine --month 2026-11
		at "$D 21:00" attendance-fine --month 2026-11 --summary --excel
		at "$D 21:00" daily-report --by agent
		at "$D 21:00" verify-journal --heads
	} > "$out.csv" 2>/dev/null
}

@test "the books and every CSV listing are the same bytes under C and zh_CN; only the sentences differ (SPEC 7: CSV never changes with the language)" {
	day C.UTF-8 "$BATS_TEST_TMPDIR/c"
	day zh_CN.UTF-8 "$BATS_TEST_TMPDIR/zh"
	diff -r "$BATS_TEST_TMPDIR/c" "$BATS_TEST_TMPDIR/zh"
	cmp "$BATS_TEST_TMPDIR/c.csv" "$BATS_TEST_TMPDIR/zh.csv"
	[ "$(grep -c . "$BATS_TEST_TMPDIR/c.csv")" -gt 30 ]
	[ "$(wc -l < "$BATS_TEST_TMPDIR/c.said")" -eq 11 ]
	[ "$(wc -l < "$BATS_TEST_TMPDIR/zh.said")" -eq 11 ]
	run grep -c '签到' "$BATS_TEST_TMPDIR/zh.said"
	assert_output 4
	run grep -E '[a-z]{3,} [a-z]{2,}' "$BATS_TEST_TMPDIR/zh.said"	# no English words
	assert_output ""
}

@test "the words a book holds read in Chinese in --table (在岗, 外出, 接待中, 迟到) and the rule in Chinese sentences; the CSV keeps them (SPEC 7 human views; seed 000 第二部分 一 处罚办法.2)" {
	zh 08:12 sign-in A01
	zh 08:41 sign-in A03
	zh 09:05 next-agent --claim
	zh 09:40 sign-in --out A03
	run --separate-stderr zh 10:00 sign-in --list --table
	assert_output "$(printf '%s\n' '排位  工号  姓名  签到时间  迟到分钟  状态' \
	    '1     A01   王伟  08:12     0         在岗' '2     A03   张敏  08:41     11        外出')"
	run --separate-stderr zh 10:00 next-agent --queue --table
	assert_line --index 1 "1     A03   张敏  暂离    09:40     0         0         0"
	assert_line --index 2 "2     A01   王伟  接待中  09:05     1         1         0"
	run --separate-stderr zh 10:00 attendance-fine --month 2026-11 --table
	assert_output "$(printf '%s\n' '工号  姓名  日期        项目  次序  金额  规则' \
	    'A03   张敏  2026-11-16  迟到  1     2.00  08:41 签到，迟到 11 分钟；本月第 1 次迟到或早退：late_fine 2.00（第二部分 一 处罚办法.2）')"
	run --separate-stderr zh 10:00 attendance-fine --month 2026-11
	assert_output "$(printf '%s\n' agent,name,date,item,occurrence,amount,rule \
	    'A03,张敏,2026-11-16,late,1,2.00,"in at 08:41, 11 min late; the 1st late or early this month: late_fine 2.00 (第二部分 一 处罚办法.2)"')"
	run --separate-stderr zh 10:00 sign-in --list
	assert_output "$(printf '%s\n' position,agent,name,in,late_min,state 1,A01,王伟,08:12,0,present 2,A03,张敏,08:41,11,out)"
}

@test "follow-up in Chinese: the due list's --table headings, a plan's and a 战败's sentences, and a plan by another agent refused: exit 1, the books untouched; followups.csv keeps its words (SPEC 7; SPEC 5.6; seed 004 篇1 六.1-4, 一.6-8; seed 000 四.7)" {
	zh 09:12 register-visit --agent A01 --phone 13812345678 --name 陈杰 --source 网络 --level H
	D=2026-11-18	# two days on: an H customer is due (follow_days H:2)
	run --separate-stderr zh 08:45 follow-up --table
	assert_success
	assert_output "$(printf '%s\n' \
	    '工号  姓名  电话         客户  级别  最近联系    应跟进日    保护期至    原因' \
	    'A01   王伟  138****5678  陈杰  H     2026-11-16  2026-11-18  2026-12-06  跟进周期')"
	snapshot
	run --separate-stderr zh 09:00 follow-up --plan 13812345678 --agent A03 --next 2026-11-20
	assert_failure 1
	assert_output ""
	[ "$stderr" = "follow-up: 拒绝：138****5678 登记在 A01 王伟 名下，保护期至 2026-12-06：只有归属顾问才能跟进（自己跟踪自己的客户，四.7）" ]
	unchanged
	run --separate-stderr zh 09:05 follow-up --plan 13812345678 --agent 王伟 --next 2026-11-20 --note 周五看样板间
	assert_success
	assert_output "A01 王伟 预约 2026-11-20 跟进 138****5678 陈杰（第 1 行）"
	run --separate-stderr zh 09:06 follow-up --card 13812345678 --table
	assert_output "$(printf '%s\n' \
	    '时间                       台账           行号  事件      工号  详情' \
	    '2026-11-16T09:12:00+08:00  visits.csv     1     来访      A01   电话=138****5678 姓名=陈杰 级别=H 来源=网络 状态=新客户 归属顾问=A01' \
	    '2026-11-18T09:05:00+08:00  followups.csv  1     跟进计划  A01   电话=138****5678 应跟进日=2026-11-20 备注=周五看样板间' \
	    '' '归属顾问：A01 王伟，2026-11-16 登记，保护期至 2026-12-06' '意向级别：H' \
	    '下次跟进：2026-11-18，由 A01 跟进（跟进周期）')"
	run --separate-stderr zh 16:00 follow-up --lost 13812345678 --agent A01 --reason 竞品 --competitor 万科翡翠湾
	assert_success
	assert_output "A01 王伟 的客户 138****5678 陈杰 记为战败（竞品）：再次来访前不再提醒跟进（第 2 行）"
	run --separate-stderr zh 16:10 follow-up --table
	assert_output "工号  姓名  电话  客户  级别  最近联系  应跟进日  保护期至  原因"
	run cols followups.csv seq,phone,agent,event,due,reason,note
	assert_output "$(printf '%s\n' 1,13812345678,A01,plan,2026-11-20,,周五看样板间 \
	    '2,13812345678,A01,lost,,竞品,competitor: 万科翡翠湾')"
}
