CREATE TABLE "advisors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"division_code" text NOT NULL,
	"name" text NOT NULL,
	"field_code" text NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"since_fiscal_year" smallint,
	"active" boolean DEFAULT true NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"division_code" text NOT NULL,
	"need_post_id" uuid NOT NULL,
	"offer_post_id" uuid NOT NULL,
	"agreed_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"division_code" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"field_code" text NOT NULL,
	"school_district_code" text,
	"organisation_id" uuid,
	"posted_by" text DEFAULT '' NOT NULL,
	"posted_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"school_district_code" text,
	"contact" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	"division_code" text NOT NULL,
	"policy_no" smallint,
	"uses_themes" boolean DEFAULT false NOT NULL,
	"uses_professions" boolean DEFAULT false NOT NULL,
	"records_organisations" boolean DEFAULT false NOT NULL,
	"kinds" jsonb NOT NULL,
	"organisation_metric" text,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_settings" (
	"tenant_id" uuid NOT NULL,
	"section" text NOT NULL,
	"division_code" text,
	"settings" jsonb NOT NULL,
	CONSTRAINT "community_settings_tenant_id_section_pk" PRIMARY KEY("tenant_id","section")
);
--> statement-breakpoint
CREATE TABLE "dispatch_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"division_code" text NOT NULL,
	"request_id" uuid NOT NULL,
	"number" smallint NOT NULL,
	"held_on" date NOT NULL,
	"way" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dispatch_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"division_code" text NOT NULL,
	"group_name" text NOT NULL,
	"group_registration" text NOT NULL,
	"group_registration_ref" text DEFAULT '' NOT NULL,
	"group_active_since" date NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"school_district_code" text,
	"field_code" text NOT NULL,
	"request" text NOT NULL,
	"received_on" date NOT NULL,
	"status" text NOT NULL,
	"eligibility" jsonb NOT NULL,
	"advisor_id" uuid,
	"session_on" date,
	"session_hours" numeric(3, 1),
	"session_format" text,
	"session_participants" integer,
	"session_note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_organisations" (
	"tenant_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"division_code" text NOT NULL,
	CONSTRAINT "event_organisations_event_id_organisation_id_pk" PRIMARY KEY("event_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "medical_care_physicians" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"division_code" text NOT NULL,
	"physician_name" text NOT NULL,
	"clinic_name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"school_district_code" text,
	"phone" text DEFAULT '' NOT NULL,
	"care_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"ages" text DEFAULT '' NOT NULL,
	"home_visits" boolean DEFAULT false NOT NULL,
	"trained_on" date,
	"registered_on" date NOT NULL,
	"withdrawn_on" date,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"programme_code" text NOT NULL,
	"division_code" text NOT NULL,
	"kind_code" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"school_district_code" text,
	"welfare_district_code" text,
	"theme_code" text,
	"professions" text[] DEFAULT '{}'::text[] NOT NULL,
	"sessions" integer DEFAULT 1 NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"follows_event_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_events_sessions" CHECK ("programme_events"."sessions" >= 1)
);
--> statement-breakpoint
CREATE TABLE "support_councils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"division_code" text NOT NULL,
	"school_district_code" text NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"established" boolean NOT NULL,
	"established_on" date,
	"active" boolean NOT NULL,
	"activities" text[] DEFAULT '{}'::text[] NOT NULL,
	"promoter_name" text DEFAULT '' NOT NULL,
	"meetings" integer,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_councils_active_established" CHECK ("support_councils"."established" OR NOT "support_councils"."active")
);
--> statement-breakpoint
ALTER TABLE "advisors" ADD CONSTRAINT "advisors_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_matches" ADD CONSTRAINT "board_matches_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_matches" ADD CONSTRAINT "board_matches_need_post_id_board_posts_id_fk" FOREIGN KEY ("need_post_id") REFERENCES "public"."board_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_matches" ADD CONSTRAINT "board_matches_offer_post_id_board_posts_id_fk" FOREIGN KEY ("offer_post_id") REFERENCES "public"."board_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_matches" ADD CONSTRAINT "board_matches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_posts" ADD CONSTRAINT "board_posts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_posts" ADD CONSTRAINT "board_posts_organisation_id_community_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."community_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_organisations" ADD CONSTRAINT "community_organisations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_programmes" ADD CONSTRAINT "community_programmes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_settings" ADD CONSTRAINT "community_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_follow_ups" ADD CONSTRAINT "dispatch_follow_ups_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_follow_ups" ADD CONSTRAINT "dispatch_follow_ups_request_id_dispatch_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."dispatch_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_follow_ups" ADD CONSTRAINT "dispatch_follow_ups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_requests" ADD CONSTRAINT "dispatch_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_requests" ADD CONSTRAINT "dispatch_requests_advisor_id_advisors_id_fk" FOREIGN KEY ("advisor_id") REFERENCES "public"."advisors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_requests" ADD CONSTRAINT "dispatch_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_organisations" ADD CONSTRAINT "event_organisations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_organisations" ADD CONSTRAINT "event_organisations_event_id_programme_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."programme_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_organisations" ADD CONSTRAINT "event_organisations_organisation_id_community_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."community_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medical_care_physicians" ADD CONSTRAINT "medical_care_physicians_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_events" ADD CONSTRAINT "programme_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_events" ADD CONSTRAINT "programme_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_councils" ADD CONSTRAINT "support_councils_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_councils" ADD CONSTRAINT "support_councils_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "board_matches_need" ON "board_matches" USING btree ("need_post_id");--> statement-breakpoint
CREATE INDEX "community_organisations_tenant_name" ON "community_organisations" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "community_programmes_tenant_code" ON "community_programmes" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_follow_ups_request_number" ON "dispatch_follow_ups" USING btree ("request_id","number");--> statement-breakpoint
CREATE INDEX "dispatch_requests_received" ON "dispatch_requests" USING btree ("tenant_id","received_on");--> statement-breakpoint
CREATE INDEX "event_organisations_organisation" ON "event_organisations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "programme_events_programme_held" ON "programme_events" USING btree ("tenant_id","programme_code","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "support_councils_district_year" ON "support_councils" USING btree ("tenant_id","school_district_code","fiscal_year");--> statement-breakpoint
CREATE INDEX "support_councils_year" ON "support_councils" USING btree ("tenant_id","fiscal_year");