"""Background and logo uploads: checked to be a real image, size-limited, resized, compressed and stored here.

Every image a template shows passed ``optimise_image`` and sits once per company in ``display_images``
(tenant connections: Row Level Security keeps each company's own); definitions refer to it by id. Displays
get it inlined as a data URL, so they need no file server; a template export carries its images along.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import warnings

import psycopg
from PIL import Image, UnidentifiedImageError

from dashboards.definition import STAGE_HEIGHT, STAGE_WIDTH, TemplateError

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 60_000_000            # larger images are refused before decoding (decompression bombs)
ACCEPTED_FORMATS = {"PNG", "JPEG", "WEBP", "GIF", "BMP"}
JPEG_QUALITY = 82
NOT_AN_IMAGE = "that file is not a PNG, JPEG or WebP image"   # said to race directors, so no exception names


class ImageRejected(TemplateError):
    """An upload that is not an acceptable image; the message says why."""


def optimise_image(data: bytes, max_size: tuple[int, int] = (STAGE_WIDTH, STAGE_HEIGHT)) -> str:
    """A data URL of the image fitted into ``max_size``: JPEG when opaque, PNG when it has transparency."""
    if not data:
        raise ImageRejected("the file is empty")
    if len(data) > MAX_UPLOAD_BYTES:
        raise ImageRejected(f"the image is {len(data) / 1048576:.1f} MB; the limit is {MAX_UPLOAD_BYTES // 1048576} MB")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format not in ACCEPTED_FORMATS:
                raise ImageRejected(f"{NOT_AN_IMAGE} (it is {image.format})")
            if image.width * image.height > MAX_PIXELS:
                raise ImageRejected(f"the image is {image.width}x{image.height} pixels; that is too large")
            image.load()
    except UnidentifiedImageError:
        raise ImageRejected(NOT_AN_IMAGE) from None
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise ImageRejected("that image has too many pixels to open safely; save it smaller") from None
    except (OSError, SyntaxError):
        # it says it is an image but its data does not decode: cut short by a download, or damaged
        raise ImageRejected("that image file is damaged or incomplete; save it again and upload the new file") from None
    image.thumbnail(max_size, Image.Resampling.LANCZOS)
    has_alpha = image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info)
    out = io.BytesIO()
    if has_alpha:
        image.convert("RGBA").save(out, "PNG", optimize=True)
        kind = "png"
    else:
        image.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        kind = "jpeg"
    return f"data:image/{kind};base64,{base64.b64encode(out.getvalue()).decode()}"


def store_image(conn: psycopg.Connection, data_url: str, user_id: int | None = None) -> int:
    """The id of an optimised image (tenant connection); the same image stored twice is one row."""
    digest = hashlib.sha256(data_url.encode()).hexdigest()
    with conn.transaction():
        conn.execute("""INSERT INTO display_images (partner_id, sha256, data_url, created_by)
                        VALUES (p88_partner_id(), %s, %s, %s) ON CONFLICT (partner_id, sha256) DO NOTHING""",
                     (digest, data_url, user_id))
        return conn.execute("SELECT id FROM display_images WHERE sha256 = %s", (digest,)).fetchone()[0]


def upload_image(conn: psycopg.Connection, data: bytes, user_id: int | None = None) -> tuple[int, str]:
    """Check, optimise and store an uploaded file: its image id and data URL (ImageRejected says why not)."""
    url = optimise_image(data)
    return store_image(conn, url, user_id), url


def reupload_data_url(conn: psycopg.Connection, data_url: str, user_id: int | None = None) -> int:
    """An image that arrives as a data URL (template imports) goes through the same checks as an upload."""
    _, _, payload = data_url.partition(";base64,")
    if not data_url.startswith("data:image/") or not payload:
        raise ImageRejected("an image must be a data:image/...;base64 URL")
    try:
        data = base64.b64decode(payload, validate=True)
    except binascii.Error:
        raise ImageRejected("the image data is not valid base64") from None
    return upload_image(conn, data, user_id)[0]


def image_urls(conn: psycopg.Connection, ids: set[int]) -> dict[int, str]:
    """Data URLs of the company's images among ``ids`` (another company's ids are simply absent)."""
    if not ids:
        return {}
    return dict(conn.execute("SELECT id, data_url FROM display_images WHERE id = ANY(%s)", (list(ids),)).fetchall())
