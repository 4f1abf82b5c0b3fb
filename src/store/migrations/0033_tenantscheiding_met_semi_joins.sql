-- Tenancy that uses indexes (decision 0028). The policies used to compare every row with an array of
-- all visible ids, built by SECURITY DEFINER functions (leerroute_leerroutes(), leerroute_deelnemers())
-- that re-read the settings for each row they scanned: seconds for a board, also for an INSERT.
-- Now a row is visible when its route belongs to one of the request's instellingen: an EXISTS that
-- names the keys itself (leerroutes.school_id / instelling_id, indexed), which the planner runs as a
-- primary-key probe for a few rows or as one hashed set built through those indexes for many. The
-- tables read run one way (facts -> deelnemers -> leerroutes, whose own policy reads nothing), so
-- no policy can recurse. The settings are read once per statement ((SELECT ...) is an initplan), and a
-- role that sees everything stops at the first term: the EXISTS is never executed.
CREATE INDEX "faseovergangen_leerroute_idx" ON "faseovergangen" USING btree ("leerroute_id");--> statement-breakpoint
CREATE INDEX "gebeurtenis_intrekkingen_deelnemer_idx" ON "gebeurtenis_intrekkingen" USING btree ("deelnemer_id");--> statement-breakpoint
CREATE INDEX "leerroutes_school_idx" ON "leerroutes" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "leerroutes_instelling_idx" ON "leerroutes" USING btree ("instelling_id");--> statement-breakpoint
CREATE INDEX "overeenkomst_partijen_instelling_idx" ON "overeenkomst_partijen" USING btree ("instelling_id");--> statement-breakpoint
DROP POLICY tenant ON deelnemers;
--> statement-breakpoint
CREATE POLICY tenant ON deelnemers TO leerroute_app
  USING ((SELECT leerroute_alles()) OR EXISTS (SELECT 1 FROM leerroutes r WHERE r.id = deelnemers.leerroute_id
    AND (r.school_id = ANY ((SELECT leerroute_instellingen())::uuid[]) OR r.instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]))));
--> statement-breakpoint
DROP POLICY tenant ON faseovergangen;
--> statement-breakpoint
CREATE POLICY tenant ON faseovergangen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR EXISTS (SELECT 1 FROM leerroutes r WHERE r.id = faseovergangen.leerroute_id
    AND (r.school_id = ANY ((SELECT leerroute_instellingen())::uuid[]) OR r.instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]))));
--> statement-breakpoint
DROP POLICY tenant ON rio_aanleveringen;
--> statement-breakpoint
CREATE POLICY tenant ON rio_aanleveringen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR EXISTS (SELECT 1 FROM leerroutes r WHERE r.id = rio_aanleveringen.leerroute_id
    AND (r.school_id = ANY ((SELECT leerroute_instellingen())::uuid[]) OR r.instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]))));
--> statement-breakpoint
DROP POLICY tenant ON gebeurtenissen;
--> statement-breakpoint
CREATE POLICY tenant ON gebeurtenissen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR EXISTS (SELECT 1 FROM deelnemers d JOIN leerroutes r ON r.id = d.leerroute_id WHERE d.id = gebeurtenissen.deelnemer_id
    AND (r.school_id = ANY ((SELECT leerroute_instellingen())::uuid[]) OR r.instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]))));
--> statement-breakpoint
DROP POLICY tenant ON overstappen;
--> statement-breakpoint
CREATE POLICY tenant ON overstappen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR EXISTS (SELECT 1 FROM deelnemers d JOIN leerroutes r ON r.id = d.leerroute_id WHERE d.id = overstappen.deelnemer_id
    AND (r.school_id = ANY ((SELECT leerroute_instellingen())::uuid[]) OR r.instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]))));
--> statement-breakpoint
DROP POLICY tenant ON registraties;
--> statement-breakpoint
CREATE POLICY tenant ON registraties TO leerroute_app
  USING ((SELECT leerroute_alles()) OR EXISTS (SELECT 1 FROM deelnemers d JOIN leerroutes r ON r.id = d.leerroute_id WHERE d.id = registraties.deelnemer_id
    AND (r.school_id = ANY ((SELECT leerroute_instellingen())::uuid[]) OR r.instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]))));
--> statement-breakpoint
DROP POLICY tenant ON bpv_perioden;
--> statement-breakpoint
CREATE POLICY tenant ON bpv_perioden TO leerroute_app
  USING ((SELECT leerroute_alles()) OR EXISTS (SELECT 1 FROM deelnemers d JOIN leerroutes r ON r.id = d.leerroute_id WHERE d.id = bpv_perioden.deelnemer_id
    AND (r.school_id = ANY ((SELECT leerroute_instellingen())::uuid[]) OR r.instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]))));
--> statement-breakpoint
DROP POLICY tenant ON faseovergang_deelnemers;
--> statement-breakpoint
CREATE POLICY tenant ON faseovergang_deelnemers TO leerroute_app
  USING ((SELECT leerroute_alles()) OR EXISTS (SELECT 1 FROM deelnemers d JOIN leerroutes r ON r.id = d.leerroute_id WHERE d.id = faseovergang_deelnemers.deelnemer_id
    AND (r.school_id = ANY ((SELECT leerroute_instellingen())::uuid[]) OR r.instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]))));
--> statement-breakpoint
DROP POLICY tenant ON gebeurtenis_intrekkingen;
--> statement-breakpoint
CREATE POLICY tenant ON gebeurtenis_intrekkingen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR EXISTS (SELECT 1 FROM deelnemers d JOIN leerroutes r ON r.id = d.leerroute_id WHERE d.id = gebeurtenis_intrekkingen.deelnemer_id
    AND (r.school_id = ANY ((SELECT leerroute_instellingen())::uuid[]) OR r.instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]))));
--> statement-breakpoint
DROP POLICY tenant ON duo_verschillen;
--> statement-breakpoint
CREATE POLICY tenant ON duo_verschillen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR EXISTS (SELECT 1 FROM deelnemers d JOIN leerroutes r ON r.id = d.leerroute_id WHERE d.id = duo_verschillen.deelnemer_id
    AND (r.school_id = ANY ((SELECT leerroute_instellingen())::uuid[]) OR r.instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]))));
--> statement-breakpoint
-- The agreements keep their array of visible ids (a few per instelling, read by the party tables'
-- own policy without recursion), but the settings are now read once instead of once per party row.
CREATE OR REPLACE FUNCTION leerroute_overeenkomsten() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(DISTINCT overeenkomst_id), '{}') FROM overeenkomst_partijen
  WHERE instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[])
$$;
--> statement-breakpoint
-- No policy uses them any more; gone, so that no new policy builds on the per-row arrays again.
DROP FUNCTION leerroute_deelnemers();
--> statement-breakpoint
DROP FUNCTION leerroute_leerroutes();
