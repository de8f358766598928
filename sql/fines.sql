-- fines.sql: per store and month what `attendance-fine --summary --month M` prints
-- (SPEC 3, 5.4, 5.5), replayed from the tables of frontdesk.sql as lib/fines.c replays
-- the books: nothing here is stored, every number is derived from the rows.
--
-- Days and clock minutes are the session's TimeZone's (the store's zone: SET TimeZone =
-- 'Asia/Shanghai'), as the tools use TZ.  The month of today is counted up to today,
-- today's absences once work_end has passed, as the tool does; a replay of another day
-- sets frontdesk.now (SET frontdesk.now = '2026-11-30 19:00+08'), as FRONTDESK_NOW does.
-- A store's months run from the month of its books' first row (or of now, with no row
-- yet) to the month of now: a month ahead of now is not listed.
-- Needs frontdesk.sql's tables; run after it (psql -f sql/fines.sql).

create or replace function fd_now() returns timestamptz language sql stable as $$
	select coalesce(nullif(current_setting('frontdesk.now', true), '')::timestamptz,
	    now())
$$;

-- "08:30" as minutes after midnight (rules.c: K_HHMM).
create or replace function fd_minute(hhmm text) returns int language sql immutable as $$
	select split_part(hhmm, ':', 1)::int * 60 + split_part(hhmm, ':', 2)::int
$$;

-- The clock minute of a time in the session's zone (clock_minute()).
create or replace function fd_minute(t timestamptz) returns int language sql stable as $$
	select (extract(hour from t) * 60 + extract(minute from t))::int
$$;

-- pct per cent of yuan, half a fen up (money_pct(): amounts are never negative).
create or replace function fd_pct(yuan numeric, pct numeric) returns numeric
language sql immutable as $$
	select floor(yuan * pct + 0.5) / 100
$$;

-- The largest amount, in yuan (MONEY_MAX: INT64_MAX fen): past it, amounts saturate.
create or replace function fd_money_max() returns numeric language sql immutable as $$
	select 92233720368547758.07
$$;

-- Each store's rules of the month's fines: rules.csv's values, else the defaults (SPEC 6,
-- lib/rules.c).  A store is one with an agents.csv or a rules.csv loaded.
create or replace view fd_fine_rules as
select s.store,
    fd_minute(coalesce(max(r.value) filter (where r.key = 'work_start'), '08:30'))
	as work_start,
    fd_minute(coalesce(max(r.value) filter (where r.key = 'work_end'), '18:00'))
	as work_end,
    fd_minute(coalesce(max(r.value) filter (where r.key = 'night_end'), '20:30'))
	as night_end,
    coalesce(max(r.value) filter (where r.key = 'late_grace_min'), '0')::int
	as late_grace_min,
    coalesce(max(r.value) filter (where r.key = 'late_fine'), '2')::numeric as late_fine,
    nullif(coalesce(max(r.value) filter (where r.key = 'late_fine_cap'), 'none'),
	'none')::numeric as late_fine_cap,		-- null: none
    coalesce(max(r.value) filter (where r.key = 'absence_fine'), '100')::numeric
	as absence_fine,
    coalesce(max(r.value) filter (where r.key = 'desert_fine'), '20')::numeric
	as desert_fine,
    coalesce(max(r.value) filter (where r.key = 'desert_per_absence'), '3')::int
	as desert_per_absence,
    coalesce(max(r.value) filter (where r.key = 'absent_dismiss_consecutive'), '2')::int
	as absent_dismiss_consecutive,
    coalesce(max(r.value) filter (where r.key = 'absent_dismiss_month'), '3')::int
	as absent_dismiss_month,
    coalesce(max(r.value) filter (where r.key = 'deduction_cap_pct'), '20')::numeric
	as deduction_cap_pct,
    coalesce(max(r.value) filter (where r.key = 'sick_deduct_pct'), '50')::numeric
	as sick_deduct_pct,
    coalesce(max(r.value) filter (where r.key = 'personal_deduct_pct'), '100')::numeric
	as personal_deduct_pct,
    coalesce(max(r.value) filter (where r.key = 'rest_days_per_week'), '1')::int
	as rest_days_per_week,
    coalesce(max(r.value) filter (where r.key = 'backdate_grace_min'), '10')::int
	as backdate_grace_min
from (select store from agents union select store from rules) s
left join rules r on r.store = s.store
group by s.store;

-- The live rows (SPEC 1: a void cancels the row its ref names; a void is final).
create or replace view fd_attendance_live as
select a.* from attendance a
where a.event <> 'void' and not exists (select 1 from attendance v
    where v.store = a.store and v.event = 'void' and v.ref = a.seq);

create or replace view fd_violations_live as
select a.* from violations a
where a.code <> 'void' and not exists (select 1 from violations v
    where v.store = a.store and v.code = 'void' and v.ref = a.seq);

