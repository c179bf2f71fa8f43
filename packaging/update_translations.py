"""Refresh the translation catalogs from the code, report what is missing, and build the .qm files.

    .venv/bin/python packaging/update_translations.py            # lupdate + report + lrelease
    .venv/bin/python packaging/update_translations.py --check    # report only (no file is written)

1. ``pyside6-lupdate`` reads every ``tr()`` / ``QCoreApplication.translate()`` / ``QT_TRANSLATE_NOOP()``
   string under ``desktop_app/`` into ``resources/translations/batch_desk_<lang>.ts``. Existing
   translations are kept; strings that left the code are dropped (git has them).
2. Per language it reports how many strings there are and which ones are unfinished (no translation,
   or marked unfinished because the English changed), and translations whose ``{placeholders}`` or
   ``&`` shortcut do not match the English.
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads (``desktop_app/ui/i18n.py``).

Exit status 1 when any language has an unfinished or broken string, else 0. Translate with Qt
Linguist (``pyside6-linguist``) or any editor: the ``.ts`` files are plain XML.
"""

from __future__ import annotations

import argparse
import re
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "desktop_app"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOG = "batch_desk"
LANGUAGES = ("zh_CN", "zh_TW", "ja", "id")  # English is the source language: no catalog


@dataclass
class Message:
    """One string of a catalog."""

    context: str
    source: str
    comment: str
    translations: list[str]  # one, or one per plural form
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass
class Report:
    """What :func:`check_catalog` found in one catalog."""

    language: str
    total: int = 0
    unfinished: list[Message] = field(default_factory=list)
    broken: list[tuple[Message, str]] = field(default_factory=list)
    missing: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.unfinished or self.broken or self.missing)


def tool(name: str) -> str:
    """A Qt tool next to the running Python (the venv's pyside6-lupdate), else on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        candidate = folder / name
        if candidate.exists():
            return str(candidate)
        if (folder / f"{name}.exe").exists():
            return str(folder / f"{name}.exe")
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 into this Python")
    return found


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOG}_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOG}_{language}.qm"


def lupdate(ts_file: Path, language: str | None = None) -> None:
    """Extract every translatable string under ``desktop_app/`` into ``ts_file`` (merging)."""
    args = [tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete", "-silent"]
    if language:
        args += ["-target-language", language]
    subprocess.run([*args, str(SOURCES), "-ts", str(ts_file)], check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile one catalog."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def read_ts(path: Path) -> list[Message]:
    """Every message of a ``.ts`` file."""
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: list[str] = []
            kind = ""
            if translation is not None:
                kind = translation.get("type", "")
                numerus = translation.findall("numerusform")
                forms = [f.text or "" for f in numerus] if numerus else [translation.text or ""]
            messages.append(
                Message(name, message.findtext("source") or "", message.findtext("comment") or "", forms, kind)
            )
    return messages


def extracted() -> set[tuple[str, str, str]]:
    """The ``(context, source, comment)`` of every string in the code now (a fresh lupdate run)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        lupdate(fresh)
        return {m.key for m in read_ts(fresh)}


def _fields(text: str) -> set[str] | None:
    """The ``{names}`` of a str.format template; None when it is not a valid one."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return None


_MNEMONIC = re.compile(r"&(?!&)(?![a-zA-Z]+;|#\d+;)(?=\S)")


def _mnemonics(text: str) -> int:
    return len(_MNEMONIC.findall(text.replace("&&", "")))


def problem_with(message: Message) -> str | None:
    """Why a finished translation cannot be used as it is, or None."""
    for text in message.translations:
        if not text.strip():
            return "empty translation"
        source_fields = _fields(message.source)
        if source_fields is not None:  # the English is a str.format template: the translation must be one too
            fields = _fields(text)
            if fields is None:
                return "unbalanced { } (write {{ and }} for literal braces)"
            if fields != source_fields:
                return f"placeholders {sorted(fields)} differ from the English {sorted(source_fields)}"
        if _mnemonics(message.source) != _mnemonics(text):
            return "the & keyboard shortcut is missing or doubled"
    return None


def check_catalog(path: Path, language: str, wanted: set[tuple[str, str, str]] | None = None) -> Report:
    """Count the strings of one catalog, and list unfinished, broken and missing ones."""
    report = Report(language)
    messages = [m for m in read_ts(path) if m.kind not in ("vanished", "obsolete")]
    report.total = len(messages)
    for message in messages:
        if message.kind == "unfinished" or not any(t.strip() for t in message.translations):
            report.unfinished.append(message)
            continue
        why = problem_with(message)
        if why:
            report.broken.append((message, why))
    if wanted is not None:
        have = {m.key for m in messages}
        report.missing = sorted(wanted - have)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report; do not rewrite .ts or .qm files")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every unfinished string")
    args = parser.parse_args(argv)

    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    wanted = extracted()
    ok = True
    for language in LANGUAGES:
        ts_file = ts_path(language)
        if not args.check:
            lupdate(ts_file, language)
        if not ts_file.exists():
            print(f"{language}: {ts_file.name} is missing")
            ok = False
            continue
        report = check_catalog(ts_file, language, wanted)
        done = report.total - len(report.unfinished)
        print(
            f"{language}: {report.total} strings, {done} translated, {len(report.unfinished)} unfinished, "
            f"{len(report.broken)} broken, {len(report.missing)} not in the catalog yet"
        )
        shown = report.unfinished if args.verbose else report.unfinished[:10]
        for message in shown:
            print(f"    unfinished  [{message.context}] {message.source[:100]!r}")
        if len(shown) < len(report.unfinished):
            print(f"    … and {len(report.unfinished) - len(shown)} more (-v lists them all)")
        for message, why in report.broken:
            print(f"    broken      [{message.context}] {message.source[:80]!r}: {why}")
        for context, source, _comment in report.missing[:10]:
            print(f"    missing     [{context}] {source[:100]!r}")
        ok = ok and report.ok
        if not args.check:
            lrelease(ts_file, qm_path(language))
    print("all catalogs complete" if ok else "some strings need a translation (exit 1)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
