-- Consents are seen and recorded through the household's live links; a withdrawal is the only change.
GRANT SELECT, INSERT, UPDATE ON consents TO tsunagu_app;
--> statement-breakpoint
ALTER TABLE consents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY linked_read ON consents FOR SELECT USING (tenant_id = app_tenant_id() AND app_sees_household(household_id));
--> statement-breakpoint
CREATE POLICY linked_record ON consents FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND recorded_by_agency_id = app_agency_id() AND app_sees_household(household_id));
--> statement-breakpoint
CREATE POLICY linked_withdraw ON consents FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_sees_household(household_id))
  WITH CHECK (tenant_id = app_tenant_id() AND app_sees_household(household_id));
--> statement-breakpoint
-- A consent record is evidence: only its withdrawal may be added, once, and nothing else changed.
CREATE FUNCTION consents_withdraw_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.withdrawn_at IS NOT NULL
     OR (to_jsonb(NEW) - 'withdrawn_at' - 'withdrawn_by' - 'withdrawal_note')
        IS DISTINCT FROM (to_jsonb(OLD) - 'withdrawn_at' - 'withdrawn_by' - 'withdrawal_note') THEN
    RAISE EXCEPTION 'a consent can only be withdrawn, once' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER consents_withdraw_only BEFORE UPDATE ON consents FOR EACH ROW EXECUTE FUNCTION consents_withdraw_only();
