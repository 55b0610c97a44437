"""Display templates of one company, saved with versions: every save is a new immutable version.

All functions take a tenant connection (``warehouse.database.tenant_connection``): Row Level Security
keeps each company's templates its own, so an id of another company is simply "not found". A save keeps the
newest ``KEEP_VERSIONS`` versions of the template (and any version a display was opened with) and prunes
older ones; images are referred to by the ids of the company's uploads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from dashboards.definition import IMAGE_SLOTS, SPONSORS, TemplateError, image_ids, validate, with_image_urls
from dashboards.images import image_urls, reupload_data_url
from dashboards.rows import change_one, fetch_all, fetch_one

EXPORT_FORMAT = "project88.display-templates"
EXPORT_VERSION = 2                # 1 carried images inline in the definitions; 2 lists them once under "images"
MAX_NAME = 200
MAX_NOTE = 500
KEEP_VERSIONS = 50


class TemplateNotFound(TemplateError):
    """No template (or version) with this id for the company: unknown, deleted or another company's."""


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    current_version: int
    updated_at: datetime


@dataclass(frozen=True)
class VersionInfo:
    version: int
    note: str | None
    created_at: datetime


_INFO = "SELECT id, name, current_version, updated_at FROM display_templates WHERE deleted_at IS NULL"


def list_templates(conn: psycopg.Connection) -> list[TemplateInfo]:
    return fetch_all(conn, TemplateInfo, _INFO + " ORDER BY lower(name)")


def get_info(conn: psycopg.Connection, template_id: int) -> TemplateInfo:
    return fetch_one(conn, TemplateInfo, _INFO + " AND id = %s", (template_id,), TemplateNotFound(f"no template {template_id}"))


def get_definition(conn: psycopg.Connection, template_id: int, version: int | None = None) -> dict[str, Any]:
    """The definition of one version (the current one by default)."""
    info = get_info(conn, template_id)
    row = conn.execute(
        "SELECT definition FROM display_template_versions WHERE template_id = %s AND version = %s",
        (template_id, version or info.current_version),
    ).fetchone()
    if row is None:
        raise TemplateNotFound(f"template {template_id} has no version {version}")
    return row[0]


def renderable(conn: psycopg.Connection, template_id: int, version: int | None = None) -> dict[str, Any]:
    """A version's definition with its images' data URLs in place: what a display renders."""
    definition = validate(get_definition(conn, template_id, version))
    return with_image_urls(definition, image_urls(conn, image_ids(definition)))


def list_versions(conn: psycopg.Connection, template_id: int) -> list[VersionInfo]:
    get_info(conn, template_id)
    return fetch_all(conn, VersionInfo, """SELECT version, note, created_at FROM display_template_versions
                                           WHERE template_id = %s ORDER BY version DESC""", (template_id,))


def create_template(conn: psycopg.Connection, name: str, definition: Any, user_id: int | None = None) -> TemplateInfo:
    clean = _checked(conn, definition)
    name = _name(name)
    try:
        with conn.transaction():
            template_id = conn.execute(
                """INSERT INTO display_templates (partner_id, name, created_by)
                   VALUES (p88_partner_id(), %s, %s) RETURNING id""",
                (name, user_id),
            ).fetchone()[0]
            _insert_version(conn, template_id, 1, clean, user_id, "created")
    except psycopg.errors.UniqueViolation:
        raise TemplateError(f"a template named {name!r} already exists") from None
    return get_info(conn, template_id)


def save_version(conn: psycopg.Connection, template_id: int, definition: Any, user_id: int | None = None,
                 note: str | None = None) -> TemplateInfo:
    """Store ``definition`` as the template's newest version; the newest ``KEEP_VERSIONS`` stay for history and
    restore, older ones go unless a display was opened with them."""
    clean = _checked(conn, definition)
    if note is not None and (not isinstance(note, str) or len(note) > MAX_NOTE):
        raise TemplateError(f"a note is text of at most {MAX_NOTE} characters")
    with conn.transaction():
        row = conn.execute(
            """UPDATE display_templates SET current_version = current_version + 1
               WHERE id = %s AND deleted_at IS NULL RETURNING current_version""",
            (template_id,),
        ).fetchone()
        if row is None:
            raise TemplateNotFound(f"no template {template_id}")
        _insert_version(conn, template_id, row[0], clean, user_id, note)
        conn.execute(
            """DELETE FROM display_template_versions v WHERE v.template_id = %s AND v.version <= %s
               AND NOT EXISTS (SELECT 1 FROM display_sessions s
                               WHERE s.template_id = v.template_id AND s.template_version = v.version)""",
            (template_id, row[0] - KEEP_VERSIONS))
    return get_info(conn, template_id)


def restore_version(conn: psycopg.Connection, template_id: int, version: int, user_id: int | None = None) -> TemplateInfo:
    """Save an old version's definition again as the newest version (history is never rewritten)."""
    old = get_definition(conn, template_id, version)
    return save_version(conn, template_id, old, user_id, note=f"restored version {version}")


def rename_template(conn: psycopg.Connection, template_id: int, name: str) -> TemplateInfo:
    name = _name(name)
    try:
        change_one(conn, "UPDATE display_templates SET name = %s WHERE id = %s AND deleted_at IS NULL",
                   (name, template_id), TemplateNotFound(f"no template {template_id}"))
    except psycopg.errors.UniqueViolation:
        raise TemplateError(f"a template named {name!r} already exists") from None
    return get_info(conn, template_id)


