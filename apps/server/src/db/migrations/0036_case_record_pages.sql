-- The case page reads the support record newest first, a page at a time (occurred_on, then written at,
-- then id, so that pages never overlap or skip); a partial index finds the entry that corrects another.
DROP INDEX "case_records_case";--> statement-breakpoint
CREATE INDEX "case_records_corrects" ON "case_records" USING btree ("corrects_id") WHERE corrects_id is not null;--> statement-breakpoint
CREATE INDEX "case_records_case" ON "case_records" USING btree ("case_id","occurred_on","created_at","id");