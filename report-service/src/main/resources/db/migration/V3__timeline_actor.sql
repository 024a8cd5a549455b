-- Who took each step: a partner app, a verifier, the reporter, the automatic screening, or another service.
ALTER TABLE timeline_entry ADD COLUMN actor TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE timeline_entry ALTER COLUMN actor DROP DEFAULT;