def duplicate_template(conn: psycopg.Connection, template_id: int, user_id: int | None = None) -> TemplateInfo:
    """A new template starting from the current definition, named '<name> (copy)' (or '(copy 2)', ...)."""
    info = get_info(conn, template_id)
    return create_template(conn, _free_name(conn, f"{info.name} (copy)"), get_definition(conn, template_id), user_id)


def delete_template(conn: psycopg.Connection, template_id: int) -> None:
    """Hide the template; its versions stay because display sessions made from it still refer to them."""
    change_one(conn, "UPDATE display_templates SET deleted_at = now() WHERE id = %s AND deleted_at IS NULL",
               (template_id,), TemplateNotFound(f"no template {template_id}"))


def export_templates(conn: psycopg.Connection, template_ids: list[int] | None = None) -> dict[str, Any]:
    """A JSON document of templates (all of them by default) with their images, that ``import_templates`` reads."""
    chosen = [t for t in list_templates(conn) if template_ids is None or t.id in template_ids]
    if template_ids is not None and len(chosen) != len(set(template_ids)):
        missing = sorted(set(template_ids) - {t.id for t in chosen})
        raise TemplateNotFound(f"no template {', '.join(map(str, missing))}")
    entries = [{"name": t.name, "definition": get_definition(conn, t.id)} for t in chosen]
    used = set().union(*(image_ids(validate(e["definition"])) for e in entries))
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "templates": entries,
            "images": {str(i): url for i, url in image_urls(conn, used).items()}}


def import_templates(conn: psycopg.Connection, document: Any, user_id: int | None = None) -> list[TemplateInfo]:
    """Create every template of an export; all or nothing, names that exist get a '(copy)' suffix. Images go
    through the same checks and re-compression as uploads and get this company's ids."""
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise TemplateError(f"not a template export (expected \"format\": \"{EXPORT_FORMAT}\")")
    entries, images = document.get("templates"), document.get("images") or {}
    if not isinstance(entries, list) or not entries:
        raise TemplateError("the export has no templates")
    if not isinstance(images, dict):
        raise TemplateError("the export's images must be an object of image id to data URL")
    stored: dict[str, int] = {}       # each exported image is uploaded once, however many templates use it
    with conn.transaction():
        cleaned = []
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise TemplateError(f"templates[{i}] needs a name and a definition")
            try:
                definition = _import_images(conn, entry.get("definition"), images, stored, user_id)
                cleaned.append((_name(entry["name"]), validate(definition)))
            except TemplateError as error:
                raise TemplateError(f"templates[{i}] ({entry['name']!r}): {error}") from None
        return [create_template(conn, _free_name(conn, name), definition, user_id) for name, definition in cleaned]


def _import_images(conn: psycopg.Connection, definition: Any, images: dict, stored: dict[str, int],
                   user_id: int | None) -> Any:
    """A copy of an imported definition whose images (ids listed under "images", or inline data URLs of a
    version 1 export) are uploaded again as this company's; anything else is left for ``validate`` to judge."""
    if not isinstance(definition, dict):
        return definition
    copy = {key: dict(value) if isinstance(value, dict) else value for key, value in definition.items()}

    def mine(value: Any, where: str) -> Any:
        """This company's id of one exported image (an id or a data URL); anything else is returned as it is."""
        if isinstance(value, int) and not isinstance(value, bool):
            key, url = str(value), images.get(str(value))
            if not isinstance(url, str):
                raise TemplateError(f"{where}: image {value} is not in the export's images")
        elif isinstance(value, str):
            key = url = value
        else:
            return value
        if key not in stored:
            stored[key] = reupload_data_url(conn, url, user_id)
        return stored[key]

    for part, slot in IMAGE_SLOTS:
        if isinstance(copy.get(part), dict) and slot in copy[part]:
            copy[part][slot] = mine(copy[part][slot], f"{part}.{slot}")
    part, slot = SPONSORS
    if isinstance(copy.get(part), dict) and isinstance(copy[part].get(slot), list):
        copy[part][slot] = [mine(value, f"{part}.{slot}[{i}]") for i, value in enumerate(copy[part][slot])]
    return copy


def _checked(conn: psycopg.Connection, definition: Any) -> dict[str, Any]:
    """The validated definition, provided every image it names is one of the company's uploads."""
    clean = validate(definition)
    wanted = image_ids(clean)
    if wanted:
        found = {row[0] for row in conn.execute("SELECT id FROM display_images WHERE id = ANY(%s)", (list(wanted),))}
        if missing := sorted(wanted - found):
            raise TemplateError(f"no uploaded image {', '.join(map(str, missing))} "
                                "(upload images with POST /api/images)")
    return clean


def _insert_version(conn: psycopg.Connection, template_id: int, version: int, definition: dict, user_id: int | None,
                    note: str | None) -> None:
    conn.execute(
        """INSERT INTO display_template_versions (template_id, version, partner_id, definition, note, created_by)
           VALUES (%s, %s, p88_partner_id(), %s, %s, %s)""",
        (template_id, version, Jsonb(definition), note, user_id),
    )


def _name(name: Any) -> str:
    if not isinstance(name, str) or not name.strip():
        raise TemplateError("a template needs a name")
    if len(name.strip()) > MAX_NAME:
        raise TemplateError(f"a template name has at most {MAX_NAME} characters")
    return name.strip()


def _free_name(conn: psycopg.Connection, wanted: str) -> str:
    taken = {t.name.lower() for t in list_templates(conn)}
    if wanted.lower() not in taken:
        return wanted
    stem = wanted.removesuffix(" (copy)")
    return next(name for n in range(1, 10_000)
                if (name := f"{stem} (copy{'' if n == 1 else f' {n}'})").lower() not in taken)
