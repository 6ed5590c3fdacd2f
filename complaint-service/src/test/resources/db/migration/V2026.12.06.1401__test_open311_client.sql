-- Tests only (src/test): the Open311 development client the tests file with, as demo-data.sql gives ./sinergi up.
insert into open311_client (api_key_hash, name, mpp_code)
values (encode(sha256('open311-dev-key'::bytea), 'hex'), 'open311-dev', 'kota-jambi');
