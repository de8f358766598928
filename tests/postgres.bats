# The head office (issue 23): two stores' books loaded into a throwaway PostgreSQL cluster
# with sql/load, and the views of sql/frontdesk.sql against what daily-report prints.
# The cluster is Debian's postgresql (make check installs it), run by an unprivileged
# user (initdb refuses root) in a temporary directory, reached only through a Unix
# socket there: no TCP, so no port is taken from anyone.
load test_helper
load postgres

STORES="north south"
BOOKS="attendance floor visits deals agreements commissions violations followups"
CONFIG="agents rules offences calendar referrers"

# q 'SQL': the rows, unaligned, comma-separated, NULL as empty: the tools' CSV body.
q() { psql -X -q -A -t -F, -v ON_ERROR_STOP=1 -c "$1"; }

# The north store: data/demo.sh's month and week (2026-11-02 to 11-21), kept in $1,
# its page written nowhere.
north() {
	mkdir "$1"
	sed -e "s|^top=.*|top='$BATS_TEST_DIRNAME/..'|" -e "s|^work=.*|work='$1'|" \
	    -e '/^trap /d' -e 's|> "$top/demo-report.html"|>/dev/null|' \
	    "$BATS_TEST_DIRNAME/../data/demo.sh" | LC_ALL=C.UTF-8 sh -s >/dev/null 2>&1
}

