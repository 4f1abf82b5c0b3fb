CREATE TABLE "taken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"soort" text NOT NULL,
	"status" text DEFAULT 'wachtend' NOT NULL,
	"gebruiker_id" text NOT NULL,
	"toegang" jsonb NOT NULL,
	"invoer" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"plek" text,
	"voortgang" jsonb,
	"resultaat" jsonb,
	"bestand" "bytea",
	"fout" text,
	"pogingen" integer DEFAULT 0 NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gestart_op" timestamp with time zone,
	"levensteken_op" timestamp with time zone,
	"klaar_op" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "taken_wachtend_idx" ON "taken" USING btree ("status","aangemaakt_op");--> statement-breakpoint
CREATE INDEX "taken_gebruiker_idx" ON "taken" USING btree ("gebruiker_id");--> statement-breakpoint
-- Jobs are read and written by the owner only, never under a request's role: a job's report is
-- shown to the user who asked for it, checked in the service, and the request role needs no grant.
REVOKE ALL ON "taken" FROM leerroute_app;
