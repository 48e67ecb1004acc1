-- A participation link lets its agency read the participant's person row (migration 0040), not
-- change it: the person's record belongs to the agencies that see the household. Updating a person
-- and writing a person's change history now ask the household-link check (app_linked_person: the
-- roles that work on case records, a link other than participation), as the household's own rows do.
DROP POLICY linked_update ON persons;
--> statement-breakpoint
CREATE POLICY linked_update ON persons FOR UPDATE
  USING (tenant_id = (SELECT app_tenant_id()) AND app_linked_person(id))
  WITH CHECK (tenant_id = (SELECT app_tenant_id()));
--> statement-breakpoint
DROP POLICY linked_write ON record_history;
--> statement-breakpoint
CREATE POLICY linked_write ON record_history FOR INSERT WITH CHECK (
  tenant_id = (SELECT app_tenant_id()) AND changed_by = (SELECT app_user_id()) AND (
    (household_id IS NOT NULL AND app_sees_household(household_id))
    OR (person_id IS NOT NULL AND app_linked_person(person_id))));
