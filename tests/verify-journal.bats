#!/usr/bin/env bats
# verify-journal: is the book intact (SPEC 3 verify-journal), against the journal rules,
# the torn tail and the reading rules of SPEC 1, and the exit codes of SPEC 2.  The books
# are written by the tools themselves, then damaged the ways a hand, a crash or a forger
# would; every fault is pinned to its line.
load test_helper

D=2026-11-02
Z=0000000000000000000000000000000000000000000000000000000000000000
HOW='(this row edited, or the row before it removed or moved)'
A='verify-journal: attendance.csv'

teardown() {
	[ -z "${holder:-}" ] || { kill "$holder"; wait "$holder"; } || true
}

# A morning at the desk in every tool.  attendance.csv: rows 1-6 on lines 2-7, the sign-ins
# of A01-A04 at 08:20, 08:25, 08:30, 08:40, A04 out at 10:30 (row 5), voided by row 6;
# floor.csv 1-3 (a receive, its done with ref 1, a receive); visits.csv 1; deals.csv 1;
# commissions.csv 1-2; violations.csv 1-2 (an offence and its void).
morning() {
	at "$D 08:20" sign-in A01 &&
	at "$D 08:25" sign-in A02 &&
	at "$D 08:30" sign-in A03 &&
	at "$D 08:40" sign-in A04 &&
	at "$D 09:00" next-agent --claim &&
	at "$D 09:05" register-visit --agent A01 --phone 13611112222 --name 赵女士 \
	    --source 路过 &&
	at "$D 09:40" next-agent --done A01 &&
	at "$D 10:00" next-agent --claim --customer 13611112222 &&
	at "$D 10:30" sign-in --out --note 房管局备案 A04 &&
	at "$D 11:00" assign-commission --deal HT-1 --phone 13611112222 --agent A02 \
	    --amount 1000000 --split A01:50,A02:50 --note 经理裁定 &&
	at "$D 11:10" sign-in --void 5 --note 'wrong row' &&
	at "$D 11:30" attendance-fine --record argue --note 顶撞客户 A03 &&
	at "$D 11:40" attendance-fine --void 1 --note 'wrong agent'
} >/dev/null

book() { echo "$FRONTDESK_DATA/${1:-attendance.csv}"; }

# The chain of a book's last row: its head.
head_of() { tail -n 1 "$(book "$1")" | awk -F, '{ print $NF }'; }

# edit LINE 'sed command' [BOOK]: change one line of a book in place, bytes as given.
edit() { LC_ALL=C sed -i "$1$2" "$(book "${3:-}")"; }

# rechain [BOOK]: compute every chain again with sha256sum, as a forger would who knows
# frontdesk-journals(5); then only the other checks can find what was changed.
rechain() {
	local f prev=$Z line body h
	f=$(book "${1:-}")
	{
		head -n 1 "$f"
		tail -n +2 "$f" | while IFS= read -r line; do
			body=${line%,*}
			h=$(printf '%s\n%s' "$prev" "$body" | sha256sum | cut -c1-64)
			printf '%s,%s\n' "$body" "$h"
			prev=$h
		done
	} >"$f.new"
	mv "$f.new" "$f"
}

# add 'FIELDS' [BOOK]: append a row by hand (chain filled in by rechain).
add() { printf '%s,%s\n' "$1" "$Z" >>"$(book "${2:-}")"; }

# padded N WIDTH: A01 signs in, then an import of N outs and N backs whose detail is WIDTH
# digits long: rows 2 to 2N + 1.
padded() {
	at "$D 08:30" sign-in A01 >/dev/null
	{
		echo time,agent,event,detail
		for ((i = 0; i < $1; i++)); do
			printf "%s 09:00,A01,out,%0${2}d\n" "$D" "$i"
			printf "%s 09:00,A01,back,%0${2}d\n" "$D" "$i"
		done
	} >"$BATS_TEST_TMPDIR/pad.csv"
	run -0 at "$D 09:30" sign-in --import "$BATS_TEST_TMPDIR/pad.csv"
	run -0 stat -c %s "$(book)"
}

# faults 'LINES' [ARGS]: exit 65, exactly these lines on stderr, nothing on stdout.
faults() {
	local want=$1
	shift
	run -65 --separate-stderr verify-journal "$@"
	assert_equal "$stderr" "$want"
	assert_output ''
}

# quiet [ARGS]: exit 0 and nothing at all (SPEC 3: silent when all is well).
quiet() {
	run -0 --separate-stderr verify-journal "$@"
	assert_equal "$stderr" ''
	assert_output ''
}

# --- sound books -------------------------------------------------------------------------

@test "SPEC 3 verify-journal: the books the tools wrote are silent, exit 0 (like hledger check)" {
	morning
	quiet
	quiet -d "$FRONTDESK_DATA"
	quiet attendance.csv floor.csv visits.csv deals.csv commissions.csv violations.csv
	# the same verdict as the shell recipe of frontdesk-journals(5)
	for f in attendance floor visits deals commissions violations; do
		run chain_ok "$(book $f.csv)"
		assert_success
	done
}

