-- WhatsApp messages taken through the WhatsApp Business Cloud API webhook: the replay guard (a message id seen once
-- is refused; the row is written in the transaction of the message's effect) and the conversation a number is in
-- (its last message, for the conversation window). No number here: wa_id_hash is the SHA-256 (hex) of the sender's
-- wa_id, message_id_hash that of the wamid (a wamid carries the sender's number, base64-encoded). The number is kept
-- only in reporter.whatsapp_id. An unsalted hash of a phone number can be recomputed by whoever can enumerate
-- numbers: it keeps the number out of sight, it does not make the row anonymous.
create table whatsapp_message (
    message_id_hash text primary key,
    wa_id_hash      text        not null,
    tracking_id     text references complaint (tracking_id),
    kind            text        not null check (kind in ('OPENED', 'COMMENTED')),
    received_at     timestamptz not null
);
create index whatsapp_message_conversation on whatsapp_message (wa_id_hash, received_at desc);
