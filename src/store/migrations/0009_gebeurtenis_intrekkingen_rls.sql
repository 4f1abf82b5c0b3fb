-- Row-level security for withdrawn events, in the style of 0002/0004: a withdrawal follows
-- its deelnemer. Append-only: the app may read and insert, never update or delete.
GRANT SELECT, INSERT ON gebeurtenis_intrekkingen TO leerroute_app;
--> statement-breakpoint
ALTER TABLE gebeurtenis_intrekkingen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON gebeurtenis_intrekkingen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR deelnemer_id = ANY ((SELECT leerroute_deelnemers())::uuid[]));
