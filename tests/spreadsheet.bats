# Spreadsheets: SPEC 2 "--excel" and "--encoding gbk".  The customer names and notes typed
# at the desk reach a spreadsheet through register-visit --list and --lookup (and the
# agents' names through daily-report): the plain CSV stays raw for other programs; the
# --excel copy is safe to open (UTF-8 BOM, CRLF, a cell a spreadsheet would run as a
# formula neutralised with a leading ' as OWASP advises, phones kept as text ="..."); the
# GBK copy decodes back to exactly the UTF-8 one, and a character GBK cannot hold is an
# error naming the row and the column, never a '?'.
load test_helper

D=2026-11-17
LIST=seq,time,kind,phone,name,gender,household,level,source,agent,referrer,party,status,owner,note
LOOKUP=phone,name,owner,registered,last_contact,expires,status,visits,level
BOM=$'\xef\xbb\xbf'
TAB=$'\t'

# The register of the morning: what the desk typed, as a spreadsheet would read it.
#  1 10:00 A01 13812345678 =HYPERLINK("http://x")  note +1      a formula, quotes inside
#  2 10:05 A02 13812345679 +1                      note -2
#  3 10:10 A03 13812345670 -2                      note @SUM(A1)
#  4 10:15 A01 13812345671 @SUM(A1)                note <TAB>看了样板间 (starts with a tab)
#  5 10:20 A02 13812345672 陈杰, household of row 1 (crossed to A01), note "三房, 120㎡"
#  6 10:25 A03 call 021-5888-1234 钱先生: a landline, 0 first
#  7 10:30 A01 a walk-in without a phone, 路人
desk_rows() {
	at "$D 10:00" register-visit --agent A01 --phone 13812345678 --name '=HYPERLINK("http://x")' --source 网络 --note '+1' >/dev/null
	at "$D 10:05" register-visit --agent A02 --phone 13812345679 --name '+1' --source 网络 --note '-2' >/dev/null
	at "$D 10:10" register-visit --agent A03 --phone 13812345670 --name '-2' --source 路过 --note '@SUM(A1)' >/dev/null
	at "$D 10:15" register-visit --agent A01 --phone 13812345671 --name '@SUM(A1)' --source 亲友 --note "${TAB}看了样板间" >/dev/null
	at "$D 10:20" register-visit --agent A02 --phone 13812345672 --name 陈杰 --gender M --level A --party 3 \
		--source 网络 --household 13812345678 --note '三房, 120㎡' >/dev/null
	at "$D 10:25" register-visit --call --agent A03 --phone 021-5888-1234 --name 钱先生 --source 报纸杂志 >/dev/null
	at "$D 10:30" register-visit --agent A01 --name 路人 --source 路过 >/dev/null
	run cols visits.csv seq,kind,phone,agent,household,status,owner
	assert_output "1,visit,13812345678,A01,,new,A01
2,visit,13812345679,A02,,new,A02
3,visit,13812345670,A03,,new,A03
4,visit,13812345671,A01,,new,A01
5,visit,13812345672,A02,13812345678,crossed,A01
6,call,02158881234,A03,,unregistered,
7,visit,,A01,,unregistered,"
}

# The plain listing: every text exactly as typed (a quote doubled, a comma quoted: RFC 4180).
PLAIN="$LIST
1,10:00,visit,13812345678,\"=HYPERLINK(\"\"http://x\"\")\",,,,网络,A01,,1,new,A01,+1
2,10:05,visit,13812345679,+1,,,,网络,A02,,1,new,A02,-2
3,10:10,visit,13812345670,-2,,,,路过,A03,,1,new,A03,@SUM(A1)
4,10:15,visit,13812345671,@SUM(A1),,,,亲友,A01,,1,new,A01,${TAB}看了样板间
5,10:20,visit,13812345672,陈杰,M,13812345678,A,网络,A02,,3,crossed,A01,\"三房, 120㎡\"
6,10:25,call,02158881234,钱先生,,,,报纸杂志,A03,,,unregistered,,
7,10:30,visit,,路人,,,,路过,A01,,1,unregistered,,"

