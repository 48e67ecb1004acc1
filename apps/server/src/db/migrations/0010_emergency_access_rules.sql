-- Emergency accesses: recorded by the acting staff member, read by admins (and by the agency itself).
GRANT SELECT, INSERT ON emergency_accesses TO tsunagu_app;
--> statement-breakpoint
ALTER TABLE emergency_accesses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY own_record ON emergency_accesses FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND agency_id = app_agency_id() AND user_id = app_user_id());
--> statement-breakpoint
CREATE POLICY admin_or_own_read ON emergency_accesses FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_has_role('admin') OR agency_id = app_agency_id()));
