CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"programme_code" text NOT NULL,
	"name" text NOT NULL,
	"industry_code" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"school_district_code" text,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"registered_on" date NOT NULL,
	"withdrawn_on" date,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employment_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	"division_code" text NOT NULL,
	"matching" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_fairs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"held_on" date NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"co_host" text DEFAULT '' NOT NULL,
	"programme_code" text,
	"employers" integer,
	"participants" integer NOT NULL,
	"hires" integer,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_openings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"tasks" text[] DEFAULT '{}'::text[] NOT NULL,
	"demands" text[] DEFAULT '{}'::text[] NOT NULL,
	"carving_note" text DEFAULT '' NOT NULL,
	"hours_per_week" integer NOT NULL,
	"days" text[] DEFAULT '{}'::text[] NOT NULL,
	"time_note" text DEFAULT '' NOT NULL,
	"wage_note" text DEFAULT '' NOT NULL,
	"conditions_note" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"school_district_code" text,
	"positions" integer DEFAULT 1 NOT NULL,
	"open" boolean DEFAULT true NOT NULL,
	"opened_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"opening_id" uuid,
	"place_id" uuid,
	"state" text DEFAULT 'proposed' NOT NULL,
	"score" integer NOT NULL,
	"score_items" jsonb NOT NULL,
	"proposed_on" date NOT NULL,
	"proposed_by" uuid,
	"trial_from" date,
	"trial_to" date,
	"trial_note" text DEFAULT '' NOT NULL,
	"placed_on" date,
	"ended_on" date,
	"end_reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matches_one_target" CHECK ((opening_id is null) <> (place_id is null))
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"programme_code" text NOT NULL,
	"aim" text NOT NULL,
	"case_id" uuid,
	"registered_on" date NOT NULL,
	"registered_by_agency_id" uuid NOT NULL,
	"registered_by" uuid,
	"health_level" text NOT NULL,
	"health_note" text DEFAULT '' NOT NULL,
	"wishes_note" text DEFAULT '' NOT NULL,
	"wished_industries" text[] DEFAULT '{}'::text[] NOT NULL,
	"abilities" text[] DEFAULT '{}'::text[] NOT NULL,
	"limits" text[] DEFAULT '{}'::text[] NOT NULL,
	"interests" text[] DEFAULT '{}'::text[] NOT NULL,
	"accessibility_needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"available_days" text[] DEFAULT '{}'::text[] NOT NULL,
	"max_hours_per_week" integer,
	"travel_range" text DEFAULT 'welfare' NOT NULL,
	"barrier_level" text NOT NULL,
	"barriers_note" text DEFAULT '' NOT NULL,
	"allocated_agency_id" uuid,
	"assigned_user_id" uuid,
	"allocation_note" text DEFAULT '' NOT NULL,
	"closed_on" date,
	"close_reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"host" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"school_district_code" text,
	"days" text[] DEFAULT '{}'::text[] NOT NULL,
	"time_note" text DEFAULT '' NOT NULL,
	"accessibility" text[] DEFAULT '{}'::text[] NOT NULL,
	"interests" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity" integer,
	"fee_note" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"programme_code" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"barrier_levels" text[] DEFAULT '{}'::text[] NOT NULL,
	"desk" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_follow_ups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"match_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"month" smallint NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"person_contacted" boolean,
	"employer_contacted" boolean,
	"still_working" boolean,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_programmes" ADD CONSTRAINT "employment_programmes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_fairs" ADD CONSTRAINT "job_fairs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_fairs" ADD CONSTRAINT "job_fairs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_openings" ADD CONSTRAINT "job_openings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_openings" ADD CONSTRAINT "job_openings_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_opening_id_job_openings_id_fk" FOREIGN KEY ("opening_id") REFERENCES "public"."job_openings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_registered_by_agency_id_agencies_id_fk" FOREIGN KEY ("registered_by_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_allocated_agency_id_agencies_id_fk" FOREIGN KEY ("allocated_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_assigned_user_id_users_id_fk" FOREIGN KEY ("assigned_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_agencies" ADD CONSTRAINT "programme_agencies_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_agencies" ADD CONSTRAINT "programme_agencies_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_follow_ups" ADD CONSTRAINT "retention_follow_ups_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_follow_ups" ADD CONSTRAINT "retention_follow_ups_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_follow_ups" ADD CONSTRAINT "retention_follow_ups_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_follow_ups" ADD CONSTRAINT "retention_follow_ups_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employers_tenant_programme" ON "employers" USING btree ("tenant_id","programme_code","registered_on");--> statement-breakpoint
CREATE UNIQUE INDEX "employment_programmes_tenant_code" ON "employment_programmes" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "job_fairs_tenant_held" ON "job_fairs" USING btree ("tenant_id","held_on");--> statement-breakpoint
CREATE INDEX "job_openings_employer" ON "job_openings" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "job_openings_tenant_open" ON "job_openings" USING btree ("tenant_id") WHERE open;--> statement-breakpoint
CREATE INDEX "matches_participant" ON "matches" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "matches_opening" ON "matches" USING btree ("opening_id");--> statement-breakpoint
CREATE INDEX "matches_place" ON "matches" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "matches_tenant_placed" ON "matches" USING btree ("tenant_id","placed_on") WHERE placed_on is not null;--> statement-breakpoint
CREATE INDEX "participants_tenant_registered" ON "participants" USING btree ("tenant_id","programme_code","registered_on");--> statement-breakpoint
CREATE INDEX "participants_household" ON "participants" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "participants_person" ON "participants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "participants_case" ON "participants" USING btree ("case_id") WHERE case_id is not null;--> statement-breakpoint
CREATE INDEX "places_tenant" ON "places" USING btree ("tenant_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_agencies_programme_agency" ON "programme_agencies" USING btree ("tenant_id","programme_code","agency_id");--> statement-breakpoint
CREATE INDEX "programme_agencies_agency" ON "programme_agencies" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_follow_ups_match_month" ON "retention_follow_ups" USING btree ("match_id","month");--> statement-breakpoint
CREATE INDEX "retention_follow_ups_due" ON "retention_follow_ups" USING btree ("tenant_id","due_on") WHERE done_on is null;