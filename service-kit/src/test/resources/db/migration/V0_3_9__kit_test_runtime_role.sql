-- The login role the test application's service would run as in production (the placeholder netral_runtime_role names
-- it); the tests take it on with SET ROLE to see what it may do. Made before the kit's grants to it (V0_4).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kit_runtime') THEN
        CREATE ROLE kit_runtime NOLOGIN;
    END IF;
END
$$;
