-- What a notification says, as data: the parameters of its sentence (actor, thread, workshop, date…), so that it is
-- written in each reader's language when read or e-mailed. title stays, filled in the recipient's language, for
-- an older instance still running beside a newer one; rows made before this column keep being shown by their title.
alter table notification add column params jsonb;
