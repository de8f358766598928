# Bash completion (completions/, issue 23): the completion functions driven as bash drives
# them (COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT) and what they offer, exactly: the
# options, agents by code and name from the data dir the tools would use, offence codes,
# rules.csv's sources, levels and lost reasons, the days of FRONTDESK_NOW's month.
# Needs Debian's bash-completion (its bash_completion is sourced, as a login shell does).
load test_helper

COMPLETIONS="$BATS_TEST_DIRNAME/../completions"

# comp 'LINE': complete at the end of LINE and print each offer on a line.  The words are
# split as bash splits them: at blanks, and at = and : (COMP_WORDBREAKS).
comp() {
	local w head f
	local -a ws
	declare -F _init_completion >/dev/null ||
	    . /usr/share/bash-completion/bash_completion
	for f in "$COMPLETIONS"/[a-z]*; do
		. "$f"
	done
	COMP_LINE=$1 COMP_POINT=${#1} COMP_WORDS=()
	read -r -a ws <<<"$1"
	for w in "${ws[@]}"; do
		while [[ $w == *[=:]* ]]; do
			head=${w%%[=:]*}
			[[ -z $head ]] || COMP_WORDS+=("$head")
			COMP_WORDS+=("${w:${#head}:1}")
			w=${w:${#head}+1}
		done
		[[ -z $w ]] || COMP_WORDS+=("$w")
	done
	[[ $1 != *[\ =:] ]] || COMP_WORDS+=("")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMPREPLY=()
	f=$(complete -p "${COMP_WORDS[0]}")
	f=${f#*-F }
	"${f%% *}" "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
	[[ ${#COMPREPLY[@]} -eq 0 ]] || printf '%s\n' "${COMPREPLY[@]}"
}

# A rule of rules.csv replaced (set_rule KEY VALUE) or dropped (set_rule KEY).
set_rule() {
	sed -i "/^$1,/d" "$FRONTDESK_DATA/rules.csv"
	[[ $# -lt 2 ]] || echo "$1,\"$2\"" >> "$FRONTDESK_DATA/rules.csv"
}

@test "options: every long option of sign-in and of daily-report, then by prefix" {
	run comp 'sign-in --'
	assert_success
	assert_output "$(printf '%s\n' --data --help --version --end --out --back --break \
	    --desert --night --off --sick --personal --list --import --void --at --date --days \
	    --note --table --excel --encoding)"
	run comp 'daily-report -'
	assert_output "$(printf '%s\n' --data --help --version --by --summary --date --month \
	    --full --format --table --excel --encoding)"
	run comp 'daily-report --f'
	assert_output "$(printf '%s\n' --full --format)"
	run comp 'verify-journal --hea'
	assert_output --heads
}

@test "a tool without operands offers its options on an empty word" {
	run comp 'next-agent '
	assert_output "$(printf '%s\n' --data --help --version --done --move --void --queue \
	    --claim --agent --customer --named --referred-by --not-customer --note --to \
	    --table --excel --encoding)"
}

@test "option values of a fixed set: --format, --by, --kind, --encoding, --gender" {
	run comp 'daily-report --format '
	assert_output "$(printf '%s\n' csv table html)"
	run comp 'daily-report --format=t'
	assert_output table
	run comp 'daily-report --by '
	assert_output "$(printf '%s\n' slot agent source)"
	run comp 'follow-up --analysis --by '
	assert_output "$(printf '%s\n' reason agent source level)"
	run comp 'assign-commission --kind '
	assert_output "$(printf '%s\n' sale rent deposit)"
	run comp 'sign-in --list --encoding g'
	assert_output gbk
	run comp 'register-visit --gender '
	assert_output "$(printf '%s\n' M F)"
}

@test "sign-in 王<Tab> offers 王伟: agents by name, from agents.csv" {
	run comp 'sign-in 王'
	assert_success
	assert_output 王伟
	run comp 'next-agent --named 李'
	assert_output 李娜
}

@test "agents by code, in any case as the tools read them; active ones only where only they are taken" {
	run comp 'sign-in A0'
	assert_output "$(printf 'A0%s\n' 1 2 3 4 5 6 7)"
	run comp 'sign-in a0'
	assert_output "$(printf 'A0%s\n' 1 2 3 4 5 6 7)"
	run comp 'sign-in '
	assert_output "$(printf '%s\n' A01 A02 A03 A04 A05 A06 A07 王伟 李娜 张敏 刘洋 陈静 杨帆 赵磊)"
	# A08 黄丽华 is inactive: refused at the desk, offered where the tool takes her
	run comp 'sign-in 黄'
	assert_output ""
	run comp 'register-visit --agent A08'
	assert_output ""
	run comp 'register-visit --handover 黄'
	assert_output 黄丽华
	run comp 'register-visit --handover A08 --to 黄'
	assert_output ""
	run comp 'follow-up --agent 黄'
	assert_output 黄丽华
	run comp 'follow-up --plan 13800000000 --agent 黄'
	assert_output ""
}

@test "no agent where the mode takes no operand: sign-in --list offers options" {
	run comp 'sign-in --list -'
	assert_line --index 0 --data
	run comp 'sign-in --list 王'
	assert_output ""
}

@test "the data dir: -d DIR or --data DIR before FRONTDESK_DATA, which is before ./data" {
	local other="$BATS_TEST_TMPDIR/other" cwd="$BATS_TEST_TMPDIR/desk"
	mkdir -p "$other" "$cwd/data"
	printf 'agent,name,team,daily_wage,sales_target,rent_target,active,since\n%s\n' \
	    'B01,王芳,三组,150.00,0.00,0.00,yes,' > "$other/agents.csv"
	printf 'agent,name,team,daily_wage,sales_target,rent_target,active,since\n%s\n' \
	    'C01,王强,四组,150.00,0.00,0.00,yes,' > "$cwd/data/agents.csv"
	run comp "sign-in -d $other 王"
	assert_output 王芳
	run comp "sign-in --data $other 王"
	assert_output 王芳
	run comp "sign-in --data=$other 王"
	assert_output 王芳
	run comp "sign-in 王"
	assert_output 王伟
	cd "$cwd"
	run comp "sign-in 王"
	assert_output 王伟
	unset FRONTDESK_DATA
	run comp "sign-in 王"
	assert_output 王强
	run comp "sign-in -d $other --at 09:00 --note 外出 --out 王"	# options between
	assert_output 王芳
}

@test "no data dir, or no agents.csv in it: nothing offered, nothing said" {
	unset FRONTDESK_DATA
	mkdir "$BATS_TEST_TMPDIR/empty"
	cd "$BATS_TEST_TMPDIR/empty"
	run --separate-stderr comp 'sign-in 王'
	assert_success
	assert_output ""
	assert_equal "$stderr" ""
	run --separate-stderr comp "sign-in -d $BATS_TEST_TMPDIR/empty 王"
	assert_output ""
	assert_equal "$stderr" ""
}

@test "attendance-fine --record: the offence codes of offences.csv, then the agent" {
	run comp 'attendance-fine --record p'
	assert_output "$(printf '%s\n' private-call-long private-deal private-phone)"
	run comp 'attendance-fine --record argue 张'
	assert_output 张敏
}

@test "sources, levels and lost reasons from rules.csv" {
	set_rule sources 网络,朋友圈,地推
	set_rule levels A,B,C
	set_rule lost_reasons 价格,太远
	run comp 'register-visit --source '
	assert_output "$(printf '%s\n' 网络 朋友圈 地推)"
	run comp 'register-visit --source 朋'
	assert_output 朋友圈
	run comp 'register-visit --follow --level '
	assert_output "$(printf '%s\n' A B C)"
	run comp 'follow-up --lost 13800000000 --reason 太'
	assert_output 太远
}

@test "sources, levels and lost reasons: the defaults when rules.csv does not set them" {
	set_rule sources
	set_rule levels
	set_rule lost_reasons
	run comp 'register-visit --source '
	assert_output "$(printf '%s\n' 网络 电视 报纸杂志 广播 展会 亲友 路过 其他)"
	run comp 'register-visit --level '
	assert_output "$(printf '%s\n' H A B C D)"
	run comp 'follow-up --reason '
	assert_output "$(printf '%s\n' 价格 竞品 位置 户型 资金 贷款 已购他处 无意向 其他)"
	rm "$FRONTDESK_DATA/rules.csv"
	run comp 'follow-up --reason 已'
	assert_output 已购他处
}

@test "--month and --date: this month of FRONTDESK_NOW, the tools' clock" {
	export FRONTDESK_NOW='2026-11-02 08:25'
	run comp 'attendance-fine --month '
	assert_output 2026-11
	run comp 'assign-commission --statement 2'
	assert_output 2026-11
	run comp 'daily-report --date 2026-11-3'
	assert_output "$(printf '%s\n' 2026-11-30)"
	run comp 'daily-report --date '
	assert_output "$(for d in $(seq -w 1 30); do echo "2026-11-$d"; done)"
	FRONTDESK_NOW=2028-02-29T23:00:00+08:00
	run comp 'sign-in --off --date 2028-02-2'
	assert_output "$(printf '2028-02-2%s\n' 0 1 2 3 4 5 6 7 8 9)"
	FRONTDESK_NOW=2026-12-30T09:00:00+08:00
	run comp 'follow-up --plan 13800000000 --agent A01 --next 2027-01-0'	# from today on
	assert_output "$(printf '2027-01-0%s\n' 1 2 3 4 5 6 7 8 9)"
	run comp 'follow-up --plan 13800000000 --agent A01 --next 2026-12-2'
	assert_output ""
}

@test "assign-commission --split and --agree: the agent of the last share, then its colon" {
	run comp 'assign-commission --split A01:50,a0'
	assert_output "$(printf '50,A0%s:\n' 1 2 3 4 5 6 7)"
	run comp 'assign-commission --agree 13800000000 李'
	assert_output 李娜:
}

@test "files: --import takes any file, verify-journal the data dir's journals" {
	cd "$BATS_TEST_TMPDIR"
	touch 打卡.csv
	run comp 'sign-in --import 打'
	assert_output 打卡.csv
	at '2026-11-02 08:25' sign-in A01
	run comp 'verify-journal at'
	assert_output attendance.csv
}

@test "bash-completion's loader finds each tool's file; the shared file loads for no command" {
	mkdir -p "$BATS_TEST_TMPDIR/share/bash-completion"
	ln -s "$COMPLETIONS" "$BATS_TEST_TMPDIR/share/bash-completion/completions"
	. /usr/share/bash-completion/bash_completion
	export XDG_DATA_DIRS="$BATS_TEST_TMPDIR/share" BASH_COMPLETION_USER_DIR="$BATS_TEST_TMPDIR/none"
	for t in assign-commission attendance-fine daily-report follow-up next-agent \
	    register-visit sign-in verify-journal; do
		__load_completion "$t"
		run complete -p "$t"
		assert_output "complete -F _frontdesk_${t//-/_} $t"
	done
	run __load_completion frontdesk
	assert_failure
}

@test "verify-journal --against takes any file: the heads kept" {
	cd "$BATS_TEST_TMPDIR"
	touch heads-2026-11.csv
	run comp 'verify-journal --against hea'
	assert_output heads-2026-11.csv
	run comp 'verify-journal --ag'
	assert_output --against
}
