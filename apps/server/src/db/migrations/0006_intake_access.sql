-- Intakes and their problems are seen through the household's live links, like the household itself.
GRANT SELECT, INSERT ON intakes, intake_problems TO tsunagu_app;
--> statement-breakpoint
ALTER TABLE intakes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY linked_read ON intakes FOR SELECT USING (tenant_id = app_tenant_id() AND app_sees_household(household_id));
--> statement-breakpoint
-- An agency records intakes as itself, for a household it holds a link to.
CREATE POLICY own_intake ON intakes FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND agency_id = app_agency_id() AND app_sees_household(household_id));
--> statement-breakpoint
ALTER TABLE intake_problems ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY linked_read ON intake_problems FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_sees_household(household_id));
--> statement-breakpoint
CREATE POLICY linked_write ON intake_problems FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_sees_household(household_id));