@test "SPEC 3 verify-journal: -v adds FILE: ok, N rows, head HASH for each book, in SPEC 1 order" {
	morning
	expect_say "attendance.csv: ok, 6 rows, head $(head_of attendance.csv)
floor.csv: ok, 3 rows, head $(head_of floor.csv)
visits.csv: ok, 1 row, head $(head_of visits.csv)
deals.csv: ok, 1 row, head $(head_of deals.csv)
commissions.csv: ok, 2 rows, head $(head_of commissions.csv)
violations.csv: ok, 2 rows, head $(head_of violations.csv)" verify-journal -v
	# the head is the last row's chain
	run head_of attendance.csv
	assert_output --regexp '^[0-9a-f]{64}$'
	assert_equal "$(tail -n 1 "$(book)" | cut -d, -f1)" 6
}

@test "SPEC 3 verify-journal: -v on an empty book (the header alone) says 0 rows and a head of 64 zeros" {
	echo seq,recorded_at,time,agent,event,detail,ref,by,chain >"$(book)"
	expect_say "attendance.csv: ok, 0 rows, head $Z" verify-journal -v
}

@test "SPEC 3 verify-journal: --heads prints file,rows,head for all eight books, 64 zeros for one not yet written" {
	morning
	expect_say "file,rows,head
attendance.csv,6,$(head_of attendance.csv)
floor.csv,3,$(head_of floor.csv)
visits.csv,1,$(head_of visits.csv)
deals.csv,1,$(head_of deals.csv)
agreements.csv,0,$Z
commissions.csv,2,$(head_of commissions.csv)
violations.csv,2,$(head_of violations.csv)
followups.csv,0,$Z" verify-journal --heads
	expect_say "file,rows,head
floor.csv,3,$(head_of floor.csv)" verify-journal --heads floor.csv
}

@test "SPEC 2 listings: --heads --table aligns the columns; --excel writes a BOM and CRLF" {
	morning
	run -0 --separate-stderr verify-journal --heads --table attendance.csv deals.csv
	assert_output "file            rows  head
attendance.csv  6     $(head_of attendance.csv)
deals.csv       1     $(head_of deals.csv)"
	run -0 --separate-stderr verify-journal --heads --excel deals.csv
	assert_output "$(printf '\xef\xbb\xbffile,rows,head\r\ndeals.csv,1,%s\r' "$(head_of deals.csv)")"
}

@test "SPEC 3 verify-journal: --heads kept outside the machine show a forger who removed a row, renumbered and chained again" {
	morning
	verify-journal --heads >"$BATS_TEST_TMPDIR/heads.csv"
	# row 2 (A02's sign-in) removed, the later seqs and refs renumbered, every chain redone
	edit 3 d
	awk -F, -v OFS=, 'NR > 2 { $1 -= 1 } $7 == 5 { $7 = 4 } { print }' "$(book)" >"$(book).new"
	mv "$(book).new" "$(book)"
	rechain
	quiet
	run -0 verify-journal --heads
	refute_output "$(cat "$BATS_TEST_TMPDIR/heads.csv")"
	assert_line --index 1 "attendance.csv,5,$(head_of attendance.csv)"
	run grep -c "^attendance.csv,6,$(head_of attendance.csv)\$" "$BATS_TEST_TMPDIR/heads.csv"
	assert_output 0
}

@test "SPEC 1 reading: CRLF line ends are accepted" {
	morning
	sed -i 's/$/\r/' "$(book)"
	quiet
}

@test "SPEC 1 files: readers find columns by header name: columns in another order and a column added later are sound" {
	morning
	awk -F, -v OFS=, '{ print $2, $1, $4, $3, $5, $6, $7, (NR == 1 ? "extra" : "x"), $8, $9 }' \
	    "$(book)" >"$(book).new"
	mv "$(book).new" "$(book)"
	rechain
	quiet
	# the tools append in the file's order, and the chain goes on
	run -0 at "$D 12:00" sign-in A05
	quiet
	run tail -n 1 "$(book)"
	assert_output --regexp "^2026-11-02T12:00:00\+08:00,7,A05,2026-11-02T12:00:00\+08:00,in,,,,前台,[0-9a-f]{64}\$"
}

@test "SPEC 3 verify-journal: a book over 64 KiB (reads in blocks) is sound, and an edit deep in it is found at its line" {
	padded 30 3000
	((output > 2 * 65536))
	quiet
	edit 40 's/,0000/,1000/'
	faults "$A:40: chain broken $HOW"
}