# The same listing for a spreadsheet: every text that starts with = + - @ or a tab gets a
# leading ', every phone (7 digits or more, or a 0 first) becomes the formula ="...",
# which a spreadsheet shows as the text; CRLF line ends, a BOM in front.
EXCEL_LINES=(
	"$LIST"
	'1,10:00,visit,"=""13812345678""","'"'"'=HYPERLINK(""http://x"")",,,,网络,A01,,1,new,A01,'"'"'+1'
	"2,10:05,visit,\"=\"\"13812345679\"\"\",'+1,,,,网络,A02,,1,new,A02,'-2"
	"3,10:10,visit,\"=\"\"13812345670\"\"\",'-2,,,,路过,A03,,1,new,A03,'@SUM(A1)"
	"4,10:15,visit,\"=\"\"13812345671\"\"\",'@SUM(A1),,,,亲友,A01,,1,new,A01,'${TAB}看了样板间"
	"5,10:20,visit,\"=\"\"13812345672\"\"\",陈杰,M,\"=\"\"13812345678\"\"\",A,网络,A02,,3,crossed,A01,\"三房, 120㎡\""
	"6,10:25,call,\"=\"\"02158881234\"\"\",钱先生,,,,报纸杂志,A03,,,unregistered,,"
	"7,10:30,visit,,路人,,,,路过,A01,,1,unregistered,,"
)

# crlf LINE...: the lines joined with CRLF, and a CRLF after the last.
crlf() { printf '%s\r\n' "$@"; }

# --- --excel ------------------------------------------------------------------------------

@test "the plain --list stays raw for other programs: no BOM, LF, every text as typed (SPEC 2: the plain CSV stays raw)" {
	desk_rows
	run --separate-stderr at "$D 12:00" register-visit --list
	assert_success
	assert_output "$PLAIN"
	assert_equal "$stderr" ""
	at "$D 12:00" register-visit --list > "$BATS_TEST_TMPDIR/plain.csv"
	run grep -c $'\r' "$BATS_TEST_TMPDIR/plain.csv"
	assert_output 0
	run head -c 3 "$BATS_TEST_TMPDIR/plain.csv"
	assert_output seq
}

@test "--list --excel: UTF-8 BOM, CRLF, every formula-looking cell neutralised with a leading ', phones as =\"13812345678\" (SPEC 2 --excel; OWASP CSV injection)" {
	desk_rows
	snapshot
	at "$D 12:00" register-visit --list --excel > "$BATS_TEST_TMPDIR/excel.csv"
	crlf "${EXCEL_LINES[@]}" | sed '1s/^/\xef\xbb\xbf/' > "$BATS_TEST_TMPDIR/want.csv"
	run cmp "$BATS_TEST_TMPDIR/excel.csv" "$BATS_TEST_TMPDIR/want.csv"
	assert_success
	# the file starts with the BOM, and every one of its 8 lines ends CR LF
	run head -c 3 "$BATS_TEST_TMPDIR/excel.csv"
	assert_output "$BOM"
	run grep -c $'\r$' "$BATS_TEST_TMPDIR/excel.csv"
	assert_output 8
	run grep -c '' "$BATS_TEST_TMPDIR/excel.csv"
	assert_output 8
	# a listing writes nothing
	run unchanged
	assert_success
}

