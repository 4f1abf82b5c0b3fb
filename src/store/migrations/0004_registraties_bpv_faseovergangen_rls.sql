-- Row-level security for the pupil facts, in the style of 0002: registrations, bpv
-- periods and phase-switch lines follow their deelnemer; a phase switch follows its route.
GRANT SELECT, INSERT, UPDATE ON registraties, bpv_perioden, faseovergangen, faseovergang_deelnemers TO leerroute_app;
--> statement-breakpoint
ALTER TABLE registraties ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON registraties TO leerroute_app
  USING ((SELECT leerroute_alles()) OR deelnemer_id = ANY ((SELECT leerroute_deelnemers())::uuid[]));
--> statement-breakpoint
ALTER TABLE bpv_perioden ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON bpv_perioden TO leerroute_app
  USING ((SELECT leerroute_alles()) OR deelnemer_id = ANY ((SELECT leerroute_deelnemers())::uuid[]));
--> statement-breakpoint
ALTER TABLE faseovergangen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON faseovergangen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR leerroute_id = ANY ((SELECT leerroute_leerroutes())::uuid[]));
--> statement-breakpoint
ALTER TABLE faseovergang_deelnemers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON faseovergang_deelnemers TO leerroute_app
  USING ((SELECT leerroute_alles()) OR deelnemer_id = ANY ((SELECT leerroute_deelnemers())::uuid[]));