@test "SPEC 1 reading: memory does not grow with the book: an 8 MiB book is read within 6 MiB" {
	# ASan and valgrind reserve address space of their own: no ulimit -v under them
	if [ -n "${FRONTDESK_BIN:-}" ] || ldd "$(command -v verify-journal)" | grep -q libasan; then
		skip "run under make SANITIZE=1 or make memcheck"
	fi
	padded 1200 3500
	((output > 8 * 1024 * 1024))
	run -0 bash -c 'ulimit -v 6144 && verify-journal -v'
	assert_output "attendance.csv: ok, 2401 rows, head $(head_of)"
}

# --- SPEC 1 journal rules: the chain, seq, recorded_at, time, ref ------------------------

@test "SPEC 1 journal rules (chain): an edited field is one fault at its line, not one for every later row" {
	morning
	edit 4 's/,A03,in,/,A05,in,/'
	faults "$A:4: chain broken $HOW"
	# the other books are still checked, and -v vouches for them alone
	run -65 --separate-stderr verify-journal -v
	assert_equal "$stderr" "$A:4: chain broken $HOW"
	assert_line --index 0 "floor.csv: ok, 3 rows, head $(head_of floor.csv)"
	assert_equal "${#lines[@]}" 5
}

@test "SPEC 1 journal rules (seq only grows, chain): a deleted row is a seq gap and a chain break at the line after it; a copied row one seq fault at the copy" {
	morning
	cp "$(book)" "$BATS_TEST_TMPDIR/whole.csv"
	edit 4 d
	faults "$A:4: seq 4 where 3 was due (a row missing or moved)
$A:4: chain broken $HOW"
	cp "$BATS_TEST_TMPDIR/whole.csv" "$(book)"
	edit 3 p
	faults "$A:4: seq 2 where 3 was due (a row moved or copied)
$A:4: chain broken $HOW"
}

@test "SPEC 1 journal rules (seq, recorded_at, chain): a swapped pair is seq out of order at both lines and the chain broken into both and the row after" {
	morning
	edit 3 '{h;d};4G'
	run sed -n 3,4p "$(book)"
	assert_line --index 0 --partial '3,2026-11-02T08:30:00+08:00'
	faults "$A:3: seq 3 where 2 was due (a row missing or moved)
$A:3: chain broken $HOW
$A:4: seq 2 where 3 was due (a row moved or copied)
$A:4: recorded_at goes back: 2026-11-02T08:25:00+08:00 after 2026-11-02T08:30:00+08:00
$A:4: chain broken $HOW
$A:5: chain broken $HOW"
}

@test "SPEC 1 journal rules (seq): a seq that is no row number, and a forger's renumbering, are faults even with the chain redone" {
	morning
	edit 5 's/^4,/four,/'
	edit 7 's/^6,/60,/'
	rechain
	faults "$A:5: seq 'four' is not a row number
$A:7: seq 60 where 6 was due (a row missing or moved)"
}

@test "SPEC 1 journal rules (recorded_at): recorded_at going backwards is a fault at its line" {
	morning
	edit 5 's/^4,2026-11-02T08:40:00/4,2026-11-02T08:22:00/'
	faults "$A:5: recorded_at goes back: 2026-11-02T08:22:00+08:00 after 2026-11-02T08:30:00+08:00
$A:5: chain broken $HOW"
	rechain
	faults "$A:5: recorded_at goes back: 2026-11-02T08:22:00+08:00 after 2026-11-02T08:30:00+08:00"
}

@test "SPEC 1 journal rules (times): recorded_at and time must be RFC 3339 with the offset, as the books write them" {
	morning
	edit 3 's/,2026-11-02T08:25:00+08:00,A02/,2026-11-02 08:25,A02/'
	edit 5 's/^4,2026-11-02T08:40:00+08:00/4,2026-11-02T08:40:00/'
	rechain
	faults "$A:3: time '2026-11-02 08:25' is not an RFC 3339 time
$A:5: recorded_at '2026-11-02T08:40:00' is not an RFC 3339 time"
}

@test "SPEC 1 journal rules (void, ref): a ref to a missing row is a fault, even with the chain redone" {
	morning
	edit 7 's/,wrong row,5,/,wrong row,9,/'
	faults "$A:7: ref 9 names no earlier row
$A:7: chain broken $HOW"
	rechain
	faults "$A:7: ref 9 names no earlier row"
}

@test "SPEC 1 journal rules (void, ref): a ref must name an earlier row that is neither a void nor voided already" {
	morning
	add "7,$D"'T11:50:00+08:00,'"$D"'T11:50:00+08:00,A04,void,again,6,前台'
	add "8,$D"'T11:51:00+08:00,'"$D"'T11:51:00+08:00,A04,void,twice,5,前台'
	add "9,$D"'T11:52:00+08:00,'"$D"'T11:52:00+08:00,A04,void,which,,前台'
	add "10,$D"'T11:53:00+08:00,'"$D"'T11:53:00+08:00,A04,void,itself,10,前台'
	add "11,$D"'T11:54:00+08:00,'"$D"'T11:54:00+08:00,A04,void,one,1,前台'
	add "12,$D"'T11:55:00+08:00,'"$D"'T11:55:00+08:00,A04,void,x,1x,前台'
	rechain
	faults "$A:8: ref 6 names a void row (a void is final)
$A:9: ref 5 names a row voided already
$A:10: a void row without ref: it cancels no row
$A:11: ref 10 names no earlier row
$A:13: ref '1x' is not a seq"
}

