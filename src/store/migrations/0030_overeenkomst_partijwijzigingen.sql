-- The membership changes a concept version proposes (onderdeel i): they take effect on its last
-- signature, so until then overeenkomst_partijen, and with it who can see the agreement, stays as it is.
ALTER TABLE "overeenkomst_versies" ADD COLUMN "partijwijzigingen" jsonb DEFAULT '[]'::jsonb NOT NULL;