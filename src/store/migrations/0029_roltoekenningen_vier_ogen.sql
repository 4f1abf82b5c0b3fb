CREATE TABLE "roltoekenningen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"rol" text NOT NULL,
	"instelling_id" uuid,
	"aangevraagd_door" uuid NOT NULL,
	"aangevraagd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roltoekenningen_uniek" UNIQUE NULLS NOT DISTINCT("gebruiker_id","rol","instelling_id")
);
--> statement-breakpoint
ALTER TABLE "roltoekenningen" ADD CONSTRAINT "roltoekenningen_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roltoekenningen" ADD CONSTRAINT "roltoekenningen_instelling_id_instellingen_id_fk" FOREIGN KEY ("instelling_id") REFERENCES "public"."instellingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Read and written by the user management outside any tenancy, like rollen and api_tokens: the
-- request role leerroute_app has no grant and no policy.
ALTER TABLE "roltoekenningen" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
REVOKE ALL ON "roltoekenningen" FROM leerroute_app;