# The south store: one day, 2026-11-24, with what the demo lacks: a void in each of the
# three books the report reads (a crossed visit, a named reception, a sale), a walk-in
# who was no customer, an agreement, a sale in fen, a paper register imported in the afternoon (one
# visit of the day before, one without a phone) and a handover.
south() (
	export FRONTDESK_DATA=$1
	d=2026-11-24
	mkdir "$1" && cp "$BATS_TEST_DIRNAME"/../data/*.csv "$1"/
	set -e
	at "$d 08:10" sign-in A01
	at "$d 08:15" sign-in A02
	at "$d 08:20" sign-in A03
	at "$d 08:25" sign-in A05
	at "$d 09:00" next-agent --claim
	at "$d 09:05" register-visit --agent A01 --phone 13611110001 --name 甲 --source 网络 --level B
	at "$d 09:10" next-agent --claim
	at "$d 09:12" register-visit --agent A02 --phone 13611110002 --name 乙 --source 路过
	at "$d 09:20" next-agent --done A02 --not-customer --note 快递员
	at "$d 09:30" next-agent --claim
	at "$d 09:35" register-visit --agent A03 --phone 13611110001 --name 甲 --source 网络
	at "$d 09:40" register-visit --void 3 --note 录错
	at "$d 09:50" next-agent --done A01
	at "$d 10:00" next-agent --claim --customer 13611110001
	at "$d 10:05" register-visit --agent A01 --phone 13611110001 --name 甲 --source 网络
	at "$d 10:10" next-agent --claim --named A05
	at "$d 10:12" next-agent --void 7 --note 点错
	at "$d 10:20" register-visit --call --agent A05 --phone 02158881234 --source 报纸杂志
	at "$d 10:30" register-visit --call --agent A02 --phone 13611110003 --source 广播
	at "$d 10:50" assign-commission --agree 13611110001 A01:50,A03:50 --note 合作
	at "$d 11:00" assign-commission --deal DJ-1 --kind deposit --phone 13611110001 \
	    --agent A01 --amount 20000
	at "$d 11:10" assign-commission --deal HT-1 --phone 13611110001 --agent A01 \
	    --amount 1000000
	at "$d 11:20" assign-commission --void HT-1 --note 金额录错
	at "$d 11:30" assign-commission --deal HT-2 --phone 13611110001 --agent A01 \
	    --amount 1000001.5
	at "$d 14:00" register-visit --follow --agent A02 --phone 13611110002 --level C
	printf '%s\n' time,kind,agent,phone,name,source \
	    '2026-11-23 16:00,visit,A03,13611110009,丙,亲友' \
	    '2026-11-24 08:50,visit,A05,,丁,路过' | at "$d 15:00" register-visit --import -
	at "$d 17:00" register-visit --handover A02 --to A05 --note 调岗
) >/dev/null

setup_file() {
	PG=$(mktemp -d /tmp/frontdesk-pg.XXXXXX)	# outside bats' dirs: nobody enters it
	export PG PGTZ=Asia/Shanghai TZ=Asia/Shanghai FRONTDESK_USER=前台 FRONTDESK_NOSYNC=1
	pg_start "$PG" || { cat "$PG/log" >&2; return 1; }
	psql -X -q -v ON_ERROR_STOP=1 -f "$BATS_TEST_DIRNAME/../sql/frontdesk.sql"
	PATH="$BATS_TEST_DIRNAME/../bin:$PATH"
	north "$PG/north"
	south "$PG/south"
}

teardown_file() {
	pg_stop "$PG"
	rm -rf "$PG"
}

# What a load of a store's books prints: each table and the rows it added: every row of
# a configuration file (it replaces the store's), and of a journal the rows of the file,
# or the number given.
added() {
	local b
	for b in $CONFIG; do
		[ ! -f "$PG/$1/$b.csv" ] || echo "$b $(($(wc -l < "$PG/$1/$b.csv") - 1))"
	done
	for b in $BOOKS; do
		[ ! -f "$PG/$1/$b.csv" ] || echo "$b ${2:-$(($(wc -l < "$PG/$1/$b.csv") - 1))}"
	done
}

load_store() { run -0 --separate-stderr "$BATS_TEST_DIRNAME/../sql/load" "$@"; }

@test "a table per book: store, then the columns of its header in order (frontdesk-journals(5))" {
	local b
	for b in $BOOKS; do
		run -0 q "SELECT string_agg(column_name, ',' ORDER BY ordinal_position)
		    FROM information_schema.columns WHERE table_name = '$b'"
		assert_output "store,$(head -q -n 1 "$PG/north/$b.csv" "$PG/south/$b.csv" 2>/dev/null |
		    head -n 1)"
	done
	run -0 q "SELECT table_name, string_agg(column_name, ' ' ORDER BY ordinal_position)
	    FROM information_schema.columns WHERE table_name IN ('agents', 'rules', 'offences',
	    'calendar', 'referrers') GROUP BY table_name ORDER BY table_name"
	assert_output "agents,store agent name team daily_wage sales_target rent_target active since
calendar,store date status note
offences,store code fine dismiss_after description
referrers,store referrer name kind active
rules,store key value"
}

@test "sql/load: every row once, however often it runs; then the rows appended since, alone" {
	local s
	for s in $STORES; do
		load_store "$s" "$PG/$s"
		assert_output "$(added "$s")"
		assert_equal "$stderr" ""
		load_store "$s" "$PG/$s"
		assert_output "$(added "$s" 0)"
	done
	run -0 q "SELECT store, count(*), max(seq) FROM visits GROUP BY store ORDER BY store"
	assert_output "north,18,18
south,11,11"
	at '2026-11-24 18:00' register-visit -d "$PG/south" --call --agent A03 \
	    --phone 13611110004 --source 网络 >/dev/null
	load_store south "$PG/south"
	assert_output "$(added south 0 | sed 's/^visits 0$/visits 1/')"
	run -0 q "SELECT seq, recorded_at, time, kind, phone, agent, status, chain FROM visits
	    WHERE store = 'south' AND seq > 11"
	assert_output "12,2026-11-24 18:00:00+08,2026-11-24 18:00:00+08,call,13611110004,A03,unregistered,$(tail -n 1 "$PG/south/visits.csv" | cut -d, -f22)"
	run -0 q "SELECT store, count(*) FROM visits GROUP BY store ORDER BY store"
	assert_output "north,18
south,12"
}

@test "sql/load refuses a book changed since the last load, and a torn tail, and loads nothing of the store" {
	local s=west
	cp -r "$PG/south" "$PG/$s"
	load_store "$s" "$PG/$s"
	# the last row loaded gone, another in its place: its chain is not the one loaded
	sed -i '$d' "$PG/$s/visits.csv"
	at '2026-11-24 18:20' register-visit -d "$PG/$s" --call --agent A02 \
	    --phone 13611110005 --source 网络 >/dev/null
	at '2026-11-24 18:30' sign-in -d "$PG/$s" --end A01 >/dev/null
	run -3 --separate-stderr "$BATS_TEST_DIRNAME/../sql/load" "$s" "$PG/$s"
	assert_output "agents 8
rules 32
offences 20
calendar 7
referrers 2
attendance 1
floor 0"
	assert_equal "${stderr%%:*}" "psql"
	assert_equal "${stderr#*ERROR:  }" "store west: row 12 of visits.csv is not the row loaded before (chain $(tail -n 1 "$PG/$s/visits.csv" | cut -d, -f22)): the book was changed or cut short; run verify-journal on it"
	run -0 q "SELECT count(*) FROM attendance WHERE store = '$s'"
	assert_output "$(($(wc -l < "$PG/$s/attendance.csv") - 2))"
	# a row cut short
	printf '1,2' >> "$PG/$s/floor.csv"
	run -65 --separate-stderr "$BATS_TEST_DIRNAME/../sql/load" "$s" "$PG/$s"
	assert_output ""
	assert_equal "$stderr" "load: $PG/$s/floor.csv: the last line has no end (torn tail): run verify-journal --repair"
	run -0 q "SELECT count(*) FROM attendance WHERE store = '$s'"
	assert_output "$(($(wc -l < "$PG/$s/attendance.csv") - 2))"
}

# view_is STORE DAY: the views' rows of that store and day are what daily-report prints
# for them (--summary and --by agent, CSV without its header, agents in code order).
view_is() {
	run -0 --separate-stderr at '2026-12-01 12:00' daily-report -d "$PG/$1" --summary --date "$2"
	local want=${output#*$'\n'}
	run -0 q "SELECT date, visits, calls, contacts, new, \"returning\", deposits, sales,
	    amount, conversion FROM daily_summary WHERE store = '$1' AND date = '$2'"
	assert_output "$want"
	run -0 --separate-stderr at '2026-12-01 12:00' daily-report -d "$PG/$1" --by agent --date "$2"
	want=${output#*$'\n'}
	run -0 q "SELECT date, agent, name, receptions, counted, registrations, \"returning\",
	    calls, follows, deals, amount FROM daily_by_agent WHERE store = '$1' AND date = '$2'
	    ORDER BY agent"
	assert_output "$want"
}

@test "the views give per store and day every number daily-report --summary and --by agent give" {
	local s d n=0
	for s in $STORES; do
		"$BATS_TEST_DIRNAME/../sql/load" "$s" "$PG/$s" >/dev/null
	done
	run -0 q "SELECT store, min(date), max(date), count(*) FROM daily_days
	    WHERE store IN ('north', 'south') GROUP BY store ORDER BY store"
	assert_output "north,2026-11-02,2026-11-21,20
south,2026-11-23,2026-11-24,2"
	for s in $STORES; do
		for d in $(q "SELECT date FROM daily_days WHERE store = '$s' ORDER BY date"); do
			view_is "$s" "$d"
			n=$((n + 1))
		done
		# the month's days that hold anything are the view's, before and after the days
		# compared above too
		run -0 --separate-stderr at '2026-12-01 12:00' daily-report -d "$PG/$s" --summary \
		    --month 2026-11
		run -0 grep -Ev "^(date,|total,|2026-11-[0-9]{2},0,0,0,0,0,0,0,0.00,$)" <<<"$output"
		assert_output "$(q "SELECT date, visits, calls, contacts, new, \"returning\", deposits,
		    sales, amount, conversion FROM daily_summary WHERE store = '$s' AND visits +
		    calls + contacts + new + \"returning\" + deposits + sales > 0 ORDER BY date")"
	done
	assert_equal "$n" 22
	# the numbers the two stores' days hold, so that the comparison above compared some
	run -0 q "SELECT store, date, visits, calls, contacts, new, \"returning\", deposits, sales,
	    amount, conversion FROM daily_summary WHERE store IN ('north', 'south')
	    AND visits + calls + deposits + sales > 0 ORDER BY store, date"
	assert_output "north,2026-11-16,13,1,3,1,2,1,4,3792543.21,30.8
north,2026-11-17,2,3,2,2,0,0,0,0.00,0.0
north,2026-11-18,1,1,1,1,0,0,0,0.00,0.0
north,2026-11-20,0,1,0,0,0,0,0,0.00,
north,2026-11-21,1,0,1,0,1,0,0,0.00,0.0
south,2026-11-24,3,3,3,3,1,1,1,1000001.50,33.3"
}
