-- The thread list counts each listed thread's unread posts for the caller (posts not deleted, after their reading
-- position): on this index alone (an index-only scan), without visiting the posts' rows. Only added: instances of the
-- previous version go on as before. Writes to post wait while it is built (about a second per 100 000 posts); on a
-- much larger table, build it beforehand without blocking them, and this migration does nothing:
--   create index concurrently if not exists ix_post_thread_live on post (thread_id, id) where deleted_at is null;
-- (not here: Flyway holds a transaction open during migrations, which CREATE INDEX CONCURRENTLY would wait for.)
create index if not exists ix_post_thread_live on post (thread_id, id) where deleted_at is null;
