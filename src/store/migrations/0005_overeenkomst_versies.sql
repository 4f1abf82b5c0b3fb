CREATE TABLE "overeenkomst_adviezen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"overeenkomst_id" uuid NOT NULL,
	"versie_id" uuid NOT NULL,
	"instelling_id" uuid NOT NULL,
	"datum" date NOT NULL,
	"strekking" text NOT NULL,
	"inhoud" text NOT NULL,
	"revisie" integer NOT NULL,
	"vastgelegd_door" text NOT NULL,
	CONSTRAINT "overeenkomst_adviezen_uniek" UNIQUE("versie_id","instelling_id")
);
--> statement-breakpoint
CREATE TABLE "overeenkomst_ondertekeningen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"overeenkomst_id" uuid NOT NULL,
	"versie_id" uuid NOT NULL,
	"instelling_id" uuid NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"functie" text NOT NULL,
	"datum" date NOT NULL,
	CONSTRAINT "overeenkomst_ondertekeningen_uniek" UNIQUE("versie_id","instelling_id")
);
--> statement-breakpoint
CREATE TABLE "overeenkomst_versies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"overeenkomst_id" uuid NOT NULL,
	"versie" integer NOT NULL,
	"status" text NOT NULL,
	"revisie" integer DEFAULT 1 NOT NULL,
	"partijen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"onderdelen" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"overige_bepalingen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"overdracht_bekostiging" boolean DEFAULT false NOT NULL,
	"ingangsdatum" date,
	"wijzigingsreden" text,
	"ondertekend_op" date,
	"document_hash" text,
	CONSTRAINT "overeenkomst_versies_uniek" UNIQUE("overeenkomst_id","versie")
);
--> statement-breakpoint
ALTER TABLE "leerroutes" ADD COLUMN "revisie" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "leerroutes" ADD COLUMN "urenplan" jsonb;--> statement-breakpoint
ALTER TABLE "leerroutes" ADD COLUMN "oude_urennormen" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "leerroutes" ADD COLUMN "locaties" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "leerroutes" ADD COLUMN "gemeld_op" date;--> statement-breakpoint
ALTER TABLE "leerroutes" ADD COLUMN "rio" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "leerroutes" ADD COLUMN "programma" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "overeenkomst_partijen" ADD COLUMN "toegetreden_op" date;--> statement-breakpoint
ALTER TABLE "overeenkomst_partijen" ADD COLUMN "uitgetreden_op" date;--> statement-breakpoint
ALTER TABLE "samenwerkingsovereenkomsten" ADD COLUMN "beeindiging" text;--> statement-breakpoint
ALTER TABLE "samenwerkingsovereenkomsten" ADD COLUMN "einddatum" date;--> statement-breakpoint
ALTER TABLE "overeenkomst_adviezen" ADD CONSTRAINT "overeenkomst_adviezen_overeenkomst_id_samenwerkingsovereenkomsten_id_fk" FOREIGN KEY ("overeenkomst_id") REFERENCES "public"."samenwerkingsovereenkomsten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overeenkomst_adviezen" ADD CONSTRAINT "overeenkomst_adviezen_versie_id_overeenkomst_versies_id_fk" FOREIGN KEY ("versie_id") REFERENCES "public"."overeenkomst_versies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overeenkomst_adviezen" ADD CONSTRAINT "overeenkomst_adviezen_instelling_id_instellingen_id_fk" FOREIGN KEY ("instelling_id") REFERENCES "public"."instellingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overeenkomst_ondertekeningen" ADD CONSTRAINT "overeenkomst_ondertekeningen_overeenkomst_id_samenwerkingsovereenkomsten_id_fk" FOREIGN KEY ("overeenkomst_id") REFERENCES "public"."samenwerkingsovereenkomsten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overeenkomst_ondertekeningen" ADD CONSTRAINT "overeenkomst_ondertekeningen_versie_id_overeenkomst_versies_id_fk" FOREIGN KEY ("versie_id") REFERENCES "public"."overeenkomst_versies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overeenkomst_ondertekeningen" ADD CONSTRAINT "overeenkomst_ondertekeningen_instelling_id_instellingen_id_fk" FOREIGN KEY ("instelling_id") REFERENCES "public"."instellingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overeenkomst_versies" ADD CONSTRAINT "overeenkomst_versies_overeenkomst_id_samenwerkingsovereenkomsten_id_fk" FOREIGN KEY ("overeenkomst_id") REFERENCES "public"."samenwerkingsovereenkomsten"("id") ON DELETE no action ON UPDATE no action;