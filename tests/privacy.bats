# Privacy (issue 8.5): the books are readable by the owner and the group only, reports and
# desk sentences mask phones, and an error about a row of a file names the row, not the
# customer in it.
load test_helper

# mode FILE: the permission bits, e.g. 640.
mode() { stat -c %a "$FRONTDESK_DATA/$1"; }

@test "every book a tool creates is 0640, and the line cut from a torn book too (SPEC 1 appending: mode 0640)" {
	umask 022
	at '2026-11-02 08:20' sign-in A01 >/dev/null
	at '2026-11-02 08:21' sign-in A02 >/dev/null
	at '2026-11-02 09:00' next-agent --claim >/dev/null
	at '2026-11-02 09:05' register-visit --agent A01 --phone 13812345678 --name 陈杰 --source 网络 >/dev/null
	at '2026-11-02 09:10' assign-commission --agree 13812345678 A01:60,A02:40 --note 合作 >/dev/null
	at '2026-11-02 15:00' assign-commission --deal HT-1 --phone 13812345678 --agent A01 --amount 1000000 >/dev/null
	at '2026-11-02 16:00' attendance-fine --record cups A02 >/dev/null
	for f in attendance floor visits agreements deals commissions violations; do
		run mode $f.csv
		assert_output 640
	done
	printf '9,2026' >> "$FRONTDESK_DATA/attendance.csv"
	run verify-journal --repair attendance.csv
	assert_success
	run mode attendance.csv.torn
	assert_output 640
}

@test "desk sentences and the nightly report mask the phone; --full shows it to whoever asks (SPEC 3 daily-report: masked unless --full)" {
	at '2026-11-02 08:20' sign-in A01 >/dev/null
	run at '2026-11-02 09:05' register-visit --agent A01 --phone 13812345678 --name 陈杰 --source 网络
	assert_output --partial '138****5678'
	refute_output --partial '13812345678'
	# typed in the next morning: back-dated, listed by the report
	run at '2026-11-03 08:10' register-visit --import - <<-'EOF'
	time,kind,agent,phone,name,source
	2026-11-02 10:00,visit,A01,13900001111,周女士,亲友
	EOF
	assert_success
	run --separate-stderr at '2026-11-03 08:15' daily-report --date 2026-11-02
	assert_equal "$stderr" "daily-report: back-dated: visits.csv row 2: visit by A01 of 139****1111 at 2026-11-02 10:00, recorded on 2026-11-03 08:10 by 前台: back-dated 1 day"
	refute_output --partial 13900001111
	run --separate-stderr at '2026-11-03 08:15' daily-report --date 2026-11-02 --full
	assert_equal "$stderr" "daily-report: back-dated: visits.csv row 2: visit by A01 of 13900001111 at 2026-11-02 10:00, recorded on 2026-11-03 08:10 by 前台: back-dated 1 day"
}

@test "an error about a row of a file names its line, not the customer in it (issue 8.5)" {
	snapshot
	run --separate-stderr at '2026-11-02 10:00' register-visit --import - <<-'EOF'
	time,kind,agent,phone,name,source
	2026-11-02 09:00,visit,A01,13800130000,周平,网络
	2026-11-02 09:10,visit,A01,138-00,周平,网络
	EOF
	assert_failure 65
	assert_equal "$stderr" "register-visit: stdin:3: the phone is not a phone number: a mobile has 11 digits (phone_plan cn)"
	run unchanged
	assert_success
	# a name GBK lacks: the row, the column and the character, never the name
	at '2026-11-02 08:20' sign-in A01 >/dev/null
	at '2026-11-02 11:00' register-visit --agent A01 --phone 13900000001 --name '王😀' --source 亲友 >/dev/null
	run --separate-stderr at '2026-11-02 12:00' register-visit --list --encoding gbk
	assert_failure 65
	assert_equal "$stderr" "register-visit: row 1, column name: U+1F600 cannot be written in GBK"
}
