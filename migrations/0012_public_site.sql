CREATE TABLE "public_site_settings" (
	"board_id" uuid PRIMARY KEY NOT NULL,
	"tile_url_template" text,
	"tile_attribution" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "public_site_settings" ADD CONSTRAINT "public_site_settings_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_site_settings" ADD CONSTRAINT "public_site_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;