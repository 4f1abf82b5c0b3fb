-- The day the current text of a version was written, so an advice of the medezeggenschapsraad
-- dated before it is refused (src/services/overeenkomsten/ondertekening.ts). Existing versions keep
-- null: their day is not known, and they are not checked.
ALTER TABLE "overeenkomst_versies" ADD COLUMN "tekst_datum" date;