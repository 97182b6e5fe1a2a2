CREATE TABLE "board_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"indicator" text NOT NULL,
	"target_value" numeric(24, 2),
	"target_growth_pct" numeric(8, 2),
	CONSTRAINT "board_targets_one_target" CHECK (target_value is not null or target_growth_pct is not null)
);
--> statement-breakpoint
CREATE TABLE "enterprise_accounts" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"board_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"period" text NOT NULL,
	"vnd_per_usd" numeric(12, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "province_totals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"period" text NOT NULL,
	"indicator" text NOT NULL,
	"value" numeric(24, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_unlock_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"requested_by" uuid,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	CONSTRAINT "report_unlock_requests_status_check" CHECK (status in ('pending', 'granted', 'refused'))
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"period" text NOT NULL,
	"due_date" date NOT NULL,
	"open" boolean DEFAULT true NOT NULL,
	CONSTRAINT "reporting_periods_period_format" CHECK (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$')
);
--> statement-breakpoint
CREATE TABLE "reporting_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"period_kind" text NOT NULL,
	"collected" boolean DEFAULT true NOT NULL,
	"due_months_after" integer NOT NULL,
	"due_day" integer NOT NULL,
	CONSTRAINT "reporting_schedules_kind_check" CHECK (period_kind in ('month', 'quarter', 'half', 'year')),
	CONSTRAINT "reporting_schedules_due_check" CHECK (due_months_after between 0 and 12 and due_day between 1 and 31)
);
--> statement-breakpoint
CREATE TABLE "statistics_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"code" text NOT NULL,
	"severity" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "statistics_rules_severity_check" CHECK (severity in ('hard', 'soft', 'off'))
);
--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_role_check";--> statement-breakpoint
ALTER TABLE "enterprise_projects" DROP CONSTRAINT "enterprise_projects_project_id_projects_id_fk";
--> statement-breakpoint
ALTER TABLE "enterprise_reports" ADD COLUMN "status" text DEFAULT 'accepted' NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprise_reports" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "enterprise_reports" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "enterprise_reports" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "enterprise_reports" ADD COLUMN "return_reason" text;--> statement-breakpoint
ALTER TABLE "enterprise_reports" ADD COLUMN "comments" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "board_targets" ADD CONSTRAINT "board_targets_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_accounts" ADD CONSTRAINT "enterprise_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_accounts" ADD CONSTRAINT "enterprise_accounts_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_accounts" ADD CONSTRAINT "enterprise_accounts_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "province_totals" ADD CONSTRAINT "province_totals_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_unlock_requests" ADD CONSTRAINT "report_unlock_requests_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_unlock_requests" ADD CONSTRAINT "report_unlock_requests_report_id_enterprise_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."enterprise_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_unlock_requests" ADD CONSTRAINT "report_unlock_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_unlock_requests" ADD CONSTRAINT "report_unlock_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_schedules" ADD CONSTRAINT "reporting_schedules_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_rules" ADD CONSTRAINT "statistics_rules_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "board_targets_board_year_indicator_key" ON "board_targets" USING btree ("board_id","year","indicator");--> statement-breakpoint
CREATE INDEX "enterprise_accounts_enterprise_idx" ON "enterprise_accounts" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_rates_board_period_key" ON "exchange_rates" USING btree ("board_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "province_totals_board_period_indicator_key" ON "province_totals" USING btree ("board_id","period","indicator");--> statement-breakpoint
CREATE INDEX "report_unlock_requests_board_status_idx" ON "report_unlock_requests" USING btree ("board_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_periods_board_period_key" ON "reporting_periods" USING btree ("board_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_schedules_board_kind_key" ON "reporting_schedules" USING btree ("board_id","period_kind");--> statement-breakpoint
CREATE UNIQUE INDEX "statistics_rules_board_code_key" ON "statistics_rules" USING btree ("board_id","code");--> statement-breakpoint
ALTER TABLE "enterprise_projects" ADD CONSTRAINT "enterprise_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_reports" ADD CONSTRAINT "enterprise_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_reports" ADD CONSTRAINT "enterprise_reports_status_check" CHECK (status in ('draft', 'submitted', 'returned', 'accepted'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK (role in ('admin', 'leader', 'staff', 'viewer', 'enterprise'));