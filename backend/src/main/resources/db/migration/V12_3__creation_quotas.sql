-- per-account creation quotas count an account's recent polls, meetings and workshops
alter table workshop add column created_by bigint references app_user (id) on delete set null;
create index ix_workshop_created_by on workshop (created_by, created_at);
create index ix_meeting_created_by on meeting (created_by, created_at);
create index ix_poll_author on poll (author_id, created_at);