@test "SPEC 1 journal rules (ref): floor.csv's done names its receive; a done naming a later row is a fault" {
	morning
	quiet floor.csv
	edit 3 's/,done,,,,1,/,done,,,,3,/' floor.csv
	rechain floor.csv
	faults "verify-journal: floor.csv:3: ref 3 names no earlier row" floor.csv
}

@test "SPEC 1 journal rules (chain): a chain that is not 64 lowercase hex digits, or is quoted, is a fault; the next row still links" {
	morning
	edit 3 's/,\([0-9a-f]*\)$/,"\1"/'
	edit 5 's/,\([0-9a-f]\{63\}\)[0-9a-f]$/,\1X/'
	faults "$A:3: chain is not 64 lowercase hex digits at the end of the line
$A:5: chain is not 64 lowercase hex digits at the end of the line"
}

# --- SPEC 1 journal rules: one physical line of UTF-8 CSV, as many fields as the header ---

@test "SPEC 1 appending (torn tail): a last line without its LF is one fault that says how to repair it" {
	morning
	truncate -s -20 "$(book)"
	faults "$A:7: torn last line (an interrupted append): verify-journal --repair attendance.csv"
	faults "verify-journal: attendance.csv:7: torn last line (an interrupted append): verify-journal -d $FRONTDESK_DATA --repair attendance.csv" -d "$FRONTDESK_DATA"
	cp "$(book)" "$BATS_TEST_TMPDIR/copy.csv"
	faults "verify-journal: $BATS_TEST_TMPDIR/copy.csv:7: torn last line (an interrupted append): verify-journal --repair $BATS_TEST_TMPDIR/copy.csv" "$BATS_TEST_TMPDIR/copy.csv"
}

@test "SPEC 1 journal rules (columns): a row with a wrong column count is one fault at its line" {
	morning
	edit 5 's/,A04,in,,,/,A04,in,,/'
	faults "$A:5: 8 fields where the header has 9"
}

@test "SPEC 1 journal rules (UTF-8): an invalid byte is one fault at its line" {
	morning
	edit 4 "s/,A03,in,,,/,A03,in,$(printf '\xff'),,/"
	faults "$A:4: not valid UTF-8"
}

@test "SPEC 1 journal rules (one line): a quoted field holding LF splits the row: both lines are faults, the rows after are sound" {
	morning
	edit 4 's/,A03,in,,,/,A03,in,"a\nb",,/'
	run -0 wc -l <"$(book)"
	assert_output 8
	faults "$A:4: bad CSV: a stray or unclosed double quote
$A:5: bad CSV: a stray or unclosed double quote"
}

@test "SPEC 1 journal rules (one line): a carriage return inside a row, quoted or not, a NUL byte and an empty line are faults at their lines" {
	morning
	edit 3 's/,A02,in,,,/,A02,in,a\rb,,/'
	edit 5 's/,A04,in,,,/,A04,in,"a\rb",,/'
	edit 4 's/,A03,in,,,/,A03,in,a\x00b,,/'
	edit 6 's/^/\n/'
	faults "$A:3: a carriage return splits the row
$A:4: NUL byte in the line
$A:5: a quoted field holds a carriage return: a row is one line
$A:6: empty line"
}

@test "SPEC 1 journal rules (4096 bytes): a line over 4096 bytes is a fault at its line" {
	morning
	edit 4 "s/,A03,in,,,/,A03,in,$(printf '%05000d' 0),,/"
	run -0 bash -c "sed -n 4p '$(book)' | wc -c"
	faults "$A:4: the line is $output bytes: a row is at most 4096"
}

@test "SPEC 1 journal rules (header): a known book must have its columns once each, chain last" {
	morning
	edit 1 's/detail/note/'
	faults "$A:1: missing column 'detail'"
	edit 1 's/note/detail/'
	edit 1 's/,by,chain$/,chain,by/'
	faults "$A:1: 'chain' must be the last column"
	edit 1 's/,chain,by$/,by,chain/'
	edit 1 's/,detail,/,agent,/'
	faults "$A:1: column 'agent' appears twice"
}

