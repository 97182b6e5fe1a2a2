CREATE TABLE "investment_board_totals" (
	"board_id" uuid NOT NULL,
	"investment_type" text NOT NULL,
	"grain" text NOT NULL,
	"period_start" date NOT NULL,
	"new_count" integer DEFAULT 0 NOT NULL,
	"new_vnd" numeric DEFAULT '0' NOT NULL,
	"new_usd" numeric DEFAULT '0' NOT NULL,
	"adj_count" integer DEFAULT 0 NOT NULL,
	"adj_change_vnd" numeric DEFAULT '0' NOT NULL,
	"inc_count" integer DEFAULT 0 NOT NULL,
	"inc_vnd" numeric DEFAULT '0' NOT NULL,
	"dec_count" integer DEFAULT 0 NOT NULL,
	"dec_vnd" numeric DEFAULT '0' NOT NULL,
	"adj_change_usd" numeric DEFAULT '0' NOT NULL,
	"term_count" integer DEFAULT 0 NOT NULL,
	"term_vnd" numeric DEFAULT '0' NOT NULL,
	"projects" integer DEFAULT 0 NOT NULL,
	"registered_vnd" numeric DEFAULT '0' NOT NULL,
	"registered_usd" numeric DEFAULT '0' NOT NULL,
	"implemented_vnd" numeric DEFAULT '0' NOT NULL,
	CONSTRAINT "investment_board_totals_board_id_investment_type_grain_period_start_pk" PRIMARY KEY("board_id","investment_type","grain","period_start")
);
--> statement-breakpoint
CREATE TABLE "investment_facts" (
	"project_id" uuid NOT NULL,
	"day" date NOT NULL,
	"board_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"investment_type" text NOT NULL,
	"new_count" integer DEFAULT 0 NOT NULL,
	"new_vnd" numeric DEFAULT '0' NOT NULL,
	"new_usd" numeric DEFAULT '0' NOT NULL,
	"adj_count" integer DEFAULT 0 NOT NULL,
	"adj_change_vnd" numeric DEFAULT '0' NOT NULL,
	"inc_count" integer DEFAULT 0 NOT NULL,
	"inc_vnd" numeric DEFAULT '0' NOT NULL,
	"dec_count" integer DEFAULT 0 NOT NULL,
	"dec_vnd" numeric DEFAULT '0' NOT NULL,
	"adj_change_usd" numeric DEFAULT '0' NOT NULL,
	"term_count" integer DEFAULT 0 NOT NULL,
	"term_vnd" numeric DEFAULT '0' NOT NULL,
	"projects" integer DEFAULT 0 NOT NULL,
	"registered_vnd" numeric DEFAULT '0' NOT NULL,
	"registered_usd" numeric DEFAULT '0' NOT NULL,
	"implemented_vnd" numeric DEFAULT '0' NOT NULL,
	CONSTRAINT "investment_facts_project_id_day_pk" PRIMARY KEY("project_id","day")
);
--> statement-breakpoint
CREATE TABLE "investment_totals" (
	"board_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"investment_type" text NOT NULL,
	"grain" text NOT NULL,
	"period_start" date NOT NULL,
	"new_count" integer DEFAULT 0 NOT NULL,
	"new_vnd" numeric DEFAULT '0' NOT NULL,
	"new_usd" numeric DEFAULT '0' NOT NULL,
	"adj_count" integer DEFAULT 0 NOT NULL,
	"adj_change_vnd" numeric DEFAULT '0' NOT NULL,
	"inc_count" integer DEFAULT 0 NOT NULL,
	"inc_vnd" numeric DEFAULT '0' NOT NULL,
	"dec_count" integer DEFAULT 0 NOT NULL,
	"dec_vnd" numeric DEFAULT '0' NOT NULL,
	"adj_change_usd" numeric DEFAULT '0' NOT NULL,
	"term_count" integer DEFAULT 0 NOT NULL,
	"term_vnd" numeric DEFAULT '0' NOT NULL,
	"projects" integer DEFAULT 0 NOT NULL,
	"registered_vnd" numeric DEFAULT '0' NOT NULL,
	"registered_usd" numeric DEFAULT '0' NOT NULL,
	"implemented_vnd" numeric DEFAULT '0' NOT NULL,
	CONSTRAINT "investment_totals_board_id_zone_id_investment_type_grain_period_start_pk" PRIMARY KEY("board_id","zone_id","investment_type","grain","period_start")
);
--> statement-breakpoint
CREATE TABLE "production_totals" (
	"board_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"investment_type" text NOT NULL,
	"period" text NOT NULL,
	"reported" integer DEFAULT 0 NOT NULL,
	"reported_outside" integer DEFAULT 0 NOT NULL,
	"production_value_vnd" numeric DEFAULT '0' NOT NULL,
	"revenue_vnd" numeric DEFAULT '0' NOT NULL,
	"export_usd" numeric DEFAULT '0' NOT NULL,
	"import_usd" numeric DEFAULT '0' NOT NULL,
	"budget_paid_vnd" numeric DEFAULT '0' NOT NULL,
	"revenue_usd" numeric DEFAULT '0' NOT NULL,
	"budget_paid_usd" numeric DEFAULT '0' NOT NULL,
	"workers" numeric DEFAULT '0' NOT NULL,
	"insured_workers" numeric DEFAULT '0' NOT NULL,
	"income_weighted" numeric DEFAULT '0' NOT NULL,
	"income_workers" numeric DEFAULT '0' NOT NULL,
	CONSTRAINT "production_totals_board_id_zone_id_investment_type_period_pk" PRIMARY KEY("board_id","zone_id","investment_type","period")
);
--> statement-breakpoint
CREATE INDEX "investment_board_totals_grain_start_idx" ON "investment_board_totals" USING btree ("grain","period_start");--> statement-breakpoint
CREATE INDEX "investment_facts_board_day_idx" ON "investment_facts" USING btree ("board_id","day");--> statement-breakpoint
CREATE INDEX "investment_totals_grain_start_idx" ON "investment_totals" USING btree ("grain","period_start");--> statement-breakpoint
CREATE INDEX "production_totals_period_idx" ON "production_totals" USING btree ("period");--> statement-breakpoint
-- Decision 024. Triggers keep the summary tables in the writing transaction. Setting
-- kcn.summaries = 'deferred' (set local) skips them: a bulk load or a restore writes its rows and
-- calls summaries_rebuild() (or restores the summary rows themselves) before it commits.
CREATE FUNCTION summaries_deferred() RETURNS boolean LANGUAGE sql STABLE AS $$
  select coalesce(current_setting('kcn.summaries', true), '') = 'deferred'
