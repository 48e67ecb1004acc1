-- Coordinated cases and meetings (SPEC M4 and §4): coordinators see every case of the tenant; an
-- agency sees a case while it is on the case's team; an attendee of a meeting sees the meeting's
-- agenda cases only through that meeting, while it is open (docs/adr/0011-coordinated-cases.md).
GRANT SELECT, INSERT, UPDATE ON cases, case_team, case_contacts, case_outreach, support_plans, monitorings,
  action_items, case_stories, meetings, meeting_cases, meeting_attendees TO tsunagu_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON case_records, case_reviews TO tsunagu_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE cases_number_seq TO tsunagu_app;
--> statement-breakpoint
CREATE TRIGGER case_records_append_only BEFORE UPDATE OR DELETE ON case_records
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER case_reviews_append_only BEFORE UPDATE OR DELETE ON case_reviews
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
-- The meeting context: set (transaction-local) only by the meeting page's read. It opens the agenda
-- cases of that one meeting to an attending agency while the meeting is open; at a 支援会議 only once
-- the agency's attendee has acknowledged the duty of secrecy; at a 重層的支援会議 only while the
-- person's consent to sharing at the meeting covers the agency (withdrawal ends it at once).
CREATE FUNCTION app_meeting_context_has(c uuid, hh uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m uuid := nullif(current_setting('app.meeting_id', true), '')::uuid;
BEGIN
  IF m IS NULL THEN
    RETURN false;
  END IF;
  RETURN EXISTS (
    SELECT 1 FROM meetings mt
      JOIN meeting_cases mc ON mc.meeting_id = mt.id
      JOIN cases x ON x.id = mc.case_id
      JOIN meeting_attendees a ON a.meeting_id = mt.id
    WHERE mt.id = m AND mt.tenant_id = app_tenant_id() AND mt.state <> 'closed'
      AND (c IS NULL OR x.id = c) AND (hh IS NULL OR x.household_id = hh)
      AND a.agency_id = app_agency_id()
      AND (mt.kind <> 'support_council' OR a.secrecy_acknowledged_at IS NOT NULL)
      AND (mt.kind <> 'multi_agency' OR EXISTS (
        SELECT 1 FROM consents k JOIN agencies ag ON ag.id = a.agency_id
        WHERE k.person_id IN (SELECT p.id FROM persons p WHERE p.id = x.person_id OR p.merged_into = x.person_id)
          AND k.tenant_id = mt.tenant_id AND k.purpose = 'multi_agency_meeting' AND k.withdrawn_at IS NULL
          AND (ag.id = ANY(k.scope_agency_ids) OR ag.category_code = ANY(k.scope_agency_categories))))
  );
END
$$;
--> statement-breakpoint
-- Whether the actor's agency is on the case's team now (or the meeting context opens the case).
-- SECURITY DEFINER: policies of the case tables cannot query case_team under its own policy.
CREATE FUNCTION app_sees_case(c uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM case_team t
    WHERE t.case_id = c AND t.tenant_id = app_tenant_id() AND t.agency_id = app_agency_id() AND t.ended_at IS NULL
  ) THEN
    RETURN true;
  END IF;
  RETURN app_meeting_context_has(c, NULL);
END
$$;
--> statement-breakpoint
CREATE FUNCTION app_attends_meeting(m uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM meeting_attendees a
    WHERE a.meeting_id = m AND a.tenant_id = app_tenant_id() AND a.agency_id = app_agency_id()
  );
END
$$;
--> statement-breakpoint
-- The household check gains the meeting context as a second way in; without the context it costs
-- one setting read more than before.
CREATE OR REPLACE FUNCTION app_sees_household(hh uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM live_links l
    WHERE l.household_id = hh AND l.tenant_id = app_tenant_id() AND l.agency_id = app_agency_id()
      AND l.revoked_at IS NULL AND l.valid_from <= now() AND (l.valid_until IS NULL OR l.valid_until > now())
  ) THEN
    RETURN true;
  END IF;
  IF nullif(current_setting('app.meeting_id', true), '') IS NULL THEN
    RETURN false;
  END IF;
  RETURN app_meeting_context_has(NULL, hh);
END
$$;
--> statement-breakpoint
-- Links follow the records that cause them, in the same transaction: a team member gets one, the
-- coordinator desk gets one for every case, ending a membership or closing the case ends them.
CREATE FUNCTION case_team_link() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO live_links (id, tenant_id, household_id, agency_id, basis, source_type, source_id, created_by)
    SELECT gen_random_uuid(), NEW.tenant_id, x.household_id, NEW.agency_id, 'case_team', 'case_team', NEW.id, NEW.added_by
    FROM cases x WHERE x.id = NEW.case_id;
  ELSIF NEW.ended_at IS NOT NULL AND OLD.ended_at IS NULL THEN
    UPDATE live_links SET revoked_at = NEW.ended_at
    WHERE source_type = 'case_team' AND source_id = NEW.id AND revoked_at IS NULL;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER case_team_link AFTER INSERT OR UPDATE OF ended_at ON case_team
  FOR EACH ROW EXECUTE FUNCTION case_team_link();
--> statement-breakpoint
CREATE FUNCTION case_desk_link() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  desk uuid := (SELECT nullif(t.settings->>'coordinatorAgencyId', '')::uuid FROM tenants t WHERE t.id = NEW.tenant_id);
BEGIN
  IF TG_OP = 'INSERT' AND desk IS NOT NULL THEN
    INSERT INTO live_links (id, tenant_id, household_id, agency_id, basis, source_type, source_id, created_by)
    VALUES (gen_random_uuid(), NEW.tenant_id, NEW.household_id, desk, 'case_team', 'case', NEW.id, NEW.created_by);
  ELSIF TG_OP = 'UPDATE' AND NEW.stage = 'closed' AND OLD.stage <> 'closed' THEN
    UPDATE case_team SET ended_at = now() WHERE case_id = NEW.id AND ended_at IS NULL;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER case_desk_link AFTER INSERT OR UPDATE OF stage ON cases
  FOR EACH ROW EXECUTE FUNCTION case_desk_link();
--> statement-breakpoint
-- The first plan draft moves the case from assessment to planning, whoever on the team drafts it:
-- under the policies below only a coordinator may update a case, so the draft's insert does it.
CREATE FUNCTION support_plan_stage() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE cases SET stage = 'planning', version = version + 1
  WHERE id = NEW.case_id AND tenant_id = NEW.tenant_id AND stage = 'assessment';
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER support_plan_stage AFTER INSERT ON support_plans
  FOR EACH ROW EXECUTE FUNCTION support_plan_stage();
--> statement-breakpoint
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_read ON cases FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_has_role('coordinator') OR app_sees_case(id)));
--> statement-breakpoint
-- Coordinators open cases; any agency that sees the household may ask the coordinator directly.
CREATE POLICY case_open ON cases FOR INSERT WITH CHECK (
  tenant_id = app_tenant_id() AND created_by = app_user_id() AND (app_has_role('coordinator')
    OR (source = 'direct' AND kind IS NULL AND stage = 'triage' AND request_agency_id = app_agency_id()
      AND app_sees_household(household_id))));
