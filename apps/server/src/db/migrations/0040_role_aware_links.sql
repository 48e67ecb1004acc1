-- SPEC §4: "Planners and programme staff see aggregates, not case records, unless they hold another
-- role." A live link is an agency's, and the checks asked only for the agency: programme staff at an
-- agency on a case team read the case, and the programme desk's participation link (ADR 0013) opened
-- the participant's whole household — every member, the 本人's consents, 要配慮個人情報, the つなぐシート.
-- Two changes, in the functions every policy already calls (docs/adr/0003-access-control.md):
-- 1. Household, person and case checks hold only for the roles that work on case records: agency
--    staff, agency managers, coordinators and advisors (a user holding one of them besides another
--    role keeps it).
-- 2. A link of basis 'participation' no longer opens the household. It opens its own participant
--    (the link's source), that participant's matches and follow-ups, and the participant's person row —
--    for those roles and programme staff. Nothing else of the household.
CREATE FUNCTION app_reads_records() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT app_has_role('agency_staff', 'agency_manager', 'coordinator', 'advisor') $$;
--> statement-breakpoint
CREATE FUNCTION app_works_with_participants() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT app_has_role('agency_staff', 'agency_manager', 'coordinator', 'advisor', 'programme_staff') $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_sees_household(hh uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF NOT app_reads_records() THEN
    RETURN false;
  END IF;
  IF EXISTS (
    SELECT 1 FROM live_links l
    WHERE l.household_id = hh AND l.tenant_id = app_tenant_id() AND l.agency_id = app_agency_id()
      AND l.basis <> 'participation'
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
CREATE OR REPLACE FUNCTION app_linked_person(p uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT app_reads_records() THEN
    RETURN false;
  END IF;
  RETURN EXISTS (
    SELECT 1 FROM household_members m
      JOIN live_links l ON l.household_id = m.household_id
    WHERE m.person_id = p AND m.tenant_id = app_tenant_id()
      AND l.tenant_id = app_tenant_id() AND l.agency_id = app_agency_id() AND l.basis <> 'participation'
      AND l.revoked_at IS NULL AND l.valid_from <= now() AND (l.valid_until IS NULL OR l.valid_until > now())
  );
END
$$;
--> statement-breakpoint
-- Whether the actor's agency holds the live participation link that participant `x` made (its
-- registration or its allocation). `hh` is the participant's household: the index on (tenant,
-- agency, household) finds the link.
CREATE FUNCTION app_participation_link(x uuid, hh uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF NOT app_works_with_participants() THEN
    RETURN false;
  END IF;
  RETURN EXISTS (
    SELECT 1 FROM live_links l
    WHERE l.household_id = hh AND l.tenant_id = app_tenant_id() AND l.agency_id = app_agency_id()
      AND l.basis = 'participation' AND l.source_id = x
      AND l.revoked_at IS NULL AND l.valid_from <= now() AND (l.valid_until IS NULL OR l.valid_until > now())
  );
END
$$;
--> statement-breakpoint
-- The person of a participant the actor's agency holds a participation link for.
CREATE FUNCTION app_participation_person(p uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT app_works_with_participants() THEN
    RETURN false;
  END IF;
  RETURN EXISTS (
    SELECT 1 FROM participants x
      JOIN live_links l ON l.household_id = x.household_id AND l.source_id = x.id
    WHERE x.person_id = p AND x.tenant_id = app_tenant_id()
      AND l.tenant_id = app_tenant_id() AND l.agency_id = app_agency_id() AND l.basis = 'participation'
      AND l.revoked_at IS NULL AND l.valid_from <= now() AND (l.valid_until IS NULL OR l.valid_until > now())
  );
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_sees_person(p uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF app_linked_person(p) OR app_participation_person(p) THEN
    RETURN true;
  END IF;
  IF nullif(current_setting('app.meeting_id', true), '') IS NULL THEN
    RETURN false;
  END IF;
  RETURN EXISTS (
    SELECT 1 FROM household_members m WHERE m.person_id = p AND app_sees_household(m.household_id)
  );
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_sees_participant(p uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  hh uuid := (SELECT x.household_id FROM participants x WHERE x.id = p AND x.tenant_id = app_tenant_id());
BEGIN
  RETURN hh IS NOT NULL AND (app_sees_household(hh) OR app_participation_link(p, hh));
END
$$;
--> statement-breakpoint
DROP POLICY participant_access ON participants;
--> statement-breakpoint
CREATE POLICY participant_access ON participants FOR ALL
  USING (tenant_id = (SELECT app_tenant_id())
    AND (app_sees_household(household_id) OR app_participation_link(id, household_id)))
  WITH CHECK (tenant_id = (SELECT app_tenant_id())
    AND (app_sees_household(household_id) OR app_participation_link(id, household_id)));
--> statement-breakpoint
-- A standalone registration makes a new person and household with the registering agency's own
-- participation link; its one membership (the 本人) is written by an agency that, for programme staff
-- or under that link alone, does not see the household. This lets exactly that first membership in:
-- a household the agency created, holding its registration link, with no member yet.
CREATE FUNCTION app_registers_household(hh uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT app_works_with_participants() THEN
    RETURN false;
  END IF;
  RETURN EXISTS (
    SELECT 1 FROM households h JOIN live_links l ON l.household_id = h.id
    WHERE h.id = hh AND h.tenant_id = app_tenant_id() AND h.created_by_agency_id = app_agency_id()
      AND l.tenant_id = app_tenant_id() AND l.agency_id = app_agency_id()
      AND l.source_type = 'participant_registration' AND l.revoked_at IS NULL
  ) AND NOT EXISTS (SELECT 1 FROM household_members m WHERE m.household_id = hh);
END
$$;
--> statement-breakpoint
DROP POLICY linked_write ON household_members;
--> statement-breakpoint
CREATE POLICY linked_write ON household_members FOR INSERT
  WITH CHECK (tenant_id = (SELECT app_tenant_id())
    AND (app_sees_household(household_id) OR app_registers_household(household_id)));
--> statement-breakpoint
-- Cases: the team's agencies read a case through the same roles.
CREATE OR REPLACE FUNCTION app_sees_case(c uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT app_reads_records() THEN
    RETURN false;
  END IF;
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
CREATE OR REPLACE FUNCTION app_visible_cases() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m uuid := nullif(current_setting('app.meeting_id', true), '')::uuid;
BEGIN
  IF NOT app_reads_records() THEN
    RETURN;
  END IF;
  RETURN QUERY SELECT t.case_id FROM case_team t
    WHERE t.tenant_id = app_tenant_id() AND t.agency_id = app_agency_id() AND t.ended_at IS NULL;
  IF m IS NOT NULL THEN
    RETURN QUERY SELECT mc.case_id FROM meeting_cases mc
      WHERE mc.meeting_id = m AND app_meeting_context_has(mc.case_id, NULL);
  END IF;
END
$$;
