-- Services that require a business identification number (issue #20: DPMPTSP services whose licence is issued to a
-- business registered in OSS): a ticket or booking for one names its NIB, which the gateway checks at OSS at once.
alter table service add column requires_nib boolean not null default false;
