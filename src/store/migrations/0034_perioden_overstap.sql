-- The afgeleide tijdlijn also carries the reason an overstapoptie applies (deelnemer.overstapoptie,
-- WVO 2.107k), so the work queue finds the pupils who need a case in SQL. Existing periods lack it:
-- the horizon goes back to -infinity when there are pupils, so readers ask the law engine until
-- `start` (or `leerroute herbouw perioden`) has rebuilt everything and raised it again.
ALTER TABLE "deelnemer_perioden" ADD COLUMN "overstap" text;
--> statement-breakpoint
UPDATE "deelnemer_perioden_horizon" SET "afgeleid_tot" = '-infinity'::date, "bijgewerkt_op" = now() WHERE EXISTS (SELECT 1 FROM "deelnemers");