$$;
--> statement-breakpoint
-- A project's contribution to the investment report on each day something of it happened, by the
-- ledger's rule (ledger.sql.ts): "capital before" an event is the latest capital stated by an
-- earlier event (date, then seq); a project is in force at the end of a day when it has a new
-- certificate and no termination dated up to that day, with its latest stated capital and its latest
-- implemented capital. Days on which nothing of it changes are left out.
CREATE FUNCTION investment_facts_of(ids uuid[]) RETURNS SETOF investment_facts LANGUAGE sql STABLE AS $$
  with ev as (
    select e.project_id, e.event_date as day, e.seq, e.kind, e.capital_vnd, e.capital_usd,
           count(e.capital_vnd) over w as gv, count(e.capital_usd) over w as gu
    from licensing_events e
    where e.project_id = any(ids)
    window w as (partition by e.project_id order by e.event_date, e.seq rows unbounded preceding)
  ),
  ev_stated as (
    select ev.*,
           first_value(capital_vnd) over (partition by project_id, gv order by day, seq) as vnd_stated,
           first_value(capital_usd) over (partition by project_id, gu order by day, seq) as usd_stated
    from ev
  ),
  ev_before as (
    select ev_stated.*,
           coalesce(lag(vnd_stated) over p, 0) as vnd_before,
           coalesce(lag(usd_stated) over p, 0) as usd_before
    from ev_stated
    window p as (partition by project_id order by day, seq)
  ),
  happened as (
    select project_id, day,
      count(*) filter (where kind = 'new')::int as new_count,
      coalesce(sum(capital_vnd) filter (where kind = 'new'), 0) as new_vnd,
      coalesce(sum(capital_usd) filter (where kind = 'new'), 0) as new_usd,
      count(*) filter (where kind = 'adjustment')::int as adj_count,
      coalesce(sum(capital_vnd - vnd_before) filter (where kind = 'adjustment'), 0) as adj_change_vnd,
      count(*) filter (where kind = 'adjustment' and capital_vnd > vnd_before)::int as inc_count,
      coalesce(sum(capital_vnd - vnd_before) filter (where kind = 'adjustment' and capital_vnd > vnd_before), 0) as inc_vnd,
      count(*) filter (where kind = 'adjustment' and capital_vnd < vnd_before)::int as dec_count,
      coalesce(sum(vnd_before - capital_vnd) filter (where kind = 'adjustment' and capital_vnd < vnd_before), 0) as dec_vnd,
      coalesce(sum(capital_usd - usd_before) filter (where kind = 'adjustment' and capital_usd is not null), 0) as adj_change_usd,
      count(*) filter (where kind = 'termination')::int as term_count,
      coalesce(sum(coalesce(capital_vnd, vnd_before)) filter (where kind = 'termination'), 0) as term_vnd
    from ev_before
    group by project_id, day
  ),
  points as (
    select project_id, event_date as day, seq as ord, kind, capital_vnd, capital_usd, null::bigint as implemented
    from licensing_events where project_id = any(ids)
    union all
    select project_id, as_of, 2147483647, 'implementation', null, null, implemented_vnd
    from capital_implementations where project_id = any(ids)
  ),
  running as (
    select points.*,
           bool_or(kind = 'new') over w as licensed,
           bool_or(kind = 'termination') over w as terminated,
           count(capital_vnd) over w as gv, count(capital_usd) over w as gu, count(implemented) over w as gi,
           row_number() over (partition by project_id, day order by ord desc) as from_end
    from points
    window w as (partition by project_id order by day, ord rows unbounded preceding)
  ),
  stated as (
    select project_id, day, ord, from_end, licensed and not terminated as in_force,
           first_value(capital_vnd) over (partition by project_id, gv order by day, ord) as registered_vnd,
           first_value(capital_usd) over (partition by project_id, gu order by day, ord) as registered_usd,
           first_value(implemented) over (partition by project_id, gi order by day, ord) as implemented_vnd
    from running
  ),
  end_of_day as (
    select project_id, day,
           case when in_force then 1 else 0 end as projects,
           case when in_force then coalesce(registered_vnd, 0) else 0 end::numeric as registered_vnd,
           case when in_force then coalesce(registered_usd, 0) else 0 end::numeric as registered_usd,
           case when in_force then coalesce(implemented_vnd, 0) else 0 end::numeric as implemented_vnd
    from stated
    where from_end = 1
  ),
  changes as (
    select project_id, day,
           projects - coalesce(lag(projects) over p, 0) as projects,
           registered_vnd - coalesce(lag(registered_vnd) over p, 0) as registered_vnd,
           registered_usd - coalesce(lag(registered_usd) over p, 0) as registered_usd,
           implemented_vnd - coalesce(lag(implemented_vnd) over p, 0) as implemented_vnd
    from end_of_day
    window p as (partition by project_id order by day)
  )
  select pr.id, coalesce(h.day, c.day), pr.board_id, pr.zone_id, pr.investment_type,
         coalesce(h.new_count, 0), coalesce(h.new_vnd, 0), coalesce(h.new_usd, 0),
         coalesce(h.adj_count, 0), coalesce(h.adj_change_vnd, 0), coalesce(h.inc_count, 0), coalesce(h.inc_vnd, 0),
         coalesce(h.dec_count, 0), coalesce(h.dec_vnd, 0), coalesce(h.adj_change_usd, 0),
         coalesce(h.term_count, 0), coalesce(h.term_vnd, 0),
         coalesce(c.projects, 0), coalesce(c.registered_vnd, 0), coalesce(c.registered_usd, 0), coalesce(c.implemented_vnd, 0)
  from happened h
  full join changes c on c.project_id = h.project_id and c.day = h.day
  join projects pr on pr.id = coalesce(h.project_id, c.project_id)
  where h.project_id is not null
     or c.projects <> 0 or c.registered_vnd <> 0 or c.registered_usd <> 0 or c.implemented_vnd <> 0
