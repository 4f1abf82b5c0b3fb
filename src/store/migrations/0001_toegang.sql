CREATE TABLE "gebruikers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"naam" text NOT NULL,
	"wachtwoord_hash" text,
	"oidc_issuer" text,
	"oidc_subject" text,
	"mislukte_pogingen" integer DEFAULT 0 NOT NULL,
	"vergrendeld_tot" timestamp with time zone,
	"actief" boolean DEFAULT true NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gebruikers_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "inlogpogingen" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"adres" text NOT NULL,
	"email" text NOT NULL,
	"gelukt" boolean NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"rol" text NOT NULL,
	"instelling_id" uuid,
	CONSTRAINT "rollen_uniek" UNIQUE NULLS NOT DISTINCT("gebruiker_id","rol","instelling_id")
);
--> statement-breakpoint
CREATE TABLE "sessies" (
	"id" text PRIMARY KEY NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"laatst_gebruikt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit" ADD COLUMN "instelling_id" uuid;--> statement-breakpoint
ALTER TABLE "audit" ADD COLUMN "voor" jsonb;--> statement-breakpoint
ALTER TABLE "audit" ADD COLUMN "na" jsonb;--> statement-breakpoint
ALTER TABLE "deelnemers" ADD COLUMN "persoonsgebonden_nummer" text;--> statement-breakpoint
ALTER TABLE "deelnemers" ADD COLUMN "soort_nummer" text;--> statement-breakpoint
ALTER TABLE "instellingen" ADD COLUMN "rio_code" text;--> statement-breakpoint
ALTER TABLE "instellingen" ADD COLUMN "locaties" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "rollen" ADD CONSTRAINT "rollen_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollen" ADD CONSTRAINT "rollen_instelling_id_instellingen_id_fk" FOREIGN KEY ("instelling_id") REFERENCES "public"."instellingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessies" ADD CONSTRAINT "sessies_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "gebruikers_oidc_idx" ON "gebruikers" USING btree ("oidc_issuer","oidc_subject");--> statement-breakpoint
CREATE INDEX "inlogpogingen_adres_idx" ON "inlogpogingen" USING btree ("adres","tijdstip");--> statement-breakpoint
CREATE INDEX "sessies_gebruiker_idx" ON "sessies" USING btree ("gebruiker_id");