@test "--list --excel read back by Miller: the same records and fields as the plain CSV, each neutralised text exactly the typed text after a ', each phone =\"...\" (SPEC 2 --excel)" {
	desk_rows
	at "$D 12:00" register-visit --list > "$BATS_TEST_TMPDIR/plain.csv"
	at "$D 12:00" register-visit --list --excel > "$BATS_TEST_TMPDIR/excel.csv"
	# Miller drops the BOM itself (its first key is "seq", not "\ufeffseq"), and CRLF
	mlr --icsv --ojson cat "$BATS_TEST_TMPDIR/excel.csv" > "$BATS_TEST_TMPDIR/excel.json"
	mlr --icsv --ojson cat "$BATS_TEST_TMPDIR/plain.csv" > "$BATS_TEST_TMPDIR/plain.json"
	run jq -c '[length, ([.[] | length] | unique), (.[0] | keys_unsorted)]' "$BATS_TEST_TMPDIR/excel.json"
	assert_output '[7,[15],["seq","time","kind","phone","name","gender","household","level","source","agent","referrer","party","status","owner","note"]]'
	run jq -c '[length, ([.[] | length] | unique), (.[0] | keys_unsorted)]' "$BATS_TEST_TMPDIR/plain.json"
	assert_output '[7,[15],["seq","time","kind","phone","name","gender","household","level","source","agent","referrer","party","status","owner","note"]]'
	# the texts, as strings (-S: no type inference)
	run mlr -S --icsv --ojsonl cut -o -f phone,household,name,note "$BATS_TEST_TMPDIR/excel.csv"
	assert_success
	assert_output '{"phone": "=\"13812345678\"", "household": "", "name": "'"'"'=HYPERLINK(\"http://x\")", "note": "'"'"'+1"}
{"phone": "=\"13812345679\"", "household": "", "name": "'"'"'+1", "note": "'"'"'-2"}
{"phone": "=\"13812345670\"", "household": "", "name": "'"'"'-2", "note": "'"'"'@SUM(A1)"}
{"phone": "=\"13812345671\"", "household": "", "name": "'"'"'@SUM(A1)", "note": "'"'"'\t看了样板间"}
{"phone": "=\"13812345672\"", "household": "=\"13812345678\"", "name": "陈杰", "note": "三房, 120㎡"}
{"phone": "=\"02158881234\"", "household": "", "name": "钱先生", "note": ""}
{"phone": "", "household": "", "name": "路人", "note": ""}'
	# every cell of every record against the plain one: a phone-like digit string is
	# ="digits", a text starting = + - @ or a tab is ' and the text, the rest is the same
	mlr -S --icsv --ojson cat "$BATS_TEST_TMPDIR/excel.csv" > "$BATS_TEST_TMPDIR/excel.json"
	mlr -S --icsv --ojson cat "$BATS_TEST_TMPDIR/plain.csv" > "$BATS_TEST_TMPDIR/plain.json"
	run jq -n -c --slurpfile p "$BATS_TEST_TMPDIR/plain.json" --slurpfile x "$BATS_TEST_TMPDIR/excel.json" '
		[range(0; $p[0] | length) as $i | $p[0][$i] | to_entries[] | . as $e
		 | (if ($e.value | test("^([0-9]{7,}|0[0-9]+)$")) then "=\"" + $e.value + "\""
		    elif ($e.value | test("^[-=+@\t]")) then "'"'"'" + $e.value
		    else $e.value end) as $want
		 | select($x[0][$i][$e.key] != $want)
		 | {row: ($i + 1), column: $e.key, plain: $e.value, excel: $x[0][$i][$e.key]}]'
	assert_success
	assert_output '[]'
}

@test "--lookup PHONE --excel: BOM, CRLF, the name neutralised, the phone as text (SPEC 2 --excel; SPEC 3 register-visit --lookup)" {
	desk_rows
	run --separate-stderr at "$D 12:00" register-visit --lookup 13812345678
	assert_output "$LOOKUP
13812345678,\"=HYPERLINK(\"\"http://x\"\")\",A01,2026-11-17,2026-11-17,2026-12-07,valid,2,A"
	at "$D 12:00" register-visit --lookup 138-1234-5678 --excel > "$BATS_TEST_TMPDIR/lookup.csv"
	crlf "$LOOKUP" \
		'"=""13812345678""","'"'"'=HYPERLINK(""http://x"")",A01,2026-11-17,2026-11-17,2026-12-07,valid,2,A' |
		sed '1s/^/\xef\xbb\xbf/' > "$BATS_TEST_TMPDIR/want.csv"
	run cmp "$BATS_TEST_TMPDIR/lookup.csv" "$BATS_TEST_TMPDIR/want.csv"
	assert_success
	run mlr -S --icsv --ojsonl cat "$BATS_TEST_TMPDIR/lookup.csv"
	assert_output '{"phone": "=\"13812345678\"", "name": "'"'"'=HYPERLINK(\"http://x\")", "owner": "A01", "registered": "2026-11-17", "last_contact": "2026-11-17", "expires": "2026-12-07", "status": "valid", "visits": "2", "level": "A"}'
}