-- The rows, in a function only to plan them without JIT: PostgreSQL 15's JIT would take
-- seconds to compile this query for a run of a fraction of one.
create or replace function fd_store_month_fines() returns table (store text, month text,
    agent text, name text, late bigint, early bigint, absent_days bigint, desert bigint,
    leave_days numeric, fines numeric, deductions numeric, total numeric, flags text)
language sql stable set jit = off as $body$
with
now_ as (select fd_now() as now, fd_now()::date as today),
-- SPEC 5.4: the day the attendance book began: its first row's, recorded or, if
-- earlier, dated (fines.c first_row(): every row, voids too).
begun as (
	select distinct on (store) store, least(time, recorded_at)::date as begun
	from attendance order by store, seq),
-- The months listed: from the first row of either book to the month of now.
months as (
	select s.store, m::date as first,
	    least((m + interval '1 month')::date - 1, n.today) as last,
	    (m + interval '1 month')::date - 1 as month_end
	from (select store, min(day) as day from (
		select store, least(time, recorded_at)::date as day from attendance
		union all
		select store, least(time, recorded_at)::date from violations
		union all	-- a store with no rows yet: this month, every agent at zero
		select store, fd_now()::date from agents) x
	    group by store) s
	cross join now_ n
	cross join generate_series(date_trunc('month', s.day),
	    date_trunc('month', n.today), interval '1 month') m),
-- Every day a month's replay may look at: from 31 days before a month (a run of absent
-- days, a week of rest days may begin there; ATT_LEAVE_DAYS) to today, with the
-- running count of open days (oidx) that measures runs.
days as (
	select d.store, d.day, d.closed,
	    count(*) filter (where not d.closed) over (partition by d.store
		order by d.day) as oidx
	from (select s.store, g::date as day, exists (select 1 from calendar c
		    where c.store = s.store and c.status = 'closed' and c.date::date = g::date)
		as closed
	    from (select store, min(first) - 40 as lo from months group by store) s
	    cross join now_ n
	    cross join generate_series(s.lo, n.today, interval '1 day') g) d),
att as (
	select a.* from fd_attendance_live a
	join agents g on g.store = a.store and g.agent = a.agent),
-- A rest day or a leave covers its first day and the days its half days make
-- (att_leave_days()); the last of an odd number of halves is a half day.
leaves as (
	select store, agent, seq, time, event, halves, first,
	    first + (halves + 1) / 2 - 1 as last
	from (select store, agent, seq, time, event, time::date as first,
		case when event = 'off' then 2 else (detail::numeric * 2)::int end as halves
	    from att where event in ('off', 'sick', 'personal')) l),
evday as (
	select store, agent, time::date as day,
	    min(time) filter (where event = 'in') as in_t,
	    max(time) filter (where event = 'end') as end_t,
	    bool_or(event = 'night') as night
	from att where event in ('in', 'end', 'night')
	group by store, agent, time::date),
-- Each agent's day replayed (att_replay(), att_late_min(), att_early_min(), absent()).
ad0 as (
	select d.store, g.agent, d.day, d.closed, d.oidx,
	    g.active = 'yes' as active, nullif(g.since, '')::date as since, g.daily_wage,
	    lv.event as leave, coalesce(lv.halves % 2 = 1 and d.day = lv.last, false) as half,
	    e.in_t, e.end_t, coalesce(e.night, false) as night,
	    r.work_start, r.work_end, r.night_end, r.late_grace_min, r.late_fine,
	    r.late_fine_cap, r.sick_deduct_pct, r.personal_deduct_pct,
	    r.rest_days_per_week, r.absent_dismiss_consecutive
	from days d
	join agents g on g.store = d.store
	join fd_fine_rules r on r.store = d.store
	left join lateral (select l.event, l.halves, l.last from leaves l
	    where l.store = d.store and l.agent = g.agent and d.day between l.first and l.last
	    order by l.time, l.seq limit 1) lv on true
	left join evday e on e.store = d.store and e.agent = g.agent and e.day = d.day),
ad as (
	select ad0.*,
	    active and day >= coalesce(since, day) and day >= coalesce(b.begun, 'infinity')
		and not closed and (day < n.today or (day = n.today and
		fd_minute(n.now) >= work_end))
		and in_t is null and (leave is null or half) as absent,
	    case when in_t is not null and not half and not closed and
		fd_minute(in_t) > work_start + late_grace_min
		then fd_minute(in_t) - work_start end as late_min,
	    case when end_t is not null and not half and not closed and
		fd_minute(end_t) < case when night then night_end else work_end end
		then 1 end as early
	from ad0 cross join now_ n left join begun b on b.store = ad0.store),
