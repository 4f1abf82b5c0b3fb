-- Row-level security for RIO deliveries, in the style of 0002/0009: a delivery follows its
-- leerroute, so both partners of a route see each other's registration status. The app may read,
-- record a delivery and record DUO's confirmation; nothing is ever deleted.
GRANT SELECT, INSERT, UPDATE ON rio_aanleveringen TO leerroute_app;
--> statement-breakpoint
ALTER TABLE rio_aanleveringen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON rio_aanleveringen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR leerroute_id = ANY ((SELECT leerroute_leerroutes())::uuid[]));
