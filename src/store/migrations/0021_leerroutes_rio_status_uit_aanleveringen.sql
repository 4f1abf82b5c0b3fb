-- The RIO status of a route per party is derived from rio_aanleveringen (what was exported and
-- what DUO confirmed); the hand-set status column goes. What was set by hand is kept as a delivery
-- without a file: 'aangevraagd' as exported, 'geregistreerd' as confirmed on its date.
INSERT INTO "rio_aanleveringen" ("leerroute_id", "instelling_id", "bestandsnaam", "inhoud_hash", "geexporteerd_door", "geexporteerd_op", "bevestigd_op", "bevestigd_door")
SELECT l."id", e.key::uuid, 'met de hand vastgelegd (vóór de RIO-export)', '', 'migratie',
       coalesce((e.value->>'datum')::date::timestamptz, now()),
       CASE WHEN e.value->>'status' = 'geregistreerd' THEN coalesce((e.value->>'datum')::date, current_date) END,
       CASE WHEN e.value->>'status' = 'geregistreerd' THEN 'migratie' END
FROM "leerroutes" l, jsonb_each(l."rio") e
WHERE e.value->>'status' IN ('aangevraagd', 'geregistreerd')
  AND EXISTS (SELECT 1 FROM "instellingen" i WHERE i."id"::text = e.key);
--> statement-breakpoint
ALTER TABLE "leerroutes" DROP COLUMN "rio";