--> statement-breakpoint
CREATE POLICY coordinator_update ON cases FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_has_role('coordinator'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('coordinator'));
--> statement-breakpoint
ALTER TABLE case_team ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_read ON case_team FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_has_role('coordinator') OR app_sees_case(case_id)));
--> statement-breakpoint
CREATE POLICY coordinator_write ON case_team FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('coordinator'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('coordinator'));
--> statement-breakpoint
ALTER TABLE case_contacts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_read ON case_contacts FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_has_role('coordinator') OR app_sees_case(case_id)));
--> statement-breakpoint
CREATE POLICY coordinator_write ON case_contacts FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('coordinator') AND recorded_by = app_user_id());
--> statement-breakpoint
ALTER TABLE case_outreach ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_read ON case_outreach FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_has_role('coordinator') OR app_sees_case(case_id)));
--> statement-breakpoint
CREATE POLICY team_write ON case_outreach FOR INSERT WITH CHECK (
  tenant_id = app_tenant_id() AND recorded_by = app_user_id()
  AND (app_has_role('coordinator') OR app_sees_case(case_id)));
--> statement-breakpoint
ALTER TABLE case_records ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_read ON case_records FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_has_role('coordinator') OR app_sees_case(case_id)));
--> statement-breakpoint
CREATE POLICY team_write ON case_records FOR INSERT WITH CHECK (
  tenant_id = app_tenant_id() AND author_id = app_user_id()
  AND (app_has_role('coordinator') OR app_sees_case(case_id)));
