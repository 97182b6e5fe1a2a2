CREATE TABLE "zone_public_pages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"content" jsonb NOT NULL,
	"published_content" jsonb,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	CONSTRAINT "zone_public_pages_published" CHECK ((published_content is null) = (published_at is null))
);
--> statement-breakpoint
CREATE TABLE "zone_public_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"page_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"content_type" text NOT NULL,
	"content" "bytea" NOT NULL,
	"caption_vi" text DEFAULT '' NOT NULL,
	"caption_en" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investment_leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"name" text NOT NULL,
	"organisation_id" uuid,
	"contact_id" uuid,
	"source" text NOT NULL,
	"event_id" uuid,
	"zone_id" uuid,
	"sector" text,
	"country_code" text,
	"expected_capital_vnd" bigint,
	"expected_capital_usd" numeric,
	"land_need_ha" numeric,
	"stage" text NOT NULL,
	"project_id" uuid,
	"note" text,
	"search_text" text NOT NULL,
	CONSTRAINT "investment_leads_source_check" CHECK (source in ('enquiry', 'event', 'meeting', 'referral', 'other')),
	CONSTRAINT "investment_leads_stage_check" CHECK (stage in ('enquiry', 'site_visit', 'policy_decision', 'certificate', 'lost')),
	CONSTRAINT "investment_leads_amounts" CHECK (coalesce(expected_capital_vnd, 0) >= 0 and coalesce(expected_capital_usd, 0) >= 0 and coalesce(land_need_ha, 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "lead_stage_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"since" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lead_stage_changes_stage_check" CHECK (stage in ('enquiry', 'site_visit', 'policy_decision', 'certificate', 'lost'))
);
--> statement-breakpoint
CREATE TABLE "promotion_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"organisation_id" uuid,
	"full_name" text NOT NULL,
	"position" text,
	"email" text,
	"phone" text,
	"country_code" text,
	"note" text,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "promotion_enquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"board_id" uuid NOT NULL,
	"zone_id" uuid,
	"full_name" text NOT NULL,
	"organisation" text,
	"email" text NOT NULL,
	"phone" text,
	"country_code" text,
	"message" text NOT NULL,
	"language" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"lead_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "promotion_enquiries_status_check" CHECK (status in ('new', 'lead', 'spam', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "promotion_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"place" text NOT NULL,
	"country_code" text NOT NULL,
	"organiser" text,
	"participants" text,
	"cost_vnd" bigint,
	"outcome" text,
	"search_text" text NOT NULL,
	CONSTRAINT "promotion_events_kind_check" CHECK (kind in ('delegation_abroad', 'delegation_home', 'conference', 'fair', 'webinar', 'other')),
	CONSTRAINT "promotion_events_dates" CHECK (starts_on <= ends_on),
	CONSTRAINT "promotion_events_cost" CHECK (cost_vnd is null or cost_vnd >= 0)
);
--> statement-breakpoint
CREATE TABLE "promotion_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"subject" text NOT NULL,
	"organisation_id" uuid,
	"lead_id" uuid,
	"event_id" uuid,
	"participants" text,
	"notes" text DEFAULT '' NOT NULL,
	"follow_up" text,
	"follow_up_due_on" date,
	"follow_up_done_on" date,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "promotion_organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"country_code" text NOT NULL,
	"website" text,
	"note" text,
	"search_text" text NOT NULL,
	CONSTRAINT "promotion_organisations_kind_check" CHECK (kind in ('company', 'association', 'agency', 'consultant', 'other'))
);
--> statement-breakpoint
ALTER TABLE "zone_public_pages" ADD CONSTRAINT "zone_public_pages_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_public_pages" ADD CONSTRAINT "zone_public_pages_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_public_pages" ADD CONSTRAINT "zone_public_pages_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_public_photos" ADD CONSTRAINT "zone_public_photos_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_public_photos" ADD CONSTRAINT "zone_public_photos_page_id_zone_public_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."zone_public_pages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_organisation_id_promotion_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."promotion_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_contact_id_promotion_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."promotion_contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_event_id_promotion_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."promotion_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_stage_changes" ADD CONSTRAINT "lead_stage_changes_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_stage_changes" ADD CONSTRAINT "lead_stage_changes_lead_id_investment_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."investment_leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_stage_changes" ADD CONSTRAINT "lead_stage_changes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_contacts" ADD CONSTRAINT "promotion_contacts_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_contacts" ADD CONSTRAINT "promotion_contacts_organisation_id_promotion_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."promotion_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_enquiries" ADD CONSTRAINT "promotion_enquiries_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_enquiries" ADD CONSTRAINT "promotion_enquiries_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_enquiries" ADD CONSTRAINT "promotion_enquiries_lead_id_investment_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."investment_leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_events" ADD CONSTRAINT "promotion_events_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_meetings" ADD CONSTRAINT "promotion_meetings_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_meetings" ADD CONSTRAINT "promotion_meetings_organisation_id_promotion_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."promotion_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_meetings" ADD CONSTRAINT "promotion_meetings_lead_id_investment_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."investment_leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_meetings" ADD CONSTRAINT "promotion_meetings_event_id_promotion_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."promotion_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_organisations" ADD CONSTRAINT "promotion_organisations_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "zone_public_pages_zone_key" ON "zone_public_pages" USING btree ("zone_id");--> statement-breakpoint
CREATE INDEX "zone_public_pages_board_idx" ON "zone_public_pages" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "zone_public_photos_page_idx" ON "zone_public_photos" USING btree ("page_id","position");--> statement-breakpoint
CREATE INDEX "investment_leads_board_idx" ON "investment_leads" USING btree ("board_id","stage");--> statement-breakpoint
CREATE INDEX "lead_stage_changes_lead_idx" ON "lead_stage_changes" USING btree ("lead_id","since");--> statement-breakpoint
CREATE INDEX "promotion_contacts_board_idx" ON "promotion_contacts" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "promotion_enquiries_board_idx" ON "promotion_enquiries" USING btree ("board_id","status");--> statement-breakpoint
CREATE INDEX "promotion_events_board_idx" ON "promotion_events" USING btree ("board_id","starts_on");--> statement-breakpoint
CREATE INDEX "promotion_meetings_board_idx" ON "promotion_meetings" USING btree ("board_id","held_on");--> statement-breakpoint
CREATE INDEX "promotion_organisations_board_idx" ON "promotion_organisations" USING btree ("board_id");