-- The runs of absent open days (a closed day does not break one), and the week's rest
-- days up to the day (Monday to Sunday; one on a closed day is not counted).
ad2 as (
	select ad.*,
	    max(day) filter (where not closed and not absent) over (partition by store, agent
		order by day rows unbounded preceding) as last_present,
	    count(*) filter (where leave = 'off' and not closed) over (partition by store,
		agent, date_trunc('week', day) order by day) as rests
	from ad),
-- The month's items, as fines.c add()s them: (kind, time, seq, amount, flags).
lateness as (
	select m.store, m.first, a.agent, x.kind, x.t, x.seq,
	    row_number() over (partition by m.store, m.first, a.agent
		order by x.t, x.seq) as n, a.late_fine, a.late_fine_cap
	from months m
	join ad a on a.store = m.store and a.day between m.first and m.last
	cross join lateral (
	    select 'late' as kind, a.in_t as t, (select min(seq) from att
		where att.store = a.store and att.agent = a.agent and att.time = a.in_t
		and att.event = 'in') as seq where a.late_min is not null
	    union all
	    select 'early', a.end_t, (select max(seq) from att
		where att.store = a.store and att.agent = a.agent and att.time = a.end_t
		and att.event = 'end') where a.early is not null) x),
-- 处罚办法.2: late_fine × 2^(n-1), capped at late_fine_cap, else saturated.
lateness_fined as (
	select l.*, case when late_fine_cap is not null and raw > late_fine_cap
		then late_fine_cap else least(raw, fd_money_max()) end as amount,
	    late_fine_cap is not null and raw > late_fine_cap as capped,
	    (late_fine_cap is null or raw <= late_fine_cap) and raw > fd_money_max()
		as saturated
	from (select lateness.*, late_fine * power(2::numeric, n - 1) as raw
	    from lateness) l),
deserts as (
	select m.store, m.first, a.agent, a.time,
	    row_number() over (partition by m.store, m.first, a.agent
		order by a.time, a.seq) as n
	from months m
	join att a on a.store = m.store and a.event = 'desert'
	    and a.time::date between m.first and m.last),
absences as (
	select m.store, m.first, a.agent,
	    a.oidx - o.oidx >= a.absent_dismiss_consecutive
		and a.absent_dismiss_consecutive > 0 as consecutive
	from months m
	join ad2 a on a.store = m.store and a.day between m.first and m.last and a.absent
	join days o on o.store = m.store
	    and o.day = greatest(a.last_present, m.first - 32)),
leave_days as (
	select m.store, m.first, a.agent, case when a.half then 1 else 2 end as halves,
	    case when a.half then ceil(v * 100 / 2) / 100 else v end as amount
	from months m
	join ad a on a.store = m.store and a.day between m.first and m.last
	    and a.leave in ('sick', 'personal') and not a.closed
	cross join lateral (select fd_pct(a.daily_wage, case a.leave when 'sick'
	    then a.sick_deduct_pct else a.personal_deduct_pct end) as v) p),
rest_flags as (
	select distinct m.store, m.first, a.agent
	from months m
	join ad2 a on a.store = m.store and a.day between m.first and m.last
	    and a.leave = 'off' and a.rests > a.rest_days_per_week),
viol as (
	select m.store, m.first, v.agent, v.code, v.fine,
	    row_number() over (partition by m.store, m.first, v.agent, v.code
		order by v.time, v.seq) as n
	from months m
	join fd_violations_live v on v.store = m.store
	    and v.time::date between m.first and m.last
	join agents g on g.store = v.store and g.agent = v.agent),
-- SPEC 5.4: the rows behind the month typed more than backdate_grace_min after they
-- happened (a rest day or a leave: on a later day), counted per agent.
backdated as (
	select m.store, m.first, x.agent, count(*) as n
	from months m
	join (select store, agent, time, recorded_at,
		event in ('off', 'sick', 'personal') as day_row from att
	    where time <> recorded_at
	    union all
	    select v.store, v.agent, v.time, v.recorded_at, false
	    from fd_violations_live v
	    join agents g on g.store = v.store and g.agent = v.agent) x
	    on x.store = m.store and x.time::date between m.first and m.last
	join fd_fine_rules r on r.store = m.store
	where not (x.day_row and x.time::date >= x.recorded_at::date)
	    and trunc(extract(epoch from x.recorded_at - x.time) / 60) > r.backdate_grace_min
	group by m.store, m.first, x.agent),
