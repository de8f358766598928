#!/bin/sh
# A morning at the desk, replayed into a copy of data/: the tools run on the shipped
# roster and rules with the clock set by FRONTDESK_NOW.  Run by `make demo`.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
PATH="$top/bin:$PATH"
work=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$top"/data/*.csv "$work"/
export FRONTDESK_DATA="$work" TZ=Asia/Shanghai FRONTDESK_USER=前台 FRONTDESK_NOSYNC=1

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

echo "== earlier this month: customers in the register (客户来访登记) =="
day=2026-11-10
desk 10:20 register-visit --agent 李娜 --phone '138 1234 5678' --name 陈杰 \
    --gender M --source 网络 --level A --interest '三房, 120㎡'
day=2026-11-12
desk 15:40 register-visit --agent A01 --phone 139-0000-1111 --name 周女士 \
    --gender F --source 亲友 --level B --party 2
day=2026-11-16
echo
echo "== $day: the morning at the desk: the sign-in book, the walk-ins, the register =="
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
desk 15:10 assign-commission --deal HT-1119 --phone 13611112222 --agent A03 \
    --amount 986543.21 --table
desk 16:00 assign-commission --deal ZL-0007 --kind rent --phone 13900001111 --agent A01 \
    --amount 26000 --table
echo
echo "== sign-in --list --table at 13:10 =="
FRONTDESK_NOW="$day 13:10" sign-in --list --table
echo
echo "== next-agent --queue --table at 13:10 =="
FRONTDESK_NOW="$day 13:10" next-agent --queue --table
echo
echo "== register-visit --list --table: the day's register =="
FRONTDESK_NOW="$day 13:10" register-visit --list --table
echo
echo "== register-visit --lookup 13812345678 =="
FRONTDESK_NOW="$day 13:10" register-visit --lookup 13812345678 --table
echo
echo "== assign-commission --statement 2026-11 --table =="
FRONTDESK_NOW="$day 18:00" assign-commission --statement 2026-11 --table
echo
echo "== the attendance book (attendance.csv) =="
cut -d, -f1-8 "$work/attendance.csv"
echo
echo "== the floor book (floor.csv) =="
cut -d, -f1-10 "$work/floor.csv"
