CREATE TABLE "gebeurtenis_intrekkingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gebeurtenis_id" uuid NOT NULL,
	"deelnemer_id" uuid NOT NULL,
	"reden" text NOT NULL,
	"ingetrokken_door" uuid NOT NULL,
	"ingetrokken_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gebeurtenis_intrekkingen_gebeurtenis_id_unique" UNIQUE("gebeurtenis_id")
);
--> statement-breakpoint
ALTER TABLE "gebeurtenis_intrekkingen" ADD CONSTRAINT "gebeurtenis_intrekkingen_gebeurtenis_id_gebeurtenissen_id_fk" FOREIGN KEY ("gebeurtenis_id") REFERENCES "public"."gebeurtenissen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gebeurtenis_intrekkingen" ADD CONSTRAINT "gebeurtenis_intrekkingen_deelnemer_id_deelnemers_id_fk" FOREIGN KEY ("deelnemer_id") REFERENCES "public"."deelnemers"("id") ON DELETE no action ON UPDATE no action;