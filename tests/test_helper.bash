# Shared by every test file: a fresh data dir per test, a fixed zone, the tools on PATH.
bats_require_minimum_version 1.5.0
bats_load_library bats-support
bats_load_library bats-assert
bats_load_library bats-file

setup() {
	export FRONTDESK_DATA="$BATS_TEST_TMPDIR/data" TZ=Asia/Shanghai LC_ALL=C.UTF-8
	export FRONTDESK_USER=前台 FRONTDESK_NOSYNC=1
	unset FRONTDESK_NOW FRONTDESK_LOCK_TIMEOUT
	cp -r "$BATS_TEST_DIRNAME/fixtures/base" "$FRONTDESK_DATA"
	PATH="$BATS_TEST_DIRNAME/../bin:$PATH"
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
