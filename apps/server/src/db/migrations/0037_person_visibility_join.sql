-- app_sees_person(p) ran, for every row a policy checked, a query on household_members under that
-- table's own policy, which called app_sees_household for each membership (a query on live_links under
-- its policy), and then called app_sees_household again for the same membership: two nested function
-- calls and four queries for one person, 25 µs a row (half the time of a referral inbox page). The live
-- link test is now one join of the person's memberships and the agency's live links, read as the
-- tables' owner (SECURITY DEFINER, as app_meeting_context_has): it asks exactly what the nested
-- policies asked — a membership of the person, in the tenant, in a household the actor's agency holds
-- a live link to — once (PL/pgSQL, planned once per session, as migration 0015 explains).
-- The meeting context is checked as before, only when a meeting is open.
CREATE OR REPLACE FUNCTION app_linked_person(p uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM household_members m
      JOIN live_links l ON l.household_id = m.household_id
    WHERE m.person_id = p AND m.tenant_id = app_tenant_id()
      AND l.tenant_id = app_tenant_id() AND l.agency_id = app_agency_id()
      AND l.revoked_at IS NULL AND l.valid_from <= now() AND (l.valid_until IS NULL OR l.valid_until > now())
  );
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_sees_person(p uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF app_linked_person(p) THEN
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
