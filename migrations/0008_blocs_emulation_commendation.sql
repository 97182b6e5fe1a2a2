CREATE TABLE "bloc_returns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"bloc_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"period" text NOT NULL,
	"new_projects_fdi" integer NOT NULL,
	"new_projects_ddi" integer NOT NULL,
	"capital_fdi_usd" numeric(20, 2) NOT NULL,
	"capital_ddi_vnd" numeric(24, 0) NOT NULL,
	"revenue_fdi_usd" numeric(20, 2) NOT NULL,
	"revenue_ddi_vnd" numeric(24, 0) NOT NULL,
	"budget_paid_fdi_usd" numeric(20, 2) NOT NULL,
	"budget_paid_ddi_vnd" numeric(24, 0) NOT NULL,
	"zones_in_plan_count" integer NOT NULL,
	"zones_in_plan_area_ha" numeric(14, 4) NOT NULL,
	"zones_operating_count" integer NOT NULL,
	"zones_operating_area_ha" numeric(14, 4) NOT NULL,
	"zones_under_construction_count" integer NOT NULL,
	"zones_under_construction_area_ha" numeric(14, 4) NOT NULL,
	"source" text NOT NULL,
	"note" text,
	CONSTRAINT "bloc_returns_source" CHECK (source in ('form', 'import', 'package'))
);
--> statement-breakpoint
CREATE TABLE "bloc_year_members" (
	"bloc_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"board_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "bloc_year_members_bloc_id_year_board_id_pk" PRIMARY KEY("bloc_id","year","board_id")
);
--> statement-breakpoint
CREATE TABLE "bloc_years" (
	"bloc_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"leader_board_id" uuid NOT NULL,
	"deputy_board_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bloc_years_bloc_id_year_pk" PRIMARY KEY("bloc_id","year"),
	CONSTRAINT "bloc_years_year" CHECK (year between 1990 and 2200),
	CONSTRAINT "bloc_years_deputy_differs" CHECK (deputy_board_id is distinct from leader_board_id)
);
--> statement-breakpoint
CREATE TABLE "awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"award" text NOT NULL,
	"decision_id" uuid,
	"decision_text" text,
	"revoked_on" date,
	"revoked_reason" text,
	CONSTRAINT "awards_award" CHECK (award in ('LDTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TOAN_QUOC', 'TTLDTT', 'TTLDXS', 'CO_THI_DUA_TINH', 'CO_THI_DUA_CP', 'GIAY_KHEN', 'BANG_KHEN_TINH', 'BANG_KHEN_BO', 'BANG_KHEN_TTG', 'HUAN_CHUONG_LD3', 'HUAN_CHUONG_LD2', 'HUAN_CHUONG_LD1')),
	CONSTRAINT "awards_decision" CHECK (decision_id is not null or decision_text is not null)
);
--> statement-breakpoint
CREATE TABLE "commendation_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"number" text NOT NULL,
	"signed_on" date NOT NULL,
	"issuer" text NOT NULL,
	"level" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"proposal_id" uuid,
	CONSTRAINT "commendation_decisions_level" CHECK (level in ('unit', 'province', 'ministry', 'government', 'state'))
);
--> statement-breakpoint
CREATE TABLE "commendation_proposal_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"award" text NOT NULL,
	"achievement" text DEFAULT '' NOT NULL,
	"council_agreed" boolean,
	"votes_for" integer,
	"votes_total" integer,
	CONSTRAINT "commendation_proposal_items_award" CHECK (award in ('LDTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TOAN_QUOC', 'TTLDTT', 'TTLDXS', 'CO_THI_DUA_TINH', 'CO_THI_DUA_CP', 'GIAY_KHEN', 'BANG_KHEN_TINH', 'BANG_KHEN_BO', 'BANG_KHEN_TTG', 'HUAN_CHUONG_LD3', 'HUAN_CHUONG_LD2', 'HUAN_CHUONG_LD1'))
);
--> statement-breakpoint
CREATE TABLE "commendation_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"movement_id" uuid,
	"state" text DEFAULT 'draft' NOT NULL,
	"reviewed_on" date,
	"council_note" text,
	CONSTRAINT "commendation_proposals_kind" CHECK (kind in ('annual', 'thematic', 'sudden')),
	CONSTRAINT "commendation_proposals_state" CHECK (state in ('draft', 'submitted', 'reviewed', 'decided', 'returned'))
);
--> statement-breakpoint
CREATE TABLE "commendation_subjects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"collective_id" uuid,
	"birth_year" integer,
	"left_on" date,
	CONSTRAINT "commendation_subjects_kind" CHECK (kind in ('person', 'collective')),
	CONSTRAINT "commendation_subjects_collective" CHECK (kind = 'person' or collective_id is null)
);
--> statement-breakpoint
CREATE TABLE "initiative_authors" (
	"initiative_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	CONSTRAINT "initiative_authors_initiative_id_subject_id_pk" PRIMARY KEY("initiative_id","subject_id")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"level" text NOT NULL,
	"recognised_by" text DEFAULT '' NOT NULL,
	"recognised_on" date,
	CONSTRAINT "initiatives_level" CHECK (level in ('unit', 'province', 'national'))
);
--> statement-breakpoint
CREATE TABLE "performance_ratings" (
	"subject_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"board_id" uuid NOT NULL,
	"rating" text NOT NULL,
	"collective_id" uuid,
	"discipline" text,
	CONSTRAINT "performance_ratings_subject_id_year_pk" PRIMARY KEY("subject_id","year"),
	CONSTRAINT "performance_ratings_rating" CHECK (rating in ('excellent', 'good', 'completed', 'not_completed')),
	CONSTRAINT "performance_ratings_discipline" CHECK (discipline is null or discipline in ('reprimand', 'warning', 'demotion', 'dismissal'))
);
--> statement-breakpoint
CREATE TABLE "title_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"subject_id" uuid NOT NULL,
	"award" text NOT NULL,
	"movement_id" uuid,
	"registered_on" date NOT NULL,
	CONSTRAINT "title_registrations_award" CHECK (award in ('LDTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TOAN_QUOC', 'TTLDTT', 'TTLDXS', 'CO_THI_DUA_TINH', 'CO_THI_DUA_CP', 'GIAY_KHEN', 'BANG_KHEN_TINH', 'BANG_KHEN_BO', 'BANG_KHEN_TTG', 'HUAN_CHUONG_LD3', 'HUAN_CHUONG_LD2', 'HUAN_CHUONG_LD1'))
);
--> statement-breakpoint
CREATE TABLE "emulation_covenant_signatories" (
	"covenant_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	CONSTRAINT "emulation_covenant_signatories_covenant_id_board_id_pk" PRIMARY KEY("covenant_id","board_id")
);
--> statement-breakpoint
CREATE TABLE "emulation_covenants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"bloc_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"signed_on" date NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"file_name" text,
	"media_type" text,
	"file_content" "bytea",
	"file_sha256" text
);
--> statement-breakpoint
CREATE TABLE "emulation_movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid,
	"bloc_id" uuid,
	"name" text NOT NULL,
	"organiser" text NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	CONSTRAINT "emulation_movements_owner" CHECK ((board_id is null) <> (bloc_id is null)),
	CONSTRAINT "emulation_movements_kind" CHECK (kind in ('regular', 'thematic')),
	CONSTRAINT "emulation_movements_period" CHECK (ends_on >= starts_on)
);
--> statement-breakpoint
CREATE TABLE "score_entries" (
	"sheet_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"self_value" numeric(24, 4),
	"self_passed" boolean,
	"reviewed_value" numeric(24, 4),
	"reviewed_passed" boolean,
	"note" text,
	"evidence" text,
	CONSTRAINT "score_entries_sheet_id_criterion_id_pk" PRIMARY KEY("sheet_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "score_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"table_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	CONSTRAINT "score_sheets_state" CHECK (state in ('draft', 'submitted', 'reviewed'))
);
--> statement-breakpoint
CREATE TABLE "scoring_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"table_id" uuid NOT NULL,
	"parent_id" uuid,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"max_points" numeric(10, 2) NOT NULL,
	"points_per_occurrence" numeric(10, 2),
	"unit" text,
	"source" text,
	CONSTRAINT "scoring_criteria_kind" CHECK (kind in ('sum', 'quantitative', 'pass_fail', 'per_occurrence', 'bonus', 'penalty')),
	CONSTRAINT "scoring_criteria_max" CHECK (max_points >= 0)
);
--> statement-breakpoint
CREATE TABLE "scoring_tables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"bloc_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"adopted_by" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_targets" (
	"criterion_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"target" numeric(24, 4) NOT NULL,
	CONSTRAINT "scoring_targets_criterion_id_board_id_pk" PRIMARY KEY("criterion_id","board_id")
);
--> statement-breakpoint
DROP TABLE "bloc_members" CASCADE;--> statement-breakpoint
ALTER TABLE "enterprise_reports" ADD COLUMN "revenue_usd" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "enterprise_reports" ADD COLUMN "budget_paid_usd" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "bloc_returns" ADD CONSTRAINT "bloc_returns_bloc_id_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."blocs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_returns" ADD CONSTRAINT "bloc_returns_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_year_members" ADD CONSTRAINT "bloc_year_members_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_year_members" ADD CONSTRAINT "bloc_year_members_bloc_id_year_bloc_years_bloc_id_year_fk" FOREIGN KEY ("bloc_id","year") REFERENCES "public"."bloc_years"("bloc_id","year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_years" ADD CONSTRAINT "bloc_years_bloc_id_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."blocs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_years" ADD CONSTRAINT "bloc_years_leader_board_id_boards_id_fk" FOREIGN KEY ("leader_board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_years" ADD CONSTRAINT "bloc_years_deputy_board_id_boards_id_fk" FOREIGN KEY ("deputy_board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_subject_id_commendation_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."commendation_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_decision_id_commendation_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."commendation_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation_decisions" ADD CONSTRAINT "commendation_decisions_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation_decisions" ADD CONSTRAINT "commendation_decisions_proposal_id_commendation_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."commendation_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation_proposal_items" ADD CONSTRAINT "commendation_proposal_items_proposal_id_commendation_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."commendation_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation_proposal_items" ADD CONSTRAINT "commendation_proposal_items_subject_id_commendation_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."commendation_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation_proposals" ADD CONSTRAINT "commendation_proposals_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation_proposals" ADD CONSTRAINT "commendation_proposals_movement_id_emulation_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."emulation_movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation_subjects" ADD CONSTRAINT "commendation_subjects_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation_subjects" ADD CONSTRAINT "commendation_subjects_collective_id_commendation_subjects_id_fk" FOREIGN KEY ("collective_id") REFERENCES "public"."commendation_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_authors" ADD CONSTRAINT "initiative_authors_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_authors" ADD CONSTRAINT "initiative_authors_subject_id_commendation_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."commendation_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_ratings" ADD CONSTRAINT "performance_ratings_subject_id_commendation_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."commendation_subjects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_ratings" ADD CONSTRAINT "performance_ratings_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_ratings" ADD CONSTRAINT "performance_ratings_collective_id_commendation_subjects_id_fk" FOREIGN KEY ("collective_id") REFERENCES "public"."commendation_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "title_registrations" ADD CONSTRAINT "title_registrations_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "title_registrations" ADD CONSTRAINT "title_registrations_subject_id_commendation_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."commendation_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "title_registrations" ADD CONSTRAINT "title_registrations_movement_id_emulation_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."emulation_movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_covenant_signatories" ADD CONSTRAINT "emulation_covenant_signatories_covenant_id_emulation_covenants_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "public"."emulation_covenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_covenant_signatories" ADD CONSTRAINT "emulation_covenant_signatories_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_covenants" ADD CONSTRAINT "emulation_covenants_bloc_id_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."blocs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_movements" ADD CONSTRAINT "emulation_movements_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_movements" ADD CONSTRAINT "emulation_movements_bloc_id_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."blocs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_entries" ADD CONSTRAINT "score_entries_sheet_id_score_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."score_sheets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_entries" ADD CONSTRAINT "score_entries_criterion_id_scoring_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."scoring_criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_table_id_scoring_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."scoring_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_criteria" ADD CONSTRAINT "scoring_criteria_table_id_scoring_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."scoring_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_criteria" ADD CONSTRAINT "scoring_criteria_parent_id_scoring_criteria_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."scoring_criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_tables" ADD CONSTRAINT "scoring_tables_bloc_id_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."blocs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_targets" ADD CONSTRAINT "scoring_targets_criterion_id_scoring_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."scoring_criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_targets" ADD CONSTRAINT "scoring_targets_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bloc_returns_member_period" ON "bloc_returns" USING btree ("bloc_id","board_id","period");--> statement-breakpoint
CREATE INDEX "bloc_year_members_board" ON "bloc_year_members" USING btree ("board_id");--> statement-breakpoint
CREATE UNIQUE INDEX "awards_one" ON "awards" USING btree ("subject_id","year","award");--> statement-breakpoint
CREATE INDEX "awards_board_year" ON "awards" USING btree ("board_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "commendation_decisions_number" ON "commendation_decisions" USING btree ("board_id","number","signed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "commendation_proposal_items_one" ON "commendation_proposal_items" USING btree ("proposal_id","subject_id","award");--> statement-breakpoint
CREATE INDEX "commendation_proposals_board" ON "commendation_proposals" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "commendation_subjects_board" ON "commendation_subjects" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "initiatives_board" ON "initiatives" USING btree ("board_id");--> statement-breakpoint
CREATE UNIQUE INDEX "title_registrations_one" ON "title_registrations" USING btree ("subject_id","year","award");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_covenants_bloc_year" ON "emulation_covenants" USING btree ("bloc_id","year");--> statement-breakpoint
CREATE INDEX "emulation_movements_board" ON "emulation_movements" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "emulation_movements_bloc" ON "emulation_movements" USING btree ("bloc_id");--> statement-breakpoint
CREATE UNIQUE INDEX "score_sheets_member" ON "score_sheets" USING btree ("table_id","board_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_criteria_code" ON "scoring_criteria" USING btree ("table_id","code");--> statement-breakpoint
CREATE INDEX "scoring_criteria_parent" ON "scoring_criteria" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_tables_bloc_year" ON "scoring_tables" USING btree ("bloc_id","year");