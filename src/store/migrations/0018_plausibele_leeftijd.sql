-- A plausible age for vmbo leerjaar 3 at the route's start: 10 up to and including 25 years (the
-- reasons are in src/services/deelnemers/plausibel.ts, which refuses with the field first). NOT
-- VALID: rows of an installation entered before the rule stay until corrected; every new or
-- changed row is checked.
ALTER TABLE deelnemers ADD CONSTRAINT deelnemers_leeftijd_plausibel
  CHECK (geboortedatum <= startdatum - interval '10 years' AND geboortedatum > startdatum - interval '26 years') NOT VALID;
