-- counters of sign-in failures and of mails sent on request, per account, address or recipient: kept in the
-- database so that every instance sees the same count; one row per (bucket, key), locked while it is counted
create table rate_limit (
    bucket        varchar(40)  not null,
    key           varchar(320) not null,
    window_start  timestamptz  not null default now(),
    hits          int          not null default 0,
    last_hit_at   timestamptz,
    primary key (bucket, key)
);
create index ix_rate_limit_window on rate_limit (window_start);

-- one canonical form of an e-mail address (stripped, lower-case) for storage, look-up and throttling
update app_user set email = lower(btrim(email)) where email <> lower(btrim(email));
update invitation set email = lower(btrim(email)) where email <> lower(btrim(email));
