-- frontdesk.sql: a chain's books in PostgreSQL (issue 23): a table per book of
-- frontdesk-journals(5), each row with the store it came from; sql/load fills them; the
-- views count per store and day what daily-report --summary and --by agent print.
--
-- Columns are the books' own, in the header's order, after store.  An empty field is
-- NULL (as \copy csv reads it; a quoted "" is made NULL too), so no text column holds ''.
-- Money is numeric(14,2); seq and ref bigint; times timestamptz; the rest text as written
-- (active yes/no, counted 1/0, offences' fine '20-', calendar's date), so a value the
-- tools accept is never refused here.
--
-- Days are calendar days in the session's TimeZone: set it to the stores' zone, e.g.
--   ALTER DATABASE headoffice SET timezone = 'Asia/Shanghai';
-- Run with psql -v ON_ERROR_STOP=1 -f sql/frontdesk.sql; it may be run again (it
-- replaces the views and the function, and keeps the tables).

SET client_min_messages = warning;	-- not "already exists, skipping"

-- The configuration, replaced for a store at each load.
CREATE TABLE IF NOT EXISTS agents (
	store text NOT NULL, agent text NOT NULL, name text, team text,
	daily_wage numeric(14,2), sales_target numeric(14,2), rent_target numeric(14,2),
	active text, since text,
	PRIMARY KEY (store, agent));
CREATE TABLE IF NOT EXISTS rules (
	store text NOT NULL, key text NOT NULL, value text,
	PRIMARY KEY (store, key));
CREATE TABLE IF NOT EXISTS offences (
	store text NOT NULL, code text NOT NULL, fine text, dismiss_after text, description text,
	PRIMARY KEY (store, code));
CREATE TABLE IF NOT EXISTS calendar (
	store text NOT NULL, date text NOT NULL, status text, note text,
	PRIMARY KEY (store, date));
CREATE TABLE IF NOT EXISTS referrers (
	store text NOT NULL, referrer text NOT NULL, name text, kind text, active text,
	PRIMARY KEY (store, referrer));

-- The journals, appended to by sql/load.
CREATE TABLE IF NOT EXISTS attendance (
	store text NOT NULL, seq bigint NOT NULL, recorded_at timestamptz, time timestamptz,
	agent text, event text, detail text,
	ref bigint, by text, chain text,
	PRIMARY KEY (store, seq));
CREATE TABLE IF NOT EXISTS floor (
	store text NOT NULL, seq bigint NOT NULL, recorded_at timestamptz, time timestamptz,
	agent text, event text, reason text, customer text, counted text,
	ref bigint, by text, chain text,
	PRIMARY KEY (store, seq));
CREATE TABLE IF NOT EXISTS visits (
	store text NOT NULL, seq bigint NOT NULL, recorded_at timestamptz, time timestamptz,
	kind text, phone text, name text, gender text, household text, unit text,
	address text, interest text, level text, source text, agent text, referrer text,
	party text, status text, owner text, note text,
	ref bigint, by text, chain text,
	PRIMARY KEY (store, seq));
CREATE TABLE IF NOT EXISTS deals (
	store text NOT NULL, seq bigint NOT NULL, recorded_at timestamptz, time timestamptz,
	deal text, kind text, phone text, agent text, amount numeric(14,2), referrer text,
	note text,
	ref bigint, by text, chain text,
	PRIMARY KEY (store, seq));
CREATE TABLE IF NOT EXISTS agreements (
	store text NOT NULL, seq bigint NOT NULL, recorded_at timestamptz, time timestamptz,
	phone text, shares text, note text,
	ref bigint, by text, chain text,
	PRIMARY KEY (store, seq));
CREATE TABLE IF NOT EXISTS commissions (
	store text NOT NULL, seq bigint NOT NULL, recorded_at timestamptz, time timestamptz,
	deal text, agent text, share text, amount numeric(14,2), rule text, evidence text,
	ref bigint, by text, chain text,
	PRIMARY KEY (store, seq));
CREATE TABLE IF NOT EXISTS violations (
	store text NOT NULL, seq bigint NOT NULL, recorded_at timestamptz, time timestamptz,
	agent text, code text, fine numeric(14,2), note text,
	ref bigint, by text, chain text,
	PRIMARY KEY (store, seq));
CREATE TABLE IF NOT EXISTS followups (
	store text NOT NULL, seq bigint NOT NULL, recorded_at timestamptz, time timestamptz,
	phone text, agent text, event text, due text, reason text, note text,
	ref bigint, by text, chain text,
	PRIMARY KEY (store, seq));

