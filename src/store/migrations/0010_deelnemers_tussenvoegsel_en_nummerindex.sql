ALTER TABLE "deelnemers" ADD COLUMN "tussenvoegsel" text;--> statement-breakpoint
CREATE INDEX "deelnemers_nummer_idx" ON "deelnemers" USING btree ("persoonsgebonden_nummer");