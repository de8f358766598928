#!/usr/bin/env bats
# The libFuzzer targets of tests/fuzz/ (make check builds them into build/fuzz/ with clang,
# ASan and UBSan) run once over every input of their seed corpus: the real-looking seeds
# and each crash that fuzzing found and lib/ now handles.  `make fuzz` does the fuzzing.
load test_helper

# corpus TARGET: every file of tests/fuzz/corpus/TARGET through build/fuzz/TARGET.
corpus() {
	local bin="$BATS_TEST_DIRNAME/../build/fuzz/$1"
	local dir="$BATS_TEST_DIRNAME/fuzz/corpus/$1" n

	[ -x "$bin" ] || fail "$bin is not built: make fuzz-build (make check does)"
	n=$(find "$dir" -type f | wc -l)
	[ "$n" -gt 0 ] || fail "$dir has no seeds"
	TMPDIR=$BATS_TEST_TMPDIR run "$bin" "$dir"/*
	assert_success
	assert_equal "$(grep -c '^Executed ' <<<"$output")" "$n"
}

@test "fuzz corpus: clock, the --at forms (America/New_York: DST)" {
	FUZZ_TZ=America/New_York corpus clock
}

@test "fuzz corpus: clock, the --at forms (Asia/Shanghai)" {
	FUZZ_TZ=Asia/Shanghai corpus clock
}

@test "fuzz corpus: clock, the --at forms (UTC)" {
	FUZZ_TZ=UTC corpus clock
}

@test "fuzz corpus: journal, the reader of the books" {
	corpus journal
}

@test "fuzz corpus: money, parse, format and arithmetic" {
	corpus money
}

@test "fuzz corpus: phone, the normaliser and the mask" {
	corpus phone
}

@test "fuzz corpus: rules, rules.csv" {
	corpus rules
}
