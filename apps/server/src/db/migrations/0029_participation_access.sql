-- Participation and employment (SPEC M5; docs/adr/0013-participation-and-employment.md).
-- Participants, their matches and follow-ups are personal data: an agency sees them while it holds a
-- live link to the person's household (the registering and the allocated agency hold one with basis
-- 'participation', made in the registration's transaction; a case team holds its own). Programmes,
-- employers, openings, places and fairs are not personal data: every signed-in user of the tenant
-- reads them; the agencies of an employment programme and programme staff write them.
GRANT SELECT, INSERT, UPDATE ON employment_programmes, programme_agencies, participants, employers,
  job_openings, places, matches, retention_follow_ups, job_fairs TO tsunagu_app;
--> statement-breakpoint
CREATE FUNCTION app_works_in_participation() RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF app_has_role('programme_staff', 'admin') THEN
    RETURN true;
  END IF;
  RETURN EXISTS (
    SELECT 1 FROM programme_agencies a WHERE a.tenant_id = app_tenant_id() AND a.agency_id = app_agency_id()
  );
END
$$;
--> statement-breakpoint
-- Whether the actor sees the participant: the live-link check on the participant's household.
-- SECURITY DEFINER reads the household of the row; the check itself is the actor's.
CREATE FUNCTION app_sees_participant(p uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  hh uuid := (SELECT x.household_id FROM participants x WHERE x.id = p AND x.tenant_id = app_tenant_id());
BEGIN
  RETURN hh IS NOT NULL AND app_sees_household(hh);
END
$$;
--> statement-breakpoint
ALTER TABLE employment_programmes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY programme_read ON employment_programmes FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY programme_write ON employment_programmes FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('admin', 'planner'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('admin', 'planner'));
--> statement-breakpoint
ALTER TABLE programme_agencies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY programme_read ON programme_agencies FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY programme_write ON programme_agencies FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('admin', 'planner'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('admin', 'planner'));
--> statement-breakpoint
ALTER TABLE participants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY participant_access ON participants FOR ALL
  USING (tenant_id = app_tenant_id() AND app_sees_household(household_id))
  WITH CHECK (tenant_id = app_tenant_id() AND app_sees_household(household_id));
--> statement-breakpoint
ALTER TABLE matches ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY match_access ON matches FOR ALL
  USING (tenant_id = app_tenant_id() AND app_sees_participant(participant_id))
  WITH CHECK (tenant_id = app_tenant_id() AND app_sees_participant(participant_id));
--> statement-breakpoint
ALTER TABLE retention_follow_ups ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY follow_up_access ON retention_follow_ups FOR ALL
  USING (tenant_id = app_tenant_id() AND app_sees_participant(participant_id))
  WITH CHECK (tenant_id = app_tenant_id() AND app_sees_participant(participant_id));
--> statement-breakpoint
ALTER TABLE employers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY resource_read ON employers FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY resource_insert ON employers FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_works_in_participation());
--> statement-breakpoint
CREATE POLICY resource_update ON employers FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_works_in_participation())
  WITH CHECK (tenant_id = app_tenant_id() AND app_works_in_participation());
--> statement-breakpoint
ALTER TABLE job_openings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY resource_read ON job_openings FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY resource_insert ON job_openings FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_works_in_participation());
--> statement-breakpoint
CREATE POLICY resource_update ON job_openings FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_works_in_participation())
  WITH CHECK (tenant_id = app_tenant_id() AND app_works_in_participation());
--> statement-breakpoint
ALTER TABLE places ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY resource_read ON places FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY resource_insert ON places FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_works_in_participation());
--> statement-breakpoint
CREATE POLICY resource_update ON places FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_works_in_participation())
  WITH CHECK (tenant_id = app_tenant_id() AND app_works_in_participation());
--> statement-breakpoint
ALTER TABLE job_fairs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY resource_read ON job_fairs FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY resource_insert ON job_fairs FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_works_in_participation());
--> statement-breakpoint
CREATE POLICY resource_update ON job_fairs FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_works_in_participation())
  WITH CHECK (tenant_id = app_tenant_id() AND app_works_in_participation());
--> statement-breakpoint
-- A closed participant's record keeps its history: its matches and follow-ups no longer change.
CREATE FUNCTION participation_closed_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM participants p WHERE p.id = NEW.participant_id AND p.closed_on IS NOT NULL) THEN
    RAISE EXCEPTION 'participant is closed' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER matches_closed_guard BEFORE INSERT OR UPDATE ON matches
  FOR EACH ROW EXECUTE FUNCTION participation_closed_guard();
--> statement-breakpoint
CREATE TRIGGER follow_ups_closed_guard BEFORE INSERT OR UPDATE ON retention_follow_ups
  FOR EACH ROW EXECUTE FUNCTION participation_closed_guard();
--> statement-breakpoint
-- The allocated agency's live link follows the participant's allocation in the same transaction:
-- made on registration, moved when the participant is allocated elsewhere, ended when the support
-- closes. (The registering agency's own link — source 'participant_registration' — is made by the
-- service before the row, as an intake's is, and stays like one.)
CREATE FUNCTION participant_link() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW.allocated_agency_id IS DISTINCT FROM OLD.allocated_agency_id
      OR (NEW.closed_on IS NOT NULL AND OLD.closed_on IS NULL)) THEN
    UPDATE live_links SET revoked_at = now()
    WHERE source_type = 'participant' AND source_id = NEW.id AND revoked_at IS NULL;
  END IF;
  IF NEW.allocated_agency_id IS NOT NULL AND NEW.closed_on IS NULL AND (TG_OP = 'INSERT'
      OR NEW.allocated_agency_id IS DISTINCT FROM OLD.allocated_agency_id) THEN
    INSERT INTO live_links (id, tenant_id, household_id, agency_id, basis, source_type, source_id, created_by)
    VALUES (gen_random_uuid(), NEW.tenant_id, NEW.household_id, NEW.allocated_agency_id, 'participation',
      'participant', NEW.id, nullif(current_setting('app.user_id', true), '')::uuid);
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER participant_link AFTER INSERT OR UPDATE OF allocated_agency_id, closed_on ON participants
  FOR EACH ROW EXECUTE FUNCTION participant_link();
