-- Web hardening (issue 15): sessions that can be ended, template images stored once, old versions prunable.

-- A session cookie carries the user's session_generation when it was issued and is honoured only while the
-- two agree: logout, a password change and disabling the user bump it, which ends every cookie at once.
ALTER TABLE users ADD COLUMN session_generation integer NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN disabled_at timestamptz;

-- Background images and logos, each stored once per company (an upload's checks and re-compression happen
-- before the insert); template definitions refer to them by id, so a saved version stays a few kilobytes.
CREATE TABLE display_images (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id integer NOT NULL REFERENCES timing_partners,
    sha256     text NOT NULL,
    data_url   text NOT NULL CHECK (length(data_url) <= 16777216
                                    AND data_url ~ '^data:image/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$'),
    created_by bigint REFERENCES users ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (partner_id, sha256)
);
SELECT p88_private.wall('display_images', 'SELECT, INSERT');
GRANT USAGE ON SEQUENCE display_images_id_seq TO p88_app;

-- Images templates carried inline until now move to display_images; their definitions keep the id instead.
-- (Inline images larger than any upload could become are dropped, not kept.)
CREATE FUNCTION pg_temp.inline_images(definition jsonb) RETURNS SETOF text LANGUAGE sql AS $$
    SELECT url FROM (VALUES (definition #>> '{active,background_image}'), (definition #>> '{resting,background_image}'),
                            (definition #>> '{resting,logo}')) AS slot(url)
    WHERE url ~ '^data:image/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$' AND length(url) <= 16777216
$$;
CREATE FUNCTION pg_temp.image_ref(partner integer, url text) RETURNS jsonb LANGUAGE sql AS $$
    SELECT coalesce((SELECT to_jsonb(i.id) FROM display_images i
                     WHERE i.partner_id = partner AND i.sha256 = encode(sha256(convert_to(url, 'UTF8')), 'hex')),
                    'null'::jsonb)
$$;
INSERT INTO display_images (partner_id, sha256, data_url)
SELECT DISTINCT v.partner_id, encode(sha256(convert_to(u.url, 'UTF8')), 'hex'), u.url
FROM display_template_versions v CROSS JOIN LATERAL pg_temp.inline_images(v.definition) AS u(url)
ON CONFLICT (partner_id, sha256) DO NOTHING;
UPDATE display_template_versions
SET definition = jsonb_set(jsonb_set(jsonb_set(definition,
        '{active,background_image}', pg_temp.image_ref(partner_id, definition #>> '{active,background_image}')),
        '{resting,background_image}', pg_temp.image_ref(partner_id, definition #>> '{resting,background_image}')),
        '{resting,logo}', pg_temp.image_ref(partner_id, definition #>> '{resting,logo}'))
WHERE jsonb_typeof(definition -> 'active') = 'object' AND jsonb_typeof(definition -> 'resting') = 'object'
  AND definition::text LIKE '%data:image/%';

-- Only the newest versions of a template are kept (plus any a display was opened with): saving prunes.
GRANT DELETE ON display_template_versions TO p88_app;
