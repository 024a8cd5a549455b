-- What kind of failure kept a notice from its recipient. The category and its fixed wording are what other agencies
-- and the case's timeline see; the mail server's or endpoint's own answer (detail, last_error) stays for admins.
ALTER TABLE delivery_attempt ADD COLUMN category TEXT;
ALTER TABLE notification ADD COLUMN last_failure_category TEXT;
ALTER TABLE webhook_delivery ADD COLUMN last_failure_category TEXT;