-- frontdesk_load(store, book, src): the rows of the temporary table src (every column
-- text, named as the file's header: a column the table lacks is left out, one the file
-- lacks is NULL) into the table book for store.  A journal takes the rows after the
-- store's last seq, and only if the book still holds that row with the same chain: a
-- book rewritten or cut short since the last load stops the load (verify-journal says
-- where).  A configuration file replaces the store's rows.  Returns the rows added.
CREATE OR REPLACE FUNCTION frontdesk_load(p_store text, p_book text, p_src regclass)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	cols text;
	vals text;
	last bigint;
	had text;
	has text;
	n bigint;
BEGIN
	SELECT string_agg(quote_ident(t.attname), ', ' ORDER BY t.attnum),
	    string_agg(format('nullif(s.%I, '''')::%s', t.attname,
		format_type(t.atttypid, t.atttypmod)), ', ' ORDER BY t.attnum)
	INTO cols, vals
	FROM pg_attribute t JOIN pg_attribute s ON s.attname = t.attname
	WHERE t.attrelid = p_book::regclass AND t.attnum > 0 AND NOT t.attisdropped
	    AND t.attname <> 'store'
	    AND s.attrelid = p_src AND s.attnum > 0 AND NOT s.attisdropped;
	IF cols IS NULL THEN
		RAISE EXCEPTION 'store %: %.csv has none of the columns of %', p_store, p_book, p_book;
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = p_book::regclass
	    AND attname = 'chain') THEN
		EXECUTE format('DELETE FROM %I WHERE store = $1', p_book) USING p_store;
		EXECUTE format('INSERT INTO %I (store, %s) SELECT $1, %s FROM %s s',
		    p_book, cols, vals, p_src) USING p_store;
		GET DIAGNOSTICS n = ROW_COUNT;
		RETURN n;
	END IF;
	EXECUTE format('SELECT seq, chain FROM %I WHERE store = $1 ORDER BY seq DESC LIMIT 1',
	    p_book) INTO last, had USING p_store;
	IF last IS NOT NULL THEN
		EXECUTE format('SELECT chain FROM %s WHERE seq = $1::text', p_src)
		    INTO has USING last;
		IF has IS DISTINCT FROM had THEN
			RAISE EXCEPTION 'store %: row % of %.csv is not the row loaded before (%): the book was changed or cut short; run verify-journal on it',
			    p_store, last, p_book, coalesce('chain ' || has, 'no such row');
		END IF;
	END IF;
	EXECUTE format('INSERT INTO %I (store, %s) SELECT $1, %s FROM %s s WHERE s.seq::bigint > $2 ORDER BY s.seq::bigint',
	    p_book, cols, vals, p_src) USING p_store, coalesce(last, 0);
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END $$;

-- The rows every reader counts: a void row cancels the row its ref names, and counts
-- nowhere itself (frontdesk-journals(5)).
CREATE OR REPLACE VIEW floor_live AS
	SELECT * FROM floor f WHERE event <> 'void' AND NOT EXISTS (SELECT 1 FROM floor v
	    WHERE v.store = f.store AND v.event = 'void' AND v.ref = f.seq);
CREATE OR REPLACE VIEW visits_live AS
	SELECT * FROM visits f WHERE kind <> 'void' AND NOT EXISTS (SELECT 1 FROM visits v
	    WHERE v.store = f.store AND v.kind = 'void' AND v.ref = f.seq);
CREATE OR REPLACE VIEW deals_live AS
	SELECT * FROM deals f WHERE kind <> 'void' AND NOT EXISTS (SELECT 1 FROM deals v
	    WHERE v.store = f.store AND v.kind = 'void' AND v.ref = f.seq);

-- Each reception on the floor, on the day of its time: a batch of customers (批), unless
-- the first done that ends it says not-customer, which takes back its visit and its turn
-- (not the reception itself).
CREATE OR REPLACE VIEW daily_receptions AS
	SELECT r.store, r.time::date AS date, r.agent, r.counted = '1' AS counted,
	    coalesce(d.reason LIKE 'not-customer%', false) AS not_customer
	FROM floor_live r LEFT JOIN (SELECT DISTINCT ON (store, ref) store, ref, reason
	    FROM floor_live WHERE event = 'done' ORDER BY store, ref, seq) d
	    ON d.store = r.store AND d.ref = r.seq
	WHERE r.event = 'receive';

-- The counts of the three books per store, day and agent (the agent as the book writes
-- it); handover rows count nowhere, deposits apart from sales (sales and rents).
CREATE OR REPLACE VIEW daily_counts AS
	SELECT store, date, agent,
	    sum(receptions) AS receptions, sum(counted) AS counted, sum(visits) AS visits,
	    sum(registered) AS registered, sum(contacts) AS contacts, sum(fresh) AS fresh,
	    sum(registrations) AS registrations, sum(returns) AS returns,
	    sum(calls) AS calls, sum(follows) AS follows, sum(deposits) AS deposits,
	    sum(sales) AS sales, sum(amount) AS amount
	FROM (
	    SELECT store, date, agent, 1 AS receptions,
		(counted AND NOT not_customer)::int AS counted, (NOT not_customer)::int AS visits,
		0 AS registered, 0 AS contacts, 0 AS fresh, 0 AS registrations, 0 AS returns,
		0 AS calls, 0 AS follows, 0 AS deposits, 0 AS sales, 0::numeric AS amount
	    FROM daily_receptions
	    UNION ALL
	    SELECT store, time::date, agent, 0, 0, 0,
		(kind = 'visit')::int, (kind = 'visit' AND phone IS NOT NULL)::int,
		(kind = 'visit' AND status IN ('new', 'expired', 'unregistered'))::int,
		(kind = 'visit' AND status IN ('new', 'expired'))::int,
		(kind = 'visit' AND coalesce(status, '') NOT IN ('new', 'expired',
		    'unregistered'))::int,
		(kind = 'call')::int, (kind = 'follow')::int, 0, 0, 0
	    FROM visits_live WHERE kind IN ('visit', 'call', 'follow')
	    UNION ALL
	    SELECT store, time::date, agent, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		(kind = 'deposit')::int, (kind <> 'deposit')::int,
		CASE WHEN kind <> 'deposit' THEN amount ELSE 0 END
	    FROM deals_live
	) c
	GROUP BY store, date, agent;

-- Every day of a store from its first counted day to its last: a day of the range with
-- nothing counted has its row of zeros, as the report prints it.
CREATE OR REPLACE VIEW daily_days AS
	SELECT store, generate_series(min(date), max(date), interval '1 day')::date AS date
	FROM daily_counts GROUP BY store;

-- daily-report --summary --date D: the columns it prints, after store.
CREATE OR REPLACE VIEW daily_summary AS
	SELECT d.store, d.date,
	    coalesce(sum(c.visits), 0)::bigint AS visits,
	    coalesce(sum(c.calls), 0)::bigint AS calls,
	    coalesce(sum(c.contacts), 0)::bigint AS contacts,
	    coalesce(sum(c.fresh), 0)::bigint AS new,
	    coalesce(sum(c.returns), 0)::bigint AS returning,
	    coalesce(sum(c.deposits), 0)::bigint AS deposits,
	    coalesce(sum(c.sales), 0)::bigint AS sales,
	    coalesce(sum(c.amount), 0)::numeric(14,2) AS amount,
	    CASE WHEN sum(c.visits) > 0
		THEN round(100.0 * sum(c.sales) / sum(c.visits), 1) END AS conversion
	FROM daily_days d LEFT JOIN daily_counts c ON c.store = d.store AND c.date = d.date
	GROUP BY d.store, d.date;

-- daily-report --by agent --date D: an agent of the store's agents.csv (a code matched
-- without regard to case) on a day they counted anything, and an active one every day.
-- The report lists them in agents.csv's order, which the table does not keep:
-- ORDER BY agent gives it for a roster kept in code order.
CREATE OR REPLACE VIEW daily_by_agent AS
	SELECT d.store, d.date, a.agent, a.name,
	    coalesce(c.receptions, 0)::bigint AS receptions,
	    coalesce(c.counted, 0)::bigint AS counted,
	    coalesce(c.registrations, 0)::bigint AS registrations,
	    coalesce(c.returns, 0)::bigint AS returning,
	    coalesce(c.calls, 0)::bigint AS calls,
	    coalesce(c.follows, 0)::bigint AS follows,
	    coalesce(c.sales, 0)::bigint AS deals,
	    coalesce(c.amount, 0)::numeric(14,2) AS amount
	FROM daily_days d JOIN agents a ON a.store = d.store
	LEFT JOIN (SELECT store, date, lower(agent) AS agent, sum(receptions) AS receptions,
		sum(counted) AS counted, sum(registrations) AS registrations,
		sum(returns) AS returns, sum(calls) AS calls, sum(follows) AS follows,
		sum(sales) AS sales, sum(amount) AS amount,
		sum(receptions + registered + calls + follows + deposits + sales) AS any
	    FROM daily_counts GROUP BY store, date, lower(agent)) c
	    ON c.store = d.store AND c.date = d.date AND c.agent = lower(a.agent)
	WHERE a.active = 'yes' OR c.any > 0;
