-- The procedure at the city step by step (PP 94/2021, PP 42/2004): each step with who takes it, its document and the
-- day it was due. The two older steps stay readable on the rows that hold them.
ALTER TABLE notification_follow_up DROP CONSTRAINT notification_follow_up_step_check;
ALTER TABLE notification_follow_up
    ADD CONSTRAINT notification_follow_up_step_check CHECK (step IN (
        'SUMMONED', 'EXAMINATION_TEAM_FORMED', 'EXAMINED', 'ETHICS_COUNCIL_FORMED', 'ETHICS_COUNCIL_CONCLUDED',
        'SANCTION_PROPOSED', 'DECISION_DELIVERED', 'OBJECTION_FILED', 'RECORD_BLOCKED',
        'SUMMONED_AND_EXAMINED', 'DECREE_ISSUED')),
    ADD COLUMN actor           TEXT CHECK (actor IN ('DIRECT_SUPERIOR', 'PPK', 'EXAMINATION_TEAM', 'ETHICS_COUNCIL',
                                                     'CIVIL_SERVANT', 'BKN')),
    ADD COLUMN document_number TEXT CHECK (length(document_number) <= 100),
    ADD COLUMN document_date   DATE,
    ADD COLUMN due_date        DATE,
    ADD COLUMN appeal_kind     TEXT CHECK (appeal_kind IN ('KEBERATAN', 'BANDING_ADMINISTRATIF')),
    -- a step recorded now names its document; the older steps had none
    ADD CONSTRAINT follow_up_document CHECK (step IN ('SUMMONED_AND_EXAMINED', 'DECREE_ISSUED')
        OR (actor IS NOT NULL AND document_number IS NOT NULL AND document_date IS NOT NULL));

-- The PPK's decision as sanction-service published it: the delivery and the objection follow it.
ALTER TABLE received_recommendation
    ADD COLUMN decree_number    TEXT,
    ADD COLUMN decree_date      DATE,
    ADD COLUMN decision_outcome TEXT CHECK (decision_outcome IN ('SANCTIONED', 'NOT_PROVEN', 'CANCELLED')),
    ADD COLUMN imposed_sanction TEXT,
    ADD CONSTRAINT received_recommendation_decision CHECK ((decree_date IS NULL) = (decision_outcome IS NULL));
