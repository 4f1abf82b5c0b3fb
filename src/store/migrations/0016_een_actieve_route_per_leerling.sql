-- One pupil follows one route at a time: a persoonsgebonden nummer may not be enrolled in a second
-- route while an earlier enrolment has not ended (uitgestapt, definitief verwijderd or mbo-diploma,
-- not withdrawn) on or before the new startdatum. The enrolments may belong to different schools,
-- which the request role cannot see under row-level security, so the check runs as the owner and
-- tells the caller no more than the id of the other enrolment.
CREATE FUNCTION leerroute_actieve_inschrijving_elders(nummer text, route uuid, start date, zelf uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT d.id FROM deelnemers d
  WHERE d.persoonsgebonden_nummer = nummer
    AND d.leerroute_id <> route
    AND (zelf IS NULL OR d.id <> zelf)
    AND NOT EXISTS (
      SELECT 1 FROM gebeurtenissen g
      WHERE g.deelnemer_id = d.id
        AND g.soort IN ('uitgestapt', 'definitief-verwijderd', 'mbo-diploma')
        AND g.datum <= start
        AND NOT EXISTS (SELECT 1 FROM gebeurtenis_intrekkingen i WHERE i.gebeurtenis_id = g.id)
    )
  ORDER BY d.startdatum
  LIMIT 1
$$;
--> statement-breakpoint
-- The database decides, also for two enrolments of the same number arriving together: the lock on
-- the number makes the second wait for the first and then see it.
CREATE FUNCTION deelnemers_een_actieve_route() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NEW.persoonsgebonden_nummer IS NULL THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('leerroute.deelnemer.' || NEW.persoonsgebonden_nummer));
  IF leerroute_actieve_inschrijving_elders(NEW.persoonsgebonden_nummer, NEW.leerroute_id, NEW.startdatum, NEW.id) IS NOT NULL THEN
    RAISE EXCEPTION 'deze leerling volgt al een andere leerroute'
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'deelnemers_een_actieve_route', TABLE = 'deelnemers';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER deelnemers_een_actieve_route BEFORE INSERT OR UPDATE OF persoonsgebonden_nummer, startdatum, leerroute_id ON deelnemers
  FOR EACH ROW EXECUTE FUNCTION deelnemers_een_actieve_route();
