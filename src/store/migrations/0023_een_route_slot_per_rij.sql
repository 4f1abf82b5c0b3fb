-- The one-route check serialises enrolments of the same number until commit. An advisory lock per
-- number did that too, but each one stays in PostgreSQL's shared lock table until the transaction
-- ends, and an import is one transaction: a few thousand rows filled the table ("out of shared
-- memory"). A row lock lives in the row itself, however many there are: one row per hash of the
-- number (no copy of the number itself), locked by the insert or the update of its row.
CREATE TABLE leerroute_nummersloten (sleutel integer PRIMARY KEY);
--> statement-breakpoint
REVOKE ALL ON leerroute_nummersloten FROM PUBLIC;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION deelnemers_een_actieve_route() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NEW.persoonsgebonden_nummer IS NULL THEN
    RETURN NEW;
  END IF;
  INSERT INTO leerroute_nummersloten (sleutel) VALUES (hashtext('leerroute.deelnemer.' || NEW.persoonsgebonden_nummer))
    ON CONFLICT (sleutel) DO UPDATE SET sleutel = EXCLUDED.sleutel;
  IF leerroute_actieve_inschrijving_elders(NEW.persoonsgebonden_nummer, NEW.leerroute_id, NEW.startdatum, NEW.id) IS NOT NULL THEN
    RAISE EXCEPTION 'deze leerling volgt al een andere leerroute'
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'deelnemers_een_actieve_route', TABLE = 'deelnemers';
  END IF;
  RETURN NEW;
END
$$;
