#!/bin/sh
# A month of attendance, a morning at the desk and the week of following customers up
# after it, replayed into a copy of data/: the tools run on the shipped roster and rules
# with the clock set by FRONTDESK_NOW.  Run by `make demo`.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
PATH="$top/bin:$PATH"
work=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$top"/data/*.csv "$work"/
export FRONTDESK_DATA="$work" TZ=Asia/Shanghai FRONTDESK_USER=前台 FRONTDESK_NOSYNC=1 \
    TEXTDOMAINDIR="$top/build/locale"

# The desk speaks the caller's language (SPEC 7): make demo LANG=zh_CN.UTF-8 is the
# same day in Chinese.  say 'English' '中文': a heading in it.
case ${LC_ALL:-${LC_MESSAGES:-${LANG:-}}} in
zh_CN*) zh=1 ;;
*) zh= ;;
esac
say() { if [ -n "$zh" ]; then echo "== $2 =="; else echo "== $1 =="; fi; }

day=2026-11-16
desk() {	# desk HH:MM command...: show and run a desk command at that time
	t=$1; shift
	printf '%s  $' "$t"
	for a in "$@"; do
		case $a in
		*' '*) printf " '%s'" "$a" ;;
		*) printf ' %s' "$a" ;;
		esac
	done
	echo
	FRONTDESK_NOW="$day $t" "$@" 2>&1 | sed 's/^/        /' || true
}

# October 2026 as the showroom's time clock exported it, generated here (the same rows
# every run) for attendance-fine.  Every open day from Sun Oct 4 (Oct 1-3 are closed,
# calendar.csv) for A01-A06 (A07 starts 2026-11-16, A08 is inactive: no rows).  A plain
# day: in 08:05-08:30, end 18:00-18:10, on some days a meal break (11:45-13:01) or an
# errand out (14:30-16:30), each closed by a back.  The tables below set all the rest.
october() {
	awk 'function rnd(n) { seed = (seed * 69069 + 1) % 4294967296; return int(seed / 65536) % n }
	function hm(m) { return sprintf("%02d:%02d", int(m / 60), m % 60) }
	function mins(t) { return substr(t, 1, 2) * 60 + substr(t, 4, 2) }
	function row(d, t, a, e, x) { printf "2026-10-%02d %s,%s,%s,%s\n", d, t, a, e, x }
	BEGIN {
		seed = 2026
		split("房管局备案 银行办按揭 带客户看房 工地交底", errand, " ")
		# the weekly rest day (轮休), a different weekday each: 1 Monday ... 6 Saturday
		rest["A01"] = 1; rest["A02"] = 2; rest["A03"] = 3
		rest["A04"] = 4; rest["A05"] = 5; rest["A06"] = 6
		# A01 王伟: a model month, no fines; night duty Tue 20 until 20:40
		night["A01", 20] = "20:40"
		# A02 李娜: late Wed 7 08:35, Mon 12 08:41; early Fri 16 17:40; late Thu 22 08:50,
		# Wed 28 09:02 (one counter: 5 occurrences); night duty Sat 10 until 20:32
		arrive["A02", 7] = "08:35"; arrive["A02", 12] = "08:41"; depart["A02", 16] = "17:40"
		arrive["A02", 22] = "08:50"; arrive["A02", 28] = "09:02"; night["A02", 10] = "20:32"
		# A03 张敏: personal leave 0.5 Fri 9 (in 13:30); sick leave 1.5 from Thu 22: all
		# of Thu 22, the morning of Fri 23 (in 13:00, not late); night duty Tue 27 until 20:45
		leave["A03", 9] = "personal 0.5"; arrive["A03", 9] = "13:30"
		leave["A03", 22] = "sick 1.5"; arrive["A03", 23] = "13:00"; night["A03", 27] = "20:45"
		# A04 刘洋: two rest days in the week of Mon 12 (Mon 12 and Thu 15, flagged); absent
		# (no rows) Tue 20 and Wed 21; night duty Fri 9 until 20:31
		dayoff["A04", 12] = 1; absent["A04", 20] = 1; absent["A04", 21] = 1
		night["A04", 9] = "20:31"
		# A05 陈静: away from the post (脱岗) Thu 8 15:10-15:35, Sat 17 10:20-10:50, Mon 26
		# 14:00-14:40; night duty Sat 24 until 20:35
		desert["A05", 8] = "15:10 15:35"; desert["A05", 17] = "10:20 10:50"
		desert["A05", 26] = "14:00 14:40"; night["A05", 24] = "20:35"
		# A06 杨帆: late Tue 13 08:31; night duty Thu 29 but signs off at 20:00 (early)
		arrive["A06", 13] = "08:31"; night["A06", 29] = "20:00"

		print "time,agent,event,detail"
		for (d = 4; d <= 31; d++) {
			wd = (d + 3) % 7	# Oct 4 2026 is a Sunday: 0 Sunday, 1 Monday ...
			for (n = 1; n <= 6; n++) {
				a = sprintf("A%02d", n)
				if (rest[a] == wd || (a, d) in dayoff) { row(d, "00:00", a, "off", ""); continue }
				if ((a, d) in leave) {
					split(leave[a, d], l, " ")
					row(d, "00:00", a, l[1], l[2])
					for (k = 0; k < int(l[2]); k++) gone[a, d + k] = 1
				}
				if ((a, d) in gone || (a, d) in absent) continue
				t = (a, d) in arrive ? arrive[a, d] : hm(485 + rnd(26))
				row(d, t, a, "in", "")
				if (mins(t) < 690 && rnd(3) == 0) {	# a meal break (轮流吃饭)
					b = 705 + rnd(31)
					row(d, hm(b), a, "break", ""); row(d, hm(b + 30 + rnd(16)), a, "back", "")
				}
				if ((a, d) in desert) {
					split(desert[a, d], x, " ")
					row(d, x[1], a, "desert", ""); row(d, x[2], a, "back", "")
				} else if (rnd(8) == 0) {	# an errand (外出)
					o = 870 + rnd(31)
					row(d, hm(o), a, "out", errand[1 + rnd(4)])
					row(d, hm(o + 40 + rnd(41)), a, "back", "")
				}
				if ((a, d) in night) {
					row(d, "17:00", a, "night", ""); row(d, night[a, d], a, "end", "")
				} else
					row(d, (a, d) in depart ? depart[a, d] : hm(1080 + rnd(11)), a, "end", "")
			}
		}
	}'
}
say "October 2026: each evening the time clock's export is imported (sign-in --import)" \
    "2026 年 10 月：每晚导入考勤机导出的记录（sign-in --import）"