$$;
--> statement-breakpoint
-- Adds (sign 1) or takes away (sign -1) the projects' current facts to or from their year and
-- month, by zone and by board. PL/pgSQL, so its statements are planned once per session (a SQL
-- function's are planned at every call before PostgreSQL 18).
CREATE FUNCTION investment_totals_add(ids uuid[], sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  insert into investment_totals as t (board_id, zone_id, investment_type, grain, period_start,
    new_count, new_vnd, new_usd, adj_count, adj_change_vnd, inc_count, inc_vnd, dec_count, dec_vnd,
    adj_change_usd, term_count, term_vnd, projects, registered_vnd, registered_usd, implemented_vnd)
  select f.board_id, f.zone_id, f.investment_type, g.grain, g.period_start,
         sign * sum(f.new_count), sign * sum(f.new_vnd), sign * sum(f.new_usd),
         sign * sum(f.adj_count), sign * sum(f.adj_change_vnd), sign * sum(f.inc_count), sign * sum(f.inc_vnd),
         sign * sum(f.dec_count), sign * sum(f.dec_vnd), sign * sum(f.adj_change_usd),
         sign * sum(f.term_count), sign * sum(f.term_vnd),
         sign * sum(f.projects), sign * sum(f.registered_vnd), sign * sum(f.registered_usd), sign * sum(f.implemented_vnd)
  from investment_facts f
  cross join lateral (values ('year', date_trunc('year', f.day::timestamp)::date),
                             ('month', date_trunc('month', f.day::timestamp)::date)) as g(grain, period_start)
  where f.project_id = any(ids)
  group by 1, 2, 3, 4, 5
  order by 1, 2, 3, 4, 5
  on conflict (board_id, zone_id, investment_type, grain, period_start) do update set
    new_count = t.new_count + excluded.new_count, new_vnd = t.new_vnd + excluded.new_vnd, new_usd = t.new_usd + excluded.new_usd, adj_count = t.adj_count + excluded.adj_count, adj_change_vnd = t.adj_change_vnd + excluded.adj_change_vnd, inc_count = t.inc_count + excluded.inc_count, inc_vnd = t.inc_vnd + excluded.inc_vnd, dec_count = t.dec_count + excluded.dec_count, dec_vnd = t.dec_vnd + excluded.dec_vnd, adj_change_usd = t.adj_change_usd + excluded.adj_change_usd, term_count = t.term_count + excluded.term_count, term_vnd = t.term_vnd + excluded.term_vnd, projects = t.projects + excluded.projects, registered_vnd = t.registered_vnd + excluded.registered_vnd, registered_usd = t.registered_usd + excluded.registered_usd, implemented_vnd = t.implemented_vnd + excluded.implemented_vnd;
  insert into investment_board_totals as t (board_id, investment_type, grain, period_start,
    new_count, new_vnd, new_usd, adj_count, adj_change_vnd, inc_count, inc_vnd, dec_count, dec_vnd,
    adj_change_usd, term_count, term_vnd, projects, registered_vnd, registered_usd, implemented_vnd)
  select f.board_id, f.investment_type, g.grain, g.period_start,
         sign * sum(f.new_count), sign * sum(f.new_vnd), sign * sum(f.new_usd),
         sign * sum(f.adj_count), sign * sum(f.adj_change_vnd), sign * sum(f.inc_count), sign * sum(f.inc_vnd),
         sign * sum(f.dec_count), sign * sum(f.dec_vnd), sign * sum(f.adj_change_usd),
         sign * sum(f.term_count), sign * sum(f.term_vnd),
         sign * sum(f.projects), sign * sum(f.registered_vnd), sign * sum(f.registered_usd), sign * sum(f.implemented_vnd)
  from investment_facts f
  cross join lateral (values ('year', date_trunc('year', f.day::timestamp)::date),
                             ('month', date_trunc('month', f.day::timestamp)::date)) as g(grain, period_start)
  where f.project_id = any(ids)
  group by 1, 2, 3, 4
  order by 1, 2, 3, 4
  on conflict (board_id, investment_type, grain, period_start) do update set
    new_count = t.new_count + excluded.new_count, new_vnd = t.new_vnd + excluded.new_vnd, new_usd = t.new_usd + excluded.new_usd, adj_count = t.adj_count + excluded.adj_count, adj_change_vnd = t.adj_change_vnd + excluded.adj_change_vnd, inc_count = t.inc_count + excluded.inc_count, inc_vnd = t.inc_vnd + excluded.inc_vnd, dec_count = t.dec_count + excluded.dec_count, dec_vnd = t.dec_vnd + excluded.dec_vnd, adj_change_usd = t.adj_change_usd + excluded.adj_change_usd, term_count = t.term_count + excluded.term_count, term_vnd = t.term_vnd + excluded.term_vnd, projects = t.projects + excluded.projects, registered_vnd = t.registered_vnd + excluded.registered_vnd, registered_usd = t.registered_usd + excluded.registered_usd, implemented_vnd = t.implemented_vnd + excluded.implemented_vnd;
END $$;
--> statement-breakpoint
-- Replaces the projects' facts, and their share of the totals, by what their records say now.
CREATE FUNCTION investment_facts_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM investment_totals_add(ids, -1);
  DELETE FROM investment_facts WHERE project_id = ANY(ids);
  INSERT INTO investment_facts SELECT * FROM investment_facts_of(ids);
  PERFORM investment_totals_add(ids, 1);
END $$;
--> statement-breakpoint
-- After a statement on licensing_events or capital_implementations: the projects it touched.
CREATE FUNCTION investment_facts_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  IF summaries_deferred() THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT project_id) INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT project_id) INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT project_id) INTO ids
    FROM (SELECT project_id FROM new_rows UNION ALL SELECT project_id FROM old_rows) AS touched;
  END IF;
  PERFORM investment_facts_refresh(ids);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- After an update of projects: those whose board, zone or investment type changed.
