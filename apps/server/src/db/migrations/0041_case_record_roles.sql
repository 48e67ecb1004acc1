-- Referrals, meetings and action items are case records: a referral's reason, notes and history say
-- what the household needs, a meeting's minutes and decisions what was agreed about it, an action
-- item what is to be done for it. Like the household and case checks (migration 0040), reading them
-- needs a role that works on case records, not only an agency in the chain, among the attendees or
-- owning the item: planners and programme staff see aggregates (SPEC §4). A referral to an agency none
-- of whose users holds such a role waits unaccepted and is escalated when its accept deadline passes,
-- as any other (never left without an owner).
DROP POLICY chain_read ON referrals;
--> statement-breakpoint
CREATE POLICY chain_read ON referrals FOR SELECT USING (
  tenant_id = (SELECT app_tenant_id()) AND (SELECT app_reads_records())
  AND (from_agency_id = (SELECT app_agency_id()) OR to_agency_id = (SELECT app_agency_id())
    OR ((SELECT app_has_role('coordinator')) AND (state = 'escalated' OR app_chain_needs_coordinator(chain_id)))
    OR app_in_referral_chain(chain_id)));
--> statement-breakpoint
DROP POLICY chain_read ON referral_events;
--> statement-breakpoint
CREATE POLICY chain_read ON referral_events FOR SELECT USING (
  tenant_id = (SELECT app_tenant_id()) AND (SELECT app_reads_records())
  AND (app_in_referral_chain(chain_id)
    OR ((SELECT app_has_role('coordinator')) AND app_chain_needs_coordinator(chain_id))));
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_attends_meeting(m uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT app_reads_records() THEN
    RETURN false;
  END IF;
  RETURN EXISTS (
    SELECT 1 FROM meeting_attendees a
    WHERE a.meeting_id = m AND a.tenant_id = app_tenant_id() AND a.agency_id = app_agency_id()
  );
END
$$;
--> statement-breakpoint
DROP POLICY owner_or_case_read ON action_items;
--> statement-breakpoint
CREATE POLICY owner_or_case_read ON action_items FOR SELECT USING (
  tenant_id = (SELECT app_tenant_id()) AND (
    (owner_agency_id = (SELECT app_agency_id()) AND (SELECT app_reads_records()))
    OR (SELECT app_has_role('coordinator'))
    OR case_id IN (SELECT app_visible_cases())
    OR (meeting_id IS NOT NULL AND app_attends_meeting(meeting_id))));
