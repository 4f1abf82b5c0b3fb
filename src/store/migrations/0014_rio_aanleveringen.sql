CREATE TABLE "rio_aanleveringen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerroute_id" uuid NOT NULL,
	"instelling_id" uuid NOT NULL,
	"bestandsnaam" text NOT NULL,
	"inhoud_hash" text NOT NULL,
	"geexporteerd_door" text NOT NULL,
	"geexporteerd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"bevestigd_op" date,
	"bevestigd_door" text
);
--> statement-breakpoint
ALTER TABLE "leerroutes" ADD COLUMN "ilt_code" text;--> statement-breakpoint
ALTER TABLE "rio_aanleveringen" ADD CONSTRAINT "rio_aanleveringen_leerroute_id_leerroutes_id_fk" FOREIGN KEY ("leerroute_id") REFERENCES "public"."leerroutes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rio_aanleveringen" ADD CONSTRAINT "rio_aanleveringen_instelling_id_instellingen_id_fk" FOREIGN KEY ("instelling_id") REFERENCES "public"."instellingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rio_aanleveringen_route_idx" ON "rio_aanleveringen" USING btree ("leerroute_id","instelling_id");