october >"$work/october.txt"
for d in $(seq -w 4 31); do
	{ echo time,agent,event,detail; grep "^2026-10-$d " "$work/october.txt"; } |
	    FRONTDESK_NOW="2026-10-$d 21:00" sign-in --import - >/dev/null
done
rm "$work/october.txt"
n=$(grep -c . "$work/attendance.csv")
if [ -n "$zh" ]; then echo "attendance.csv 共 $n 行"; else echo "$n rows in attendance.csv"; fi
echo
say "October 2026: offences recorded, the month's fines item by item, and the summary" \
    "2026 年 10 月：记录违规，逐条列出当月罚款，再汇总"
day=2026-10-14
desk 11:20 attendance-fine --record argue --note '与客户争吵: 车位价格' A06
day=2026-10-28
desk 16:05 attendance-fine --record office-noise --fine 10 A02
day=2026-10-29
desk 10:00 attendance-fine --record argue A06
day=2026-11-01
desk 09:00 attendance-fine --month 2026-10 --table
desk 09:00 attendance-fine --month 2026-10 --summary --table
echo

say "earlier this month: customers in the register (客户来访登记)" "本月早些时候：客户来访登记"
day=2026-11-02
desk 14:10 register-visit --agent 张敏 --phone 13755556666 --name 孙先生 --gender M \
    --source 展会 --level D --interest '看过房展会, 不急'
day=2026-11-10
desk 10:20 register-visit --agent 李娜 --phone '138 1234 5678' --name 陈杰 \
    --gender M --source 网络 --level A --interest '三房, 120㎡'
