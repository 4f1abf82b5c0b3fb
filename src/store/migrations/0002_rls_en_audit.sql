-- Tenant isolation in the database itself: every request runs its queries as the role
-- leerroute_app with the request's instellingen in a transaction-local setting, and row-level
-- security hides every row outside them, so a forgotten WHERE cannot leak. The connecting
-- user (owner) is not subject to these policies; only leerroute_app is.
DO $$
BEGIN
  CREATE ROLE leerroute_app NOLOGIN;
EXCEPTION WHEN duplicate_object THEN
  NULL; -- roles are cluster-wide: another database on this server created it already
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT leerroute_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN
  NULL; -- a superuser may SET ROLE without membership
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO leerroute_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON instellingen, samenwerkingsovereenkomsten, overeenkomst_partijen, leerroutes, deelnemers, gebeurtenissen, overstappen TO leerroute_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit TO leerroute_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_id_seq TO leerroute_app;
--> statement-breakpoint
CREATE FUNCTION leerroute_instellingen() RETURNS uuid[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('leerroute.instellingen', true), ''), '{}')::uuid[]
$$;
--> statement-breakpoint
CREATE FUNCTION leerroute_alles() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('leerroute.alles', true), '') = 'ja'
$$;
--> statement-breakpoint
-- Security definer: reads the partijen without RLS, so the policies below do not recurse.
CREATE FUNCTION leerroute_overeenkomsten() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(DISTINCT overeenkomst_id), '{}') FROM overeenkomst_partijen
  WHERE instelling_id = ANY (leerroute_instellingen())
$$;
--> statement-breakpoint
CREATE FUNCTION leerroute_leerroutes() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(id), '{}') FROM leerroutes
  WHERE school_id = ANY (leerroute_instellingen()) OR instelling_id = ANY (leerroute_instellingen())
$$;
--> statement-breakpoint
CREATE FUNCTION leerroute_deelnemers() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(id), '{}') FROM deelnemers WHERE leerroute_id = ANY (leerroute_leerroutes())
$$;
--> statement-breakpoint
ALTER TABLE samenwerkingsovereenkomsten ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON samenwerkingsovereenkomsten TO leerroute_app
  USING ((SELECT leerroute_alles()) OR id = ANY ((SELECT leerroute_overeenkomsten())::uuid[]));
--> statement-breakpoint
ALTER TABLE overeenkomst_partijen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON overeenkomst_partijen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR overeenkomst_id = ANY ((SELECT leerroute_overeenkomsten())::uuid[]));
--> statement-breakpoint
ALTER TABLE leerroutes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON leerroutes TO leerroute_app
  USING ((SELECT leerroute_alles()) OR school_id = ANY ((SELECT leerroute_instellingen())::uuid[]) OR instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]));
--> statement-breakpoint
ALTER TABLE deelnemers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON deelnemers TO leerroute_app
  USING ((SELECT leerroute_alles()) OR leerroute_id = ANY ((SELECT leerroute_leerroutes())::uuid[]));
--> statement-breakpoint
ALTER TABLE gebeurtenissen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON gebeurtenissen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR deelnemer_id = ANY ((SELECT leerroute_deelnemers())::uuid[]));
--> statement-breakpoint
ALTER TABLE overstappen ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant ON overstappen TO leerroute_app
  USING ((SELECT leerroute_alles()) OR deelnemer_id = ANY ((SELECT leerroute_deelnemers())::uuid[]));
--> statement-breakpoint
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_lezen ON audit FOR SELECT TO leerroute_app
  USING ((SELECT leerroute_alles()) OR instelling_id = ANY ((SELECT leerroute_instellingen())::uuid[]));
--> statement-breakpoint
CREATE POLICY tenant_schrijven ON audit FOR INSERT TO leerroute_app WITH CHECK (true);
--> statement-breakpoint
-- Append-only for everyone, owner included: the app role has no UPDATE/DELETE grant, and this
-- trigger refuses them even to the connecting user.
CREATE FUNCTION audit_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'de audittrail is alleen-toevoegen: % is niet toegestaan', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_alleen_toevoegen BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_alleen_toevoegen();
--> statement-breakpoint
CREATE TRIGGER audit_niet_legen BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen();
