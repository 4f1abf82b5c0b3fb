-- Row-level security for the agreement versions, advice and signatures, in the style of
-- 0002: each row follows its agreement (leerroute_overeenkomsten(), the agreements the request's
-- instellingen are a party to).
GRANT SELECT, INSERT, UPDATE ON overeenkomst_versies, overeenkomst_adviezen, overeenkomst_ondertekeningen TO leerroute_app;
--> statement-breakpoint
ALTER TABLE overeenkomst_versies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON overeenkomst_versies TO leerroute_app
  USING ((SELECT leerroute_alles()) OR overeenkomst_id = ANY ((SELECT leerroute_overeenkomsten())::uuid[]));
--> statement-breakpoint
ALTER TABLE overeenkomst_adviezen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON overeenkomst_adviezen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR overeenkomst_id = ANY ((SELECT leerroute_overeenkomsten())::uuid[]));
--> statement-breakpoint
ALTER TABLE overeenkomst_ondertekeningen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON overeenkomst_ondertekeningen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR overeenkomst_id = ANY ((SELECT leerroute_overeenkomsten())::uuid[]));
--> statement-breakpoint
-- Creating an agreement: the new row becomes visible only once a party row names it, so the
-- agreement itself may be inserted (the service checks the caller is one of its parties), and a
-- caller may add its own instelling as the first party; further parties pass the tenant policy.
CREATE POLICY aanmaken ON samenwerkingsovereenkomsten FOR INSERT TO leerroute_app WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY eigen_partij ON overeenkomst_partijen FOR INSERT TO leerroute_app
  WITH CHECK (instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]));
--> statement-breakpoint
-- Agreements from before versions existed get a version 1 that records what was known: the
-- onderwerpen it covered (their texts were never stored) and whether it was signed.
INSERT INTO overeenkomst_versies (overeenkomst_id, versie, status, revisie, partijen, onderdelen, overdracht_bekostiging, ingangsdatum, ondertekend_op)
SELECT o.id, 1,
  CASE WHEN o.status IN ('ondertekend', 'actief', 'beeindigd') THEN 'ondertekend' ELSE 'concept' END,
  1,
  coalesce((SELECT jsonb_agg(p.instelling_id) FROM overeenkomst_partijen p WHERE p.overeenkomst_id = o.id), '[]'::jsonb),
  coalesce((SELECT jsonb_object_agg(w, jsonb_build_object('tekst', 'Geregeld in de overeenkomst van vóór Leerroute; de tekst is niet in Leerroute vastgelegd.', 'gegevens', '{}'::jsonb))
            FROM jsonb_array_elements_text(o.onderwerpen) AS w), '{}'::jsonb),
  o.overdracht_bekostiging, o.ingangsdatum, o.ondertekend_op
FROM samenwerkingsovereenkomsten o
WHERE NOT EXISTS (SELECT 1 FROM overeenkomst_versies v WHERE v.overeenkomst_id = o.id);
