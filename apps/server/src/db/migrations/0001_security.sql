-- Row-level security, the append-only audit log and the application role.
-- Every request runs in a transaction that does SET LOCAL ROLE tsunagu_app and sets app.tenant_id,
-- app.user_id, app.agency_id and app.roles with set_config(..., true). Policies read them back with
-- nullif(current_setting(...), '') because an unset custom setting reads back as ''.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tsunagu_app') THEN
    CREATE ROLE tsunagu_app NOLOGIN;
  END IF;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  -- A non-superuser owner must be a member of the role to SET ROLE to it.
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT tsunagu_app TO %I', current_user);
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tsunagu_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tsunagu_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tsunagu_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events, audit_chain FROM tsunagu_app;
--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE ON tenants FROM tsunagu_app;
--> statement-breakpoint
CREATE FUNCTION app_tenant_id() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE FUNCTION app_agency_id() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.agency_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE FUNCTION app_has_role(VARIADIC wanted text[]) RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT coalesce(string_to_array(nullif(current_setting('app.roles', true), ''), ',') && wanted, false) $$;
--> statement-breakpoint
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_read ON tenants FOR SELECT USING (id = app_tenant_id());
--> statement-breakpoint
ALTER TABLE code_list_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_read ON code_list_items FOR SELECT USING (tenant_id = app_tenant_id());
--> statement-breakpoint
CREATE POLICY admin_write ON code_list_items FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('admin'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('admin'));
--> statement-breakpoint
ALTER TABLE agencies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The public sees published entries only; signed-in staff see the whole directory of their tenant.
CREATE POLICY directory_read ON agencies FOR SELECT
  USING (tenant_id = app_tenant_id() AND (is_public OR app_user_id() IS NOT NULL));
--> statement-breakpoint
CREATE POLICY planner_write ON agencies FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('admin', 'planner'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('admin', 'planner'));
--> statement-breakpoint
ALTER TABLE agency_change_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY staff_read ON agency_change_requests FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_has_role('admin', 'planner') OR agency_id = app_agency_id()));
--> statement-breakpoint
CREATE POLICY manager_propose ON agency_change_requests FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND agency_id = app_agency_id() AND app_has_role('agency_manager'));
--> statement-breakpoint
CREATE POLICY planner_decide ON agency_change_requests FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_has_role('admin', 'planner'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('admin', 'planner'));
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_read ON users FOR SELECT USING (tenant_id = app_tenant_id());
--> statement-breakpoint
CREATE POLICY admin_write ON users FOR ALL
  USING (tenant_id = app_tenant_id() AND (app_has_role('admin') OR id = app_user_id()))
  WITH CHECK (tenant_id = app_tenant_id() AND (app_has_role('admin') OR id = app_user_id()));
--> statement-breakpoint
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY own_or_admin ON sessions FOR ALL
  USING (tenant_id = app_tenant_id() AND (app_has_role('admin') OR user_id = app_user_id()))
  WITH CHECK (tenant_id = app_tenant_id() AND (app_has_role('admin') OR user_id = app_user_id()));
--> statement-breakpoint
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_append ON audit_events FOR INSERT WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
CREATE POLICY auditor_read ON audit_events FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_has_role('auditor', 'admin'));
--> statement-breakpoint
ALTER TABLE audit_chain ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY auditor_read ON audit_chain FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_has_role('auditor', 'admin'));
--> statement-breakpoint
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
