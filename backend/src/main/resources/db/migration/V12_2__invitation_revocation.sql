-- coordinators revoke pending invitations, and those of a member who leaves or is removed are revoked with them
alter table invitation add column revoked_at timestamptz;
alter table invitation add column revoked_by bigint references app_user (id) on delete set null;
create index ix_invitation_pending on invitation (group_id, id) where accepted_at is null and revoked_at is null;
