CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"days_off" date[] NOT NULL,
	"workdays" date[] NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_years_year_check" CHECK ("calendar_years"."year" between 1990 and 2200)
);
--> statement-breakpoint
CREATE TABLE "dossier_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_attachments_purpose_check" CHECK (purpose in ('application', 'supplement', 'result', 'apology', 'other'))
);
--> statement-breakpoint
CREATE TABLE "dossier_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"status" text NOT NULL,
	"actor" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"department" text NOT NULL,
	"assignee_user_id" uuid,
	"working_days" integer NOT NULL,
	"due_date" date,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"completed_by" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "dossier_supplements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"requested_by" text NOT NULL,
	"supplied_at" timestamp with time zone,
	"supplied_note" text
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"code" text NOT NULL,
	"procedure_id" uuid NOT NULL,
	"procedure_version_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_tax_code" text,
	"applicant_email" text,
	"applicant_phone" text,
	"applicant_address" text,
	"enterprise_id" uuid,
	"summary" text,
	"submitted_at" timestamp with time zone,
	"confirmation_token_hash" text,
	"received_at" timestamp with time zone,
	"received_by" text,
	"deadline_value" integer NOT NULL,
	"deadline_unit" text NOT NULL,
	"due_date" date,
	"not_accepted_reason" text,
	"result_kind" text,
	"result_at" timestamp with time zone,
	"result_number" text,
	"result_note" text,
	"returned_at" timestamp with time zone,
	"apology_at" timestamp with time zone,
	"apology_reason" text,
	"apology_new_date" date,
	"search_text" text NOT NULL,
	CONSTRAINT "dossiers_channel_check" CHECK (channel in ('online', 'counter', 'post')),
	CONSTRAINT "dossiers_status_check" CHECK (status in ('unconfirmed', 'submitted', 'not_accepted', 'processing', 'awaiting_supplement', 'resolved', 'returned')),
	CONSTRAINT "dossiers_unit_check" CHECK (deadline_unit in ('working_days', 'days')),
	CONSTRAINT "dossiers_result_check" CHECK (result_kind is null or result_kind in ('approved', 'refused', 'withdrawn', 'stopped')),
	CONSTRAINT "dossiers_result_pair_check" CHECK ((result_kind is null) = (result_at is null))
);
--> statement-breakpoint
CREATE TABLE "one_stop_offices" (
	"board_id" uuid PRIMARY KEY NOT NULL,
	"code_prefix" text NOT NULL,
	"counter_name" text,
	"address" text,
	"phone" text,
	"hours" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"legal_basis" text,
	"deadline_value" integer NOT NULL,
	"deadline_unit" text NOT NULL,
	"online_level" text NOT NULL,
	"fee" text,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"result_name" text,
	CONSTRAINT "procedure_versions_unit_check" CHECK (deadline_unit in ('working_days', 'days')),
	CONSTRAINT "procedure_versions_online_check" CHECK (online_level in ('full', 'partial', 'none')),
	CONSTRAINT "procedure_versions_deadline_check" CHECK ("procedure_versions"."deadline_value" between 0 and 3650)
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"code" text NOT NULL,
	"retired_on" date
);
--> statement-breakpoint
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_steps" ADD CONSTRAINT "dossier_steps_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_steps" ADD CONSTRAINT "dossier_steps_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_steps" ADD CONSTRAINT "dossier_steps_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_supplements" ADD CONSTRAINT "dossier_supplements_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_supplements" ADD CONSTRAINT "dossier_supplements_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedure_version_id_procedure_versions_id_fk" FOREIGN KEY ("procedure_version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_stop_offices" ADD CONSTRAINT "one_stop_offices_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_attachments_dossier_idx" ON "dossier_attachments" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_events_dossier_idx" ON "dossier_events" USING btree ("dossier_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_steps_dossier_position_key" ON "dossier_steps" USING btree ("dossier_id","position");--> statement-breakpoint
CREATE INDEX "dossier_supplements_dossier_idx" ON "dossier_supplements" USING btree ("dossier_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_code_key" ON "dossiers" USING btree ("code");--> statement-breakpoint
CREATE INDEX "dossiers_board_received_idx" ON "dossiers" USING btree ("board_id","received_at");--> statement-breakpoint
CREATE INDEX "dossiers_board_status_idx" ON "dossiers" USING btree ("board_id","status");--> statement-breakpoint
CREATE INDEX "dossiers_procedure_idx" ON "dossiers" USING btree ("procedure_id");--> statement-breakpoint
CREATE INDEX "dossiers_enterprise_idx" ON "dossiers" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_procedure_effective_key" ON "procedure_versions" USING btree ("procedure_id","effective_from");--> statement-breakpoint
CREATE INDEX "procedure_versions_board_idx" ON "procedure_versions" USING btree ("board_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procedures_board_code_key" ON "procedures" USING btree ("board_id","code");