CREATE FUNCTION investment_facts_after_project_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  IF summaries_deferred() THEN RETURN NULL; END IF;
  SELECT array_agg(n.id) INTO ids
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE (n.board_id, n.zone_id, n.investment_type) IS DISTINCT FROM (o.board_id, o.zone_id, o.investment_type);
  PERFORM investment_facts_refresh(ids);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER licensing_events_summaries_insert AFTER INSERT ON licensing_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION investment_facts_after_write();
--> statement-breakpoint
CREATE TRIGGER licensing_events_summaries_update AFTER UPDATE ON licensing_events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION investment_facts_after_write();
--> statement-breakpoint
CREATE TRIGGER licensing_events_summaries_delete AFTER DELETE ON licensing_events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION investment_facts_after_write();
--> statement-breakpoint
CREATE TRIGGER capital_implementations_summaries_insert AFTER INSERT ON capital_implementations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION investment_facts_after_write();
--> statement-breakpoint
CREATE TRIGGER capital_implementations_summaries_update AFTER UPDATE ON capital_implementations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION investment_facts_after_write();
--> statement-breakpoint
CREATE TRIGGER capital_implementations_summaries_delete AFTER DELETE ON capital_implementations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION investment_facts_after_write();
--> statement-breakpoint
CREATE TRIGGER projects_summaries_update AFTER UPDATE ON projects
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION investment_facts_after_project_update();
--> statement-breakpoint
-- How the returns of a period kind make up the periods containing them, by the part of the period
-- after its year ('' the year, '-H1', '-Q3', '-11'): a return is its own period's (rank 0), and sub-period
-- seq of n of each longer period of its year — months rank 1, quarters rank 2, halves rank 3 (as
-- periodSources in production-report.service.ts; summaries.int.test.ts checks them against
-- src/domain/periods.ts). A constant table, so a join with it is a hash join.
CREATE FUNCTION production_period_parts() RETURNS TABLE(suffix text, target_suffix text, rank integer, seq integer, n integer)
LANGUAGE sql IMMUTABLE AS $$
  values
    ('', '', 0, 1, 1),
    ('-01', '-01', 0, 1, 1),
    ('-01', '-Q1', 1, 1, 3),
    ('-01', '-H1', 1, 1, 6),
    ('-01', '', 1, 1, 12),
    ('-02', '-02', 0, 1, 1),
    ('-02', '-Q1', 1, 2, 3),
    ('-02', '-H1', 1, 2, 6),
    ('-02', '', 1, 2, 12),
    ('-03', '-03', 0, 1, 1),
    ('-03', '-Q1', 1, 3, 3),
    ('-03', '-H1', 1, 3, 6),
    ('-03', '', 1, 3, 12),
    ('-04', '-04', 0, 1, 1),
    ('-04', '-Q2', 1, 1, 3),
    ('-04', '-H1', 1, 4, 6),
    ('-04', '', 1, 4, 12),
    ('-05', '-05', 0, 1, 1),
    ('-05', '-Q2', 1, 2, 3),
    ('-05', '-H1', 1, 5, 6),
    ('-05', '', 1, 5, 12),
    ('-06', '-06', 0, 1, 1),
    ('-06', '-Q2', 1, 3, 3),
    ('-06', '-H1', 1, 6, 6),
    ('-06', '', 1, 6, 12),
    ('-07', '-07', 0, 1, 1),
    ('-07', '-Q3', 1, 1, 3),
    ('-07', '-H2', 1, 1, 6),
    ('-07', '', 1, 7, 12),
    ('-08', '-08', 0, 1, 1),
    ('-08', '-Q3', 1, 2, 3),
    ('-08', '-H2', 1, 2, 6),
    ('-08', '', 1, 8, 12),
    ('-09', '-09', 0, 1, 1),
    ('-09', '-Q3', 1, 3, 3),
    ('-09', '-H2', 1, 3, 6),
    ('-09', '', 1, 9, 12),
    ('-10', '-10', 0, 1, 1),
    ('-10', '-Q4', 1, 1, 3),
    ('-10', '-H2', 1, 4, 6),
    ('-10', '', 1, 10, 12),
    ('-11', '-11', 0, 1, 1),
    ('-11', '-Q4', 1, 2, 3),
    ('-11', '-H2', 1, 5, 6),
    ('-11', '', 1, 11, 12),
    ('-12', '-12', 0, 1, 1),
    ('-12', '-Q4', 1, 3, 3),
    ('-12', '-H2', 1, 6, 6),
    ('-12', '', 1, 12, 12),
    ('-Q1', '-Q1', 0, 1, 1),
    ('-Q1', '-H1', 2, 1, 2),
    ('-Q1', '', 2, 1, 4),
    ('-Q2', '-Q2', 0, 1, 1),
    ('-Q2', '-H1', 2, 2, 2),
    ('-Q2', '', 2, 2, 4),
    ('-Q3', '-Q3', 0, 1, 1),
    ('-Q3', '-H2', 2, 1, 2),
    ('-Q3', '', 2, 3, 4),
    ('-Q4', '-Q4', 0, 1, 1),
    ('-Q4', '-H2', 2, 2, 2),
    ('-Q4', '', 2, 4, 4),
    ('-H1', '-H1', 0, 1, 1),
    ('-H1', '', 3, 1, 2),
    ('-H2', '-H2', 0, 1, 1),
    ('-H2', '', 3, 2, 2)