day=2026-11-12
desk 15:40 register-visit --agent A01 --phone 139-0000-1111 --name 周女士 \
    --gender F --source 亲友 --level B --party 2
day=2026-11-16
echo
say "$day: the morning at the desk: the sign-in book, the walk-ins, the register" \
    "$day：前台的一个上午：签到、来访接待、客户登记"
desk 08:12 sign-in 王伟
desk 08:19 sign-in A05
desk 08:24 sign-in 李娜
desk 08:27 sign-in --off --date 2026-11-17 A06
desk 08:29 sign-in A04
desk 08:36 sign-in 张敏
desk 08:37 sign-in A04
desk 08:52 sign-in --sick --days 0.5 A07
desk 09:05 next-agent
desk 09:05 next-agent --claim
desk 09:18 next-agent --claim
desk 09:20 register-visit --agent A01 --phone 13611112222 --name 赵女士 --source 路过 \
    --level C
desk 09:30 next-agent --done A01
desk 09:33 next-agent --claim
desk 09:40 sign-in --out --note '房管局备案' A04
desk 09:41 next-agent --claim
desk 09:45 next-agent --claim --customer 13900001111
desk 09:50 register-visit --agent A01 --phone 13900001111 --name 周女士 --source 亲友
desk 09:55 next-agent --done A05
desk 10:00 next-agent --claim --customer 13812345678
desk 10:05 register-visit --agent A05 --phone 13812345678 --name 陈杰 --source 网络
# typed at 10:05 for 08:44: counted as typed (late 14 min), said back-dated 81 min and
# listed for the manager in the nightly report below (SPEC 5.4)
desk 10:05 sign-in --at 08:44 A06
desk 10:10 next-agent --done A01
desk 10:10 next-agent --claim
desk 10:12 next-agent --done A05
desk 10:15 sign-in --desert 陈静
desk 10:20 next-agent --named 张敏
desk 10:22 next-agent --done A03
desk 10:25 next-agent --claim --named 张敏
desk 10:30 next-agent --claim
desk 10:35 register-visit --call --agent A06 --phone 021-5888-1234 --name 钱先生 \
    --source 报纸杂志
desk 10:40 sign-in --back 陈静
desk 10:45 next-agent --done A02 --not-customer --note '快递员送件'
desk 10:50 next-agent --claim
desk 11:10 sign-in --back A04
desk 11:12 next-agent --claim
desk 11:20 next-agent --done A06
desk 11:25 next-agent --done A03
desk 11:30 next-agent --move A03 --to 1 --note '老客户约了张敏'
desk 11:40 next-agent --done A01
desk 11:42 next-agent --claim
desk 12:00 sign-in --break A01
desk 12:05 next-agent --claim
desk 12:20 next-agent --claim
desk 12:55 sign-in --back A01
desk 13:02 sign-in --night A02
desk 13:05 sign-in A08
desk 13:20 assign-commission --deal HT-1118 --phone 13812345678 --agent A05 \
    --amount 1280000 --table
desk 13:40 assign-commission --deal DJ-0031 --kind deposit --phone 13611112222 \
    --agent A01 --amount 20000
# 张敏 neither received nor registered 王伟's customer: refused, the manager decides
desk 15:10 assign-commission --deal HT-1119 --phone 13611112222 --agent A03 \
    --amount 986543.21 --table
desk 15:20 assign-commission --deal HT-1119 --phone 13611112222 --agent A03 \
    --amount 986543.21 --split A01:100 --note '张敏无接待记录, 归王伟' --table
desk 16:00 assign-commission --deal ZL-0007 --kind rent --phone 13900001111 --agent A01 \
    --amount 26000 --table
# a customer brought by an agency of referrers.csv; a typo is refused, never paid
desk 16:30 assign-commission --deal HT-1120 --phone 13700005555 --agent A04 \
    --amount 1500000 --referrer 世纪地铲
desk 16:31 assign-commission --deal HT-1120 --phone 13700005555 --agent A04 \
    --amount 1500000 --referrer 世纪地产 --table
