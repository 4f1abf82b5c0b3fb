-- An uploaded import file waits for its job in the database, not on the disk of the instance that
-- received it: any instance behind the load balancer can then run the job or its preview. Stored in
-- pieces of at most 1 MB, written and read one at a time, so neither side holds the file in memory.
CREATE TABLE "upload_stukken" (
	"upload_id" uuid NOT NULL,
	"volgnummer" integer NOT NULL,
	"stuk" "bytea" NOT NULL,
	"gebruiker_id" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "upload_stukken_pk" PRIMARY KEY ("upload_id", "volgnummer")
);
--> statement-breakpoint
-- Like the jobs that read them (taken): written and read by the owner only, never under a
-- request's role; whose upload it is is checked in the service.
REVOKE ALL ON "upload_stukken" FROM leerroute_app;
