"""Which region, which key, which address: one answer for the window and the command line.

The window's controller and the CLI's commands both ask here which region an id or a base URL means,
which key a region uses, which address its client talks to and which regions have a key. Each face
then builds its own client (the CLI's retries print to stderr, the window's show in the notice bar)
and words its own usage hints (``--base-url`` is a CLI flag; "restart the app" is the window's).

Key reads touch the system keychain: call :func:`read_key` and :func:`regions_with_keys` in a worker
thread from the window.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from desktop_app.core import wording as w
from desktop_app.core.error_base import BatchDeskError
from desktop_app.core.regions import Region, RegionKind, all_regions, custom_region
from desktop_app.core.secrets import key_from_env

SANDBOX_KEY = "sandbox"  # the sandbox takes any key; this one is never a secret


class KeySource(Protocol):
    """What a keychain offers here (``core.secrets.KeyStore``)."""

    def get(self, region_id: str) -> str | None: ...


class CustomRegions(Protocol):
    """What the settings offer here (``core.settings.Settings``)."""

    def custom_regions(self) -> list[Region]: ...


class MissingKey(BatchDeskError):
    """No key is stored for a region that needs one (the same words in the window and the CLI)."""

    def __init__(self, region: Region) -> None:
        self.region = region
        super().__init__(w.MISSING_KEY(region=w.region(region.name)))


class SandboxNotRunning(BatchDeskError):
    """The sandbox region was chosen but no sandbox address is known."""

    def __init__(self) -> None:
        super().__init__(w.SANDBOX_NOT_RUNNING)


def known_regions(settings: CustomRegions) -> tuple[Region, ...]:
    """The built-in regions plus the user's custom endpoints, in the order the window lists them."""
    return all_regions(settings.custom_regions())


def find_region(regions: Iterable[Region], region_id: str) -> Region | None:
    """The region with this id, or None."""
    return next((region for region in regions if region.id == region_id), None)


def clean_base_url(text: str | None) -> str | None:
    """A base URL without surrounding spaces or trailing slashes; None when empty.

    Raises ValueError when it is not an http(s) address."""
    url = (text or "").strip().rstrip("/")
    if not url:
        return None
    if not url.startswith(("http://", "https://")):
        raise ValueError("the address must start with http:// or https://")
    return url


def region_at(regions: Iterable[Region], base_url: str) -> Region:
    """The custom endpoint saved with this address, else an unsaved one named after its host."""
    for region in regions:
        if region.kind is RegionKind.CUSTOM and region.base_url == base_url:
            return region
    host = base_url.split("://", 1)[-1].split("/", 1)[0]
    return custom_region(host, base_url)


def read_key(keys: KeySource, region: Region, *, from_env: bool = False) -> str:
    """The key a region's client uses (blocking: the keychain).

    The sandbox needs none (:data:`SANDBOX_KEY`). Otherwise the keychain's key for this region; with
    ``from_env`` (the CLI) ``$DASHSCOPE_API_KEY`` when the keychain has none. Raises
    :class:`MissingKey`.
    """
    if not region.needs_key:
        return SANDBOX_KEY
    key = keys.get(region.id) or (key_from_env() if from_env else None)
    if not key:
        raise MissingKey(region)
    return key.strip()


def service_address(region: Region, *, sandbox_url: str | None, override: str | None = None) -> str | None:
    """The address a region's client talks to: ``override`` (the CLI's ``--base-url``) when given,
    the running sandbox's for the sandbox (:class:`SandboxNotRunning` when none), else the region's own
    (None: the client uses ``region.base_url``)."""
    if override:
        return override
    if region.kind is RegionKind.SANDBOX:
        if not sandbox_url:
            raise SandboxNotRunning
        return sandbox_url
    return region.base_url


def regions_with_keys(regions: Iterable[Region], keys: KeySource) -> list[Region]:
    """The regions that need a key and have one stored (blocking: the keychain). The sandbox is not
    among them: it needs no key, and each face decides whether it watches it."""
    return [region for region in regions if region.needs_key and keys.get(region.id)]
