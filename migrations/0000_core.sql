CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"board_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"entity_key" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "bloc_members" (
	"bloc_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"since" date,
	CONSTRAINT "bloc_members_bloc_id_board_id_pk" PRIMARY KEY("bloc_id","board_id")
);
--> statement-breakpoint
CREATE TABLE "blocs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "boards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"province_code" text,
	CONSTRAINT "boards_code_format" CHECK (code ~ '^[A-Z0-9-]{1,16}$')
);
--> statement-breakpoint
CREATE TABLE "investors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"search_text" text NOT NULL,
	CONSTRAINT "investors_country_format" CHECK (country ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "capital_implementations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"implemented_vnd" bigint NOT NULL,
	CONSTRAINT "capital_implementations_non_negative" CHECK (implemented_vnd >= 0)
);
--> statement-breakpoint
CREATE TABLE "licensing_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"event_date" date NOT NULL,
	"seq" integer NOT NULL,
	"document_no" text NOT NULL,
	"capital_vnd" bigint,
	"capital_usd" numeric(18, 2),
	"note" text,
	CONSTRAINT "licensing_events_kind_check" CHECK (kind in ('new', 'adjustment', 'termination')),
	CONSTRAINT "licensing_events_capital_non_negative" CHECK (coalesce(capital_vnd, 0) >= 0 and coalesce(capital_usd, 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "project_investors" (
	"project_id" uuid NOT NULL,
	"investor_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "project_investors_project_id_investor_id_pk" PRIMARY KEY("project_id","investor_id")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"investment_type" text NOT NULL,
	"sector" text,
	"land_ha" numeric,
	"status" text DEFAULT 'active' NOT NULL,
	"licensed_on" date,
	"terminated_on" date,
	"search_text" text NOT NULL,
	CONSTRAINT "projects_type_check" CHECK (investment_type in ('FDI', 'DDI')),
	CONSTRAINT "projects_status_check" CHECK (status in ('active', 'terminated')),
	CONSTRAINT "projects_land_non_negative" CHECK (coalesce(land_ha, 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "enterprise_projects" (
	"enterprise_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	CONSTRAINT "enterprise_projects_enterprise_id_project_id_pk" PRIMARY KEY("enterprise_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "enterprise_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"period" text NOT NULL,
	"production_value_vnd" bigint,
	"revenue_vnd" bigint,
	"export_usd" numeric(18, 2),
	"import_usd" numeric(18, 2),
	"budget_paid_vnd" bigint,
	"workers" integer,
	"insured_workers" integer,
	"average_income_vnd" bigint,
	CONSTRAINT "enterprise_reports_period_format" CHECK (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
	CONSTRAINT "enterprise_reports_insured_le_workers" CHECK (coalesce(insured_workers, 0) <= coalesce(workers, 0))
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"tax_code" text NOT NULL,
	"name" text NOT NULL,
	"investment_type" text NOT NULL,
	"operating_since" date,
	"operating_until" date,
	"search_text" text NOT NULL,
	CONSTRAINT "enterprises_type_check" CHECK (investment_type in ('FDI', 'DDI'))
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"username" text NOT NULL,
	"full_name" text NOT NULL,
	"email" text,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"scope" text NOT NULL,
	"board_id" uuid,
	"bloc_id" uuid,
	"disabled_at" timestamp with time zone,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	CONSTRAINT "users_role_check" CHECK (role in ('admin', 'leader', 'staff', 'viewer')),
	CONSTRAINT "users_scope_check" CHECK (scope in ('board', 'bloc', 'national')),
	CONSTRAINT "users_scope_target" CHECK ((scope = 'board' and board_id is not null and bloc_id is null)
       or (scope = 'bloc' and bloc_id is not null and board_id is null)
       or (scope = 'national' and board_id is null and bloc_id is null))
);
--> statement-breakpoint
CREATE TABLE "zone_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"status" text NOT NULL,
	"since" date NOT NULL,
	CONSTRAINT "zone_status_changes_status_check" CHECK (status in ('planned', 'established', 'under_construction', 'operating'))
);
--> statement-breakpoint
CREATE TABLE "zones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"area_ha" numeric NOT NULL,
	"industrial_land_ha" numeric,
	"leased_land_ha" numeric,
	"developer" text,
	"search_text" text NOT NULL,
	CONSTRAINT "zones_kind_check" CHECK (kind in ('KCN', 'KKT', 'KCX')),
	CONSTRAINT "zones_status_check" CHECK (status in ('planned', 'established', 'under_construction', 'operating')),
	CONSTRAINT "zones_areas_non_negative" CHECK (area_ha >= 0 and coalesce(industrial_land_ha, 0) >= 0 and coalesce(leased_land_ha, 0) >= 0)
);
--> statement-breakpoint
ALTER TABLE "bloc_members" ADD CONSTRAINT "bloc_members_bloc_id_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."blocs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_members" ADD CONSTRAINT "bloc_members_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investors" ADD CONSTRAINT "investors_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capital_implementations" ADD CONSTRAINT "capital_implementations_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capital_implementations" ADD CONSTRAINT "capital_implementations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_events" ADD CONSTRAINT "licensing_events_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensing_events" ADD CONSTRAINT "licensing_events_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_investors" ADD CONSTRAINT "project_investors_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_investors" ADD CONSTRAINT "project_investors_investor_id_investors_id_fk" FOREIGN KEY ("investor_id") REFERENCES "public"."investors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_investors" ADD CONSTRAINT "project_investors_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_projects" ADD CONSTRAINT "enterprise_projects_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_projects" ADD CONSTRAINT "enterprise_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_projects" ADD CONSTRAINT "enterprise_projects_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_reports" ADD CONSTRAINT "enterprise_reports_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_reports" ADD CONSTRAINT "enterprise_reports_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_bloc_id_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."blocs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_status_changes" ADD CONSTRAINT "zone_status_changes_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_status_changes" ADD CONSTRAINT "zone_status_changes_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_board_at_idx" ON "audit_log" USING btree ("board_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_user_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "blocs_code_key" ON "blocs" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "boards_code_key" ON "boards" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "investors_board_name_country_key" ON "investors" USING btree ("board_id","name","country");--> statement-breakpoint
CREATE UNIQUE INDEX "capital_implementations_project_as_of_key" ON "capital_implementations" USING btree ("project_id","as_of");--> statement-breakpoint
CREATE INDEX "capital_implementations_board_idx" ON "capital_implementations" USING btree ("board_id","as_of");--> statement-breakpoint
CREATE UNIQUE INDEX "licensing_events_key" ON "licensing_events" USING btree ("project_id","kind","event_date","document_no");--> statement-breakpoint
CREATE UNIQUE INDEX "licensing_events_project_seq_key" ON "licensing_events" USING btree ("project_id","seq");--> statement-breakpoint
CREATE INDEX "licensing_events_board_date_idx" ON "licensing_events" USING btree ("board_id","event_date");--> statement-breakpoint
CREATE INDEX "licensing_events_project_order_idx" ON "licensing_events" USING btree ("project_id","event_date","seq");--> statement-breakpoint
CREATE INDEX "project_investors_investor_idx" ON "project_investors" USING btree ("investor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_board_code_key" ON "projects" USING btree ("board_id","code");--> statement-breakpoint
CREATE INDEX "projects_board_zone_idx" ON "projects" USING btree ("board_id","zone_id");--> statement-breakpoint
CREATE INDEX "projects_board_licensed_idx" ON "projects" USING btree ("board_id","licensed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_reports_enterprise_period_key" ON "enterprise_reports" USING btree ("enterprise_id","period");--> statement-breakpoint
CREATE INDEX "enterprise_reports_board_period_idx" ON "enterprise_reports" USING btree ("board_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_board_tax_code_key" ON "enterprises" USING btree ("board_id","tax_code");--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_key" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree ("username");--> statement-breakpoint
CREATE INDEX "users_board_idx" ON "users" USING btree ("board_id");--> statement-breakpoint
CREATE UNIQUE INDEX "zone_status_changes_zone_since_key" ON "zone_status_changes" USING btree ("zone_id","since");--> statement-breakpoint
CREATE INDEX "zone_status_changes_board_idx" ON "zone_status_changes" USING btree ("board_id");--> statement-breakpoint
CREATE UNIQUE INDEX "zones_board_code_key" ON "zones" USING btree ("board_id","code");