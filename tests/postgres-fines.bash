# postgres-fines.bash: a throwaway PostgreSQL cluster, one data dir loaded into it, and
# sql/fines.sql's store_month_fines beside attendance-fine --summary (issue 23, item 4).
# The tables are created here as frontdesk.sql does (SPEC 1: store, then the CSV's
# columns); the cluster runs as nobody, since initdb refuses root.

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

# pg_start DIR: a cluster in DIR, its socket there too, on a free port; exports PGHOST,
# PGPORT, PGUSER, PGDATABASE for psql.
pg_start() {
	local dir=$1 port
	mkdir -p "$dir" && chown nobody "$dir"
	runuser -u nobody -- "$PGBIN/initdb" -D "$dir/db" -A trust -U nobody \
	    -E UTF8 --no-locale >/dev/null || return 1
	for port in $(seq 54320 54420); do
		runuser -u nobody -- "$PGBIN/pg_ctl" -D "$dir/db" -l "$dir/log" -w \
		    -o "-k $dir -p $port -h ''" start >/dev/null 2>&1 && break
		port=
	done
	[ -n "$port" ] || return 1
	export PGHOST=$dir PGPORT=$port PGUSER=nobody PGDATABASE=postgres
}

pg_stop() {
	runuser -u nobody -- "$PGBIN/pg_ctl" -D "$1/db" -m immediate stop >/dev/null
}

# The tables as the head office's schema has them (sql/frontdesk.sql's, assumed here).
pg_schema() {
	psql -qX -v ON_ERROR_STOP=1 <<'SQL'
set client_min_messages = warning;
drop schema if exists public cascade;
create schema public;
create table agents (store text not null, agent text, name text, team text,
    daily_wage numeric(14,2), sales_target numeric(14,2), rent_target numeric(14,2),
    active text, since text);
create table rules (store text not null, key text, value text);
create table offences (store text not null, code text, fine text, dismiss_after text,
    description text);
create table calendar (store text not null, date text, status text, note text);
create table attendance (store text not null, seq bigint, recorded_at timestamptz,
    time timestamptz, agent text, event text, detail text, ref bigint, by text,
    chain text);
create table violations (store text not null, seq bigint, recorded_at timestamptz,
    time timestamptz, agent text, code text, fine numeric(14,2), note text, ref bigint,
    by text, chain text);
SQL
}

# pg_load STORE DIR: the store's CSVs into the tables; a file's rows are one line each
# (SPEC 1), so the store goes in front of each line.
pg_load() {
	local store=$1 dir=$2 f t
	for t in agents offences calendar attendance violations; do
		f=$dir/$t.csv
		[ -s "$f" ] || continue
		awk -v s="$store" 'NR > 1 { print s "," $0 }' "$f" > "$f.pg"
		psql -qX -v ON_ERROR_STOP=1 -c "\\copy $t from '$f.pg' csv" || return 1
		rm -f "$f.pg"
	done
	# rules.csv: key and value of the keys it sets, its other columns left
	psql -qX -v ON_ERROR_STOP=1 <<SQL || return 1
create temp table rules_csv (key text, value text, comment text);
\\copy rules_csv from '$dir/rules.csv' csv header
insert into rules select '$store', key, value from rules_csv;
SQL
}

# pg_fines STORE MONTH NOW: the view's rows of the month as the tool's --summary CSV.
pg_fines() {
	printf 'agent,name,late,early,absent_days,desert,leave_days,fines,deductions,total,flags\n'
	psql -qXAt -F, -v ON_ERROR_STOP=1 <<SQL
set TimeZone = '${TZ:-Asia/Shanghai}';
set frontdesk.now = '$3';
select agent, name, late, early, absent_days, desert, leave_days, fines, deductions,
    total, case when flags ~ '[,"]' then '"' || flags || '"' else flags end
from store_month_fines where store = '$1' and month = '$2' order by agent;
SQL
}