$$;
--> statement-breakpoint
-- The periods a return for period r makes up, with its place there.
CREATE FUNCTION production_targets(r text) RETURNS TABLE(target text, rank integer, seq integer, n integer)
LANGUAGE sql IMMUTABLE AS $$
  select left(r, 4) || p.target_suffix, p.rank, p.seq, p.n
  from production_period_parts() p
  where p.suffix = substr(r, 5)
$$;
--> statement-breakpoint
CREATE FUNCTION production_period_start(p text) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  select make_date(left(p, 4)::int,
    case when length(p) = 4 then 1
         when substr(p, 6, 1) = 'H' then (substr(p, 7, 1)::int - 1) * 6 + 1
         when substr(p, 6, 1) = 'Q' then (substr(p, 7, 1)::int - 1) * 3 + 1
         else substr(p, 6, 2)::int end, 1)
$$;
--> statement-breakpoint
CREATE FUNCTION production_period_end(p text) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  select (production_period_start(p) + make_interval(months =>
    case when length(p) = 4 then 12 when substr(p, 6, 1) = 'H' then 6 when substr(p, 6, 1) = 'Q' then 3 else 1 end))::date - 1
$$;
--> statement-breakpoint
-- Adds to production_totals what the enterprises' accepted returns make of the periods containing
-- them, after (+1) and, with_before, as they were before (-1), by the production report's rule
-- (production-report.repository.ts): per enterprise, sign and period, the accepted return for the
-- period, else the finest kind of sub-period accepted in full; money summed, workers of the last
-- sub-period, income worker-weighted; then summed by the enterprise's board, zone and investment
-- type. One static statement, planned once per session (a trigger's EXECUTE of a statement built by
-- format() was planned again at every write: 20-80 ms).
--   enterprise_ids, periods: the (enterprise, period) pairs a write touched; only the periods they
--     make up are counted. periods NULL: every period of those enterprises.
--   replaced: the ids of returns the write made or changed (not in the before state as they are now);
--   old_reports: those returns as they were before the write (in the before state);
--   old_enterprises: the enterprises' rows before a move (the before state's keys); NULL: as now.
CREATE FUNCTION production_totals_add(enterprise_ids uuid[], periods text[], replaced uuid[],
  old_reports enterprise_reports[], old_enterprises enterprises[], with_before boolean)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH touched AS (
    SELECT DISTINCT c.enterprise_id, t.target
    FROM unnest(enterprise_ids, periods) AS c(enterprise_id, period)
    CROSS JOIN LATERAL production_targets(c.period) AS t
    WHERE periods IS NOT NULL
  ),
  states AS (
    SELECT 1 AS sign, r.* FROM enterprise_reports r
    WHERE r.enterprise_id = ANY(enterprise_ids) AND r.status = 'accepted'
    UNION ALL
    SELECT -1, r.* FROM enterprise_reports r
    WHERE with_before AND r.enterprise_id = ANY(enterprise_ids) AND r.status = 'accepted'
      AND NOT EXISTS (SELECT FROM unnest(replaced) AS x(id) WHERE x.id = r.id)
    UNION ALL
    SELECT -1, o.* FROM unnest(old_reports) AS o WHERE o.status = 'accepted'
  ),
  contributions AS (
    SELECT s.sign, s.enterprise_id, left(s.period, 4) || p.target_suffix AS target, p.rank, p.seq, p.n,
           s.production_value_vnd, s.revenue_vnd, s.export_usd, s.import_usd, s.budget_paid_vnd,
           s.revenue_usd, s.budget_paid_usd, s.workers, s.insured_workers, s.average_income_vnd
    FROM states s
    JOIN production_period_parts() AS p ON p.suffix = substr(s.period, 5)
    WHERE periods IS NULL
       OR EXISTS (SELECT FROM touched a
                  WHERE a.enterprise_id = s.enterprise_id AND a.target = left(s.period, 4) || p.target_suffix)
  ),
  made_up AS (
    SELECT sign, enterprise_id, target, rank,
           count(*) = max(n) AS complete,
           sum(production_value_vnd) AS production_value_vnd, sum(revenue_vnd) AS revenue_vnd,
           sum(export_usd) AS export_usd, sum(import_usd) AS import_usd,
           sum(budget_paid_vnd) AS budget_paid_vnd, sum(revenue_usd) AS revenue_usd,
           sum(budget_paid_usd) AS budget_paid_usd,
           max(workers) FILTER (WHERE seq = n) AS workers,
           max(insured_workers) FILTER (WHERE seq = n) AS insured_workers,
           sum(workers::numeric * average_income_vnd)
             FILTER (WHERE workers IS NOT NULL AND average_income_vnd IS NOT NULL) AS income_numerator,
           sum(workers) FILTER (WHERE workers IS NOT NULL AND average_income_vnd IS NOT NULL) AS income_workers
    FROM contributions
    GROUP BY sign, enterprise_id, target, rank
  ),
  figures AS (
    SELECT DISTINCT ON (sign, enterprise_id, target)
           sign, enterprise_id, target,
           production_value_vnd, revenue_vnd, export_usd, import_usd, budget_paid_vnd,
           revenue_usd, budget_paid_usd, workers, insured_workers,
           income_numerator * 1.000000000000000000000000000000 / nullif(income_workers, 0) AS mean_income
    FROM made_up
    WHERE complete
    ORDER BY sign, enterprise_id, target, rank
  ),
  keyed AS (
    SELECT f.*, e.board_id, e.zone_id, e.investment_type, e.operating_since, e.operating_until
    FROM figures f JOIN enterprises e ON e.id = f.enterprise_id
    WHERE f.sign = 1 OR old_enterprises IS NULL
    UNION ALL
    SELECT f.*, e.board_id, e.zone_id, e.investment_type, e.operating_since, e.operating_until
    FROM figures f JOIN unnest(old_enterprises) AS e ON e.id = f.enterprise_id
    WHERE f.sign = -1
  )
  INSERT INTO production_totals AS t (board_id, zone_id, investment_type, period, reported, reported_outside,
    production_value_vnd, revenue_vnd, export_usd, import_usd, budget_paid_vnd, revenue_usd, budget_paid_usd,
    workers, insured_workers, income_weighted, income_workers)
  SELECT board_id, zone_id, investment_type, target,
         sum(sign),
         coalesce(sum(sign) FILTER (WHERE NOT ((operating_since IS NULL OR operating_since <= production_period_end(target))
                                AND (operating_until IS NULL OR operating_until >= production_period_start(target)))), 0),
         coalesce(sum(sign * production_value_vnd), 0), coalesce(sum(sign * revenue_vnd), 0),
         coalesce(sum(sign * export_usd), 0), coalesce(sum(sign * import_usd), 0),
         coalesce(sum(sign * budget_paid_vnd), 0), coalesce(sum(sign * revenue_usd), 0),
         coalesce(sum(sign * budget_paid_usd), 0),
         coalesce(sum(sign * workers), 0), coalesce(sum(sign * insured_workers), 0),
         coalesce(sum(sign * workers * mean_income) FILTER (WHERE mean_income IS NOT NULL), 0),
         coalesce(sum(sign * workers) FILTER (WHERE mean_income IS NOT NULL AND workers IS NOT NULL), 0)
  FROM keyed
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (board_id, zone_id, investment_type, period) DO UPDATE SET
    reported = t.reported + excluded.reported, reported_outside = t.reported_outside + excluded.reported_outside,
    production_value_vnd = t.production_value_vnd + excluded.production_value_vnd,
    revenue_vnd = t.revenue_vnd + excluded.revenue_vnd, export_usd = t.export_usd + excluded.export_usd,
    import_usd = t.import_usd + excluded.import_usd, budget_paid_vnd = t.budget_paid_vnd + excluded.budget_paid_vnd,
    revenue_usd = t.revenue_usd + excluded.revenue_usd, budget_paid_usd = t.budget_paid_usd + excluded.budget_paid_usd,
    workers = t.workers + excluded.workers, insured_workers = t.insured_workers + excluded.insured_workers,
    income_weighted = t.income_weighted + excluded.income_weighted,
    income_workers = t.income_workers + excluded.income_workers;