@test "SPEC 1 journal rules (header): a file of another name is known by its header; one that is no book's is a fault" {
	morning
	cp "$(book visits.csv)" "$BATS_TEST_TMPDIR/copy.csv"
	quiet "$BATS_TEST_TMPDIR/copy.csv"
	sed -i '1s/phone/tel/' "$BATS_TEST_TMPDIR/copy.csv"
	faults "verify-journal: $BATS_TEST_TMPDIR/copy.csv:1: not the header of a journal (see frontdesk-journals(5))" \
	    "$BATS_TEST_TMPDIR/copy.csv"
	faults "verify-journal: $FRONTDESK_DATA/agents.csv:1: not the header of a journal (see frontdesk-journals(5))" \
	    "$FRONTDESK_DATA/agents.csv"
}

@test "SPEC 1 reading: a journal with a byte order mark, or with an empty first line, is a fault at line 1" {
	morning
	edit 1 's/^/\xef\xbb\xbf/'
	faults "$A:1: a byte order mark before the header: a journal has none"
	edit 1 's/^\xef\xbb\xbf/\n/'
	faults "$A:1: empty line: the header is missing"
}

@test "SPEC 3 verify-journal: faults in several books are all told, book by book in SPEC 1 order" {
	morning
	edit 2 's/,rotation,/,named,/' floor.csv
	edit 2 's/,A01,in,/,A02,in,/'
	edit 2 's/,顶撞客户,/,顶嘴,/' violations.csv
	faults "$A:2: chain broken $HOW
verify-journal: floor.csv:2: chain broken $HOW
verify-journal: violations.csv:2: chain broken $HOW"
}

# --- which files -----------------------------------------------------------------------

@test "SPEC 3 verify-journal: by default only the books that exist are checked; a name is the data dir's book, anything else a path" {
	local h
	at "$D 08:20" sign-in A01 >/dev/null
	h=$(head_of)
	expect_say "attendance.csv: ok, 1 row, head $h" verify-journal -v
	mkdir "$BATS_TEST_TMPDIR/elsewhere"
	cd "$BATS_TEST_TMPDIR/elsewhere"
	expect_say "attendance.csv: ok, 1 row, head $h" verify-journal -v attendance.csv
	cp "$(book)" ./mine.csv
	expect_say "mine.csv: ok, 1 row, head $h" verify-journal -v mine.csv
	# a path needs no data directory
	unset FRONTDESK_DATA
	expect_say "mine.csv: ok, 1 row, head $h" verify-journal -v mine.csv
}

@test "SPEC 3 verify-journal: a data dir without any book is sound and silent" {
	quiet
	expect_say '' verify-journal -v
}

# --- --repair ----------------------------------------------------------------------------

@test "SPEC 3 verify-journal --repair: a torn last line moves to FILE.torn; every complete row stays; then the book verifies and the next sign-in appends" {
	morning
	cp "$(book)" "$BATS_TEST_TMPDIR/whole.csv"
	printf '7,2026-11-02T11:5' >>"$(book)"
	expect_say 'attendance.csv: moved the torn last line (17 bytes) to attendance.csv.torn' \
	    verify-journal --repair attendance.csv
	cmp "$(book)" "$BATS_TEST_TMPDIR/whole.csv"
	assert_equal "$(cat "$(book).torn")" '7,2026-11-02T11:5'
	assert_equal "$(tail -c 1 "$(book).torn" | od -An -tx1)" ' 0a'
	quiet
	run -0 at "$D 12:00" sign-in A05
	assert_output 'A05 陈静 signed in at 12:00, 5th today; late 210 min (1st late this month) (row 7)'
	quiet
	run chain_ok "$(book)"
	assert_success
	run -0 tail -n 1 "$(book)"
	assert_output --regexp '^7,2026-11-02T12:00:00\+08:00,'
}

@test "SPEC 3 verify-journal --repair: a second torn line is appended to FILE.torn, one line each" {
	morning
	printf '7,2026-11-02T11:5' >>"$(book)"
	run -0 verify-journal --repair attendance.csv
	printf '7,2026-11-02T12:0' >>"$(book)"
	run -0 verify-journal --repair "$(book)"
	assert_output "$(book): moved the torn last line (17 bytes) to $(book).torn"
	assert_equal "$(cat "$(book).torn")" '7,2026-11-02T11:5
7,2026-11-02T12:0'
	quiet
}

@test "SPEC 3 verify-journal --repair: a book whose last line ends in LF has nothing to repair: unchanged, no FILE.torn, exit 0" {
	morning
	snapshot
	expect_say 'attendance.csv: nothing to repair: no torn last line' verify-journal --repair attendance.csv
	run unchanged
	assert_success
	assert_file_not_exists "$(book).torn"
}

