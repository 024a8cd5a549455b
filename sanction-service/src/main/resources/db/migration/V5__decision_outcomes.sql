-- The PPK's decree may impose no sanction: the violation was not proven at the city (tidak terbukti) or the
-- proceedings were cancelled (dibatalkan). Every decision before this one imposed a sanction.
ALTER TABLE recommendation
    ADD COLUMN decision_outcome TEXT CHECK (decision_outcome IN ('SANCTIONED', 'NOT_PROVEN', 'CANCELLED')),
    ADD COLUMN decision_reason  TEXT CHECK (length(decision_reason) <= 2000);
UPDATE recommendation SET decision_outcome = 'SANCTIONED' WHERE status = 'DECIDED';

ALTER TABLE recommendation DROP CONSTRAINT recommendation_decided_has_decree;
ALTER TABLE recommendation ADD CONSTRAINT recommendation_decided_has_decree CHECK ((status = 'DECIDED') =
    (decree_number IS NOT NULL AND decree_date IS NOT NULL AND decided_at IS NOT NULL
        AND decision_outcome IS NOT NULL));
-- a sanction imposed names it; a decree imposing none names none and says why
ALTER TABLE recommendation ADD CONSTRAINT recommendation_decision_outcome CHECK (decision_outcome IS NULL
    OR (decision_outcome = 'SANCTIONED' AND imposed_sanction IS NOT NULL)
    OR (decision_outcome <> 'SANCTIONED' AND imposed_sanction IS NULL AND decision_reason IS NOT NULL));
