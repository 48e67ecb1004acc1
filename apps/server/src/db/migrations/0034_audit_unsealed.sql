-- The queue of audit events not yet in the hash chain. The sealer used to look for them among all
-- events (an anti-join over the whole log, every round), which grows without end; now each inserted
-- event is queued by a trigger in its own transaction and the sealer takes the queue in id order.
-- Only the owner reads or writes the queue: the trigger function runs as its owner.
CREATE TABLE "audit_unsealed" (
	"event_id" bigint PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_unsealed_tenant" ON "audit_unsealed" USING btree ("tenant_id","event_id");
--> statement-breakpoint
REVOKE ALL ON audit_unsealed FROM tsunagu_app;
--> statement-breakpoint
CREATE FUNCTION audit_queue_unsealed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
BEGIN
  INSERT INTO audit_unsealed (event_id, tenant_id) VALUES (NEW.id, NEW.tenant_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit_queue_unsealed() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER audit_events_queue_unsealed AFTER INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_queue_unsealed();
--> statement-breakpoint
INSERT INTO audit_unsealed (event_id, tenant_id)
  SELECT e.id, e.tenant_id FROM audit_events e
  WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id);
