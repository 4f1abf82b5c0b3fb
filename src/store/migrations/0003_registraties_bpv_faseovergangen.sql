CREATE TABLE "bpv_perioden" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deelnemer_id" uuid NOT NULL,
	"van" date NOT NULL,
	"tot" date NOT NULL,
	"bedrijf" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "faseovergang_deelnemers" (
	"faseovergang_id" uuid NOT NULL,
	"deelnemer_id" uuid NOT NULL,
	"examenkandidaat" boolean NOT NULL,
	"vingerafdruk" text NOT NULL,
	CONSTRAINT "faseovergang_deelnemers_faseovergang_id_deelnemer_id_pk" PRIMARY KEY("faseovergang_id","deelnemer_id"),
	CONSTRAINT "faseovergang_deelnemers_deelnemer_id_unique" UNIQUE("deelnemer_id")
);
--> statement-breakpoint
CREATE TABLE "faseovergangen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerroute_id" uuid NOT NULL,
	"ingangsdatum" date NOT NULL,
	"cohort" integer NOT NULL,
	"uitgevoerd_door" uuid NOT NULL,
	"uitgevoerd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registraties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deelnemer_id" uuid NOT NULL,
	"register" text NOT NULL,
	"handeling" text NOT NULL,
	"als" text NOT NULL,
	"datum" date NOT NULL,
	"faseovergang_id" uuid
);
--> statement-breakpoint
ALTER TABLE "deelnemers" ADD COLUMN "voorletters" text;--> statement-breakpoint
ALTER TABLE "deelnemers" ADD COLUMN "overleg_leerling_ouders_op" date;--> statement-breakpoint
ALTER TABLE "deelnemers" ADD COLUMN "overleg_instelling_op" date;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "handmatig" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "beoordeeld_op" date;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "niveau" text;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "namens_school" text;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "namens_instelling" text;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "opties" jsonb;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "toelichting" text;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "besloten_op" date;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "gekozen_optie" text;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "entree" boolean;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "motivatie" text;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "plaatsing_instelling" text;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "plaatsing_opleiding" text;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "plaatsing_crebo" text;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "plaatsing_startdatum" date;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "gesloten_op" date;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "afsluitreden" text;--> statement-breakpoint
ALTER TABLE "bpv_perioden" ADD CONSTRAINT "bpv_perioden_deelnemer_id_deelnemers_id_fk" FOREIGN KEY ("deelnemer_id") REFERENCES "public"."deelnemers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faseovergang_deelnemers" ADD CONSTRAINT "faseovergang_deelnemers_faseovergang_id_faseovergangen_id_fk" FOREIGN KEY ("faseovergang_id") REFERENCES "public"."faseovergangen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faseovergang_deelnemers" ADD CONSTRAINT "faseovergang_deelnemers_deelnemer_id_deelnemers_id_fk" FOREIGN KEY ("deelnemer_id") REFERENCES "public"."deelnemers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faseovergangen" ADD CONSTRAINT "faseovergangen_leerroute_id_leerroutes_id_fk" FOREIGN KEY ("leerroute_id") REFERENCES "public"."leerroutes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registraties" ADD CONSTRAINT "registraties_deelnemer_id_deelnemers_id_fk" FOREIGN KEY ("deelnemer_id") REFERENCES "public"."deelnemers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bpv_perioden_deelnemer_idx" ON "bpv_perioden" USING btree ("deelnemer_id");--> statement-breakpoint
CREATE INDEX "registraties_deelnemer_idx" ON "registraties" USING btree ("deelnemer_id","datum");--> statement-breakpoint
ALTER TABLE "overstappen" ADD CONSTRAINT "overstappen_deelnemer_reden" UNIQUE("deelnemer_id","reden");