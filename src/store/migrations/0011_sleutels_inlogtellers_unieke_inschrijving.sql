CREATE TABLE "inlogtellers" (
	"soort" text NOT NULL,
	"sleutel" text NOT NULL,
	"aantal" integer NOT NULL,
	"sinds" timestamp with time zone DEFAULT now() NOT NULL,
	"volgende_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inlogtellers_soort_sleutel_pk" PRIMARY KEY("soort","sleutel")
);
--> statement-breakpoint
CREATE TABLE "sleutels" (
	"naam" text PRIMARY KEY NOT NULL,
	"waarde" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deelnemers" ADD CONSTRAINT "deelnemers_leerroute_nummer_uniek" UNIQUE("leerroute_id","persoonsgebonden_nummer");--> statement-breakpoint
-- The key of the fingerprints stays with the owner: the request role gets no grant at all, so not
-- even a query smuggled into a request's transaction can read it. The login counters are written
-- outside the tenancy (no pupil data) and need no grant either.
REVOKE ALL ON "sleutels", "inlogtellers" FROM leerroute_app;