echo
say "sign-in --list --table at 13:10" "13:10 的签到表（sign-in --list --table）"
FRONTDESK_NOW="$day 13:10" sign-in --list --table
echo
say "next-agent --queue --table at 13:10" \
    "13:10 的接待轮序（next-agent --queue --table）"
FRONTDESK_NOW="$day 13:10" next-agent --queue --table
echo
say "register-visit --list --table: the day's register" \
    "当天的客户登记（register-visit --list --table）"
FRONTDESK_NOW="$day 13:10" register-visit --list --table
echo
say "register-visit --lookup 13812345678" \
    "查询客户 13812345678（register-visit --lookup）"
FRONTDESK_NOW="$day 13:10" register-visit --lookup 13812345678 --table
echo
say "assign-commission --statement 2026-11 --table" \
    "2026 年 11 月佣金明细（assign-commission --statement 2026-11 --table）"
FRONTDESK_NOW="$day 18:00" assign-commission --statement 2026-11 --table
echo
say "the attendance book (attendance.csv), the rows recorded in November" \
    "考勤台账（attendance.csv）中 11 月记录的行"
awk -F, 'NR == 1 || $2 ~ /^2026-11/' "$work/attendance.csv" | cut -d, -f1-8
echo
say "the floor book (floor.csv)" "接待台账（floor.csv）"
cut -d, -f1-10 "$work/floor.csv"
echo
say "verify-journal -v: every book intact, with its head" \
    "核对台账（verify-journal -v）：每本台账完好，及其末行"
verify-journal -v
echo
say "21:00, cron: the nightly report (daily-report), as a table and as a page" \
    "21:00 定时任务：当晚日报表（daily-report），表格与网页两种"
FRONTDESK_NOW="$day 21:00" daily-report --table
echo
FRONTDESK_NOW="$day 21:00" daily-report --by slot --table
FRONTDESK_NOW="$day 21:00" daily-report --format html > "$top/demo-report.html"
echo
if [ -n "$zh" ]; then echo "给经理手机看的网页：$top/demo-report.html"
else echo "the page for the manager's phone: $top/demo-report.html"; fi

# The week after (SPEC 5.6): the follow-up card and the lost-customer analysis, the two of
# 三表一卡 that the register and the traffic table do not keep.  Each morning at 09:00 the
# cron job hands out the previous day's callers (follow-up --assign) and the desk prints
# each agent's due list; levels are set at visits and follow-ups, and move the due day.
echo
say "the week after: following customers up (follow-up, 意向客户跟踪卡)" \
    "接下来的一周：客户跟进（follow-up，意向客户跟踪卡）"
day=2026-11-17
say "Tue $day: yesterday's caller handed out, the morning's list, new customers with levels" \
    "$day 周二：分派昨天的来电客户，早上的跟进清单，新客户定级"
desk 08:15 sign-in A05
desk 08:18 sign-in 张敏
desk 08:21 sign-in 王伟
desk 08:26 sign-in A04
desk 08:28 sign-in 赵磊
desk 09:00 follow-up --assign --table
desk 09:02 follow-up --within 3 --table
desk 09:40 register-visit --call --agent A05 --phone 021-5888-1234 --source 报纸杂志 \
    --note '回访: 周末来看样板间'
desk 10:05 next-agent --claim
desk 10:20 register-visit --agent A05 --phone 13566667777 --name 吴先生 --gender M \
    --source 网络 --level H --interest '两房, 89㎡, 首付已备'
desk 10:50 next-agent --done A05
desk 14:30 next-agent --claim
desk 14:40 register-visit --agent A03 --phone 15800002222 --name 郑女士 --gender F \
    --source 电视 --level A --interest '三房, 学区'
# a caller who gives no name (来电未留姓名): logged all the same
desk 15:10 register-visit --call --agent A07 --phone 13300003333 --source 广播
desk 15:30 next-agent --done A03
desk 16:20 register-visit --call --agent A01 --phone 18600004444 --name 冯先生 --source 网络 \
    --interest '问车位'

