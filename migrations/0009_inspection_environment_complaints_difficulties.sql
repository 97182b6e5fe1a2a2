CREATE TABLE "complaint_reporters" (
	"complaint_id" uuid PRIMARY KEY NOT NULL,
	"board_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"identity_number" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"received_on" date NOT NULL,
	"respondent_enterprise_id" uuid,
	"respondent" text DEFAULT '' NOT NULL,
	"subject" text NOT NULL,
	"content" text NOT NULL,
	"field" text NOT NULL,
	"handler_user_id" uuid,
	"department" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"accept_due_on" date NOT NULL,
	"accepted_on" date,
	"settle_due_on" date,
	"extended_working_days" integer DEFAULT 0 NOT NULL,
	"extension_reason" text DEFAULT '' NOT NULL,
	"refusal_reason" text DEFAULT '' NOT NULL,
	"result" text,
	"result_summary" text DEFAULT '' NOT NULL,
	"decision_number" text,
	"settled_on" date,
	"published_on" date,
	"publication" text DEFAULT '' NOT NULL,
	CONSTRAINT "complaints_kind" CHECK (kind in ('complaint', 'denunciation', 'petition')),
	CONSTRAINT "complaints_channel" CHECK (channel in ('direct', 'post', 'email', 'online', 'hotline', 'transferred')),
	CONSTRAINT "complaints_status" CHECK (status in ('received', 'accepted', 'refused', 'settled', 'withdrawn')),
	CONSTRAINT "complaints_result" CHECK (result is null or result in ('upheld', 'partly_upheld', 'not_upheld')),
	CONSTRAINT "complaints_extension" CHECK (extended_working_days >= 0),
	CONSTRAINT "complaints_settled" CHECK ((status = 'settled') = (settled_on is not null and result is not null))
);
--> statement-breakpoint
CREATE TABLE "difficulties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"topic" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"channel" text NOT NULL,
	"occasion" text DEFAULT '' NOT NULL,
	"raised_on" date NOT NULL,
	"raised_by_user_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"responsible_kind" text,
	"responsible" text DEFAULT '' NOT NULL,
	"routed_on" date,
	"answer_due_on" date,
	"answer" text DEFAULT '' NOT NULL,
	"answered_on" date,
	"answered_by_user_id" uuid,
	"confirmed_on" date,
	"feedback" text DEFAULT '' NOT NULL,
	CONSTRAINT "difficulties_topic" CHECK (topic in ('land', 'site_clearance', 'infrastructure', 'procedure', 'tax_customs', 'labour', 'environment', 'finance', 'other')),
	CONSTRAINT "difficulties_channel" CHECK (channel in ('account', 'dialogue', 'letter', 'meeting')),
	CONSTRAINT "difficulties_status" CHECK (status in ('open', 'routed', 'answered', 'resolved')),
	CONSTRAINT "difficulties_responsible" CHECK (responsible_kind is null or responsible_kind in ('department', 'agency'))
);
--> statement-breakpoint
CREATE TABLE "difficulty_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"difficulty_id" uuid NOT NULL,
	"action" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "difficulty_events_action" CHECK (action in ('raised', 'routed', 'answered', 'confirmed', 'reopened'))
);
--> statement-breakpoint
CREATE TABLE "discharge_standard_parameters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"standard_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"min_value" numeric,
	"max_value" numeric,
	"applies_kq_kf" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "discharge_standard_parameters_limit" CHECK (min_value is not null or max_value is not null)
);
--> statement-breakpoint
CREATE TABLE "discharge_standards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"source" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"sample_id" uuid NOT NULL,
	"parameter_code" text NOT NULL,
	"parameter_name" text NOT NULL,
	"unit" text NOT NULL,
	"value" numeric NOT NULL,
	"limit_min" numeric,
	"limit_max" numeric,
	"exceeds" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"plant_id" uuid NOT NULL,
	"sampled_on" date NOT NULL,
	"point" text DEFAULT 'outlet' NOT NULL,
	"kind" text DEFAULT 'periodic' NOT NULL,
	"laboratory" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "monitoring_samples_point" CHECK (point in ('inlet', 'outlet')),
	CONSTRAINT "monitoring_samples_kind" CHECK (kind in ('periodic', 'automatic', 'inspection'))
);
--> statement-breakpoint
CREATE TABLE "wastewater_connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"plant_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"connected_on" date NOT NULL,
	"disconnected_on" date,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "wastewater_connections_period" CHECK (disconnected_on is null or disconnected_on >= connected_on)
);
--> statement-breakpoint
CREATE TABLE "wastewater_plants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"name" text NOT NULL,
	"capacity_m3_per_day" numeric NOT NULL,
	"status" text DEFAULT 'operating' NOT NULL,
	"standard_id" uuid,
	"kq" numeric,
	"kf" numeric,
	"operator" text DEFAULT '' NOT NULL,
	"commissioned_on" date,
	"receiving_water" text DEFAULT '' NOT NULL,
	"permits" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "wastewater_plants_status" CHECK (status in ('planned', 'under_construction', 'operating', 'suspended')),
	CONSTRAINT "wastewater_plants_capacity" CHECK (capacity_m3_per_day >= 0),
	CONSTRAINT "wastewater_plants_coefficients" CHECK ((kq is null or kq > 0) and (kf is null or kf > 0))
);
--> statement-breakpoint
CREATE TABLE "inspection_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"description" text NOT NULL,
	"legal_basis" text DEFAULT '' NOT NULL,
	"severity" text NOT NULL,
	"fine_dong" bigint,
	"remedy" text DEFAULT '' NOT NULL,
	"remedy_due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"closing_note" text DEFAULT '' NOT NULL,
	CONSTRAINT "inspection_findings_severity" CHECK (severity in ('minor', 'serious', 'very_serious')),
	CONSTRAINT "inspection_findings_status" CHECK (status in ('open', 'closed')),
	CONSTRAINT "inspection_findings_fine" CHECK (fine_dong is null or fine_dong >= 0),
	CONSTRAINT "inspection_findings_closed" CHECK ((status = 'closed') = (closed_on is not null))
);
--> statement-breakpoint
CREATE TABLE "inspection_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"finding_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"note" text NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"file_name" text,
	"content_type" text,
	"content" "bytea",
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_follow_ups_file" CHECK ((file_name is null) = (content is null) and (content is null) = (content_type is null))
);
--> statement-breakpoint
CREATE TABLE "inspection_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"topics" text[] NOT NULL,
	"planned_month" integer,
	"cooperating_agencies" text[] DEFAULT '{}'::text[] NOT NULL,
	"lead_unit" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "inspection_plan_items_month" CHECK (planned_month is null or planned_month between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "inspection_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"decision_number" text,
	"decision_date" date,
	"approved_by" text,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "inspection_plans_status" CHECK (status in ('draft', 'approved')),
	CONSTRAINT "inspection_plans_approval" CHECK (status = 'draft' or (decision_number is not null and decision_date is not null))
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"plan_item_id" uuid,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"topics" text[] NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"team_leader" text NOT NULL,
	"team_members" text[] DEFAULT '{}'::text[] NOT NULL,
	"cooperating_agencies" text[] DEFAULT '{}'::text[] NOT NULL,
	"enterprise_representative" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"record_number" text,
	"recorded_on" date,
	"conclusion_number" text,
	"concluded_on" date,
	"conclusion" text DEFAULT '' NOT NULL,
	CONSTRAINT "inspections_kind" CHECK (kind in ('planned', 'unplanned')),
	CONSTRAINT "inspections_status" CHECK (status in ('open', 'concluded')),
	CONSTRAINT "inspections_planned" CHECK ((kind = 'planned') = (plan_item_id is not null)),
	CONSTRAINT "inspections_period" CHECK (ended_on is null or ended_on >= started_on),
	CONSTRAINT "inspections_concluded" CHECK (status = 'open' or (conclusion_number is not null and concluded_on is not null))
);
--> statement-breakpoint
ALTER TABLE "complaint_reporters" ADD CONSTRAINT "complaint_reporters_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_reporters" ADD CONSTRAINT "complaint_reporters_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_respondent_enterprise_id_enterprises_id_fk" FOREIGN KEY ("respondent_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_handler_user_id_users_id_fk" FOREIGN KEY ("handler_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulties" ADD CONSTRAINT "difficulties_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulties" ADD CONSTRAINT "difficulties_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulties" ADD CONSTRAINT "difficulties_raised_by_user_id_users_id_fk" FOREIGN KEY ("raised_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulties" ADD CONSTRAINT "difficulties_answered_by_user_id_users_id_fk" FOREIGN KEY ("answered_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulty_events" ADD CONSTRAINT "difficulty_events_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulty_events" ADD CONSTRAINT "difficulty_events_difficulty_id_difficulties_id_fk" FOREIGN KEY ("difficulty_id") REFERENCES "public"."difficulties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulty_events" ADD CONSTRAINT "difficulty_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discharge_standard_parameters" ADD CONSTRAINT "discharge_standard_parameters_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discharge_standard_parameters" ADD CONSTRAINT "discharge_standard_parameters_standard_id_discharge_standards_id_fk" FOREIGN KEY ("standard_id") REFERENCES "public"."discharge_standards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discharge_standards" ADD CONSTRAINT "discharge_standards_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_results" ADD CONSTRAINT "monitoring_results_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_results" ADD CONSTRAINT "monitoring_results_sample_id_monitoring_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."monitoring_samples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_samples" ADD CONSTRAINT "monitoring_samples_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_samples" ADD CONSTRAINT "monitoring_samples_plant_id_wastewater_plants_id_fk" FOREIGN KEY ("plant_id") REFERENCES "public"."wastewater_plants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wastewater_connections" ADD CONSTRAINT "wastewater_connections_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wastewater_connections" ADD CONSTRAINT "wastewater_connections_plant_id_wastewater_plants_id_fk" FOREIGN KEY ("plant_id") REFERENCES "public"."wastewater_plants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wastewater_connections" ADD CONSTRAINT "wastewater_connections_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wastewater_plants" ADD CONSTRAINT "wastewater_plants_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wastewater_plants" ADD CONSTRAINT "wastewater_plants_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wastewater_plants" ADD CONSTRAINT "wastewater_plants_standard_id_discharge_standards_id_fk" FOREIGN KEY ("standard_id") REFERENCES "public"."discharge_standards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_follow_ups" ADD CONSTRAINT "inspection_follow_ups_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_follow_ups" ADD CONSTRAINT "inspection_follow_ups_finding_id_inspection_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."inspection_findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_follow_ups" ADD CONSTRAINT "inspection_follow_ups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plan_items" ADD CONSTRAINT "inspection_plan_items_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plan_items" ADD CONSTRAINT "inspection_plan_items_plan_id_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inspection_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plan_items" ADD CONSTRAINT "inspection_plan_items_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_plan_item_id_inspection_plan_items_id_fk" FOREIGN KEY ("plan_item_id") REFERENCES "public"."inspection_plan_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_board_reference" ON "complaints" USING btree ("board_id","reference");--> statement-breakpoint
CREATE INDEX "complaints_board_received" ON "complaints" USING btree ("board_id","received_on");--> statement-breakpoint
CREATE INDEX "complaints_handler" ON "complaints" USING btree ("handler_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "difficulties_board_reference" ON "difficulties" USING btree ("board_id","reference");--> statement-breakpoint
CREATE INDEX "difficulties_board_status" ON "difficulties" USING btree ("board_id","status");--> statement-breakpoint
CREATE INDEX "difficulties_enterprise" ON "difficulties" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "difficulty_events_difficulty" ON "difficulty_events" USING btree ("difficulty_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "discharge_standard_parameters_code" ON "discharge_standard_parameters" USING btree ("standard_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "discharge_standards_board_code" ON "discharge_standards" USING btree ("board_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_results_parameter" ON "monitoring_results" USING btree ("sample_id","parameter_code");--> statement-breakpoint
CREATE INDEX "monitoring_results_board" ON "monitoring_results" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "monitoring_samples_plant" ON "monitoring_samples" USING btree ("plant_id","sampled_on");--> statement-breakpoint
CREATE INDEX "monitoring_samples_board" ON "monitoring_samples" USING btree ("board_id","sampled_on");--> statement-breakpoint
CREATE INDEX "wastewater_connections_plant" ON "wastewater_connections" USING btree ("plant_id");--> statement-breakpoint
CREATE INDEX "wastewater_connections_enterprise" ON "wastewater_connections" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "wastewater_plants_board" ON "wastewater_plants" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "wastewater_plants_zone" ON "wastewater_plants" USING btree ("zone_id");--> statement-breakpoint
CREATE INDEX "inspection_findings_inspection" ON "inspection_findings" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "inspection_findings_board_due" ON "inspection_findings" USING btree ("board_id","status","remedy_due_on");--> statement-breakpoint
CREATE INDEX "inspection_follow_ups_finding" ON "inspection_follow_ups" USING btree ("finding_id");--> statement-breakpoint
CREATE INDEX "inspection_plan_items_plan" ON "inspection_plan_items" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "inspection_plan_items_board" ON "inspection_plan_items" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "inspection_plan_items_enterprise" ON "inspection_plan_items" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "inspection_plans_board_year" ON "inspection_plans" USING btree ("board_id","year");--> statement-breakpoint
CREATE INDEX "inspections_board" ON "inspections" USING btree ("board_id","started_on");--> statement-breakpoint
CREATE INDEX "inspections_enterprise" ON "inspections" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "inspections_plan_item" ON "inspections" USING btree ("plan_item_id");