CREATE TABLE "deelnemer_perioden" (
	"deelnemer_id" uuid NOT NULL,
	"van" date NOT NULL,
	"tot" date,
	"leerroute_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"instelling_id" uuid NOT NULL,
	"status" text NOT NULL,
	"leerjaar" integer,
	"fase" text,
	"inschrijvingen" jsonb NOT NULL,
	"verantwoordelijkheid" jsonb,
	CONSTRAINT "deelnemer_perioden_deelnemer_id_van_pk" PRIMARY KEY("deelnemer_id","van")
);
--> statement-breakpoint
CREATE TABLE "deelnemer_perioden_horizon" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"afgeleid_tot" date NOT NULL,
	"bijgewerkt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deelnemer_perioden" ADD CONSTRAINT "deelnemer_perioden_deelnemer_id_deelnemers_id_fk" FOREIGN KEY ("deelnemer_id") REFERENCES "public"."deelnemers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deelnemer_perioden_school_idx" ON "deelnemer_perioden" USING btree ("school_id","van");--> statement-breakpoint
CREATE INDEX "deelnemer_perioden_instelling_idx" ON "deelnemer_perioden" USING btree ("instelling_id","van");--> statement-breakpoint
CREATE INDEX "deelnemer_perioden_leerroute_idx" ON "deelnemer_perioden" USING btree ("leerroute_id","van");--> statement-breakpoint
ALTER TABLE "deelnemer_perioden" ADD CONSTRAINT "deelnemer_perioden_van_tot" CHECK ("tot" IS NULL OR "tot" >= "van");
--> statement-breakpoint
ALTER TABLE "deelnemer_perioden_horizon" ADD CONSTRAINT "deelnemer_perioden_horizon_een_rij" CHECK ("id" = 1);
--> statement-breakpoint
-- The horizon a fresh database starts with: empty, so every peildatum up to the end of the
-- schooljaar two after this one is covered. An upgraded database has pupils and no periods yet:
-- -infinity, so readers ask the engine until `start` has rebuilt everything and raised it.
INSERT INTO "deelnemer_perioden_horizon" ("id", "afgeleid_tot")
  SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM "deelnemers") THEN '-infinity'::date
    ELSE make_date(extract(year FROM current_date - interval '7 months')::int + 3, 7, 31) END;
--> statement-breakpoint
-- Row-level security like the other pupil tables, keyed on the copied school and instelling so
-- the policy is an index condition rather than a lookup per row. The write paths rebuild a
-- pupil's periods inside the request's tenancy: delete and insert, never update.
GRANT SELECT, INSERT, DELETE ON deelnemer_perioden TO leerroute_app;
--> statement-breakpoint
GRANT SELECT ON deelnemer_perioden_horizon TO leerroute_app;
--> statement-breakpoint
ALTER TABLE deelnemer_perioden ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON deelnemer_perioden TO leerroute_app
  USING ((SELECT leerroute_alles()) OR school_id = ANY ((SELECT leerroute_instellingen())::uuid[]) OR instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]))
  WITH CHECK ((SELECT leerroute_alles()) OR school_id = ANY ((SELECT leerroute_instellingen())::uuid[]) OR instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]));
