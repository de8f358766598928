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
	printf '%s  $ %s\n' "$t" "$*"
	FRONTDESK_NOW="$day $t" "$@" 2>&1 | sed 's/^/        /' || true
}

echo "== $day: the morning at the desk: the sign-in book and the walk-ins =="
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
desk 09:30 next-agent --done A01
desk 09:33 next-agent --claim
desk 09:40 sign-in --out --note '房管局备案' A04
desk 09:41 next-agent --claim
desk 09:55 next-agent --done A05
desk 10:05 sign-in --at 08:44 A06
desk 10:10 next-agent --claim
desk 10:15 sign-in --desert 陈静
desk 10:20 next-agent --named 张敏
desk 10:22 next-agent --done A03
desk 10:25 next-agent --claim --named 张敏
desk 10:30 next-agent --claim
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
echo
echo "== sign-in --list --table at 13:10 =="
FRONTDESK_NOW="$day 13:10" sign-in --list --table
echo
echo "== next-agent --queue --table at 13:10 =="
FRONTDESK_NOW="$day 13:10" next-agent --queue --table
echo
echo "== the attendance book (attendance.csv) =="
cut -d, -f1-8 "$work/attendance.csv"
echo
echo "== the floor book (floor.csv) =="
cut -d, -f1-10 "$work/floor.csv"
