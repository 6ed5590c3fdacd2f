-- One response per invitation (so per served visit): the answers to the 9 unsur, each 1..4.
create table survey_response (
    invitation_id uuid primary key references survey_invitation (id),
    answers       smallint[]  not null,
    submitted_at  timestamptz not null,
    constraint survey_response_nine_answers check (cardinality(answers) = 9)
);
