# The manager's page on a phone (SPEC 3 daily-report --format html; issue 21 item 5): a
# real browser engine, Debian's headless Chromium driven by tests/phone-view, shows each
# page as a phone 400 CSS px wide does, on a month like the demo's.  At 400 px nothing
# scrolls sideways (a table too wide scrolls inside its own box), the chart's texts are
# 12 px or more and inside the chart, the back-dated rows of an import are one line, and
# amounts read 1,280,000.00 (SPEC 7).  The checks are shown to fail, too: on a table
# 1000 px wide, on the report without its table's box, on a page without the viewport
# meta and on a chart whose labels shrink with it.
load test_helper

# What phone-view says of a page that reads well at 400 px.
FITS="viewport=400 width=400 small=0"

# phone PAGE: the page as a phone 400 px wide shows it, measured (tests/phone-view).
phone() {
	run --separate-stderr "$BATS_TEST_DIRNAME/phone-view" "$1"
	assert_equal "$stderr" ""
	assert_success
}

# page FILE ARGS...: daily-report's page on 2026-12-01 09:05, written to FILE.
page() {
	at '2026-12-01 09:05' daily-report "${@:2}" --format html > "$BATS_TEST_TMPDIR/$1"
}

# November 2026, as at a busy desk: day d has (7d mod 9) + 1 receptions on the floor
# (A01-A06 in turn, chained as next-agent writes them), each with a visit in the register
# 5 minutes later, and a call on every even day; a sale of a million yuan or more every
# third day.  The register
# and the deals were typed in from paper on Dec 1 at 09:00, each in one import: two
# back-dated lines on the page, not 200.
month() {
	local d i n t body seq=0 prev visits=$BATS_TEST_TMPDIR/visits.csv deals=$BATS_TEST_TMPDIR/deals.csv
	prev=$(printf '0%.0s' {1..64})		# the chain of frontdesk-journals(5), as put writes it
	echo seq,recorded_at,time,agent,event,reason,customer,counted,ref,by,chain > "$FRONTDESK_DATA/floor.csv"
	echo time,kind,agent,phone,name,source > "$visits"
	echo time,deal,phone,agent,amount > "$deals"
	for ((d = 1; d <= 30; d++)); do
		n=$((d * 7 % 9 + 1))
		for ((i = 0; i < n; i++)); do
			printf -v t '2026-11-%02dT%02d:%02d:00+08:00' $d $((9 + i)) $((i * 13 % 60))
			printf -v body '%d,%s,%s,A0%d,receive,rotation,,1,,前台' $((++seq)) "$t" "$t" \
				$(((d + i) % 6 + 1))
			prev=$(printf '%s\n%s' "$prev" "$body" | sha256sum | cut -c1-64)
			echo "$body,$prev" >> "$FRONTDESK_DATA/floor.csv"
			printf '2026-11-%02d %02d:%02d,visit,A0%d,138%02d%02d%04d,客户,网络\n' $d $((9 + i)) \
				$((i * 13 % 60 + 5)) $(((d + i) % 6 + 1)) $d $i $((d * 100 + i)) >> "$visits"
		done
		((d % 2)) || printf '2026-11-%02d 16:30,call,A01,1360000%04d,来电客户,广播\n' $d $d >> "$visits"
		((d % 3)) || printf '2026-11-%02d 17:00,HT-%d,138%02d00%04d,A0%d,%d.50\n' $d $d $d \
			$((d * 100)) $((d % 6 + 1)) $((1000000 + d * 98765)) >> "$deals"
	done
	at '2026-12-01 09:00' register-visit --import "$visits" > /dev/null
	at '2026-12-01 09:00' assign-commission --import "$deals" > /dev/null
}

@test "the month, its agents, its channels, a day and its slots: at 400 px nothing scrolls sideways and every chart text is 12 px or more, inside the chart (issue 21 item 5; SPEC 3 daily-report html, one page for a phone)" {
	command -v chromium > /dev/null || fail "chromium is not installed: make deps installs it"
	month
	local args
	for args in "--month 2026-11" "--month 2026-11 --by agent" "--month 2026-11 --by source" \
	    "--date 2026-11-17" "--date 2026-11-17 --by slot" "--date 2026-11-17 --by agent"; do
		# shellcheck disable=SC2086
		page p.html $args
		phone "$BATS_TEST_TMPDIR/p.html"
		assert_output "$FITS"
	done
}

