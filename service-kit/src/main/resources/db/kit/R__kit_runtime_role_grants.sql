-- The grants of V0_4 to the role the service runs as (placeholder netral_runtime_role), made again whenever the
-- placeholder's value changes: Flyway re-applies a repeatable migration when its text after placeholder replacement
-- changes. V0_4 runs once; a database first migrated with the placeholder at 'none' (one role for both, as before the
-- cluster had a runtime role) would otherwise never grant anything to the runtime role introduced later, and the
-- service, running as that role, could read no table. Every statement may run any number of times.
DO $$
DECLARE
    runtime_role TEXT := '${netral_runtime_role}';
BEGIN
    IF runtime_role = 'none' THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = runtime_role) THEN
        RAISE EXCEPTION 'the runtime role % named by netral_runtime_role does not exist', runtime_role;
    END IF;
    IF runtime_role = current_user THEN
        RAISE EXCEPTION 'the runtime role % must not be the role that migrates and owns the tables', runtime_role;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), runtime_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(),
                   runtime_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), runtime_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   current_schema(), runtime_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I', current_schema(),
                   runtime_role);
    EXECUTE format('REVOKE ALL ON audit_entry FROM %I', runtime_role);
    EXECUTE format('GRANT SELECT, INSERT ON audit_entry TO %I', runtime_role);
    -- Flyway's own history is the migrating role's alone
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', runtime_role);
    END IF;
END
$$;