END $$;
--> statement-breakpoint
-- After a statement on enterprise_reports: the (enterprise, period) pairs it touched, the returns it
-- made or changed, and those as they were. (Only the trigger function's own statements see its
-- transition tables, so it passes them on as arrays.)
CREATE FUNCTION production_totals_after_reports() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[]; periods text[]; replaced uuid[] := '{}'; old_reports enterprise_reports[] := '{}';
BEGIN
  IF summaries_deferred() THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n.enterprise_id), array_agg(n.period), array_agg(n.id) INTO ids, periods, replaced FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(o.enterprise_id), array_agg(o.period), array_agg(o) INTO ids, periods, old_reports FROM old_rows o;
  ELSE
    SELECT array_agg(n.id) INTO replaced FROM new_rows n;
    SELECT array_agg(o) INTO old_reports FROM old_rows o;
    SELECT array_agg(c.enterprise_id), array_agg(c.period) INTO ids, periods
    FROM (SELECT enterprise_id, period FROM new_rows UNION SELECT enterprise_id, period FROM old_rows) AS c;
  END IF;
  IF ids IS NULL THEN RETURN NULL; END IF;
  PERFORM production_totals_add(ids, periods, replaced, old_reports, NULL, true);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- After an update of enterprises: those whose board, zone, investment type or operation changed