@test "the page a phone reads: the viewport meta, no external file, the back-dated rows of each import one line, the amounts grouped, the month's chart one bar pair per day (issue 21 item 5; SPEC 3 daily-report html; SPEC 5.4; SPEC 7)" {
	month
	page month.html --month 2026-11
	run cat "$BATS_TEST_TMPDIR/month.html"
	assert_line '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
	refute_output --regexp '(src|href|url)[=(]'		# one file: nothing external
	# the two imports (168 register rows, 10 deals): one line each
	assert_equal "$(grep -c '<li>' <<<"$output")" 2
	assert_output --partial '<li>visits.csv rows 1 to 168: 168 rows recorded at once on 2026-12-01 09:00 by 前台, dated 2026-11-01 to 2026-11-30</li>'
	assert_output --partial '<li>deals.csv rows 1 to 10: 10 rows recorded at once on 2026-12-01 09:00 by 前台, dated 2026-11-03 to 2026-11-30</li>'
	assert_equal "$(grep -c '<rect class="v"' <<<"$output")" 30
	assert_equal "$(grep -c '<rect class="c"' <<<"$output")" 30
	assert_output --partial '<title>5: 9 visits</title>'
	# the total: 3 x 45 + 8 + 6 + 4 receptions, 15 calls, 10 sales of 1000000 * 10 +
	# 98765 * (3 + 6 + ... + 30) + 0.50 * 10 yuan, 10 of 153 visits 6.5 %
	assert_output --partial '<tr><td>total</td><td>153</td><td>15</td><td>153</td><td>153</td><td>0</td><td>0</td><td>10</td><td>26,296,230.00</td><td>6.5</td></tr>'
}

@test "the check fails where a phone would scroll sideways: a table 1000 px wide, the report's widest table without its own scroll box, a page without the viewport meta (issue 21 item 5)" {
	local head='<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>t</title></head>'
	echo "$head<body><p>日报表</p><table style=\"width:1000px\"><tr><td>1</td></tr></table></body></html>" \
		> "$BATS_TEST_TMPDIR/wide.html"
	phone "$BATS_TEST_TMPDIR/wide.html"
	assert_line --index 0 --regexp '^viewport=[0-9]+ width=10[0-9][0-9] small=0$'
	assert_line --index 1 'too wide: <table> right edge at 1008 px'
	# the month by agent, as the report writes it but for the box: too wide
	month
	page agents.html --month 2026-11 --by agent
	sed 's/div\.t{overflow-x:auto}//' "$BATS_TEST_TMPDIR/agents.html" > "$BATS_TEST_TMPDIR/unboxed.html"
	phone "$BATS_TEST_TMPDIR/unboxed.html"
	refute_line --index 0 "$FITS"
	assert_line --regexp '^too wide: <table> right edge at [0-9]+ px$'
	# no viewport meta: a phone lays the page out 980 px wide and shrinks it
	grep -v 'name="viewport"' "$BATS_TEST_TMPDIR/agents.html" > "$BATS_TEST_TMPDIR/nometa.html"
	phone "$BATS_TEST_TMPDIR/nometa.html"
	assert_line --index 0 --regexp '^viewport=980 width=980 small=0$'
}

@test "the check fails on a chart whose labels shrink with the page: an SVG of a month's 30 days in a viewBox, its 9 px text drawn under 12 px at 400 px (issue 21 item 5)" {
	local t=''
	for ((d = 1; d <= 30; d++)); do
		t+="<text x=\"$((40 * d))\" y=\"125\">$d</text>"
	done
	printf '%s' '<!DOCTYPE html><html><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>t</title><style>svg{width:100%}svg text{font-size:9px}</style></head><body><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1220 140">'"$t"'</svg></body></html>' \
		> "$BATS_TEST_TMPDIR/tiny.html"
	phone "$BATS_TEST_TMPDIR/tiny.html"
	assert_line --index 0 'viewport=400 width=400 small=30'
	assert_line --index 1 --regexp '^too small or cut: svg text "1" 2\.[0-9] px, '
}

@test "the page in Chinese reads on a phone as well: its title, chart key, headings, total row and back-dated lines in Chinese, nothing scrolls sideways at 400 px (issue 21 items 3 and 5; SPEC 7)" {
	command -v chromium > /dev/null || fail "chromium is not installed: make deps installs it"
	month
	LC_ALL=zh_CN.UTF-8 page zh.html --month 2026-11
	run cat "$BATS_TEST_TMPDIR/zh.html"
	assert_line '<html lang="zh-CN">'
	assert_line '<title>日报表 2026-11-01 至 2026-11-30</title>'
	assert_output --partial '<span class="v">■</span> 来店批数 <span class="c">■</span> 来电</p>'
	assert_output --partial '<tr><th>日期</th><th>来访次数</th><th>来电</th><th>留资</th><th>新客户</th><th>老客户</th><th>定金</th><th>成交</th><th>金额</th><th>成交率%</th></tr>'
	assert_output --partial '<tr><td>合计</td><td>153</td><td>15</td><td>153</td><td>153</td><td>0</td><td>0</td><td>10</td><td>26,296,230.00</td><td>6.5</td></tr>'
	assert_output --partial '<h2>补登的记录</h2>'
	assert_equal "$(grep -c '<li>' <<<"$output")" 2
	for args in "--month 2026-11" "--month 2026-11 --by agent" "--date 2026-11-17 --by slot"; do
		# shellcheck disable=SC2086
		LC_ALL=zh_CN.UTF-8 page p.html $args
		phone "$BATS_TEST_TMPDIR/p.html"
		assert_output "$FITS"
	done
}
