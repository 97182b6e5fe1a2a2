CREATE TABLE "zone_boundaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"geometry" jsonb NOT NULL,
	"source_crs" text NOT NULL,
	"central_meridian" numeric,
	"projection_zone_width" integer,
	"source_file_name" text,
	"vertex_count" integer NOT NULL,
	"computed_area_ha" numeric,
	"note" text,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zone_boundaries_source_crs_check" CHECK (source_crs in ('WGS84', 'VN-2000'))
);
--> statement-breakpoint
CREATE TABLE "infrastructure_progress_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"work_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"progress_pct" numeric NOT NULL,
	"actual_capacity" numeric,
	"disbursed_vnd" bigint,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "infrastructure_progress_pct" CHECK (progress_pct >= 0 and progress_pct <= 100),
	CONSTRAINT "infrastructure_progress_non_negative" CHECK (coalesce(actual_capacity, 0) >= 0 and coalesce(disbursed_vnd, 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "infrastructure_works" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"capacity_unit" text NOT NULL,
	"planned_capacity" numeric,
	"planned_capital_vnd" bigint,
	"planned_start_on" date,
	"planned_completion_on" date NOT NULL,
	"completed_on" date,
	"note" text,
	"search_text" text NOT NULL,
	CONSTRAINT "infrastructure_works_kind_check" CHECK (kind in ('internal_roads', 'wastewater_plant', 'water_supply', 'power_supply', 'drainage', 'worker_housing', 'other')),
	CONSTRAINT "infrastructure_works_non_negative" CHECK (coalesce(planned_capacity, 0) >= 0 and coalesce(planned_capital_vnd, 0) >= 0),
	CONSTRAINT "infrastructure_works_schedule" CHECK (planned_start_on is null or planned_start_on <= planned_completion_on)
);
--> statement-breakpoint
CREATE TABLE "zone_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"signed_on" date NOT NULL,
	"issuer" text NOT NULL,
	"summary" text NOT NULL,
	"area_before_ha" numeric,
	"area_after_ha" numeric,
	"file_name" text,
	"content_type" text,
	"content" "bytea",
	"search_text" text NOT NULL,
	CONSTRAINT "zone_decisions_kind_check" CHECK (kind in ('investment_policy', 'establishment', 'master_plan', 'detailed_plan', 'area_adjustment', 'boundary_adjustment', 'other')),
	CONSTRAINT "zone_decisions_areas" CHECK (coalesce(area_before_ha, 0) >= 0 and coalesce(area_after_ha, 0) >= 0),
	CONSTRAINT "zone_decisions_file" CHECK ((file_name is null) = (content is null) and (content is null) = (content_type is null))
);
--> statement-breakpoint
CREATE TABLE "zone_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"position_class" text,
	"economic_zone_type" text,
	"commune_name" text,
	"province_code" text,
	"former_commune_name" text,
	"former_district_name" text,
	"former_province_code" text,
	"developer_investor_id" uuid,
	"developer_project_id" uuid,
	"land_lease_term_years" integer,
	"land_lease_until" date,
	"infrastructure_capital_vnd" bigint,
	"infrastructure_capital_usd" numeric,
	"note" text,
	CONSTRAINT "zone_profiles_position_class_check" CHECK (position_class is null or position_class in ('outside_ez', 'coastal_ez', 'border_gate_ez', 'specialised_ez')),
	CONSTRAINT "zone_profiles_economic_zone_type_check" CHECK (economic_zone_type is null or economic_zone_type in ('coastal', 'border_gate', 'specialised')),
	CONSTRAINT "zone_profiles_non_negative" CHECK (coalesce(land_lease_term_years, 0) >= 0 and coalesce(infrastructure_capital_vnd, 0) >= 0 and coalesce(infrastructure_capital_usd, 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "zone_land_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"industrial_land_ha" numeric,
	"service_land_ha" numeric,
	"leased_land_ha" numeric,
	"leased_service_land_ha" numeric,
	"note" text,
	CONSTRAINT "zone_land_history_non_negative" CHECK (coalesce(industrial_land_ha, 0) >= 0 and coalesce(service_land_ha, 0) >= 0 and coalesce(leased_land_ha, 0) >= 0 and coalesce(leased_service_land_ha, 0) >= 0)
);
--> statement-breakpoint
ALTER TABLE "zones" DROP CONSTRAINT "zones_areas_non_negative";--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "parent_zone_id" uuid;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "service_land_ha" numeric;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "leased_service_land_ha" numeric;--> statement-breakpoint
ALTER TABLE "zone_boundaries" ADD CONSTRAINT "zone_boundaries_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_boundaries" ADD CONSTRAINT "zone_boundaries_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_boundaries" ADD CONSTRAINT "zone_boundaries_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infrastructure_progress_reports" ADD CONSTRAINT "infrastructure_progress_reports_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infrastructure_progress_reports" ADD CONSTRAINT "infrastructure_progress_reports_work_id_infrastructure_works_id_fk" FOREIGN KEY ("work_id") REFERENCES "public"."infrastructure_works"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infrastructure_progress_reports" ADD CONSTRAINT "infrastructure_progress_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infrastructure_works" ADD CONSTRAINT "infrastructure_works_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "infrastructure_works" ADD CONSTRAINT "infrastructure_works_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_decisions" ADD CONSTRAINT "zone_decisions_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_decisions" ADD CONSTRAINT "zone_decisions_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_profiles" ADD CONSTRAINT "zone_profiles_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_profiles" ADD CONSTRAINT "zone_profiles_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_profiles" ADD CONSTRAINT "zone_profiles_developer_investor_id_investors_id_fk" FOREIGN KEY ("developer_investor_id") REFERENCES "public"."investors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_profiles" ADD CONSTRAINT "zone_profiles_developer_project_id_projects_id_fk" FOREIGN KEY ("developer_project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_land_history" ADD CONSTRAINT "zone_land_history_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_land_history" ADD CONSTRAINT "zone_land_history_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "zone_boundaries_zone_idx" ON "zone_boundaries" USING btree ("zone_id","imported_at");--> statement-breakpoint
CREATE INDEX "zone_boundaries_board_idx" ON "zone_boundaries" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "infrastructure_progress_work_idx" ON "infrastructure_progress_reports" USING btree ("work_id","reported_on");--> statement-breakpoint
CREATE INDEX "infrastructure_progress_board_idx" ON "infrastructure_progress_reports" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "infrastructure_works_board_idx" ON "infrastructure_works" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "infrastructure_works_zone_idx" ON "infrastructure_works" USING btree ("zone_id");--> statement-breakpoint
CREATE INDEX "zone_decisions_board_idx" ON "zone_decisions" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "zone_decisions_zone_idx" ON "zone_decisions" USING btree ("zone_id","signed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "zone_profiles_zone_key" ON "zone_profiles" USING btree ("zone_id");--> statement-breakpoint
CREATE INDEX "zone_profiles_board_idx" ON "zone_profiles" USING btree ("board_id");--> statement-breakpoint
CREATE UNIQUE INDEX "zone_land_history_zone_as_of_key" ON "zone_land_history" USING btree ("zone_id","as_of");--> statement-breakpoint
CREATE INDEX "zone_land_history_board_idx" ON "zone_land_history" USING btree ("board_id");--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_parent_zone_id_zones_id_fk" FOREIGN KEY ("parent_zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "zones_parent_idx" ON "zones" USING btree ("parent_zone_id");--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_not_own_parent" CHECK (parent_zone_id is distinct from id);--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_areas_non_negative" CHECK (area_ha >= 0 and coalesce(industrial_land_ha, 0) >= 0 and coalesce(leased_land_ha, 0) >= 0 and coalesce(service_land_ha, 0) >= 0 and coalesce(leased_service_land_ha, 0) >= 0);