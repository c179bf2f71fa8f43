"""A REAL Secret Service (gnome-keyring over a private D-Bus session) behind the app's KeyStore.

The test starts ``dbus-run-session`` with an unlocked ``gnome-keyring-daemon --components=secrets`` in a
throw-away HOME, then runs two Python processes in that session: the first stores, reads and
replaces the keys of two regions; the second (a restart) reads them back and deletes them. keyring
picks its SecretService backend by itself there — nothing is injected. CI installs the Debian
packages ``gnome-keyring dbus-x11`` (see ``.ci/run``); without them this test is skipped.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.reliability.conftest import record, scan_for

MISSING = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]

pytestmark = pytest.mark.skipif(
    bool(MISSING),
    reason=f"no Secret Service to test against: {', '.join(MISSING)} not installed "
    "(Debian: apt-get install gnome-keyring dbus-x11)",
)

FIRST_RUN = """
import json, sys
from desktop_app.core.secrets import KeyStore, StoredWhere

keys = json.loads(sys.argv[1])
store = KeyStore()
status = store.backend_status()
out = {"backend": status.backend_name, "available": status.available, "where": status.where}
for region in ("intl", "cn"):
    assert store.get(region) is None, "a fresh keychain has no key"
    assert store.set(region, keys[region + "-old"]) is StoredWhere.KEYRING
    assert store.get(region) == keys[region + "-old"]
    # replace
    assert store.set(region, keys[region]) is StoredWhere.KEYRING
    assert store.get(region) == keys[region], "the replaced key must be the new one"
    assert store.where(region) is StoredWhere.KEYRING
# one region's key never shows up under the other
assert store.get("intl") != store.get("cn")
out["problem"] = store.backend_status().problem
print(json.dumps(out))
"""

SECOND_RUN = """
import json, sys
from desktop_app.core.secrets import KeyStore, StoredWhere

keys = json.loads(sys.argv[1])
store = KeyStore()  # a new process: only the keychain can know the keys now
out = {"read": {r: store.get(r) == keys[r] for r in ("intl", "cn")}}
store.delete("intl")
out["intl_after_delete"] = store.get("intl")
out["cn_after_intl_delete"] = store.get("cn") == keys["cn"]
store.delete("cn")
store.delete("cn")  # deleting a missing key is not an error
out["cn_after_delete"] = store.get("cn")
out["where_after_delete"] = store.where("cn")
out["available"] = store.backend_status().available
print(json.dumps(out))
"""


def _session_script(home: Path, runs: list[tuple[str, str]]) -> str:
    """One shell script: unlock a fresh keyring, then run each Python snippet, each on its own line."""
    lines = ["set -e", "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null"]
    for path, arg in runs:
        lines.append(f"{sys.executable} {path} '{arg}'")
    return "\n".join(lines)


def test_keys_of_two_regions_in_a_real_secret_service(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    app_home = tmp_path / "app-home"
    keys = {
        "intl": "sk-intl-" + secrets.token_hex(16),
        "cn": "sk-cn-" + secrets.token_hex(16),
        "intl-old": "sk-intl-old-" + secrets.token_hex(8),
        "cn-old": "sk-cn-old-" + secrets.token_hex(8),
    }
    first = tmp_path / "first.py"
    first.write_text(textwrap.dedent(FIRST_RUN), encoding="utf-8")
    second = tmp_path / "second.py"
    second.write_text(textwrap.dedent(SECOND_RUN), encoding="utf-8")
    arg = json.dumps(keys)
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "BATCH_DESK_HOME": str(app_home),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "LANG": "C.UTF-8",
    }
    env.pop("XDG_RUNTIME_DIR", None)

    def run(script: Path) -> dict[str, object]:
        proc = subprocess.run(
            ["dbus-run-session", "--", "sh", "-c", _session_script(home, [(str(script), arg)])],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 0, f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
        last = [line for line in proc.stdout.splitlines() if line.startswith("{")][-1]
        for secret in keys.values():
            assert secret not in proc.stderr and secret not in proc.stdout.replace(last, "")
        return dict(json.loads(last))

    # Both runs in ONE D-Bus session would share the daemon; a second session re-opens the same
    # on-disk keyring, which is what a restart of the computer's session does.
    first_out = run(first)
    assert first_out["backend"] == "keyring.backends.SecretService.Keyring", first_out
    assert first_out["available"] is True and first_out["problem"] is None
    assert "Secret Service" in str(first_out["where"])

    keyring_files = list((home / ".local" / "share" / "keyrings").glob("*.keyring"))
    assert keyring_files, "gnome-keyring wrote no keyring file: the keys were not stored there"
    # The keychain file is encrypted, and nothing else on disk has a key in plain text.
    needles = [v.encode() for v in keys.values()]
    assert scan_for(needles, home, app_home) == []

    second_out = run(second)
    assert second_out["read"] == {"intl": True, "cn": True}, "keys did not survive a restart"
    assert second_out["intl_after_delete"] is None
    assert second_out["cn_after_intl_delete"] is True, "deleting one region's key touched the other"
    assert second_out["cn_after_delete"] is None and second_out["where_after_delete"] is None
    assert second_out["available"] is True
    hits = scan_for(needles, home, app_home)
    assert hits == []
    record("secret", "secret-service-two-regions", secrets_found=len(hits))
