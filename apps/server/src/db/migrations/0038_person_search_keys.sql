ALTER TABLE "persons" ADD COLUMN "link_keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "live_links_household" ON "live_links" USING btree ("household_id") WHERE revoked_at is null;--> statement-breakpoint
CREATE INDEX "persons_search_keys" ON "persons" USING gin (("search_grams" || "link_keys")) WITH (fastupdate=false);--> statement-breakpoint
-- The person search looked up every person whose name held the typed characters (890 for 佐藤, 3,000
-- for a one-character name at city scale) and then checked each for a live link of the searching
-- agency: 10–18 ms, most of a search. persons.link_keys holds '@' + the id of every agency with an
-- unrevoked live link to one of the person's households, and the index above holds it beside the
-- grams, so the index itself intersects "names holding 佐藤" with "persons this agency is linked to"
-- (~25 rows). It is a superset (a link not yet or no longer valid by its dates still counts); the search
-- still checks that the link is live now, and reads the rows under row-level security.
-- The keys follow the records in the same transaction, through the triggers below. The function that
-- computes them runs as the tables' owner only inside those triggers: nobody may call it directly,
-- since it tells which agencies know a person.
-- The persons are locked in id order first: two transactions linking the same household at once then
-- queue instead of locking its members in different orders (a deadlock).
CREATE FUNCTION refresh_person_link_keys(ids uuid[]) RETURNS void
  LANGUAGE sql SET search_path = public, pg_temp AS $$
  SELECT 1 FROM persons WHERE id = ANY(ids) ORDER BY id FOR UPDATE;
  UPDATE persons p SET link_keys = k.keys
  FROM (
    SELECT x.id, coalesce(array_agg(DISTINCT '@' || l.agency_id::text) FILTER (WHERE l.agency_id IS NOT NULL),
      '{}') AS keys
    FROM unnest(ids) AS x(id)
      LEFT JOIN household_members m ON m.person_id = x.id
      LEFT JOIN live_links l ON l.household_id = m.household_id AND l.revoked_at IS NULL
    GROUP BY x.id
  ) k
  WHERE p.id = k.id AND p.link_keys IS DISTINCT FROM k.keys
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION refresh_person_link_keys(uuid[]) FROM PUBLIC;
--> statement-breakpoint
CREATE FUNCTION live_links_person_keys() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM refresh_person_link_keys(array(
    SELECT m.person_id FROM household_members m
    WHERE m.household_id IN (
      CASE WHEN TG_OP <> 'DELETE' THEN NEW.household_id END,
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.household_id END)));
  RETURN NULL;
END $$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION live_links_person_keys() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER live_links_person_keys AFTER INSERT OR DELETE OR UPDATE OF revoked_at, household_id, agency_id
  ON live_links FOR EACH ROW EXECUTE FUNCTION live_links_person_keys();
--> statement-breakpoint
CREATE FUNCTION household_members_person_keys() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM refresh_person_link_keys(array_remove(ARRAY[
    CASE WHEN TG_OP <> 'DELETE' THEN NEW.person_id END,
    CASE WHEN TG_OP <> 'INSERT' THEN OLD.person_id END], NULL));
  RETURN NULL;
END $$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION household_members_person_keys() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER household_members_person_keys AFTER INSERT OR DELETE OR UPDATE OF person_id, household_id
  ON household_members FOR EACH ROW EXECUTE FUNCTION household_members_person_keys();
--> statement-breakpoint
SELECT refresh_person_link_keys(array(SELECT id FROM persons));
