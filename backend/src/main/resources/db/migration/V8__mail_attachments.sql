-- an optional attachment per queued e-mail (the .ics of a workshop seat that was just confirmed)
alter table mail_outbox add column attachment_name varchar(200);
alter table mail_outbox add column attachment_type varchar(100);
alter table mail_outbox add column attachment_content text;
