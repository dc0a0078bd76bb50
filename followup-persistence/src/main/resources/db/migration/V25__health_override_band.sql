-- the band of a manager's health override, kept with it so that lists filter and sort by the health people are shown
alter table customer add column health_override_band varchar(5)
    check (health_override_band in ('RED', 'AMBER', 'GREEN'));
