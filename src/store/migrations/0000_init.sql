CREATE TABLE "audit" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"actie" text NOT NULL,
	"entiteit" text NOT NULL,
	"entiteit_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deelnemers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerroute_id" uuid NOT NULL,
	"roepnaam" text NOT NULL,
	"achternaam" text NOT NULL,
	"geboortedatum" date NOT NULL,
	"geslacht" text NOT NULL,
	"startdatum" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gebeurtenissen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deelnemer_id" uuid NOT NULL,
	"datum" date NOT NULL,
	"soort" text NOT NULL,
	"tijdvak" smallint,
	"vak" text
);
--> statement-breakpoint
CREATE TABLE "instellingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"naam" text NOT NULL,
	"soort" text NOT NULL,
	"brin" text NOT NULL,
	"bevoegd_gezag" text NOT NULL,
	"plaats" text NOT NULL,
	CONSTRAINT "instellingen_brin_unique" UNIQUE("brin")
);
--> statement-breakpoint
CREATE TABLE "leerroutes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"overeenkomst_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"soort" text NOT NULL,
	"leerweg" text NOT NULL,
	"profiel" text NOT NULL,
	"school_id" uuid NOT NULL,
	"instelling_id" uuid NOT NULL,
	"mbo_soort" text NOT NULL,
	"mbo_naam" text NOT NULL,
	"crebo" text,
	"niveau" smallint NOT NULL,
	"mbo_leerweg" text NOT NULL,
	"studieduur_jaren" smallint NOT NULL,
	"cursusduur_jaren" smallint NOT NULL,
	"verzorging" text NOT NULL,
	"bekostigd" boolean DEFAULT true NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "overeenkomst_partijen" (
	"overeenkomst_id" uuid NOT NULL,
	"instelling_id" uuid NOT NULL,
	CONSTRAINT "overeenkomst_partijen_overeenkomst_id_instelling_id_pk" PRIMARY KEY("overeenkomst_id","instelling_id")
);
--> statement-breakpoint
CREATE TABLE "overstappen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deelnemer_id" uuid NOT NULL,
	"reden" text NOT NULL,
	"status" text NOT NULL,
	"geopend_op" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "samenwerkingsovereenkomsten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"naam" text NOT NULL,
	"soort" text NOT NULL,
	"status" text NOT NULL,
	"ingangsdatum" date,
	"ondertekend_op" date,
	"onderwerpen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"overdracht_bekostiging" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deelnemers" ADD CONSTRAINT "deelnemers_leerroute_id_leerroutes_id_fk" FOREIGN KEY ("leerroute_id") REFERENCES "public"."leerroutes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gebeurtenissen" ADD CONSTRAINT "gebeurtenissen_deelnemer_id_deelnemers_id_fk" FOREIGN KEY ("deelnemer_id") REFERENCES "public"."deelnemers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leerroutes" ADD CONSTRAINT "leerroutes_overeenkomst_id_samenwerkingsovereenkomsten_id_fk" FOREIGN KEY ("overeenkomst_id") REFERENCES "public"."samenwerkingsovereenkomsten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leerroutes" ADD CONSTRAINT "leerroutes_school_id_instellingen_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."instellingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leerroutes" ADD CONSTRAINT "leerroutes_instelling_id_instellingen_id_fk" FOREIGN KEY ("instelling_id") REFERENCES "public"."instellingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overeenkomst_partijen" ADD CONSTRAINT "overeenkomst_partijen_overeenkomst_id_samenwerkingsovereenkomsten_id_fk" FOREIGN KEY ("overeenkomst_id") REFERENCES "public"."samenwerkingsovereenkomsten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overeenkomst_partijen" ADD CONSTRAINT "overeenkomst_partijen_instelling_id_instellingen_id_fk" FOREIGN KEY ("instelling_id") REFERENCES "public"."instellingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overstappen" ADD CONSTRAINT "overstappen_deelnemer_id_deelnemers_id_fk" FOREIGN KEY ("deelnemer_id") REFERENCES "public"."deelnemers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deelnemers_leerroute_idx" ON "deelnemers" USING btree ("leerroute_id");--> statement-breakpoint
CREATE INDEX "gebeurtenissen_deelnemer_idx" ON "gebeurtenissen" USING btree ("deelnemer_id","datum");