-- Case access checked once per statement instead of once per row: the cases an agency sees are
-- few (its team's, or a meeting's agenda), so each read policy compares case_id with that set, which
-- PostgreSQL computes once (a hashed sub-plan). A case page as a team agency read 1,000 support
-- records with 1,000 calls of app_sees_case() before (docs/benchmarks.md, case page). Same rule:
-- the team's current cases, plus the agenda cases the meeting context opens.
CREATE FUNCTION app_visible_cases() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m uuid := nullif(current_setting('app.meeting_id', true), '')::uuid;
BEGIN
  RETURN QUERY SELECT t.case_id FROM case_team t
    WHERE t.tenant_id = app_tenant_id() AND t.agency_id = app_agency_id() AND t.ended_at IS NULL;
  IF m IS NOT NULL THEN
    RETURN QUERY SELECT mc.case_id FROM meeting_cases mc
      WHERE mc.meeting_id = m AND app_meeting_context_has(mc.case_id, NULL);
  END IF;
END
$$;
--> statement-breakpoint
DROP POLICY case_read ON cases;
--> statement-breakpoint
CREATE POLICY case_read ON cases FOR SELECT USING (tenant_id = app_tenant_id()
  AND (app_has_role('coordinator') OR id IN (SELECT app_visible_cases())));
--> statement-breakpoint
DROP POLICY case_read ON case_team;
--> statement-breakpoint
CREATE POLICY case_read ON case_team FOR SELECT USING (tenant_id = app_tenant_id()
  AND (app_has_role('coordinator') OR case_id IN (SELECT app_visible_cases())));
--> statement-breakpoint
DROP POLICY case_read ON case_contacts;
--> statement-breakpoint
CREATE POLICY case_read ON case_contacts FOR SELECT USING (tenant_id = app_tenant_id()
  AND (app_has_role('coordinator') OR case_id IN (SELECT app_visible_cases())));
--> statement-breakpoint
DROP POLICY case_read ON case_outreach;
--> statement-breakpoint
CREATE POLICY case_read ON case_outreach FOR SELECT USING (tenant_id = app_tenant_id()
  AND (app_has_role('coordinator') OR case_id IN (SELECT app_visible_cases())));
--> statement-breakpoint
DROP POLICY case_read ON case_records;
--> statement-breakpoint
CREATE POLICY case_read ON case_records FOR SELECT USING (tenant_id = app_tenant_id()
  AND (app_has_role('coordinator') OR case_id IN (SELECT app_visible_cases())));
--> statement-breakpoint
DROP POLICY case_read ON case_reviews;
--> statement-breakpoint
CREATE POLICY case_read ON case_reviews FOR SELECT USING (tenant_id = app_tenant_id()
  AND (app_has_role('coordinator') OR case_id IN (SELECT app_visible_cases())));
--> statement-breakpoint
DROP POLICY case_read ON support_plans;
--> statement-breakpoint
CREATE POLICY case_read ON support_plans FOR SELECT USING (tenant_id = app_tenant_id()
  AND (app_has_role('coordinator') OR case_id IN (SELECT app_visible_cases())));
--> statement-breakpoint
DROP POLICY case_read ON monitorings;
--> statement-breakpoint
CREATE POLICY case_read ON monitorings FOR SELECT USING (tenant_id = app_tenant_id()
  AND (app_has_role('coordinator') OR case_id IN (SELECT app_visible_cases())));
--> statement-breakpoint
DROP POLICY owner_or_case_read ON action_items;
--> statement-breakpoint
CREATE POLICY owner_or_case_read ON action_items FOR SELECT USING (
  tenant_id = app_tenant_id() AND (owner_agency_id = app_agency_id() OR app_has_role('coordinator')
    OR case_id IN (SELECT app_visible_cases())
    OR (meeting_id IS NOT NULL AND app_attends_meeting(meeting_id))));
