-- The plan, its roadmap, progress entries, indicators and the agency survey (SPEC M7;
-- docs/adr/0012-plan-and-indicators.md). None of it is personal data: the plan, the roadmap and the
-- indicators are public; progress entries are public once approved. Writes follow the plan's owners:
-- the planner edits everything; a division reporter writes only the entries and indicator values of
-- their own division (app.division_code, set by runAs with the other settings).
CREATE FUNCTION app_division_code() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.division_code', true), '') $$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON plans, plan_policies, roadmap_items, progress_entries, indicators,
  indicator_values, agency_surveys, survey_recipients TO tsunagu_app;
--> statement-breakpoint
GRANT DELETE ON indicator_values TO tsunagu_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON progress_entry_events TO tsunagu_app;
--> statement-breakpoint
CREATE TRIGGER progress_entry_events_append_only BEFORE UPDATE OR DELETE ON progress_entry_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
ALTER TABLE plans ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_read ON plans FOR SELECT USING (tenant_id = app_tenant_id());
--> statement-breakpoint
CREATE POLICY plan_write ON plans FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('planner', 'admin'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('planner', 'admin'));
--> statement-breakpoint
ALTER TABLE plan_policies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_read ON plan_policies FOR SELECT USING (tenant_id = app_tenant_id());
--> statement-breakpoint
CREATE POLICY plan_write ON plan_policies FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('planner', 'admin'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('planner', 'admin'));
--> statement-breakpoint
ALTER TABLE roadmap_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_read ON roadmap_items FOR SELECT USING (tenant_id = app_tenant_id());
--> statement-breakpoint
CREATE POLICY plan_write ON roadmap_items FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('planner', 'admin'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('planner', 'admin'));
--> statement-breakpoint
ALTER TABLE progress_entries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Staff read every entry of their tenant; the public page reads approved ones only.
CREATE POLICY entry_read ON progress_entries FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_user_id() IS NOT NULL OR state = 'approved'));
--> statement-breakpoint
CREATE POLICY entry_insert ON progress_entries FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND (app_has_role('planner')
    OR (app_has_role('division_reporter') AND app_division_code() = ANY (division_codes))));
--> statement-breakpoint
CREATE POLICY entry_update ON progress_entries FOR UPDATE
  USING (tenant_id = app_tenant_id() AND (app_has_role('planner')
    OR (app_has_role('division_reporter') AND app_division_code() = ANY (division_codes))))
  WITH CHECK (tenant_id = app_tenant_id() AND (app_has_role('planner')
    OR (app_has_role('division_reporter') AND app_division_code() = ANY (division_codes))));
--> statement-breakpoint
-- Only the planner approves; an approved entry's text no longer changes.
CREATE FUNCTION progress_entry_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.state = 'approved' AND OLD.state <> 'approved' AND NOT app_has_role('planner') THEN
    RAISE EXCEPTION 'only the planner approves a progress entry' USING ERRCODE = '42501';
  END IF;
  IF OLD.state = 'approved' AND (NEW.achievements <> OLD.achievements OR NEW.next_steps <> OLD.next_steps) THEN
    RAISE EXCEPTION 'an approved progress entry is not edited' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER progress_entry_guard BEFORE UPDATE ON progress_entries
  FOR EACH ROW EXECUTE FUNCTION progress_entry_guard();
--> statement-breakpoint
ALTER TABLE progress_entry_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY entry_event_read ON progress_entry_events FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY entry_event_insert ON progress_entry_events FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND actor_id = app_user_id());
--> statement-breakpoint
ALTER TABLE indicators ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_read ON indicators FOR SELECT USING (tenant_id = app_tenant_id());
--> statement-breakpoint
CREATE POLICY plan_write ON indicators FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('planner', 'admin'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('planner', 'admin'));
--> statement-breakpoint
ALTER TABLE indicator_values ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_read ON indicator_values FOR SELECT USING (tenant_id = app_tenant_id());
--> statement-breakpoint
CREATE POLICY value_write ON indicator_values FOR ALL
  USING (tenant_id = app_tenant_id() AND (app_has_role('planner') OR (app_has_role('division_reporter')
    AND EXISTS (SELECT 1 FROM indicators i WHERE i.id = indicator_id AND i.division_code = app_division_code()))))
  WITH CHECK (tenant_id = app_tenant_id() AND (app_has_role('planner') OR (app_has_role('division_reporter')
    AND EXISTS (SELECT 1 FROM indicators i WHERE i.id = indicator_id AND i.division_code = app_division_code()))));
--> statement-breakpoint
ALTER TABLE agency_surveys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY survey_read ON agency_surveys FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY survey_write ON agency_surveys FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('planner'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('planner'));
--> statement-breakpoint
ALTER TABLE survey_recipients ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- An agency's answer is seen by the planner and by the agency itself, not by other agencies.
CREATE POLICY recipient_read ON survey_recipients FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_has_role('planner') OR agency_id = app_agency_id()));
--> statement-breakpoint
CREATE POLICY recipient_insert ON survey_recipients FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('planner'));
--> statement-breakpoint
CREATE POLICY recipient_answer ON survey_recipients FOR UPDATE
  USING (tenant_id = app_tenant_id() AND agency_id = app_agency_id() AND app_has_role('agency_manager'))
  WITH CHECK (tenant_id = app_tenant_id() AND agency_id = app_agency_id() AND answered_by = app_user_id());
