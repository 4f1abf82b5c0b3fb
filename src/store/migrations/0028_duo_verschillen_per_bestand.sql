-- A TBG-i file (bekostigingsgrondslagen) and an RO file each replace only the differences their own kind left.
ALTER TABLE "duo_verschillen" ADD COLUMN "bestand" text DEFAULT 'ro' NOT NULL;