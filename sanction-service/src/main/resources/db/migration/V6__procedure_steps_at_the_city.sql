-- The steps of the procedure at the city (issue 14 item 3), as notification-service records them on the notice to the
-- OPD head and publishes them (id.netral.notification.follow-up-recorded.v1): the summons, the examination team, the
-- examination (BAP), the Majelis Kode Etik... The PPK's decree is refused until the examination its outcome rests on
-- is here. One row per step of a recommendation: a step told twice (a redelivery, a second notice) is kept once.
CREATE TABLE procedure_step (
    recommendation_id UUID        NOT NULL REFERENCES recommendation (id),
    step              TEXT        NOT NULL CHECK (step IN ('SUMMONED', 'EXAMINATION_TEAM_FORMED', 'EXAMINED',
        'ETHICS_COUNCIL_FORMED', 'ETHICS_COUNCIL_CONCLUDED', 'SANCTION_PROPOSED', 'DECISION_DELIVERED',
        'OBJECTION_FILED', 'RECORD_BLOCKED', 'SUMMONED_AND_EXAMINED', 'DECREE_ISSUED')),
    -- who took it and its document (surat panggilan, BAP, keputusan Majelis...); null on events older than documents
    actor             TEXT,
    document_number   TEXT CHECK (length(document_number) <= 100),
    document_date     DATE,
    -- the notice at notification-service the step was recorded on, by whom and when
    notification_id   UUID        NOT NULL,
    recorded_by       TEXT,
    recorded_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (recommendation_id, step)
);

ALTER TABLE recommendation_history DROP CONSTRAINT recommendation_history_action_check;
ALTER TABLE recommendation_history ADD CONSTRAINT recommendation_history_action_check
    CHECK (action IN ('RECOMMENDED', 'REVISED', 'DECIDED', 'OVERDUE', 'FORWARDED', 'BODY_RESULT', 'PROCEDURE_STEP'));
