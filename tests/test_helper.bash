# Shared by every test file: a fresh data dir per test, a fixed zone, the tools on PATH.
bats_require_minimum_version 1.5.0
bats_load_library bats-support
bats_load_library bats-assert
bats_load_library bats-file

setup() {
	export FRONTDESK_DATA="$BATS_TEST_TMPDIR/data" TZ=Asia/Shanghai LC_ALL=C.UTF-8 \
	    TEXTDOMAINDIR="$BATS_TEST_DIRNAME/../build/locale"
	export FRONTDESK_USER=前台 FRONTDESK_NOSYNC=1
	unset FRONTDESK_NOW FRONTDESK_LOCK_TIMEOUT
	cp -r "$BATS_TEST_DIRNAME/fixtures/base" "$FRONTDESK_DATA"
	PATH="${FRONTDESK_BIN:-$BATS_TEST_DIRNAME/../bin}:$PATH"	# make memcheck: wrappers
	# under valgrind eight desks queue for a lock for longer than the 10 s default
	[ -z "${FRONTDESK_BIN:-}" ] || export FRONTDESK_LOCK_TIMEOUT=120
}

# at '2026-11-02 08:25' sign-in A01: run a tool with the clock set.
at() { FRONTDESK_NOW="$1" "${@:2}"; }

# The body of a journal without its volatile columns is what tests compare; this prints
# the columns named, e.g. cols attendance.csv seq,agent,event,detail
cols() {
	awk -F, -v want="$2" 'NR == 1 { n = split(want, w, ","); for (i = 1; i <= NF; i++) c[$i] = i; next }
		{ s = ""; for (i = 1; i <= n; i++) s = s (i > 1 ? "," : "") $(c[w[i]]); print s }' \
		"$FRONTDESK_DATA/$1"
}

# The seq of a book's last row, e.g. last_seq floor.csv: the row a desk action's sentence
# names when it has just written it (SPEC 2: "… (row 42)").
last_seq() { tail -n 1 "$FRONTDESK_DATA/$1" | cut -d, -f1; }

# The row a desk sentence in $output names at its end, "… (row 42)": the seq --void takes.
said_row() { sed -n 's/.* (row \([0-9][0-9]*\))$/\1/p' <<<"$output"; }

# Re-compute a journal's chain with sha256sum alone, as frontdesk-journals(5) shows.
chain_ok() {
	local prev=0000000000000000000000000000000000000000000000000000000000000000 line body h
	while IFS= read -r line; do
		body=${line%,*}
		h=$(printf '%s\n%s' "$prev" "$body" | sha256sum | cut -c1-64)
		[ "$h" = "${line##*,}" ] || { echo "chain broken at: $line"; return 1; }
		prev=$h
	done < <(tail -n +2 "$1")
}

# Snapshot every file of the data dir; unchanged compares with it afterwards.
snapshot() { (cd "$FRONTDESK_DATA" && find . -type f | sort | xargs sha256sum) > "$BATS_TEST_TMPDIR/snap"; }
unchanged() {
	diff <(cd "$FRONTDESK_DATA" && find . -type f | sort | xargs sha256sum) "$BATS_TEST_TMPDIR/snap"
}

# put visits.csv TIME 'FIELDS' [REF]: append a chained row as the tools write it, for books
# whose tool is not under test (the chain as frontdesk-journals(5) shows).
put() {
	local f="$FRONTDESK_DATA/$1" prev body n
	case $1 in
	visits.csv) [ -s "$f" ] || echo seq,recorded_at,time,kind,phone,name,gender,household,unit,address,interest,level,source,agent,referrer,party,status,owner,note,ref,by,chain > "$f" ;;
	deals.csv) [ -s "$f" ] || echo seq,recorded_at,time,deal,kind,phone,agent,amount,referrer,note,ref,by,chain > "$f" ;;
	floor.csv) [ -s "$f" ] || echo seq,recorded_at,time,agent,event,reason,customer,counted,ref,by,chain > "$f" ;;
	esac
	n=$(wc -l < "$f")
	prev=$(tail -n +2 "$f" | tail -n 1 | awk -F, '{ print $NF }')
	body="$n,$2,$2,$3,${4:-},前台"
	echo "$body,$(printf '%s\n%s' "${prev:-$(printf '0%.0s' {1..64})}" "$body" | sha256sum | cut -c1-64)" >> "$f"
}
# visit TIME PHONE AGENT OWNER [STATUS]: a register row (register-visit writes the owner).
visit() { put visits.csv "$(date -d "$1" +%FT%T+08:00)" "visit,$2,客户,,,,,,A,网络,$3,,1,${5:-new},$4,"; }
# deposit TIME PHONE AGENT: a deposit in deals.csv (小定), which makes ownership permanent.
deposit() { put deals.csv "$(date -d "$1" +%FT%T+08:00)" "D$RANDOM,deposit,$2,$3,20000.00,,"; }

# expect_fail CODE 'MESSAGE' CMD...: that exit code, the one line on stderr, nothing on
# stdout, and every file of the data dir as it was: a refused command writes nothing.
expect_fail() {
	local code=$1 msg=$2
	shift 2
	snapshot
	run "-$code" --separate-stderr "$@"
	assert_equal "$stderr" "$msg"
	assert_output ""
	run unchanged
	assert_success
}

# expect_say 'OUTPUT' CMD...: it succeeds quietly, printing exactly that.
expect_say() {
	local want=$1
	shift
	run --separate-stderr "$@"
	assert_success
	assert_output "$want"
	assert_equal "$stderr" ""
}
