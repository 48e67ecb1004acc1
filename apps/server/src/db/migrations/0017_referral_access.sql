-- Referrals (SPEC M3 and §4). The referral rows are the closed loop's status layer: every agency that
-- sent or received a referral of the chain sees the whole chain, and coordinators see all. The
-- household's personal data stays behind live links: the receiving agency gets one, limited by the
-- consent the referral rests on (docs/adr/0010-referrals.md).
GRANT SELECT, INSERT, UPDATE ON referrals TO tsunagu_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON referral_events TO tsunagu_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE referral_events_id_seq TO tsunagu_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON notifications TO tsunagu_app;
--> statement-breakpoint
CREATE TRIGGER referral_events_append_only BEFORE UPDATE OR DELETE ON referral_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
-- Whether the actor's agency sent or received any referral of the chain. SECURITY DEFINER because a
-- policy on referrals cannot query referrals under its own policy (infinite recursion); it answers
-- only yes or no, for the actor's own agency.
CREATE FUNCTION app_in_referral_chain(chain uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM referrals r
    WHERE r.chain_id = chain AND r.tenant_id = app_tenant_id()
      AND (r.from_agency_id = app_agency_id() OR r.to_agency_id = app_agency_id())
  );
END
$$;
--> statement-breakpoint
-- The tenant's coordinator desk (tenant setting coordinatorAgencyId): escalations are linked to it.
CREATE FUNCTION app_coordinator_agency() RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT nullif(t.settings->>'coordinatorAgencyId', '')::uuid FROM tenants t WHERE t.id = app_tenant_id()
$$;
--> statement-breakpoint
ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The agency's own referrals are answered from the row itself; only other hops of its chains need the
-- function (one index lookup per row).
CREATE POLICY chain_read ON referrals FOR SELECT USING (
  tenant_id = app_tenant_id() AND (from_agency_id = app_agency_id() OR to_agency_id = app_agency_id()
    OR app_has_role('coordinator') OR app_in_referral_chain(chain_id)));
--> statement-breakpoint
-- Only an agency that sees the household may send it on, and only in its own name.
CREATE POLICY send ON referrals FOR INSERT WITH CHECK (
  tenant_id = app_tenant_id() AND from_agency_id = app_agency_id() AND created_by = app_user_id()
  AND app_sees_household(household_id));
--> statement-breakpoint
-- The receiving agency moves its referral on (receive, accept, hand on, escalate, complete).
CREATE POLICY receiver_acts ON referrals FOR UPDATE
  USING (tenant_id = app_tenant_id() AND to_agency_id = app_agency_id())
  WITH CHECK (tenant_id = app_tenant_id() AND to_agency_id = app_agency_id());
--> statement-breakpoint
ALTER TABLE referral_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY chain_read ON referral_events FOR SELECT USING (
  tenant_id = app_tenant_id() AND (app_has_role('coordinator') OR app_in_referral_chain(chain_id)));
--> statement-breakpoint
CREATE POLICY own_events ON referral_events FOR INSERT WITH CHECK (
  tenant_id = app_tenant_id() AND actor_user_id = app_user_id() AND agency_id = app_agency_id()
  AND app_in_referral_chain(chain_id));
--> statement-breakpoint
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY own_read ON notifications FOR SELECT USING (tenant_id = app_tenant_id() AND user_id = app_user_id());
--> statement-breakpoint
CREATE POLICY own_mark_read ON notifications FOR UPDATE
  USING (tenant_id = app_tenant_id() AND user_id = app_user_id())
  WITH CHECK (tenant_id = app_tenant_id() AND user_id = app_user_id());
--> statement-breakpoint
-- Notifications go to the users of the agencies of the chain (they say what happened, nothing personal).
CREATE POLICY notify_chain ON notifications FOR INSERT WITH CHECK (
  tenant_id = app_tenant_id() AND referral_id IS NOT NULL AND app_in_referral_chain((
    SELECT r.chain_id FROM referrals r WHERE r.id = referral_id)));
--> statement-breakpoint
-- A referral opens the household to its receiving agency; an escalation opens it to the coordinator
-- desk. The link must name the referral that causes it, made by the agency that sends or escalates it.
CREATE FUNCTION app_may_link_for_referral(ref uuid, agency uuid, hh uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM referrals r
    WHERE r.id = ref AND r.tenant_id = app_tenant_id() AND r.household_id = hh
      AND ((r.from_agency_id = app_agency_id() AND r.to_agency_id = agency AND r.state = 'sent')
        OR (r.to_agency_id = app_agency_id() AND r.state = 'escalated' AND agency = app_coordinator_agency()))
  );
END
$$;
--> statement-breakpoint
CREATE POLICY referral_links ON live_links FOR INSERT WITH CHECK (
  tenant_id = app_tenant_id() AND basis = 'referral' AND source_type = 'referral'
  AND app_may_link_for_referral(source_id, agency_id, household_id));
--> statement-breakpoint
-- Consent withdrawal ends consent-based access at once: the links of referrals resting on it end with it.
CREATE FUNCTION consents_end_referral_links() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NEW.withdrawn_at IS NOT NULL AND OLD.withdrawn_at IS NULL THEN
    UPDATE live_links l SET revoked_at = NEW.withdrawn_at
    FROM referrals r
    WHERE r.consent_id = NEW.id AND l.source_type = 'referral' AND l.source_id = r.id
      AND l.agency_id = r.to_agency_id AND l.revoked_at IS NULL;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER consents_end_referral_links AFTER UPDATE OF withdrawn_at ON consents
  FOR EACH ROW EXECUTE FUNCTION consents_end_referral_links();
