-- Principle 3 (every disclosure rests on a recorded basis) at the two meeting kinds without a legal
-- rule of their own: at a 複合課題ケース検討会 or an アドバイザー会議 the meeting context opens an agenda
-- case to an attending agency only while the person's consent (to sharing for support, or at the
-- meeting) covers it. An agency on the case's team sees the case through its team link anyway.
CREATE OR REPLACE FUNCTION app_meeting_context_has(c uuid, hh uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m uuid := nullif(current_setting('app.meeting_id', true), '')::uuid;
BEGIN
  IF m IS NULL THEN
    RETURN false;
  END IF;
  RETURN EXISTS (
    SELECT 1 FROM meetings mt
      JOIN meeting_cases mc ON mc.meeting_id = mt.id
      JOIN cases x ON x.id = mc.case_id
      JOIN meeting_attendees a ON a.meeting_id = mt.id
    WHERE mt.id = m AND mt.tenant_id = app_tenant_id() AND mt.state <> 'closed'
      AND (c IS NULL OR x.id = c) AND (hh IS NULL OR x.household_id = hh)
      AND a.agency_id = app_agency_id()
      AND (mt.kind <> 'support_council' OR a.secrecy_acknowledged_at IS NOT NULL)
      AND (mt.kind = 'support_council' OR EXISTS (
        SELECT 1 FROM consents k JOIN agencies ag ON ag.id = a.agency_id
        WHERE k.person_id IN (SELECT p.id FROM persons p WHERE p.id = x.person_id OR p.merged_into = x.person_id)
          AND k.tenant_id = mt.tenant_id AND k.withdrawn_at IS NULL
          AND (k.purpose = 'multi_agency_meeting'
            OR (mt.kind IN ('case_conference', 'advisor') AND k.purpose = 'support_sharing'))
          AND (ag.id = ANY(k.scope_agency_ids) OR ag.category_code = ANY(k.scope_agency_categories))))
  );
END
$$;
