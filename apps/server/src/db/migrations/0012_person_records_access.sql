-- Change history and 要配慮個人情報 are seen through the household's live links, like the records they
-- belong to; both are append-only. Intake drafts belong to the user who typed them; the address →
-- school district table is tenant reference data.
GRANT SELECT, INSERT ON record_history, sensitive_notes TO tsunagu_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON intake_drafts TO tsunagu_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON address_districts TO tsunagu_app;
--> statement-breakpoint
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER record_history_append_only BEFORE UPDATE OR DELETE ON record_history
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER sensitive_notes_append_only BEFORE UPDATE OR DELETE ON sensitive_notes
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
ALTER TABLE record_history ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY linked_read ON record_history FOR SELECT USING (
  tenant_id = app_tenant_id() AND (
    (household_id IS NOT NULL AND app_sees_household(household_id))
    OR (person_id IS NOT NULL AND app_sees_person(person_id))));
--> statement-breakpoint
CREATE POLICY linked_write ON record_history FOR INSERT WITH CHECK (
  tenant_id = app_tenant_id() AND changed_by = app_user_id() AND (
    (household_id IS NOT NULL AND app_sees_household(household_id))
    OR (person_id IS NOT NULL AND app_sees_person(person_id))));
--> statement-breakpoint
ALTER TABLE sensitive_notes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY linked_read ON sensitive_notes FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_sees_household(household_id));
--> statement-breakpoint
CREATE POLICY linked_record ON sensitive_notes FOR INSERT WITH CHECK (
  tenant_id = app_tenant_id() AND recorded_by = app_user_id() AND recorded_by_agency_id = app_agency_id()
  AND app_sees_household(household_id));
--> statement-breakpoint
ALTER TABLE intake_drafts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY own_drafts ON intake_drafts FOR ALL
  USING (tenant_id = app_tenant_id() AND user_id = app_user_id())
  WITH CHECK (tenant_id = app_tenant_id() AND user_id = app_user_id());
--> statement-breakpoint
ALTER TABLE address_districts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_read ON address_districts FOR SELECT USING (tenant_id = app_tenant_id());
--> statement-breakpoint
CREATE POLICY admin_write ON address_districts FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('admin'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('admin'));
--> statement-breakpoint
-- The bases on which the actor's agency sees a household now (intake, referral, emergency …): the legal
-- basis written into the audit record of every read.
CREATE FUNCTION app_link_bases(hh uuid) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT l.basis ORDER BY l.basis), '{}') FROM live_links l
  WHERE l.household_id = hh AND l.tenant_id = app_tenant_id() AND l.agency_id = app_agency_id()
    AND l.revoked_at IS NULL AND l.valid_from <= now() AND (l.valid_until IS NULL OR l.valid_until > now())
$$;