--> statement-breakpoint
ALTER TABLE case_reviews ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_read ON case_reviews FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_has_role('coordinator') OR app_sees_case(case_id)));
--> statement-breakpoint
CREATE POLICY coordinator_write ON case_reviews FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('coordinator') AND reviewer_id = app_user_id());
--> statement-breakpoint
ALTER TABLE support_plans ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_read ON support_plans FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_has_role('coordinator') OR app_sees_case(case_id)));
--> statement-breakpoint
CREATE POLICY team_draft ON support_plans FOR INSERT WITH CHECK (
  tenant_id = app_tenant_id() AND created_by = app_user_id() AND state = 'draft'
  AND (app_has_role('coordinator') OR app_sees_case(case_id)));
--> statement-breakpoint
CREATE POLICY coordinator_approve ON support_plans FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_has_role('coordinator'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('coordinator'));
--> statement-breakpoint
ALTER TABLE monitorings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_read ON monitorings FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_has_role('coordinator') OR app_sees_case(case_id)));
--> statement-breakpoint
CREATE POLICY coordinator_write ON monitorings FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('coordinator'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('coordinator'));
--> statement-breakpoint
ALTER TABLE meetings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY attendee_read ON meetings FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_has_role('coordinator') OR app_attends_meeting(id)));
--> statement-breakpoint
CREATE POLICY coordinator_write ON meetings FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('coordinator'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('coordinator'));
--> statement-breakpoint
ALTER TABLE meeting_cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY attendee_read ON meeting_cases FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_has_role('coordinator') OR app_attends_meeting(meeting_id)));
--> statement-breakpoint
CREATE POLICY coordinator_write ON meeting_cases FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('coordinator'));
--> statement-breakpoint
ALTER TABLE meeting_attendees ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY attendee_read ON meeting_attendees FOR SELECT
  USING (tenant_id = app_tenant_id() AND (app_has_role('coordinator') OR app_attends_meeting(meeting_id)));
--> statement-breakpoint
CREATE POLICY coordinator_write ON meeting_attendees FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('coordinator'));
--> statement-breakpoint
-- An attendee's own agency (or the coordinator, from the signed paper form) records the acknowledgement.
CREATE POLICY acknowledge ON meeting_attendees FOR UPDATE
  USING (tenant_id = app_tenant_id() AND (app_has_role('coordinator') OR agency_id = app_agency_id()))
  WITH CHECK (tenant_id = app_tenant_id() AND (app_has_role('coordinator') OR agency_id = app_agency_id())
    AND acknowledgement_recorded_by = app_user_id());
--> statement-breakpoint
ALTER TABLE action_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY owner_or_case_read ON action_items FOR SELECT USING (
  tenant_id = app_tenant_id() AND (owner_agency_id = app_agency_id() OR app_has_role('coordinator')
    OR (case_id IS NOT NULL AND app_sees_case(case_id))
    OR (meeting_id IS NOT NULL AND app_attends_meeting(meeting_id))));
--> statement-breakpoint
CREATE POLICY coordinator_assign ON action_items FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('coordinator') AND created_by = app_user_id());
--> statement-breakpoint
CREATE POLICY owner_done ON action_items FOR UPDATE
  USING (tenant_id = app_tenant_id() AND (owner_agency_id = app_agency_id() OR app_has_role('coordinator')))
  WITH CHECK (tenant_id = app_tenant_id() AND (owner_agency_id = app_agency_id() OR app_has_role('coordinator')));
--> statement-breakpoint
ALTER TABLE case_stories ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY published_or_editor_read ON case_stories FOR SELECT USING (
  tenant_id = app_tenant_id() AND (state = 'published' OR app_has_role('coordinator', 'admin')));
--> statement-breakpoint
CREATE POLICY coordinator_write ON case_stories FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('coordinator') AND author_id = app_user_id());
--> statement-breakpoint
CREATE POLICY editor_update ON case_stories FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_has_role('coordinator', 'admin'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('coordinator', 'admin'));
