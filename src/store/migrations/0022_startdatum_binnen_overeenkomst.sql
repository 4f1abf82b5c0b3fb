-- A pupil starts within the samenwerkingsovereenkomst the route runs on (WVO 2020 art. 2.107b lid 1):
-- not before its ingangsdatum, not on or after its einddatum. The enrolment service refuses first
-- with the field startdatum (src/services/deelnemers/plausibel.ts); this holds the rule for every
-- other writer. Checked when a pupil is enrolled or the startdatum or route changes.
CREATE FUNCTION deelnemers_startdatum_binnen_overeenkomst() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  ingang date;
  einde date;
BEGIN
  SELECT o.ingangsdatum, o.einddatum INTO ingang, einde
  FROM leerroutes r JOIN samenwerkingsovereenkomsten o ON o.id = r.overeenkomst_id
  WHERE r.id = NEW.leerroute_id;
  IF (ingang IS NOT NULL AND NEW.startdatum < ingang) OR (einde IS NOT NULL AND NEW.startdatum >= einde) THEN
    RAISE EXCEPTION 'startdatum % ligt buiten de samenwerkingsovereenkomst (% tot %)', NEW.startdatum, ingang, einde
      USING ERRCODE = 'check_violation', CONSTRAINT = 'deelnemers_startdatum_binnen_overeenkomst', TABLE = 'deelnemers';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER deelnemers_startdatum_binnen_overeenkomst BEFORE INSERT OR UPDATE OF startdatum, leerroute_id ON deelnemers
  FOR EACH ROW EXECUTE FUNCTION deelnemers_startdatum_binnen_overeenkomst();
