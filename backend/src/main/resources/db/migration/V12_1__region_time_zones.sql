-- Fixed offsets ("+02:00", "Z", "UTC+02:00") were accepted as time zones before only regions were: they have no
-- VTIMEZONE, so the calendar feeds of their groups failed. Such events are set to the default region.
update meeting set timezone = 'Europe/Paris' where timezone ~* '^(z$|[+-][0-9]|(utc|gmt|ut)[+-][0-9])';
update workshop set timezone = 'Europe/Paris' where timezone ~* '^(z$|[+-][0-9]|(utc|gmt|ut)[+-][0-9])';