-- Each agent's month: the counts and the sums before saturation.
sums as (
	select m.store, m.first, m.month_end, g.agent, g.name, g.daily_wage,
	    g.active = 'yes' as active, nullif(g.since, '')::date as since,
	    (select count(*) from lateness_fined l where l.store = m.store
		and l.first = m.first and l.agent = g.agent and l.kind = 'late') as late,
	    (select count(*) from lateness_fined l where l.store = m.store
		and l.first = m.first and l.agent = g.agent and l.kind = 'early') as early,
	    (select count(*) from absences a where a.store = m.store and a.first = m.first
		and a.agent = g.agent) as absent_open,
	    (select count(*) from deserts d where d.store = m.store and d.first = m.first
		and d.agent = g.agent) as desert,
	    (select count(*) from deserts d where d.store = m.store and d.first = m.first
		and d.agent = g.agent and r.desert_per_absence > 0
		and d.n % r.desert_per_absence = 0) as desert_absent,
	    coalesce((select sum(halves) from leave_days l where l.store = m.store
		and l.first = m.first and l.agent = g.agent), 0) as leave_halves,
	    (select count(*) from viol v where v.store = m.store and v.first = m.first
		and v.agent = g.agent) as violations,
	    coalesce((select sum(amount) from lateness_fined l where l.store = m.store
		and l.first = m.first and l.agent = g.agent), 0) as late_amount,
	    coalesce((select sum(fine) from viol v where v.store = m.store
		and v.first = m.first and v.agent = g.agent), 0) as viol_amount,
	    coalesce((select sum(amount) from leave_days l where l.store = m.store
		and l.first = m.first and l.agent = g.agent), 0) as deductions_raw,
	    exists (select 1 from absences a where a.store = m.store and a.first = m.first
		and a.agent = g.agent and a.consecutive) as f_consecutive,
	    exists (select 1 from lateness_fined l where l.store = m.store
		and l.first = m.first and l.agent = g.agent and l.capped) as f_late_cap,
	    exists (select 1 from lateness_fined l where l.store = m.store
		and l.first = m.first and l.agent = g.agent and l.saturated) as f_sat,
	    exists (select 1 from rest_flags f where f.store = m.store and f.first = m.first
		and f.agent = g.agent) as f_rest,
	    (select string_agg('offence:' || o.code, ';' order by o.ctid) from offences o
		where o.store = m.store and nullif(o.dismiss_after, '') is not null and
		(select max(n) from viol v where v.store = m.store and v.first = m.first
		    and v.agent = g.agent and v.code = o.code) >= nullif(o.dismiss_after, '')::int)
		as f_offences,
	    coalesce((select b.n from backdated b where b.store = m.store
		and b.first = m.first and b.agent = g.agent), 0) as backdated,
	    -- 5.4 guard: the month's wage is daily_wage × its open days from since
	    (select count(*) from generate_series(m.first, m.month_end, interval '1 day') d
		where d::date >= coalesce(nullif(g.since, '')::date, d::date)
		and not exists (select 1 from calendar c where c.store = m.store
		    and c.status = 'closed' and c.date::date = d::date)) as open_days,
	    r.desert_fine, r.absence_fine, r.absent_dismiss_month, r.deduction_cap_pct
	from months m
	join agents g on g.store = m.store
	join fd_fine_rules r on r.store = m.store),
totals as (
	select s.*, s.absent_open + s.desert_absent as absent_days,
	    s.late_amount + s.desert * s.desert_fine
		+ (s.absent_open + s.desert_absent) * s.absence_fine + s.viol_amount
		as fines_raw
	from sums s),
capped as (
	select t.*, least(fines_raw, fd_money_max()) as fines,
	    least(deductions_raw, fd_money_max()) as deductions,
	    least(least(fines_raw, fd_money_max()) + least(deductions_raw, fd_money_max()),
		fd_money_max()) as total,
	    f_sat or fines_raw > fd_money_max() or deductions_raw > fd_money_max()
		or least(fines_raw, fd_money_max()) + least(deductions_raw, fd_money_max())
		> fd_money_max() as saturated
	from totals t)
select store, to_char(first, 'YYYY-MM') as month, agent, name,
    late, early, absent_days, desert, trim_scale(leave_halves::numeric / 2) as leave_days,
    fines::numeric(20, 2) as fines, deductions::numeric(20, 2) as deductions,
    total::numeric(20, 2) as total,
    concat_ws(';',
	case when f_consecutive then 'absent-consecutive' end,
	case when absent_dismiss_month > 0 and absent_days >= absent_dismiss_month
	    then 'absent-month' end,
	f_offences,
	case when f_late_cap then 'late-cap' end,
	case when saturated then 'saturated' end,
	case when f_rest then 'rest-days' end,
	case when total > fd_pct(daily_wage * open_days, deduction_cap_pct)
	    then 'deduction-cap' end,
	case when backdated > 0 then 'back-dated:' || backdated end) as flags
from capped
-- listed: an active agent, or one with an item this month
where active or late + early + absent_days + desert + leave_halves + violations > 0
$body$;

create or replace view store_month_fines as select * from fd_store_month_fines();
