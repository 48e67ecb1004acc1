-- A progress entry's identity and approval are the planner's: anyone else may change only the texts
-- and move a draft or returned entry to submitted. The state machine lives in the service; this keeps
-- it when a request reaches the table another way (ADR 0012).
CREATE OR REPLACE FUNCTION progress_entry_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT app_has_role('planner') THEN
    IF NEW.state = 'approved' AND OLD.state <> 'approved' THEN
      RAISE EXCEPTION 'only the planner approves a progress entry' USING ERRCODE = '42501';
    END IF;
    IF OLD.state = 'approved' AND NEW.state <> 'approved' THEN
      RAISE EXCEPTION 'only the planner reopens an approved progress entry' USING ERRCODE = '42501';
    END IF;
    IF NEW.item_id <> OLD.item_id OR NEW.fiscal_year <> OLD.fiscal_year
      OR NEW.division_code <> OLD.division_code OR NEW.division_codes <> OLD.division_codes
      OR NEW.approved_by IS DISTINCT FROM OLD.approved_by OR NEW.approved_at IS DISTINCT FROM OLD.approved_at
      OR NEW.created_by IS DISTINCT FROM OLD.created_by THEN
      RAISE EXCEPTION 'a progress entry''s item, year, divisions and approval are not changed'
        USING ERRCODE = '42501';
    END IF;
  END IF;
  IF OLD.state = 'approved' AND (NEW.achievements <> OLD.achievements OR NEW.next_steps <> OLD.next_steps) THEN
    RAISE EXCEPTION 'an approved progress entry is not edited' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
