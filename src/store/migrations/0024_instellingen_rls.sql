-- The register of instellingen stays readable for every signed-in user (names, BRIN and RIO codes
-- are public, and a party must see the other party of a route or agreement), but a request may
-- only write what it governs: its own instelling, or any for a role without a tenant (the
-- functioneel beheerder creates instellingen). The service checks the role; these policies hold
-- when a service forgets.
ALTER TABLE instellingen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY lezen ON instellingen FOR SELECT TO leerroute_app USING (true);
--> statement-breakpoint
CREATE POLICY toevoegen ON instellingen FOR INSERT TO leerroute_app WITH CHECK ((SELECT leerroute_alles()));
--> statement-breakpoint
CREATE POLICY wijzigen ON instellingen FOR UPDATE TO leerroute_app
  USING ((SELECT leerroute_alles()) OR id = ANY ((SELECT leerroute_instellingen())::uuid[]))
  WITH CHECK ((SELECT leerroute_alles()) OR id = ANY ((SELECT leerroute_instellingen())::uuid[]));
