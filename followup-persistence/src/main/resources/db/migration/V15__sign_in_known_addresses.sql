-- keys now join a user name and an address; a name typed at sign-in may be long
alter table sign_in_failure alter column throttle_key type text;
-- locks so far: each lockout lasts twice the one before
alter table sign_in_failure add column locks int not null default 0;

-- where each person last signed in from: their usual addresses stay open while a name or address is locked
create table sign_in_known_address (
    username        text        not null,
    address         text        not null,
    last_sign_in_at timestamptz not null,
    primary key (username, address)
);
