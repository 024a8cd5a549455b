-- A case raised to a heavy level (BERAT) after the direct superior examined without a team is examined again by the
-- examination team formed afterwards (PP 94/2021; research notes 3.4): a notice then holds two examinations, the
-- superior's and the team's. Every other step stays once per notice, since each has one actor (the two steps no
-- longer recorded, whose older rows may lack an actor, are never written again).
ALTER TABLE notification_follow_up DROP CONSTRAINT follow_up_once_per_step;
ALTER TABLE notification_follow_up ADD CONSTRAINT follow_up_once_per_step_and_actor
    UNIQUE (notification_id, step, actor);
