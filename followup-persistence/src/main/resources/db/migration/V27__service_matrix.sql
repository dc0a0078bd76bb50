-- how each segment is served, as directors set it: the channel and the most days between two contacts (90 at most)
create table service_matrix (
    id           smallint    primary key check (id = 1),
    a_channel    varchar(20) not null check (a_channel in ('VISIT', 'CALL', 'EMAIL', 'SELF_SERVICE')),
    a_every_days smallint    not null check (a_every_days between 1 and 90),
    b_channel    varchar(20) not null check (b_channel in ('VISIT', 'CALL', 'EMAIL', 'SELF_SERVICE')),
    b_every_days smallint    not null check (b_every_days between 1 and 90),
    c_channel    varchar(20) not null check (c_channel in ('VISIT', 'CALL', 'EMAIL', 'SELF_SERVICE')),
    c_every_days smallint    not null check (c_every_days between 1 and 90),
    version      bigint      not null default 0
);
insert into service_matrix (id, a_channel, a_every_days, b_channel, b_every_days, c_channel, c_every_days)
values (1, 'VISIT', 14, 'CALL', 30, 'EMAIL', 30);
