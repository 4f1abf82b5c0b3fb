-- The deelnemers list sorts and searches by a name without accents and case. It was computed in
-- SQL for every visible row on every request (a sort of all pupils for the inspecteur); now the
-- database keeps it with the row, so the first page is a walk along an index that stops after one
-- page. One definition of "without accents and case" for SQL: leerroute_gewone_tekst, as `gewoon`
-- does it in JavaScript (NFD, combining marks U+0300–U+036F dropped, lower case). Generated
-- columns, so no write path can forget them; the migration fills them for the existing rows.
CREATE FUNCTION leerroute_gewone_tekst(tekst text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(regexp_replace(normalize(tekst, NFD), '[\u0300-\u036f]', '', 'g'))
$$;
--> statement-breakpoint
-- Sorted byte-wise ("C"): the Dutch collator compares base letters without case, which is what
-- the normalised text is, and "C" gives the same order on PGlite and PostgreSQL.
ALTER TABLE "deelnemers" ADD COLUMN "naam_sleutel" text COLLATE "C"
  GENERATED ALWAYS AS (leerroute_gewone_tekst("achternaam" || ' ' || "roepnaam")) STORED;
--> statement-breakpoint
-- The name a search looks in: roepnaam, voorletters, tussenvoegsel, achternaam, the missing ones
-- left out (concat_ws, which a generated column may not call).
ALTER TABLE "deelnemers" ADD COLUMN "zoeknaam" text
  GENERATED ALWAYS AS (leerroute_gewone_tekst("roepnaam" || coalesce(' ' || "voorletters", '') || coalesce(' ' || "tussenvoegsel", '') || ' ' || "achternaam")) STORED;
--> statement-breakpoint
-- The list's whole order by name: naam, startdatum, then achternaam, roepnaam and id.
CREATE INDEX "deelnemers_naamvolgorde_idx" ON "deelnemers" USING btree ("naam_sleutel", "startdatum", "achternaam" COLLATE "C", "roepnaam" COLLATE "C", "id");