@test "SPEC 3 verify-journal --repair: a book that is nothing but a torn header is emptied, and the next sign-in starts it again" {
	printf 'seq,recorded_at,ti' >"$(book)"
	faults "$A:1: torn last line (an interrupted append): verify-journal --repair attendance.csv"
	expect_say 'attendance.csv: moved the torn last line (18 bytes) to attendance.csv.torn' \
	    verify-journal --repair attendance.csv
	assert_file_empty "$(book)"
	run -0 at "$D 08:20" sign-in A01
	expect_say "attendance.csv: ok, 1 row, head $(head_of)" verify-journal -v
	# a file of another name is a journal when its one line is the start of a header
	cd "$BATS_TEST_TMPDIR"
	printf 'seq,recorded_at,time,phone,sha' >book.csv
	faults "verify-journal: book.csv:1: torn last line (an interrupted append): verify-journal --repair book.csv" book.csv
	expect_say 'book.csv: moved the torn last line (30 bytes) to book.csv.torn' \
	    verify-journal --repair book.csv
	printf 'hello' >hello.csv
	faults "verify-journal: hello.csv:1: not the header of a journal (see frontdesk-journals(5))" hello.csv
	run -65 --separate-stderr verify-journal --repair hello.csv
	assert_equal "$stderr" "verify-journal: hello.csv: not a journal: --repair cuts only a journal's torn last line"
	assert_equal "$(cat hello.csv)" hello
}

@test "SPEC 3 verify-journal --repair: a file that is not a journal is refused (65), untouched" {
	printf 'A09,新人,二组,150.00,3000000.00,20000.00,yes,' >>"$FRONTDESK_DATA/agents.csv"
	cd "$FRONTDESK_DATA"
	expect_fail 65 "verify-journal: agents.csv: not a journal: --repair cuts only a journal's torn last line" \
	    verify-journal --repair agents.csv
	assert_file_not_exists agents.csv.torn
}

@test "SPEC 1 appending: --repair waits for the book's lock like an append: held past FRONTDESK_LOCK_TIMEOUT it exits 75, nothing moved" {
	morning
	printf '7,2026-11-02T11:5' >>"$(book)"
	# held by flock itself (-o) until killed: a slow tool (valgrind) cannot outlast it
	flock -o -x "$(book)" sleep 60 >/dev/null 2>&1 3>&- &
	holder=$!
	for ((i = 0; i < 100; i++)); do
		flock -n -s "$(book)" true || break
		sleep 0.05
	done
	export FRONTDESK_LOCK_TIMEOUT=1
	expect_fail 75 'verify-journal: attendance.csv: locked by another desk for 1 s, try again' \
	    verify-journal --repair attendance.csv
	expect_fail 75 'verify-journal: attendance.csv: locked by another desk for 1 s, try again' \
	    verify-journal attendance.csv
	kill "$holder"
	wait "$holder" || true
	holder=
	run -0 verify-journal --repair attendance.csv
	quiet
}

# --- SPEC 2: exit codes and usage -------------------------------------------------------

@test "SPEC 2 exit codes: a FILE that does not exist is 66, the others are still checked" {
	morning
	run -66 --separate-stderr verify-journal -v agreements.csv attendance.csv nope.csv
	assert_equal "$stderr" 'verify-journal: agreements.csv: No such file or directory
verify-journal: nope.csv: No such file or directory'
	assert_output "attendance.csv: ok, 6 rows, head $(head_of)"
	expect_fail 66 'verify-journal: agreements.csv: No such file or directory' \
	    verify-journal --repair agreements.csv
}

@test "SPEC 2 exit codes: a book left unchecked (66) weighs more than faults found (65)" {
	morning
	edit 2 's/,A01,in,/,A02,in,/'
	run -66 --separate-stderr verify-journal attendance.csv nope.csv
	assert_equal "$stderr" "$A:2: chain broken $HOW
verify-journal: nope.csv: No such file or directory"
}

@test "SPEC 1 files: no data directory, or a missing one, is 66 saying how to set it" {
	mkdir "$BATS_TEST_TMPDIR/elsewhere"
	cd "$BATS_TEST_TMPDIR/elsewhere"
	unset FRONTDESK_DATA
	expect_fail 66 'verify-journal: no data directory: give -d DIR, set FRONTDESK_DATA, or run where ./data is' \
	    verify-journal
	expect_fail 66 'verify-journal: /nonexistent: no such data directory' verify-journal -d /nonexistent
}

@test "SPEC 2 exit codes: stdout on a full disk is 74" {
	morning
	run -74 --separate-stderr bash -c 'verify-journal -v >/dev/full'
	assert_equal "$stderr" 'verify-journal: standard output: No space left on device'
}

@test "SPEC 2 conventions: -h prints the usage on stdout (exit 0), -V the version" {
	run -0 --separate-stderr verify-journal -h
	assert_output 'usage: verify-journal [-d dir] [-v] [--against heads] [file ...]
       verify-journal [-d dir] --heads [--against heads] [--table] [--excel]
                      [--encoding gbk] [file ...]
       verify-journal [-d dir] --repair file
       verify-journal -h | -V'
	assert_equal "$stderr" ''
	run -0 verify-journal -V
	assert_output --regexp '^verify-journal \(frontdesk\) [0-9]+\.[0-9]+\.[0-9]+$'
}

