CREATE TABLE "reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"board_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"period" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_by" text NOT NULL,
	"recipients" text[] NOT NULL,
	"mail_status" text NOT NULL,
	"mail_error" text,
	CONSTRAINT "reminders_mail_status_check" CHECK (mail_status in ('sent', 'no_address', 'not_configured', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reminders_board_period_idx" ON "reminders" USING btree ("board_id","period");--> statement-breakpoint
CREATE INDEX "reminders_enterprise_idx" ON "reminders" USING btree ("enterprise_id","sent_at");