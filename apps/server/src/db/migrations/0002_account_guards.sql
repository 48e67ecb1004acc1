-- Accounts and sessions: what the application role may see and change of them.

-- Only signed-in staff see the tenant's accounts; the public actor sees none.
DROP POLICY tenant_read ON users;
--> statement-breakpoint
CREATE POLICY staff_read ON users FOR SELECT USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
-- Password hashes and sign-in counters are never readable through the application role; sign-in and
-- password checks read them as the system.
REVOKE SELECT ON users FROM tsunagu_app;
--> statement-breakpoint
GRANT SELECT (id, tenant_id, email, display_name, roles, agency_id, division_code, locale, disabled_at,
  password_changed_at, created_at, updated_at) ON users TO tsunagu_app;
--> statement-breakpoint
-- A user may update their own row (password, locale) but not what decides their access.
CREATE FUNCTION users_guard_privileges() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_user = 'tsunagu_app' AND NOT app_has_role('admin') AND (
       NEW.roles IS DISTINCT FROM OLD.roles OR NEW.agency_id IS DISTINCT FROM OLD.agency_id
    OR NEW.division_code IS DISTINCT FROM OLD.division_code OR NEW.email IS DISTINCT FROM OLD.email
    OR NEW.tenant_id IS DISTINCT FROM OLD.tenant_id OR NEW.disabled_at IS DISTINCT FROM OLD.disabled_at
    OR NEW.locked_until IS DISTINCT FROM OLD.locked_until
    OR NEW.failed_login_count IS DISTINCT FROM OLD.failed_login_count) THEN
    RAISE EXCEPTION 'only an administrator changes roles, agency, e-mail or account state'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER users_guard_privileges BEFORE UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION users_guard_privileges();
--> statement-breakpoint
-- Through the application role a session can only be seen again or revoked: never un-revoked,
-- extended, or moved to another user or token.
CREATE FUNCTION sessions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_user = 'tsunagu_app' AND (
       (OLD.revoked_at IS NOT NULL AND NEW.revoked_at IS DISTINCT FROM OLD.revoked_at)
    OR NEW.expires_at > OLD.expires_at OR NEW.user_id IS DISTINCT FROM OLD.user_id
    OR NEW.tenant_id IS DISTINCT FROM OLD.tenant_id OR NEW.token_hash IS DISTINCT FROM OLD.token_hash
    OR NEW.csrf_token IS DISTINCT FROM OLD.csrf_token) THEN
    RAISE EXCEPTION 'a session can only be revoked' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER sessions_guard BEFORE UPDATE ON sessions FOR EACH ROW EXECUTE FUNCTION sessions_guard();
