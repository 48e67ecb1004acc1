-- Community building and programme records (SPEC M6; docs/adr/0014-community-programmes.md).
-- None of it is case data. Programmes, councils, events, organisations, advisors, the physicians'
-- registry and the matching board are read by every signed-in user of the tenant; a dispatch request
-- names a group's contact, so it is read only by those who may write it, planners and auditors. Every
-- row carries its owner division (from the tenant's configuration): admins and planners write any;
-- programme staff and division reporters write their own division's.
GRANT SELECT, INSERT, UPDATE ON community_programmes, community_settings, support_councils,
  community_organisations, programme_events, event_organisations, advisors, dispatch_requests,
  dispatch_follow_ups, medical_care_physicians, board_posts, board_matches TO tsunagu_app;
--> statement-breakpoint
GRANT DELETE ON event_organisations TO tsunagu_app;
--> statement-breakpoint
-- Whether the actor writes community records of the division (null: of any division).
CREATE FUNCTION app_writes_community(division text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT app_has_role('admin', 'planner') OR (
    app_has_role('programme_staff', 'division_reporter')
    AND app_division_code() IS NOT NULL
    AND (division IS NULL OR app_division_code() = division)
  )
$$;
--> statement-breakpoint
CREATE POLICY community_read ON community_programmes FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY community_write ON community_programmes FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('admin', 'planner'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('admin', 'planner'));
--> statement-breakpoint
ALTER TABLE community_programmes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY community_read ON community_settings FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY community_write ON community_settings FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('admin', 'planner'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('admin', 'planner'));
--> statement-breakpoint
ALTER TABLE community_settings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY community_read ON community_organisations FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY community_insert ON community_organisations FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(NULL));
--> statement-breakpoint
CREATE POLICY community_update ON community_organisations FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_writes_community(NULL))
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(NULL));
--> statement-breakpoint
ALTER TABLE community_organisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY community_read ON support_councils FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY community_insert ON support_councils FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
CREATE POLICY community_update ON support_councils FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_writes_community(division_code))
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
ALTER TABLE support_councils ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY community_read ON programme_events FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY community_insert ON programme_events FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
CREATE POLICY community_update ON programme_events FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_writes_community(division_code))
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
ALTER TABLE programme_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY community_read ON event_organisations FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY community_insert ON event_organisations FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
CREATE POLICY community_update ON event_organisations FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_writes_community(division_code))
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
ALTER TABLE event_organisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY community_read ON advisors FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY community_insert ON advisors FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
CREATE POLICY community_update ON advisors FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_writes_community(division_code))
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
ALTER TABLE advisors ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY community_read ON medical_care_physicians FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY community_insert ON medical_care_physicians FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
CREATE POLICY community_update ON medical_care_physicians FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_writes_community(division_code))
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
ALTER TABLE medical_care_physicians ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY community_read ON board_posts FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY community_insert ON board_posts FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
CREATE POLICY community_update ON board_posts FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_writes_community(division_code))
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
ALTER TABLE board_posts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY community_read ON board_matches FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY community_insert ON board_matches FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
CREATE POLICY community_update ON board_matches FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_writes_community(division_code))
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
ALTER TABLE board_matches ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY community_delete ON event_organisations FOR DELETE
  USING (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
CREATE POLICY dispatch_read ON dispatch_requests FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_writes_community(division_code) OR app_has_role('auditor')));
--> statement-breakpoint
CREATE POLICY dispatch_insert ON dispatch_requests FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
CREATE POLICY dispatch_update ON dispatch_requests FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_writes_community(division_code))
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
ALTER TABLE dispatch_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY dispatch_read ON dispatch_follow_ups FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_writes_community(division_code) OR app_has_role('auditor')));
--> statement-breakpoint
CREATE POLICY dispatch_insert ON dispatch_follow_ups FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
CREATE POLICY dispatch_update ON dispatch_follow_ups FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_writes_community(division_code))
  WITH CHECK (tenant_id = app_tenant_id() AND app_writes_community(division_code));
--> statement-breakpoint
ALTER TABLE dispatch_follow_ups ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Follow-ups are a record of what happened: once written they do not change.
CREATE TRIGGER dispatch_follow_ups_append_only BEFORE UPDATE OR DELETE ON dispatch_follow_ups
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
