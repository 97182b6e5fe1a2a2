CREATE TABLE "outgoing_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"number" text NOT NULL,
	"type" text NOT NULL,
	"summary" text NOT NULL,
	"issued_on" date NOT NULL,
	"signer" text,
	"signer_title" text,
	"source" text,
	"created_by" text NOT NULL,
	CONSTRAINT "outgoing_documents_type_check" CHECK (type in ('BC', 'KH', 'QD', 'TB', 'TTr', 'BB', 'GM'))
);
--> statement-breakpoint
ALTER TABLE "outgoing_documents" ADD CONSTRAINT "outgoing_documents_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outgoing_documents_board_year_sequence_key" ON "outgoing_documents" USING btree ("board_id","year","sequence");--> statement-breakpoint
CREATE INDEX "outgoing_documents_board_issued_idx" ON "outgoing_documents" USING btree ("board_id","issued_on");