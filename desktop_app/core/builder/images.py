"""Image cells to ``image_url`` values.

``http(s)://``, ``oss://`` and ``data:`` values are kept as they are; anything else is a local file
(relative to the source file's folder) embedded as a base64 data URL. An embedded image may be at most
:data:`MAX_IMAGE_BYTES` (4 MB), so the request line stays under the 6 MB line limit.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from desktop_app.core import wording as w
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.limits import MAX_LINE_BYTES, MB

MAX_IMAGE_BYTES = 4 * MB


IMAGE_SCHEMES = ("http://", "https://", "oss://")


_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


class ImageError(BatchDeskError):
    """An image cell cannot be turned into a request part; ``code`` is the problem code."""

    text: w.Text

    def __init__(self, text: w.Text, *, code: str, detail: str = "") -> None:
        super().__init__(text, code=code, detail=detail)


def image_url(value: str, base_dir: Path | None = None) -> str:
    """The ``image_url.url`` for a cell: URLs and data URLs unchanged, a local file as a data URL.

    Raises:
        ImageError: the file is missing, not an image, or larger than :data:`MAX_IMAGE_BYTES`.
    """
    text = value.strip()
    lower = text.lower()
    if lower.startswith(IMAGE_SCHEMES) or lower.startswith("data:"):
        return text
    path = image_path(text, base_dir)
    size = image_size(path, text)
    if size > MAX_IMAGE_BYTES:
        raise ImageError(too_large_message(text, size), code="image_too_large")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImageError(
            w.B_IMAGE_UNREADABLE(name=text, reason=str(exc.strerror or exc)), code="image_missing", detail=str(exc)
        ) from exc
    mime = _image_mime(data)
    if mime is None:
        raise ImageError(w.B_IMAGE_TYPE(name=text), code="image_type")
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def image_path(text: str, base_dir: Path | None) -> Path:
    if text.lower().startswith("file://"):
        from urllib.parse import unquote, urlparse

        text = unquote(urlparse(text).path)
    path = Path(os.path.expanduser(text))
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    return path


def image_size(path: Path, shown: str) -> int:
    try:
        st = path.stat()
    except OSError as exc:
        raise ImageError(
            w.B_IMAGE_NOT_FOUND(name=shown, folder=str(path.parent)),
            code="image_missing",
            detail=str(exc),
        ) from exc
    if not path.is_file():
        raise ImageError(w.B_IMAGE_FOLDER(name=shown), code="image_missing")
    return st.st_size


def too_large_message(shown: str, size: int) -> w.Text:
    return w.B_IMAGE_TOO_LARGE(
        name=shown, size_mb=f"{size / MB:.1f}", max_mb=MAX_IMAGE_BYTES // MB, line_mb=MAX_LINE_BYTES // MB
    )


def _image_mime(data: bytes) -> str | None:
    for magic, mime in _IMAGE_MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "image/heic"
    return None  # judged by content, not by name: a renamed text file is not a picture
