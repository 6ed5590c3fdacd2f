-- bench/complaints seed, table 2 of 3: the reporter of every complaint that has none (the seeded ones), in one
-- statement: an account for half of the web and app reporters, else a secret's hash (web, app, desk), the WhatsApp
-- id on that channel, a name unless anonymous.
insert into reporter (tracking_id, account_id, name, phone, email, whatsapp_id, secret_hash, created_at)
select x.tracking_id, x.account_id,
       case when not x.anonymous then 'Pelapor ' || x.n end,
       case when x.r < 0.3 then '0812' || lpad(x.n::text, 8, '0') end,
       case when x.r > 0.7 then 'pelapor' || x.n || '@example.org' end,
       case when x.channel = 'WHATSAPP' then '62812' || lpad(x.n::text, 8, '0') end,
       case when x.account_id is null and x.channel in ('WEB', 'MOBILE', 'DESK')
            then encode(sha256(convert_to('bench-' || x.tracking_id, 'UTF8')), 'hex') end,
       x.submitted_at
from (
    select c.tracking_id, c.channel, c.anonymous, c.submitted_at, r, (r * 1000000)::int as n,
           case when c.channel in ('WEB', 'MOBILE') and r < 0.5 then 'bench-citizen-' || (r * 10000)::int end
               as account_id
    from complaint c, lateral (select random() + 0 * length(c.tracking_id) as r) draw
    where not exists (select 1 from reporter e where e.tracking_id = c.tracking_id)
) x
