CREATE TABLE "duo_bestanden" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instelling_id" uuid NOT NULL,
	"register" text NOT NULL,
	"soort" text NOT NULL,
	"peildatum" date NOT NULL,
	"door" text NOT NULL,
	"op" timestamp with time zone DEFAULT now() NOT NULL,
	"regels" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "duo_bestanden" ADD CONSTRAINT "duo_bestanden_instelling_id_instellingen_id_fk" FOREIGN KEY ("instelling_id") REFERENCES "public"."instellingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duo_bestanden_instelling_idx" ON "duo_bestanden" USING btree ("instelling_id","register","op");--> statement-breakpoint
-- Row-level security: a file belongs to the instelling it was exchanged for, and a file once
-- recorded is never changed or deleted.
GRANT SELECT, INSERT ON duo_bestanden TO leerroute_app;
--> statement-breakpoint
ALTER TABLE duo_bestanden ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON duo_bestanden TO leerroute_app
  USING ((SELECT leerroute_alles()) OR instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]))
  WITH CHECK ((SELECT leerroute_alles()) OR instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]));
