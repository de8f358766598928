# postgres.bash: a throwaway PostgreSQL cluster for tests/postgres*.bats (issue 23,
# item 4): the schema of sql/frontdesk.sql, the books loaded by sql/load, the views beside
# the tools.  The cluster runs as nobody, since initdb refuses root; its socket alone.

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

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

# The head office's schema (sql/frontdesk.sql), anew.
pg_schema() {
	psql -qX -v ON_ERROR_STOP=1 -c 'set client_min_messages = warning' \
	    -c 'drop schema if exists public cascade' -c 'create schema public' &&
	    psql -qX -v ON_ERROR_STOP=1 -f "$BATS_TEST_DIRNAME/../sql/frontdesk.sql" >/dev/null
}

# pg_load STORE DIR: the store's books, as the head office loads them (sql/load).
pg_load() {
	"$BATS_TEST_DIRNAME/../sql/load" "$1" "$2" >/dev/null
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
