CREATE TABLE "zone_holdings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"since" date,
	"decision" text
);
--> statement-breakpoint
ALTER TABLE "bloc_members" ADD COLUMN "until" date;--> statement-breakpoint
ALTER TABLE "boards" ADD COLUMN "dissolved_on" date;--> statement-breakpoint
ALTER TABLE "boards" ADD COLUMN "succeeded_by" uuid;--> statement-breakpoint
ALTER TABLE "zone_holdings" ADD CONSTRAINT "zone_holdings_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_holdings" ADD CONSTRAINT "zone_holdings_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "zone_holdings_zone_since_key" ON "zone_holdings" USING btree ("zone_id","since");--> statement-breakpoint
CREATE INDEX "zone_holdings_board_idx" ON "zone_holdings" USING btree ("board_id");--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_succeeded_by_boards_id_fk" FOREIGN KEY ("succeeded_by") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_succession" CHECK ((dissolved_on is null) = (succeeded_by is null) and succeeded_by is distinct from id);