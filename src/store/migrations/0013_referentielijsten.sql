CREATE TABLE "instellingscodes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"brin" text NOT NULL,
	"naam" text NOT NULL,
	"plaats" text,
	"postcodecijfers" text,
	"denominatie" text,
	"rio_code" text,
	"geldig_vanaf" date,
	"geldig_tot" date,
	"opgenomen_op" timestamp with time zone DEFAULT now() NOT NULL,
	"vervangen_op" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "kwalificaties" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"naam" text NOT NULL,
	"niveau" smallint NOT NULL,
	"soort" text NOT NULL,
	"leerwegen" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"dossier_code" text,
	"dossier_naam" text,
	"sectorkamer" text,
	"geldig_vanaf" date,
	"geldig_tot" date,
	"opgenomen_op" timestamp with time zone DEFAULT now() NOT NULL,
	"vervangen_op" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "instellingscodes_actueel_uniek" ON "instellingscodes" USING btree ("brin") WHERE vervangen_op is null;--> statement-breakpoint
CREATE INDEX "instellingscodes_brin_idx" ON "instellingscodes" USING btree ("brin");--> statement-breakpoint
CREATE UNIQUE INDEX "kwalificaties_actueel_uniek" ON "kwalificaties" USING btree ("code") WHERE vervangen_op is null;--> statement-breakpoint
CREATE INDEX "kwalificaties_code_idx" ON "kwalificaties" USING btree ("code");--> statement-breakpoint
-- Reference data is not tenant data: every user reads the same public lists (like instellingen),
-- so no row-level security; only the owner (migrations, the CLI import) writes them.
GRANT SELECT ON kwalificaties, instellingscodes TO leerroute_app;
--> statement-breakpoint
-- A small extract of the crebo list ships with the application, so a fresh install checks a route's
-- kwalificatie offline: the codes of the demo routes and their neighbours, one Entree kwalificatie
-- (niveau 1, never the mbo part of a leerroute) and one historic code whose last start date passed.
-- `leerroute import crebo <file>` brings the whole published list and keeps these rows' history.
INSERT INTO kwalificaties (code, naam, niveau, soort, leerwegen, dossier_code, dossier_naam, sectorkamer, geldig_vanaf, geldig_tot) VALUES
  ('25271', 'Monteur datadistributie', 2, 'basisberoepsopleiding', '["BBL","BOL","OVO"]'::jsonb, '23404', 'Infratechniek', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25275', 'Technicus data', 4, 'middenkaderopleiding', '["BBL","BOL","OVO"]'::jsonb, '23410', 'Infratechniek (kader)', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25276', 'Technicus elektrotechniek', 4, 'middenkaderopleiding', '["BBL","BOL","OVO"]'::jsonb, '23410', 'Infratechniek (kader)', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25278', 'Isolatiemonteur', 2, 'basisberoepsopleiding', '["BBL","BOL","OVO"]'::jsonb, '23116', 'Isolatiewerken', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25280', 'Airco/warmtepompmonteur', 2, 'basisberoepsopleiding', '["BBL","BOL","OVO"]'::jsonb, '23427', 'Koude- en klimaatsystemen', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25281', 'Eerste monteur koude- en klimaatsystemen', 3, 'vakopleiding', '["BBL","BOL","OVO"]'::jsonb, '23427', 'Koude- en klimaatsystemen', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25282', 'Monteur koude- en klimaatsystemen', 2, 'basisberoepsopleiding', '["BBL","BOL","OVO"]'::jsonb, '23427', 'Koude- en klimaatsystemen', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25284', 'Servicemonteur koude- en klimaatsystemen', 3, 'vakopleiding', '["BBL","BOL","OVO"]'::jsonb, '23427', 'Koude- en klimaatsystemen', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25285', 'Technicus maintenance koude- en klimaatsystemen', 4, 'middenkaderopleiding', '["BBL","BOL","OVO"]'::jsonb, '23427', 'Koude- en klimaatsystemen', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25286', 'Allround constructiewerker', 3, 'vakopleiding', '["BBL","BOL","OVO"]'::jsonb, '23361', 'Productietechniek', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25287', 'Allround lasser', 3, 'vakopleiding', '["BBL","BOL","OVO"]'::jsonb, '23361', 'Productietechniek', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25290', 'Basislasser', 2, 'basisberoepsopleiding', '["BBL","BOL","OVO"]'::jsonb, '23361', 'Productietechniek', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25298', 'Allround verspaner', 3, 'vakopleiding', '["BBL","BOL","OVO"]'::jsonb, '23361', 'Productietechniek', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25302', 'Verspaner', 2, 'basisberoepsopleiding', '["BBL","BOL","OVO"]'::jsonb, '23361', 'Productietechniek', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25297', 'Technicus engineering', 4, 'middenkaderopleiding', '["BBL","BOL","OVO"]'::jsonb, '23371', 'Middenkader engineering', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25312', 'Tekenaar constructeur', 4, 'middenkaderopleiding', '["BBL","BOL","OVO"]'::jsonb, '23123', 'Technisch tekenen', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25315', 'Tekenaar werktuigbouw', 3, 'vakopleiding', '["BBL","BOL","OVO"]'::jsonb, '23123', 'Technisch tekenen', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25321', 'Eerste monteur vliegtuigonderhoud', 3, 'vakopleiding', '["BBL","BOL","OVO"]'::jsonb, '23375', 'Luchtvaarttechniek', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25322', 'Monteur vliegtuigonderhoud', 2, 'basisberoepsopleiding', '["BBL","BOL","OVO"]'::jsonb, '23375', 'Luchtvaarttechniek', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25323', 'Technicus avionica', 4, 'middenkaderopleiding', '["BBL","BOL","OVO"]'::jsonb, '23375', 'Luchtvaarttechniek', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25331', 'Eerste monteur elektrotechnische industriële installaties en systemen', 3, 'vakopleiding', '["BBL","BOL","OVO"]'::jsonb, '23299', 'Elektrotechnische installaties', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25332', 'Eerste monteur elektrotechnische installaties woning en utiliteit', 3, 'vakopleiding', '["BBL","BOL","OVO"]'::jsonb, '23299', 'Elektrotechnische installaties', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25333', 'Monteur elektrotechnische installaties', 2, 'basisberoepsopleiding', '["BBL","BOL","OVO"]'::jsonb, '23299', 'Elektrotechnische installaties', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25335', 'Mechanisch operator A', 2, 'basisberoepsopleiding', '["BBL","BOL","OVO"]'::jsonb, '23305', 'Industriële processen', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25336', 'Mechanisch operator B', 3, 'vakopleiding', '["BBL","BOL","OVO"]'::jsonb, '23305', 'Industriële processen', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25340', 'Eerste monteur mechatronica', 3, 'vakopleiding', '["BBL","BOL","OVO"]'::jsonb, '23360', 'Mechatronica', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25342', 'Monteur mechatronica', 2, 'basisberoepsopleiding', '["BBL","BOL","OVO"]'::jsonb, '23360', 'Mechatronica', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25344', 'Technicus mechatronica systemen', 4, 'middenkaderopleiding', '["BBL","BOL","OVO"]'::jsonb, '23360', 'Mechatronica', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25346', 'Operationeel technicus', 3, 'vakopleiding', '["BBL","BOL","OVO"]'::jsonb, '23132', 'Operationele techniek', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25350', 'Monteur werktuigkundige installaties', 2, 'basisberoepsopleiding', '["BBL","BOL","OVO"]'::jsonb, '23333', 'Werktuigkundige installaties (montage)', 'Techniek en gebouwde omgeving', NULL, NULL),
  ('25351', 'Leidinggevende leisure en hospitality', 4, 'middenkaderopleiding', '["BBL","BOL","OVO"]'::jsonb, '23264', 'Travel, leisure & hospitality', 'Voedsel, groen en gastvrijheid', NULL, NULL),
  ('25353', 'Zelfstandig medewerker leisure en hospitality', 3, 'vakopleiding', '["BBL","BOL","OVO"]'::jsonb, '23264', 'Travel, leisure & hospitality', 'Voedsel, groen en gastvrijheid', NULL, NULL),
  ('25356', 'Medewerker watersportindustrie', 2, 'basisberoepsopleiding', '["BBL","BOL","OVO"]'::jsonb, '23239', 'Maritieme techniek', 'Mobiliteit, transport, logistiek en maritiem', NULL, NULL),
  ('25364', 'Chauffeur wegvervoer', 2, 'basisberoepsopleiding', '["BBL","BOL","OVO"]'::jsonb, '23418', 'Goederenvervoer', 'Mobiliteit, transport, logistiek en maritiem', NULL, NULL),
  ('25655', 'Verzorgende-IG', 3, 'vakopleiding', '["BBL","BOL"]'::jsonb, NULL, NULL, 'Zorg, welzijn en sport', NULL, NULL),
  ('25257', 'Assistent dienstverlening en zorg', 1, 'entree', '["BBL","BOL"]'::jsonb, NULL, 'Entree', 'Zorg, welzijn en sport', NULL, NULL),
  ('25491', 'Verzorgende-IG', 3, 'vakopleiding', '["BBL","BOL"]'::jsonb, NULL, NULL, 'Zorg, welzijn en sport', NULL, '2020-07-31');
