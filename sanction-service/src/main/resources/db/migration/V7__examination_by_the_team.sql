-- A heavy case is examined by an examination team (PP 94/2021; research notes 3.4). When BKPPD or the examining body
-- raises a case to BERAT after the direct superior examined without a team, the team is formed afterwards and examines
-- again; the PPK's decree waits for that examination. Both examinations are kept: a step is kept once per
-- recommendation and per examiner, the team or not (a step told twice is still kept once).
ALTER TABLE procedure_step ADD COLUMN by_examination_team BOOLEAN NOT NULL DEFAULT FALSE;

-- an examination already kept was the team's if the team examined or had been formed before it
UPDATE procedure_step examination SET by_examination_team = TRUE
WHERE examination.step IN ('EXAMINED', 'SUMMONED_AND_EXAMINED')
  AND (examination.actor = 'EXAMINATION_TEAM' OR EXISTS (
      SELECT 1 FROM procedure_step team
      WHERE team.recommendation_id = examination.recommendation_id AND team.step = 'EXAMINATION_TEAM_FORMED'
        AND team.recorded_at < examination.recorded_at));

ALTER TABLE procedure_step DROP CONSTRAINT procedure_step_pkey;
ALTER TABLE procedure_step ADD PRIMARY KEY (recommendation_id, step, by_examination_team);
