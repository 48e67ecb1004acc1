CREATE TABLE "duplicate_dismissals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"person_a" uuid NOT NULL,
	"person_b" uuid NOT NULL,
	"note" text,
	"dismissed_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "duplicate_dismissals" ADD CONSTRAINT "duplicate_dismissals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_dismissals" ADD CONSTRAINT "duplicate_dismissals_person_a_persons_id_fk" FOREIGN KEY ("person_a") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_dismissals" ADD CONSTRAINT "duplicate_dismissals_person_b_persons_id_fk" FOREIGN KEY ("person_b") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "duplicate_dismissals_pair" ON "duplicate_dismissals" USING btree ("tenant_id","person_a","person_b");--> statement-breakpoint
-- Reviewing duplicates is for coordinators and admins (who also merge); a decision is kept, not changed.
GRANT SELECT, INSERT ON duplicate_dismissals TO tsunagu_app;
--> statement-breakpoint
CREATE TRIGGER duplicate_dismissals_append_only BEFORE UPDATE OR DELETE ON duplicate_dismissals
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
ALTER TABLE duplicate_dismissals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reviewers ON duplicate_dismissals FOR ALL
  USING (tenant_id = app_tenant_id() AND app_has_role('coordinator', 'admin'))
  WITH CHECK (tenant_id = app_tenant_id() AND app_has_role('coordinator', 'admin') AND dismissed_by = app_user_id());