-- move every figure of theirs from the old keys to the new.
CREATE FUNCTION production_totals_after_enterprise_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE moved uuid[]; moved_from enterprises[];
BEGIN
  IF summaries_deferred() THEN RETURN NULL; END IF;
  SELECT array_agg(n.id), array_agg(o) INTO moved, moved_from
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE (n.board_id, n.zone_id, n.investment_type, n.operating_since, n.operating_until)
        IS DISTINCT FROM (o.board_id, o.zone_id, o.investment_type, o.operating_since, o.operating_until);
  IF moved IS NULL THEN RETURN NULL; END IF;
  PERFORM production_totals_add(moved, NULL, '{}', '{}', moved_from, true);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER enterprise_reports_summaries_insert AFTER INSERT ON enterprise_reports
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION production_totals_after_reports();
--> statement-breakpoint
CREATE TRIGGER enterprise_reports_summaries_update AFTER UPDATE ON enterprise_reports
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION production_totals_after_reports();
--> statement-breakpoint
CREATE TRIGGER enterprise_reports_summaries_delete AFTER DELETE ON enterprise_reports
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION production_totals_after_reports();
--> statement-breakpoint
CREATE TRIGGER enterprises_summaries_update AFTER UPDATE ON enterprises
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION production_totals_after_enterprise_update();
--> statement-breakpoint
-- Every summary row again from the records, board by board (bounded memory): after a bulk load
-- with kcn.summaries = 'deferred', and by this migration for the records already there. A board's
-- returns are its enterprises' (a transfer moves an enterprise and its returns together).
CREATE FUNCTION summaries_rebuild(board_ids uuid[] DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS $$
DECLARE b uuid; ids uuid[]; members uuid[];
BEGIN
  -- A board's returns are sorted and grouped at once: memory for that, for this transaction only.
  PERFORM set_config('work_mem', '64MB', true);
  FOR b IN SELECT id FROM boards WHERE board_ids IS NULL OR id = ANY(board_ids) ORDER BY id LOOP
    SELECT array_agg(id) INTO ids FROM projects WHERE board_id = b;
    DELETE FROM investment_facts WHERE board_id = b OR project_id = ANY(ids);
    DELETE FROM investment_totals WHERE board_id = b;
    DELETE FROM investment_board_totals WHERE board_id = b;
    DELETE FROM production_totals WHERE board_id = b;
    IF ids IS NOT NULL THEN
      INSERT INTO investment_facts SELECT * FROM investment_facts_of(ids);
      PERFORM investment_totals_add(ids, 1);
    END IF;
    SELECT array_agg(id) INTO members FROM enterprises WHERE board_id = b;
    IF members IS NOT NULL THEN
      PERFORM production_totals_add(members, NULL, '{}', '{}', NULL, false);
    END IF;
  END LOOP;
END $$;
--> statement-breakpoint
SELECT summaries_rebuild();
