ALTER TABLE "overeenkomst_versies" ADD COLUMN "momentopname" jsonb;--> statement-breakpoint
-- Versions frozen before this column existed get the parties as they stand now: the best record
-- there is, and from here on a rename no longer reaches their documents.
UPDATE overeenkomst_versies v SET momentopname = jsonb_build_object(
  'titel', o.naam,
  'partijen', COALESCE((
    SELECT jsonb_agg(jsonb_build_object('instellingId', i.id, 'naam', i.naam, 'soort', i.soort, 'bevoegdGezag', i.bevoegd_gezag, 'plaats', i.plaats, 'brin', i.brin) ORDER BY p.nr)
    FROM jsonb_array_elements_text(v.partijen) WITH ORDINALITY AS p(instelling_id, nr)
    JOIN instellingen i ON i.id = p.instelling_id::uuid
  ), '[]'::jsonb))
FROM samenwerkingsovereenkomsten o
WHERE o.id = v.overeenkomst_id AND v.status <> 'concept' AND v.momentopname IS NULL;