@test "daily-report --by agent --excel: BOM, CRLF, names and amounts as they are (SPEC 3 daily-report; SPEC 2 --excel)" {
	desk_rows
	at "$D 15:10" assign-commission --deal HT-1 --phone 13812345678 --agent A01 --amount 1280000 >/dev/null
	# A01: registrations rows 1 and 4 = 2 (row 7 unregistered), deal HT-1 1280000.00
	# A02: registration row 2 = 1, returning row 5 (crossed) = 1; A03: row 3 = 1, call row 6
	at "$D 21:00" daily-report --by agent --excel > "$BATS_TEST_TMPDIR/agents.csv"
	crlf date,agent,name,receptions,counted,registrations,returning,calls,follows,deals,amount \
		2026-11-17,A01,王伟,0,0,2,0,0,0,1,1280000.00 \
		2026-11-17,A02,李娜,0,0,1,1,0,0,0,0.00 \
		2026-11-17,A03,张敏,0,0,1,0,1,0,0,0.00 \
		2026-11-17,A04,刘洋,0,0,0,0,0,0,0,0.00 \
		2026-11-17,A05,陈静,0,0,0,0,0,0,0,0.00 \
		2026-11-17,A06,杨帆,0,0,0,0,0,0,0,0.00 \
		2026-11-17,A07,赵磊,0,0,0,0,0,0,0,0.00 |
		sed '1s/^/\xef\xbb\xbf/' > "$BATS_TEST_TMPDIR/want.csv"
	run cmp "$BATS_TEST_TMPDIR/agents.csv" "$BATS_TEST_TMPDIR/want.csv"
	assert_success
	run mlr --icsv --ojson count "$BATS_TEST_TMPDIR/agents.csv"
	assert_output '[
{
  "count": 7
}
]'
}

# --- --encoding gbk -----------------------------------------------------------------------

@test "--encoding gbk: --list, --lookup and daily-report decode back (iconv -f GBK) to exactly the UTF-8 output; with --excel the GBK copy keeps CRLF and has no BOM (SPEC 2 --encoding gbk)" {
	desk_rows
	at "$D 15:10" assign-commission --deal HT-1 --phone 13812345678 --agent A01 --amount 1280000 >/dev/null
	local args
	for args in "register-visit --list" "register-visit --lookup 13812345672" \
	    "register-visit --list --table" "daily-report --by agent" "daily-report --by source --table"; do
		at "$D 21:00" $args > "$BATS_TEST_TMPDIR/utf8.txt"
		run -0 --separate-stderr at "$D 21:00" $args --encoding gbk
		assert_equal "$stderr" ""
		at "$D 21:00" $args --encoding gbk > "$BATS_TEST_TMPDIR/gbk.txt"
		# really GBK: 陈杰 / 王伟 in UTF-8 are not in it
		run grep -c -e 陈杰 -e 王伟 -e 网络 "$BATS_TEST_TMPDIR/gbk.txt"
		assert_output 0
		run iconv -f GBK -t UTF-8 "$BATS_TEST_TMPDIR/gbk.txt"
		assert_success
		assert_output "$(cat "$BATS_TEST_TMPDIR/utf8.txt")"
		run cmp <(iconv -f GBK -t UTF-8 "$BATS_TEST_TMPDIR/gbk.txt") "$BATS_TEST_TMPDIR/utf8.txt"
		assert_success
	done
	# the spreadsheet copy in GBK: the same cells and CRLF; a UTF-8 BOM would be wrong in
	# a GBK file, so there is none (csvout.c writes the BOM for UTF-8 only)
	at "$D 21:00" register-visit --list --excel --encoding gbk > "$BATS_TEST_TMPDIR/gbk.csv"
	run cmp <(iconv -f GBK -t UTF-8 "$BATS_TEST_TMPDIR/gbk.csv") <(crlf "${EXCEL_LINES[@]}")
	assert_success
	# --encoding utf-8 is the default
	run cmp <(at "$D 21:00" register-visit --list --encoding utf-8) <(at "$D 21:00" register-visit --list)
	assert_success
}

