-- Data minimisation for coordinators (SPEC §4: "coordinators see all escalated and coordinated
-- cases"): instead of every referral of the city, the chains that need them — one of whose referrals
-- was escalated, or waits past its accept deadline without an owner (the overdue list). The whole
-- chain is shown, so the coordinator sees where the household has already been.
CREATE FUNCTION app_chain_needs_coordinator(chain uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM referrals r
    WHERE r.chain_id = chain AND r.tenant_id = app_tenant_id()
      AND (r.state = 'escalated'
        OR (r.state IN ('sent', 'received') AND r.accept_due_on < (now() AT TIME ZONE 'Asia/Tokyo')::date))
  );
END
$$;
--> statement-breakpoint
DROP POLICY chain_read ON referrals;
--> statement-breakpoint
-- Cheapest first: the row itself, then one index lookup per row for the rest of a chain.
CREATE POLICY chain_read ON referrals FOR SELECT USING (
  tenant_id = app_tenant_id() AND (from_agency_id = app_agency_id() OR to_agency_id = app_agency_id()
    OR (app_has_role('coordinator') AND (state = 'escalated' OR app_chain_needs_coordinator(chain_id)))
    OR app_in_referral_chain(chain_id)));
--> statement-breakpoint
DROP POLICY chain_read ON referral_events;
--> statement-breakpoint
CREATE POLICY chain_read ON referral_events FOR SELECT USING (
  tenant_id = app_tenant_id() AND (app_in_referral_chain(chain_id)
    OR (app_has_role('coordinator') AND app_chain_needs_coordinator(chain_id))));
