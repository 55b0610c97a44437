"""Background and logo uploads: checked to be a real image, size-limited, resized and compressed here.

The builder stores the result inside the template definition as a data URL, so a display needs no file
server and a template export carries its images with it.
"""

from __future__ import annotations

import base64
import io
import warnings

from PIL import Image, UnidentifiedImageError

from dashboards.definition import STAGE_HEIGHT, STAGE_WIDTH, TemplateError

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 60_000_000            # larger images are refused before decoding (decompression bombs)
ACCEPTED_FORMATS = {"PNG", "JPEG", "WEBP", "GIF", "BMP"}
JPEG_QUALITY = 82


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
                raise ImageRejected(f"{image.format} images are not accepted; use PNG, JPEG, WebP or GIF")
            if image.width * image.height > MAX_PIXELS:
                raise ImageRejected(f"the image is {image.width}x{image.height} pixels; that is too large")
            image.load()
    except (UnidentifiedImageError, Image.DecompressionBombWarning, Image.DecompressionBombError, OSError,
            SyntaxError) as error:
        raise ImageRejected(f"the file is not a readable image ({type(error).__name__})") from None
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
