-- Row-level security policies read the actor's settings (tenant, agency, user, division, roles) through
-- STABLE functions. Written as plain calls, PostgreSQL evaluates them again for every row a statement
-- looks at — 2 µs a row, 6 ms to filter the 3,000 cases of a city — and cannot use them in an index
-- condition. Written as a sub-select, `(SELECT app_tenant_id())`, each is evaluated once per statement
-- (an InitPlan) and its value is a parameter the index scans can use. The meaning of every policy is
-- unchanged; only these five functions, whose value is the same for every row of a statement, are
-- wrapped. Checks that depend on the row (app_sees_person(id), app_in_referral_chain(chain_id) …) are
-- left as they are. New policies are written in this form (integration/rls.test.ts fails on an unwrapped call).
DO $$
DECLARE
  p record;
  wrapped_qual text;
  wrapped_check text;
  fns text := 'app_tenant_id\(\)|app_agency_id\(\)|app_user_id\(\)|app_division_code\(\)|app_has_role\(VARIADIC ARRAY\[[^]]*\]\)';
BEGIN
  FOR p IN SELECT schemaname, tablename, policyname, qual, with_check FROM pg_policies WHERE schemaname = 'public'
  LOOP
    wrapped_qual := regexp_replace(p.qual, '(' || fns || ')', '(SELECT \1)', 'g');
    wrapped_check := regexp_replace(p.with_check, '(' || fns || ')', '(SELECT \1)', 'g');
    IF wrapped_qual IS DISTINCT FROM p.qual THEN
      EXECUTE format('ALTER POLICY %I ON %I.%I USING (%s)', p.policyname, p.schemaname, p.tablename, wrapped_qual);
    END IF;
    IF wrapped_check IS DISTINCT FROM p.with_check THEN
      EXECUTE format('ALTER POLICY %I ON %I.%I WITH CHECK (%s)', p.policyname, p.schemaname, p.tablename, wrapped_check);
    END IF;
  END LOOP;
END $$;
