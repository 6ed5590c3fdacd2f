-- The deadline sweep's breaches (DueComplaints.MARK_BREACHED): complaints in a running verification, disposition or
-- follow-up whose breach is not announced yet, by deadline. complaint_due holds every complaint with a deadline, the
-- announced ones too: each batch (and each tick) read past all breaches already announced whose complaint still waits
-- in that stage (a 100,000-complaint sweep re-read some 10 million of them). An announcement leaves this index.
-- The predicate is the sweep's where clause word for word, so the planner can match it.
--
-- No fillfactor below 100 for complaint: breached_stage is in this predicate, so the sweep's update is never HOT
-- whatever the free space (measured on PostgreSQL 15 with 100,000 due of 150,000: this index ~14 s for the sweep,
-- fillfactor 90 without it ~24 s though 98.6 % of its updates were HOT, both ~14 s).
create index complaint_unannounced on complaint (due_at)
    where due_stage in ('VERIFICATION', 'DISPOSITION', 'FOLLOW_UP')
      and (breached_stage is null or breached_stage <> due_stage);
