-- The read caches of every instance (fr.entraide.common.cache.ReadCaches) hold rows of these tables: once a change
-- of one of them commits, whatever made it (the application, a cascade, a hand-written statement), PostgreSQL tells
-- every listening instance on the channel entraide_read_caches, with the table's name. One message per statement;
-- PostgreSQL folds identical messages of a transaction into one. Instances of an earlier version do not listen:
-- the triggers change nothing for them.
create function notify_read_caches() returns trigger language plpgsql as $$
begin
    perform pg_notify('entraide_read_caches', tg_table_name);
    return null;
end
$$;

create trigger tr_app_user_read_caches after insert or update or delete or truncate on app_user
    for each statement execute function notify_read_caches();
create trigger tr_work_group_read_caches after insert or update or delete or truncate on work_group
    for each statement execute function notify_read_caches();
create trigger tr_membership_read_caches after insert or update or delete or truncate on membership
    for each statement execute function notify_read_caches();
create trigger tr_category_read_caches after insert or update or delete or truncate on category
    for each statement execute function notify_read_caches();
