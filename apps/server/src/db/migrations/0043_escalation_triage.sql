ALTER TABLE "referrals" ADD COLUMN "case_opened_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "referrals_untriaged" ON "referrals" USING btree ("tenant_id") WHERE state = 'escalated' and case_opened_at is null;--> statement-breakpoint
-- The coordinator's queue lists the escalated referrals no case was opened from. It found them by
-- reading every escalation the city ever had and looking each up among the cases (an anti-join):
-- the queue's cost grew with the years of history while what it shows stays a handful (2 of 3,591 at
-- city scale, 1.4 ms). referrals.case_opened_at marks the escalations a case was opened from, and the
-- partial index above holds only the ones still waiting. The mark follows the case in the same
-- transaction, through the trigger below, whoever inserts the case; it writes as the tables' owner
-- because the coordinator may not update referrals under their policies.
CREATE FUNCTION cases_mark_referral_opened() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE referrals SET case_opened_at = NEW.created_at
  WHERE id = NEW.referral_id AND tenant_id = NEW.tenant_id AND case_opened_at IS NULL;
  RETURN NEW;
END $$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION cases_mark_referral_opened() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER cases_mark_referral_opened AFTER INSERT ON cases
  FOR EACH ROW WHEN (NEW.referral_id IS NOT NULL) EXECUTE FUNCTION cases_mark_referral_opened();
--> statement-breakpoint
UPDATE referrals r SET case_opened_at = c.created_at FROM cases c WHERE c.referral_id = r.id;
