CREATE TABLE "duo_verschillen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deelnemer_id" uuid NOT NULL,
	"instelling_id" uuid NOT NULL,
	"veld" text NOT NULL,
	"duo" text,
	"leerroute" text,
	"uitleg" text NOT NULL,
	"gronden" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"datum" date NOT NULL,
	"peildatum" date NOT NULL,
	"regel" integer,
	"ontvangen_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "duo_verschillen" ADD CONSTRAINT "duo_verschillen_deelnemer_id_deelnemers_id_fk" FOREIGN KEY ("deelnemer_id") REFERENCES "public"."deelnemers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_verschillen" ADD CONSTRAINT "duo_verschillen_instelling_id_instellingen_id_fk" FOREIGN KEY ("instelling_id") REFERENCES "public"."instellingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duo_verschillen_deelnemer_idx" ON "duo_verschillen" USING btree ("deelnemer_id");--> statement-breakpoint
CREATE INDEX "duo_verschillen_instelling_idx" ON "duo_verschillen" USING btree ("instelling_id");--> statement-breakpoint
-- Row-level security as for registraties (0004): a difference follows its deelnemer. The import
-- deletes the instelling's previous differences before it writes the new ones.
GRANT SELECT, INSERT, DELETE ON duo_verschillen TO leerroute_app;
--> statement-breakpoint
ALTER TABLE duo_verschillen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON duo_verschillen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR deelnemer_id = ANY ((SELECT leerroute_deelnemers())::uuid[]));
