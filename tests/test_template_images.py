"""Issue 15, finding 3: a template refers to uploaded images by id, its definition is capped, its history too.

Images pass the upload checks once (real image, 10 MB, fitted and re-compressed) and are stored once per
company; a definition carrying image data instead is refused, so a save stays a few kilobytes whatever a
client sends. Tenant connections throughout: another company's image ids are unknown, as RLS makes them.
"""

from __future__ import annotations

import base64
import io
import json

import psycopg
import pytest
from PIL import Image

from dashboards import displays, images, templates
from dashboards.definition import MAX_DEFINITION_BYTES, TemplateError, default_definition, validate, with_image_urls
from dashboards.images import ImageRejected
from warehouse import migrate as migrations
from warehouse.database import tenant_connection, with_database

ALPHA, BRAVO = 1, 2


@pytest.fixture
def alpha(two_companies, db_url):
    with tenant_connection(ALPHA, db_url, autocommit=True) as conn:
        yield conn


@pytest.fixture
def bravo(two_companies, db_url):
    with tenant_connection(BRAVO, db_url, autocommit=True) as conn:
        yield conn


def _png(size=(800, 600), color=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def _with_background(image) -> dict:
    definition = default_definition()
    definition["active"]["background_image"] = image
    return definition


def test_inline_image_data_in_a_definition_is_refused_whatever_its_size():
    fake = "data:image/png;base64," + "A" * 1000
    for value in (fake, "https://evil.example/x.png", 0, True):
        with pytest.raises(TemplateError, match="image id from POST /api/images"):
            validate(_with_background(value))
    assert validate(_with_background(7))["active"]["background_image"] == 7


def test_a_definition_is_capped_in_size():
    definition = default_definition()
    element = definition["active"]["elements"][0]
    definition["active"]["elements"] = [{**element, "text": "🏁" * 500} for _ in range(40)]
    with pytest.raises(TemplateError, match=f"at most {MAX_DEFINITION_BYTES // 1024} KB"):
        validate(definition)


def test_rendering_puts_only_clean_image_urls_in_place_of_ids():
    clean = "data:image/jpeg;base64,/9j/AAAA"
    definition = validate({**_with_background(1), "resting": {**default_definition()["resting"], "logo": 2}})
    rendered = with_image_urls(definition, {1: clean, 2: 'data:image/png;base64,AA");background:url(x'})
    assert rendered["active"]["background_image"] == clean
    assert rendered["resting"]["logo"] is None                     # not a clean data URL: never put in a style
    assert definition["active"]["background_image"] == 1           # the stored definition is untouched


def test_an_uploaded_image_is_stored_once_and_templates_refer_to_it(alpha):
    image_id, url = images.upload_image(alpha, _png())
    assert images.upload_image(alpha, _png())[0] == image_id       # the same picture again: the same row
    info = templates.create_template(alpha, "Branded", _with_background(image_id))
    stored = templates.get_definition(alpha, info.id)
    assert stored["active"]["background_image"] == image_id
    assert len(json.dumps(stored)) < 4096                           # a save stays small, the image is not copied
    assert templates.renderable(alpha, info.id)["active"]["background_image"] == url
    with pytest.raises(ImageRejected, match="that file is not a PNG, JPEG or WebP image"):
        images.upload_image(alpha, b"not pixels at all")


def test_another_companys_image_id_cannot_be_used_or_seen(alpha, bravo):
    theirs, _ = images.upload_image(bravo, _png(color=(0, 90, 0)))
    with pytest.raises(TemplateError, match=f"no uploaded image {theirs}"):
        templates.create_template(alpha, "Borrowed", _with_background(theirs))
    mine = templates.create_template(alpha, "Mine", default_definition())
    with pytest.raises(TemplateError, match=f"no uploaded image {theirs}"):
        templates.save_version(alpha, mine.id, _with_background(theirs))
    assert images.image_urls(alpha, {theirs}) == {}


def test_only_the_newest_versions_are_kept_plus_those_a_display_uses(alpha):
    info = templates.create_template(alpha, "Busy", default_definition())
    opened = displays.create_display(alpha, info.id, ALPHA, [])              # on version 1
    for seconds in range(2, 61):
        templates.save_version(alpha, info.id, {**default_definition(), "duration_s": seconds})
    kept = [v.version for v in templates.list_versions(alpha, info.id)]
    assert kept == list(range(60, 60 - templates.KEEP_VERSIONS, -1)) + [1]
    assert displays.get_display(alpha, opened.id).template_version == 1
    with pytest.raises(templates.TemplateNotFound):
        templates.restore_version(alpha, info.id, 5)
    with pytest.raises(TemplateError, match="at most 500 characters"):
        templates.save_version(alpha, info.id, default_definition(), note="x" * 501)


def test_an_export_carries_its_images_and_the_import_uploads_them_again(alpha, bravo):
    image_id, url = images.upload_image(alpha, _png())
    info = templates.create_template(alpha, "Branded", _with_background(image_id))
    document = json.loads(json.dumps(templates.export_templates(alpha, [info.id])))
    assert document["version"] == 2 and document["images"] == {str(image_id): url}
    created = templates.import_templates(bravo, document)[0]
    theirs = templates.get_definition(bravo, created.id)["active"]["background_image"]
    assert theirs != image_id and images.image_urls(bravo, {theirs})
    assert templates.renderable(bravo, created.id)["active"]["background_image"].startswith("data:image/jpeg;base64,")


def test_an_old_export_with_inline_images_goes_through_the_upload_checks(alpha):
    real = "data:image/png;base64," + base64.b64encode(_png()).decode()
    fake = "data:image/png;base64," + base64.b64encode(b"x" * 3000).decode()
    old = {"format": templates.EXPORT_FORMAT, "version": 1,
           "templates": [{"name": "Old", "definition": _with_background(real)}]}
    created = templates.import_templates(alpha, old)[0]
    assert isinstance(templates.get_definition(alpha, created.id)["active"]["background_image"], int)
    before = templates.list_templates(alpha)
    with pytest.raises(TemplateError, match=r"templates\[0\] \('Fake'\): that file is not a PNG, JPEG or WebP image"):
        templates.import_templates(alpha, {**old, "templates": [{"name": "Fake",
                                                                 "definition": _with_background(fake)}]})
    with pytest.raises(TemplateError, match="image 99 is not in the export"):
        templates.import_templates(alpha, {**old, "templates": [{"name": "Lost", "definition": _with_background(99)}]})
    assert templates.list_templates(alpha) == before


def test_the_migration_moves_inline_images_out_of_existing_versions(pg_server, monkeypatch):
    name = "p88_test_image_migration"
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    url = with_database(pg_server, name)
    shipped = migrations.available()
    picture = "data:image/png;base64," + base64.b64encode(_png()).decode()
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            monkeypatch.setattr(migrations, "available", lambda: [m for m in shipped if m.version < "0010"])
            migrations.migrate(conn)
            conn.execute("INSERT INTO timing_partners (partner_id, name, slug) VALUES (1, 'Alpha', 'alpha')")
            conn.execute("""INSERT INTO display_templates (id, partner_id, name) OVERRIDING SYSTEM VALUE
                            VALUES (1, 1, 'Old')""")
            definition = validate(default_definition())
            for version, logo in ((1, picture), (2, picture)):
                legacy = json.loads(json.dumps(definition))
                legacy["resting"]["logo"] = logo
                conn.execute("""INSERT INTO display_template_versions (template_id, version, partner_id, definition)
                                VALUES (1, %s, 1, %s)""", (version, json.dumps(legacy)))
            monkeypatch.setattr(migrations, "available", lambda: shipped)
            migrations.migrate(conn)
            logos = conn.execute("""SELECT definition #> '{resting,logo}' FROM display_template_versions
                                    ORDER BY version""").fetchall()
            stored = conn.execute("SELECT id, data_url FROM display_images").fetchall()
        assert len(stored) == 1 and stored[0][1] == picture
        assert logos == [(stored[0][0],), (stored[0][0],)]
    finally:
        with psycopg.connect(pg_server, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
