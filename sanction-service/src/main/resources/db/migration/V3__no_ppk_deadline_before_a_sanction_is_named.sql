-- A case no rule decides (SKB row D13, decided by the Satgas Netralitas ASN; a contest or election the calendar cannot
-- place; an act before every catalogue) names no sanction, so no PPK deadline runs until a revision places it on a row:
-- such a recommendation has no due date. Rows made before this migration keep the date they were published with.
ALTER TABLE recommendation ALTER COLUMN ppk_due_date DROP NOT NULL;
ALTER TABLE recommendation ADD CONSTRAINT recommendation_due_date_unless_manual_review
    CHECK (ppk_due_date IS NOT NULL OR status = 'MANUAL_REVIEW');
