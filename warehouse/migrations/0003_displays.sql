-- Race displays: versioned templates, display sessions bound to a timing session, and shareable URLs.

CREATE TABLE display_templates (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id      integer NOT NULL REFERENCES timing_partners,
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    current_version integer NOT NULL DEFAULT 1,
    created_by      bigint REFERENCES users ON DELETE SET NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    deleted_at      timestamptz,
    UNIQUE (id, partner_id)
);
CREATE UNIQUE INDEX display_templates_name_key ON display_templates (partner_id, lower(name)) WHERE deleted_at IS NULL;
CREATE TRIGGER display_templates_touch BEFORE UPDATE ON display_templates
    FOR EACH ROW EXECUTE FUNCTION p88_private.touch_updated_at();
SELECT p88_private.wall('display_templates');

-- Every save is a new immutable version; "restore" saves an old definition again as the newest version.
CREATE TABLE display_template_versions (
    template_id bigint NOT NULL,
    version     integer NOT NULL CHECK (version >= 1),
    partner_id  integer NOT NULL,
    definition  jsonb NOT NULL,
    note        text,
    created_by  bigint REFERENCES users ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (template_id, version),
    FOREIGN KEY (template_id, partner_id) REFERENCES display_templates (id, partner_id) ON DELETE CASCADE
);
SELECT p88_private.wall('display_template_versions', 'SELECT, INSERT');

CREATE TABLE display_sessions (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id        integer NOT NULL,
    template_id       bigint NOT NULL,
    template_version  integer NOT NULL,
    timing_session_id bigint,
    locations         text[] NOT NULL DEFAULT '{}',   -- empty: every location triggers the display
    mode              text NOT NULL DEFAULT 'results' CHECK (mode IN ('pre-race', 'results')),
    created_by        bigint REFERENCES users ON DELETE SET NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, partner_id),
    FOREIGN KEY (template_id, partner_id) REFERENCES display_templates (id, partner_id),
    FOREIGN KEY (template_id, template_version) REFERENCES display_template_versions (template_id, version),
    FOREIGN KEY (timing_session_id, partner_id) REFERENCES timing_sessions (id, partner_id)
);
SELECT p88_private.wall('display_sessions');

CREATE TABLE display_urls (
    id                 varchar(8) PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9]{8}$'),
    partner_id         integer NOT NULL,
    display_session_id bigint NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    expires_at         timestamptz NOT NULL DEFAULT now() + interval '24 hours',
    revoked_at         timestamptz,
    FOREIGN KEY (display_session_id, partner_id) REFERENCES display_sessions (id, partner_id) ON DELETE CASCADE
);
CREATE INDEX display_urls_partner_idx ON display_urls (partner_id, expires_at);
SELECT p88_private.wall('display_urls');

GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO p88_app;
