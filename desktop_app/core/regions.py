"""The one table of regions and endpoints. No base URL appears anywhere else in the code."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.core import wording
from desktop_app.core.limits import TEST_MODEL


class Endpoint(StrEnum):
    """The batch endpoints a request line's ``url`` may name."""

    CHAT = "/v1/chat/completions"
    EMBEDDINGS = "/v1/embeddings"
    TEST = "/v1/chat/ds-test"


SUPPORTED_ENDPOINTS: tuple[str, ...] = tuple(e.value for e in Endpoint)


class RegionKind(StrEnum):
    """Where a region's server lives."""

    VENDOR = "vendor"  # a documented Model Studio region
    SANDBOX = "sandbox"  # the built-in local emulator
    CUSTOM = "custom"  # any other OpenAI-compatible endpoint the user adds


@dataclass(frozen=True)
class Region:
    """A place batches run, with its own API key."""

    id: str
    name: str
    base_url: str | None  # None for the sandbox until it has started on a port
    kind: RegionKind
    models: tuple[str, ...] = field(default_factory=tuple)
    key_url: str | None = None  # where a person gets a key for this region
    data_location: str | None = None
    short_name: str = ""  # for narrow table columns; falls back to ``name``

    @property
    def label(self) -> str:
        """The short name when there is one."""
        return self.short_name or self.name

    @property
    def needs_key(self) -> bool:
        """The sandbox works without a key; every other region needs one."""
        return self.kind is not RegionKind.SANDBOX

    def documents_model(self, model: str) -> bool:
        """True when the reference lists ``model`` for this region (custom regions list none)."""
        if not self.models:
            return True
        return model in self.models


INTL_MODELS = ("qwen-max", "qwen-plus", "qwen-flash", "qwen-turbo", TEST_MODEL)
CN_MODELS = (
    "qwen-max",
    "qwen-max-latest",
    "qwen-plus",
    "qwen-plus-latest",
    "qwen-flash",
    "qwen-turbo",
    "qwen-turbo-latest",
    "qwen-long",
    "qwen-long-latest",
    "qwq-plus",
    "deepseek-r1",
    "deepseek-v3",
    "qwen-vl-max",
    "qwen-vl-max-latest",
    "qwen-vl-plus",
    "qwen-vl-plus-latest",
    "qwen-vl-flash",
    "qwen-vl-ocr",
    "qwen-vl-ocr-latest",
    "text-embedding-v4",
    TEST_MODEL,
)

INTL = Region(
    id="intl",
    name="International (Singapore)",
    base_url="https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
    kind=RegionKind.VENDOR,
    models=INTL_MODELS,
    key_url="https://modelstudio.console.alibabacloud.com/?tab=playground#/api-key",
    data_location="Singapore",
    short_name="Singapore",
)
CN = Region(
    id="cn",
    name="Mainland China (Beijing)",
    base_url="https://dashscope.aliyuncs.com/compatible-mode/v1",
    kind=RegionKind.VENDOR,
    models=CN_MODELS,
    key_url="https://bailian.console.aliyun.com/?tab=model#/api-key",
    data_location="Beijing",
    short_name="Beijing",
)
SANDBOX = Region(
    id="sandbox",
    name="Sandbox (simulated, offline)",
    base_url=None,
    kind=RegionKind.SANDBOX,
    models=tuple(dict.fromkeys(CN_MODELS + INTL_MODELS)),
    data_location="this computer",
    short_name="Sandbox",
)

BUILTIN_REGIONS: tuple[Region, ...] = (INTL, CN, SANDBOX)
_BUILTIN_BY_ID = {r.id: r for r in BUILTIN_REGIONS}
_CUSTOM_ID = re.compile(r"^custom:[a-z0-9][a-z0-9_-]{0,40}$")


def builtin_region(region_id: str) -> Region:
    """Return a documented region or the sandbox by id; raise KeyError otherwise."""
    return _BUILTIN_BY_ID[region_id]


def custom_region(name: str, base_url: str) -> Region:
    """Build a user-defined OpenAI-compatible endpoint; its id is ``custom:<slug of name>``."""
    slug = re.sub(r"[^a-z0-9_-]+", "-", name.strip().lower()).strip("-")[:40] or "endpoint"
    url = base_url.strip().rstrip("/")
    if not re.match(r"^https?://[^\s/]+", url):
        raise wording.Refused(wording.BASE_URL())
    return Region(id=f"custom:{slug}", name=name.strip() or slug, base_url=url, kind=RegionKind.CUSTOM)


def is_custom_id(region_id: str) -> bool:
    """True for ids made by :func:`custom_region`."""
    return bool(_CUSTOM_ID.match(region_id))


def all_regions(custom: Iterable[Region] = ()) -> tuple[Region, ...]:
    """The built-in regions followed by the user's custom endpoints."""
    return BUILTIN_REGIONS + tuple(custom)


def endpoint_for_model(model: str) -> str:
    """The batch endpoint a model's requests must use."""
    if model == TEST_MODEL:
        return Endpoint.TEST.value
    if model.startswith("text-embedding"):
        return Endpoint.EMBEDDINGS.value
    return Endpoint.CHAT.value
