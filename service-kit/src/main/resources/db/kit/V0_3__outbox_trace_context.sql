-- The W3C traceparent of the work that wrote the event, sent with it as a Kafka header so the consumer continues the
-- same trace (see CaseTracing). NULL when nothing was traced.
ALTER TABLE outbox_message ADD COLUMN trace_parent TEXT;
