-- a fan-out that keeps failing is set aside after a few attempts instead of blocking every later post
alter table forum_event add column attempts int not null default 0;
alter table forum_event add column last_error varchar(1000);