@test "SPEC 2 exit codes: options that do not go together are 64, nothing touched" {
	morning
	printf '7,2026-11-02T11:5' >>"$(book)"
	u() { expect_fail 64 "verify-journal: $1 (verify-journal -h shows the usage)" verify-journal "${@:2}"; }
	u "no file goes with --repair" --repair attendance.csv floor.csv
	u "--verbose goes with a check" -v --repair attendance.csv
	u "--verbose goes with a check" -v --heads
	u "--against goes with a check and --heads" --repair attendance.csv --against heads.csv
	u "unknown option or missing value: '--against'" --against
	u "--table, --excel and --encoding go with --heads" --table
	u "--table is for people, --excel for spreadsheets: give one" --heads --table --excel
	u "--encoding is utf-8 or gbk, not 'latin1'" --heads --encoding latin1
	u "unknown option or missing value: '--bogus'" --bogus
	u "unknown option or missing value: '--repair'" --repair
}

# --- SPEC 3 verify-journal --against: the heads kept, checked again -----------------------

# kept: the heads as the nightly mail carries them, saved by the manager as a file of the
# test's directory (its name is what the faults say): heads-2026-11.csv, a line per book
# in SPEC 1 order (line 2 attendance.csv ... line 9 followups.csv).
kept() {
	cd "$BATS_TEST_TMPDIR"
	verify-journal --heads >heads-2026-11.csv
}

# two more deals after the morning's HT-1: HT-2 (A01, 800000.00) and HT-3 (A03's new
# customer), deals.csv rows 2 and 3.
deals() {
	at "$D 12:00" assign-commission --deal HT-2 --phone 13611112222 --agent A01 \
	    --amount 800000 &&
	at "$D 12:10" register-visit --agent A03 --phone 13922223333 --name 钱先生 \
	    --source 路过 &&
	at "$D 12:30" assign-commission --deal HT-3 --phone 13922223333 --agent A03 \
	    --amount 1200000
} >/dev/null

@test "SPEC 3 verify-journal --against: the heads kept, then a day of rows more: every book still holds its head; silent, exit 0" {
	morning
	kept
	deals
	at "$D 13:00" sign-in --out --note 午饭 A01 >/dev/null
	quiet --against heads-2026-11.csv
	quiet -d "$FRONTDESK_DATA" --against "$BATS_TEST_TMPDIR/heads-2026-11.csv" deals.csv
	expect_say "attendance.csv: ok, 7 rows, head $(head_of attendance.csv)
floor.csv: ok, 3 rows, head $(head_of floor.csv)
visits.csv: ok, 2 rows, head $(head_of visits.csv)
deals.csv: ok, 3 rows, head $(head_of deals.csv)
commissions.csv: ok, 4 rows, head $(head_of commissions.csv)
violations.csv: ok, 2 rows, head $(head_of violations.csv)" verify-journal -v --against heads-2026-11.csv
	# the heads of tonight, checked against those kept, for the next mail
	expect_say "$(verify-journal --heads)" verify-journal --heads --against heads-2026-11.csv
	# every check of the book still runs on the rows after the heads
	edit 8 's/,A01,out,/,A03,out,/'
	faults "$A:8: chain broken $HOW" --against heads-2026-11.csv
}

@test "SPEC 3 verify-journal --against: a forger rewrites a middle row's amount and computes every chain again (frontdesk-journals(5)): found at the row the head was kept for, 65" {
	morning
	deals
	kept
	at "$D 14:00" assign-commission --deal HT-4 --phone 13611112222 --agent A01 \
	    --amount 500000 >/dev/null
	# deals.csv row 2 (line 3), HT-2's 800000.00 made 80000.00, every chain redone with
	# sha256sum as frontdesk-journals(5) shows
	run -0 grep -c ',HT-2,sale,13611112222,A01,800000.00,' "$(book deals.csv)"
	edit 3 's/,A01,800000\.00,/,A01,80000.00,/' deals.csv
	rechain deals.csv
	run -0 sed -n 3p "$(book deals.csv)"
	assert_output --partial ',HT-2,sale,13611112222,A01,80000.00,'
	run chain_ok "$(book deals.csv)"
	assert_success
	quiet
	faults "verify-journal: deals.csv:4: row 3's chain is not the one recorded in heads-2026-11.csv:5 (the book was rewritten since)" \
	    --against heads-2026-11.csv
	faults "verify-journal: deals.csv:4: row 3's chain is not the one recorded in heads-2026-11.csv:5 (the book was rewritten since)" \
	    --against heads-2026-11.csv deals.csv attendance.csv
	# a rewritten book has no head worth keeping: left out of tonight's heads
	run -65 --separate-stderr verify-journal --heads --against heads-2026-11.csv
	assert_equal "$stderr" "verify-journal: deals.csv:4: row 3's chain is not the one recorded in heads-2026-11.csv:5 (the book was rewritten since)"
	refute_line --partial deals.csv
	assert_line --index 1 "attendance.csv,6,$(head_of attendance.csv)"
}

