ALTER TABLE "overstappen" ADD COLUMN "afsluitgrond" text;--> statement-breakpoint
ALTER TABLE "overstappen" ADD COLUMN "ontvangende_school" text;--> statement-breakpoint
-- An overstap case closes only with a placement or, outside a GLR, because the pupil moved and
-- another school took the pupil in (WVO 2020 art. 2.107k lid 1, WEB 9.1.14 lid 1; the service
-- refuses first, naming the field). NOT VALID: cases closed before this rule stay as they are.
ALTER TABLE "overstappen" ADD CONSTRAINT "overstappen_sluiten_met_grond"
  CHECK (gesloten_op IS NULL OR plaatsing_startdatum IS NOT NULL OR (afsluitgrond = 'verhuisd' AND coalesce(trim(ontvangende_school), '') <> '')) NOT VALID;