day=2026-11-18
echo
say "Wed $day: two callers handed out in turn, one called back, one planned" \
    "$day 周三：两位来电客户轮流分派，一位已回访，一位约了下次"
desk 08:10 sign-in 李娜
desk 08:14 sign-in A06
desk 08:20 sign-in A01
desk 08:22 sign-in A04
desk 08:25 sign-in A05
desk 08:27 sign-in A07
desk 09:00 follow-up --assign --table
desk 09:05 follow-up --agent 李娜 --table
desk 09:05 follow-up --agent 赵磊 --table
desk 10:30 register-visit --call --agent A02 --phone 18600004444 --name 冯先生 --source 网络 \
    --note '车位已售完, 推荐地下二层'
desk 10:40 follow-up --plan 13300003333 --agent A07 --next 2026-11-20 \
    --note '客户在开会, 周五再打'
# 林女士 came on a friend's word and asks for 刘洋 by name (条例 16)
desk 11:00 next-agent --claim --named 刘洋
desk 11:05 register-visit --agent A04 --phone 13922223333 --name 林女士 --gender F \
    --source 亲友 --level B --party 3 --interest '四房, 改善'
desk 11:50 next-agent --done A04

day=2026-11-19
echo
say "Thu $day: each agent's list; a follow-up moves a level and sets an appointment" \
    "$day 周四：各顾问的跟进清单；跟进后改级别并预约"
desk 08:12 sign-in A01
desk 08:17 sign-in A02
desk 08:20 sign-in A03
desk 08:24 sign-in A05
desk 08:29 sign-in A07
# nobody to hand out: 冯先生's call back yesterday is no new caller, and nobody goes twice
desk 09:00 follow-up --assign --table
desk 09:05 follow-up --agent 陈静 --table
desk 09:05 follow-up --agent 张敏 --table
desk 10:10 register-visit --follow --agent A05 --phone 13566667777 --level A \
    --next 2026-11-21 --note '周六带家人来看样板间'
# 张敏 does not call 孙先生: his registration lapses on the 23rd (条例 13)

day=2026-11-20
echo
say "Fri $day: an appointment kept by phone, a customer lost to a competitor (战败)" \
    "$day 周五：按约回电；客户被竞品抢走（战败）"
desk 08:15 sign-in A02
desk 08:19 sign-in A03
desk 08:22 sign-in A01
desk 08:26 sign-in A07
desk 08:28 sign-in A06
desk 09:05 follow-up --table
desk 10:00 register-visit --call --agent A07 --phone 13300003333 --name 何先生 --source 广播 \
    --note '想要一楼带院子'
# only the owner records a 战败
desk 14:00 follow-up --lost 15800002222 --agent 王伟 --reason 竞品
desk 14:05 follow-up --lost 15800002222 --agent 张敏 --reason 竞品 --competitor 万科翡翠湾 \
    --note '对方单价低800元'

day=2026-11-21
echo
say "Sat $day: the appointment kept; 刘洋 changes post and hands his customers over" \
    "$day 周六：客户按约来访；刘洋调岗，客户移交"
desk 08:11 sign-in A01
desk 08:16 sign-in A05
desk 08:21 sign-in A04
desk 08:25 sign-in A07
desk 10:00 next-agent --claim --customer 13566667777
desk 10:10 register-visit --agent A05 --phone 13566667777 --name 吴先生 --source 网络 \
    --level H --party 3 --note '全家看样板间, 下周交定金'
desk 11:30 next-agent --done A05
desk 17:30 register-visit --handover A04 --to A07 --note '刘洋调二期售楼处 (条例 14)'
desk 17:35 follow-up --agent 赵磊 --within 7 --table

day=2026-11-23
echo
say "Mon $day: 孙先生 lapsed (流失); 吴先生's card; the manager's tables for the month" \
    "$day 周一：孙先生流失；吴先生的跟踪卡；经理看本月两张表"
desk 09:05 follow-up --table
desk 09:05 follow-up --card 13566667777 --table
desk 09:30 follow-up --summary --month 2026-11 --table
desk 09:30 follow-up --analysis --month 2026-11 --by reason --table
desk 09:35 verify-journal -v followups.csv
