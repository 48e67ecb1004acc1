-- Access to households by live link (SPEC §4): the one question every personal-data policy asks.
GRANT SELECT, INSERT, UPDATE ON persons, households, household_members, live_links TO tsunagu_app;
--> statement-breakpoint
-- True while the actor's agency holds a live link to the household: not revoked, within its validity.
CREATE FUNCTION app_sees_household(hh uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM live_links l
    WHERE l.household_id = hh AND l.tenant_id = app_tenant_id() AND l.agency_id = app_agency_id()
      AND l.revoked_at IS NULL AND l.valid_from <= now() AND (l.valid_until IS NULL OR l.valid_until > now())
  )
$$;
--> statement-breakpoint
-- A person is visible through any visible household they are a member of.
CREATE FUNCTION app_sees_person(p uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM household_members m WHERE m.person_id = p AND app_sees_household(m.household_id)
  )
$$;
--> statement-breakpoint
ALTER TABLE live_links ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- An agency sees and ends its own links. Links for other agencies (referrals, case teams) are made by
-- the services that own those records, under their own policies.
CREATE POLICY own_links ON live_links FOR ALL
  USING (tenant_id = app_tenant_id() AND agency_id = app_agency_id())
  WITH CHECK (tenant_id = app_tenant_id() AND agency_id = app_agency_id());
--> statement-breakpoint
ALTER TABLE households ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY linked_read ON households FOR SELECT USING (tenant_id = app_tenant_id() AND app_sees_household(id));
--> statement-breakpoint
CREATE POLICY agency_create ON households FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_agency_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY linked_update ON households FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_sees_household(id))
  WITH CHECK (tenant_id = app_tenant_id());
--> statement-breakpoint
ALTER TABLE household_members ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY linked_read ON household_members FOR SELECT
  USING (tenant_id = app_tenant_id() AND app_sees_household(household_id));
--> statement-breakpoint
CREATE POLICY linked_write ON household_members FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_sees_household(household_id));
--> statement-breakpoint
CREATE POLICY linked_update ON household_members FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_sees_household(household_id))
  WITH CHECK (tenant_id = app_tenant_id() AND app_sees_household(household_id));
--> statement-breakpoint
ALTER TABLE persons ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY linked_read ON persons FOR SELECT USING (tenant_id = app_tenant_id() AND app_sees_person(id));
--> statement-breakpoint
CREATE POLICY agency_create ON persons FOR INSERT
  WITH CHECK (tenant_id = app_tenant_id() AND app_agency_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY linked_update ON persons FOR UPDATE
  USING (tenant_id = app_tenant_id() AND app_sees_person(id))
  WITH CHECK (tenant_id = app_tenant_id());