@test "SPEC 3 verify-journal --against: a book cut back by its last rows (at a line end), or removed, is found: the rows it has and those recorded, 65" {
	morning
	kept
	at "$D 13:00" sign-in --out --note 午饭 A01 >/dev/null
	at "$D 13:30" sign-in --back A01 >/dev/null
	# attendance.csv 8 rows, cut to 5; floor.csv 3 rows, cut to 1; violations.csv gone
	head -n -3 "$(book)" >"$(book).new" && mv "$(book).new" "$(book)"
	head -n 2 "$(book floor.csv)" >"$(book floor.csv).new" && mv "$(book floor.csv).new" "$(book floor.csv)"
	rm "$(book violations.csv)"
	quiet
	faults "$A:6: has 5 rows, heads-2026-11.csv:2 recorded 6 (rows cut from its end since)
verify-journal: floor.csv:2: has 1 row, heads-2026-11.csv:3 recorded 3 (rows cut from its end since)
verify-journal: violations.csv: no such book, but heads-2026-11.csv:8 recorded 2 rows (the book was removed since)" \
	    --against heads-2026-11.csv
	# (agreements.csv and followups.csv, kept with 0 rows and still not written, are sound)
	# named, the same
	faults "verify-journal: violations.csv: no such book, but heads-2026-11.csv:8 recorded 2 rows (the book was removed since)" \
	    --against heads-2026-11.csv violations.csv
	# the header alone: line 1
	head -n 1 "$(book deals.csv)" >"$(book deals.csv).new" && mv "$(book deals.csv).new" "$(book deals.csv)"
	faults "verify-journal: deals.csv:1: has 0 rows, heads-2026-11.csv:5 recorded 1 (rows cut from its end since)" \
	    --against heads-2026-11.csv deals.csv
}

@test "SPEC 3 verify-journal --against: a heads file with a bad line is 65 at FILE:LINE, every bad line told, and no book is held to it" {
	morning
	kept
	cp heads-2026-11.csv good.csv
	edit 2 's/,A01,in,/,A02,in,/'	# a fault the books' check would tell
	# a head wrapped by the mailer, a count that is none, a book named twice, no book
	sed -i -e '3s/^\(.\{40\}\)/\1\n/' -e '6s/,0,/,zero,/' heads-2026-11.csv
	printf 'deals.csv,1,%s\n,0,%s\n' "$(head_of deals.csv)" "$Z" >>heads-2026-11.csv
	faults "verify-journal: heads-2026-11.csv:3: head '$(head_of floor.csv | cut -c1-28)' is not 64 lowercase hex digits
verify-journal: heads-2026-11.csv:4: 1 fields where the header has 3
verify-journal: heads-2026-11.csv:7: rows 'zero' is not a count of rows
verify-journal: heads-2026-11.csv:11: deals.csv is named already, on line 6
verify-journal: heads-2026-11.csv:12: the file column is empty: no book is named" \
	    --against heads-2026-11.csv
	# 0 rows with a head, and an unclosed quote
	printf 'file,rows,head\nfloor.csv,0,%s\n"floor.csv,3,%s\n' "$(head_of floor.csv)" \
	    "$(head_of floor.csv)" >bad.csv
	faults "verify-journal: bad.csv:2: head '$(head_of floor.csv)' of a book of 0 rows: it is 64 zeros
verify-journal: bad.csv:3: bad CSV: a stray or unclosed double quote" --against bad.csv
	# the mail saved whole, headers and all; an empty file; none at all (66)
	{ printf 'Subject: heads 2026-11-02\n\n'; cat good.csv; } >mail.csv
	faults "verify-journal: mail.csv:1: missing column 'file'" --against mail.csv
	: >empty.csv
	faults "verify-journal: empty.csv:1: empty file: the header is missing" --against empty.csv
	run -66 --separate-stderr verify-journal --against nope.csv
	assert_equal "$stderr" 'verify-journal: nope.csv: No such file or directory'
	# the good heads: the books' own fault, and nothing more
	faults "$A:2: chain broken $HOW" --against good.csv
}

@test "SPEC 3 verify-journal --against: heads kept with --excel (a BOM, CRLF, 64 zeros as =\"...\") or in GBK read as they were printed" {
	morning
	cd "$BATS_TEST_TMPDIR"
	verify-journal --heads --excel >heads.csv
	run -0 grep -c '"=""0000' heads.csv
	assert_output 2
	quiet --against heads.csv
	verify-journal --heads --encoding gbk >heads.csv
	quiet --against heads.csv
	sed -i '$d' "$(book)"
	faults "$A:6: has 5 rows, heads.csv:2 recorded 6 (rows cut from its end since)" \
	    --against heads.csv
}