@test "a name GBK cannot hold (😀): exit 65, one line naming the row and the column; nothing on stdout: a listing is written whole or not at all (SPEC 2 --encoding gbk, exit 65)" {
	desk_rows
	at "$D 11:00" register-visit --agent A02 --phone 13900000001 --name '王😀' --source 亲友 >/dev/null
	at "$D 11:05" register-visit --agent A02 --phone 13900000002 --name 林芳 --source 亲友 >/dev/null
	at "$D 11:10" register-visit --agent A03 --phone 13900000003 --name 𠮷田 --source 展会 >/dev/null
	snapshot
	run -65 --separate-stderr at "$D 12:00" register-visit --list --encoding gbk
	assert_equal "$stderr" "register-visit: row 8, column name: U+1F600 cannot be written in GBK"
	# every cell is checked before a byte is written: nothing of the listing reaches stdout
	assert_output ""
	# the same for the spreadsheet copy, and for --lookup (its row 1)
	run -65 --separate-stderr at "$D 12:00" register-visit --list --excel --encoding gbk
	assert_equal "$stderr" "register-visit: row 8, column name: U+1F600 cannot be written in GBK"
	run -65 --separate-stderr at "$D 12:00" register-visit --lookup 13900000001 --encoding gbk
	assert_equal "$stderr" "register-visit: row 1, column name: U+1F600 cannot be written in GBK"
	assert_output ""
	# 𠮷 (U+20BB7, outside GBK) in a name
	run -65 --separate-stderr at "$D 12:00" register-visit --lookup 13900000003 --encoding gbk
	assert_equal "$stderr" "register-visit: row 1, column name: U+20BB7 cannot be written in GBK"
	assert_output ""
	# the UTF-8 copy holds it all
	run -0 at "$D 12:00" register-visit --list
	assert_line --index 8 "8,11:00,visit,13900000001,王😀,,,,亲友,A02,,1,new,A02,"
	assert_line --index 10 "10,11:10,visit,13900000003,𠮷田,,,,展会,A03,,1,new,A03,"
	# the refused listings wrote nothing
	run unchanged
	assert_success
}

@test "daily-report: an agent's name GBK cannot hold: exit 65 naming the row and the column name (SPEC 2 --encoding gbk, exit 65)" {
	echo 'A09,马😀,二组,100.00,0.00,0.00,yes,' >> "$FRONTDESK_DATA/agents.csv"
	run -65 --separate-stderr at "$D 21:00" daily-report --by agent --encoding gbk
	assert_equal "$stderr" "daily-report: row 8, column name: U+1F600 cannot be written in GBK"
	assert_output ""
	# the summary has no names: it still converts
	run -0 --separate-stderr at "$D 21:00" daily-report --encoding gbk
	assert_equal "$stderr" ""
}

@test "the GBK error names the character, not the cell: a customer's name or note stays out of the log, commas and quotes included (SPEC 2 --encoding gbk; issue 8 privacy)" {
	at "$D 10:00" register-visit --agent A02 --phone 13900000001 --name 林芳 --source 亲友 --note '𠮷野家, 二楼' >/dev/null
	run -65 --separate-stderr at "$D 12:00" register-visit --list --encoding gbk
	assert_equal "$stderr" "register-visit: row 1, column note: U+20BB7 cannot be written in GBK"
	at "$D 10:05" register-visit --agent A02 --phone 13900000002 --name '王"😀"' --source 亲友 >/dev/null
	run -65 --separate-stderr at "$D 12:00" register-visit --lookup 13900000002 --encoding gbk
	assert_equal "$stderr" "register-visit: row 1, column name: U+1F600 cannot be written in GBK"
}

@test "--table --encoding gbk names the row, the column and the cell as typed (SPEC 2 --encoding gbk)" {
	at "$D 10:00" register-visit --agent A02 --phone 13900000001 --name '王😀' --source 亲友 >/dev/null
	run -65 --separate-stderr at "$D 12:00" register-visit --list --table --encoding gbk
	assert_equal "$stderr" "register-visit: row 1, column name: U+1F600 cannot be written in GBK"
	echo 'A09,马😀,二组,100.00,0.00,0.00,yes,' >> "$FRONTDESK_DATA/agents.csv"
	run -65 --separate-stderr at "$D 21:00" daily-report --by agent --table --encoding gbk
	assert_equal "$stderr" "daily-report: row 8, column name: U+1F600 cannot be written in GBK"
}
