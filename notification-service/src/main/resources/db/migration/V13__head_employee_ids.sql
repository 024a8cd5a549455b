-- The NIP of each head, so that a case against a head goes to their superior and never to them. Optional: an
-- appointment recorded without it cannot be matched to a case, and the notice then goes to the office as before.
ALTER TABLE opd_head ADD COLUMN employee_id TEXT CHECK (employee_id IS NULL OR employee_id ~ '^[0-9]{18}$');
ALTER TABLE opd ADD COLUMN head_employee_id TEXT;
