# The bad-input catalogue (issue 8): every case of fixtures/bad/ (see its README) must fail
# cleanly, SPEC 2: on a fresh copy of the data, under timeout, its exit code, exactly its
# one line on stderr, nothing on stdout, no crash, and every file byte for byte as it was.
# A case with a `bug:` line is a known fault, expected to fail and reported as skipped;
# once it holds, the bug line must go.  Failures are collected and told by case name.
#
# BADINPUT_WRAP runs every command under a wrapper (valgrind: see fixtures/bad/README),
# BADINPUT_TIMEOUT sets the time limit of a command (10 s; 300 under make memcheck).
load test_helper

BAD=$BATS_TEST_DIRNAME/fixtures/bad

# read_case DIR: the lines "key: value" of DIR/case into cmd, code, message, now, stdin,
# bug and envs (every env: line)
read_case() {
	local l

	cmd= code= message= now='2026-11-17 12:00' stdin= bug= envs=()
	while IFS= read -r l; do
		case $l in
		'cmd: '*) cmd=${l#cmd: } ;;
		'code: '*) code=${l#code: } ;;
		'message: '*) message=${l#message: } ;;
		'now: '*) now=${l#now: } ;;
		'stdin: '*) stdin=${l#stdin: } ;;
		'bug: '*) bug=${l#bug: } ;;
		'env: '*) envs+=("${l#env: }") ;;
		esac
	done <"$1/case"
}

# digest DIR: every file under DIR with its SHA-256
digest() { (cd "$1" && find . -type f | LC_ALL=C sort | xargs -r -d '\n' sha256sum); }

# check_case DIR: run the case read by read_case in a fresh work dir; print what is wrong,
# nothing when it holds
check_case() {
	local c=$1 w=$BATS_TEST_TMPDIR/cases/${1##*/} rc=0 before limit=${BADINPUT_TIMEOUT:-10}
	local -a args

	mkdir -p "$w"
	cp -r "$BATS_TEST_DIRNAME/fixtures/base" "$w/data"
	cp -r "$c" "$w/case"
	[ ! -d "$c/data" ] || cp -r "$c/data/." "$w/data/"
	[ ! -f "$c/setup" ] || (cd "$w/data" && sh "$c/setup") || { echo "setup failed"; return; }
	[ -z "${FRONTDESK_BIN:-}" ] || limit=${BADINPUT_TIMEOUT:-300}
	eval "args=($cmd)"
	before=$(digest "$w")
	(cd "$w/case" && exec env FRONTDESK_DATA="$w/data" FRONTDESK_NOW="$now" "${envs[@]}" \
		timeout "$limit" $BADINPUT_WRAP "${args[@]}" \
		<"${stdin:+$w/case/}${stdin:-/dev/null}" >"$w.out" 2>"$w.err") || rc=$?
	[ "$rc" -lt 124 ] || echo "crashed or timed out: exit $rc"
	[ "$rc" = "$code" ] || echo "exit $rc, want $code"
	[ ! -s "$w.out" ] || echo "stdout: $(head -c 200 "$w.out" | tr '\n' '|')"
	printf '%s\n' "$message" | cmp -s - "$w.err" ||
		echo "stderr: $(head -c 400 "$w.err" | tr '\n' '|') want: $message"
	[ "$(digest "$w")" = "$before" ] || echo "a file changed or appeared"
}

@test "bad input: every case of fixtures/bad/ exits with its code, one line on stderr, nothing on stdout, no crash, no file changed (issue 8, SPEC 2)" {
	local c why n=0 cmd code message now stdin bug
	local -a envs failed=()

	for c in "$BAD"/[0-9]*/; do
		c=${c%/} n=$((n + 1))
		read_case "$c"
		why=$(check_case "$c")
		why=${why//$'\n'/; }
		if [ -n "$bug" ] && [ -n "$why" ]; then
			echo "# skip ${c##*/}: known bug: $bug" >&3
		elif [ -n "$bug" ]; then
			failed+=("${c##*/}: marked 'bug:' but holds now: drop the bug line")
		elif [ -n "$why" ]; then
			failed+=("${c##*/}: $why")
		fi
	done
	[ "$n" -ge 60 ] || failed+=("only $n cases in $BAD")
	[ "${#failed[@]}" -eq 0 ] || { printf '%s\n' "${failed[@]}"; return 1; }
}
