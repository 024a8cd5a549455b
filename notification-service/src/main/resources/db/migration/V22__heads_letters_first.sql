-- The delivery worker claims the OPD head's due letters before the copies (EmailLedger): the index serves that order,
-- in place of the one by due time alone.
CREATE INDEX notification_due_heads_first ON notification ((recipient_role <> 'OPD_HEAD'), next_attempt_at)
    WHERE status = 'PENDING';
DROP INDEX notification_due;
