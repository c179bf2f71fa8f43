"""The window's language: pick it, load the translation catalogs, make dates and numbers follow it.

English is the source language (every ``tr()`` string is English); the other four have catalogs in
``resources/translations/batch_desk_<lang>.qm`` (built from the ``.ts`` files by
``packaging/update_translations.py``). Qt's own words (standard buttons, file dialogs, the context menu
of a text field) come from Qt's ``qtbase_<lang>.qm``, shipped with PySide6.

The language is the ``language`` setting when it names a supported one, else the system's. It is
chosen once, before the window is built (:func:`setup_language`, called by ``app.py``); a change in
Settings applies on the next start.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

from desktop_app.resources import resource_path

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction into ``context``; returns ``source`` unchanged.

    Behaves as PySide6's own, whose stubs type the result as ``object`` (so every marked table would
    need a cast); ``pyside6-lupdate`` finds the call by its name, whichever module defines it."""
    del context
    return source


ENGLISH = "en"
# Supported languages, in the order the Settings picker lists them.
LANGUAGES: tuple[str, ...] = (ENGLISH, "zh_CN", "zh_TW", "ja", "id")
# Each language's name in itself (never translated: a person looks for their own language's name).
LANGUAGE_NAMES: dict[str, str] = {
    ENGLISH: "English",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
    "ja": "日本語",
    "id": "Bahasa Indonesia",
}
CATALOG = "batch_desk"  # resources/translations/batch_desk_<lang>.qm
# The locale that formats dates and numbers when the language is not the system's own.
_DEFAULT_LOCALES = {ENGLISH: "en_US", "zh_CN": "zh_CN", "zh_TW": "zh_TW", "ja": "ja_JP", "id": "id_ID"}
# Qt's own catalogs: there is no qtbase_id, so Indonesian shows Qt's few own words in English.
_QT_CATALOGS = ("qtbase",)

# Qt ships no Indonesian catalog, so the app's own catalogs carry the few Qt words a person meets:
# standard dialog buttons and a text field's context menu. Qt's catalog is installed after the app's and
# is asked first, so for Chinese and Japanese Qt's own wording wins; these fill the gap for Indonesian.
_QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def translations_dir() -> Path:
    """``resources/translations`` (source checkout or frozen bundle)."""
    return resource_path("translations")


def language_for_locale(locale: QLocale) -> str:
    """The supported language for a locale: zh_Hans/zh_CN/zh_SG → zh_CN, zh_Hant/zh_TW/zh_HK/zh_MO →
    zh_TW, ja → ja, id (and the old code ``in``) → id, anything else → en."""
    language = locale.language()
    if language == QLocale.Language.Chinese:
        if locale.script() == QLocale.Script.TraditionalHanScript:
            return "zh_TW"
        if locale.script() == QLocale.Script.SimplifiedHanScript:
            return "zh_CN"
        traditional = (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)
        return "zh_TW" if locale.territory() in traditional else "zh_CN"
    if language == QLocale.Language.Japanese:
        return "ja"
    if language == QLocale.Language.Indonesian:
        return "id"
    return ENGLISH


def pick_language(setting: str, system: QLocale | None = None) -> str:
    """The ``language`` setting when it is supported, else the system locale's language."""
    if setting in LANGUAGES:
        return setting
    if setting:
        log.warning("Unknown language setting %r; following the system", setting)
    return language_for_locale(system if system is not None else QLocale.system())


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and numbers: the system's when it speaks ``language`` (so zh_HK keeps Hong
    Kong formats under the zh_TW catalog), else the language's usual one."""
    system = system if system is not None else QLocale.system()
    if language_for_locale(system) == language and system.language() != QLocale.Language.C:
        return system
    return QLocale(_DEFAULT_LOCALES.get(language, "en_US"))


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own ``qtbase_<lang>.qm`` may be: Qt's configured folder, then inside PySide6."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        dirs.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is always importable here
        pass
    dirs.append(translations_dir())
    return list(dict.fromkeys(dirs))


@dataclass
class LanguageSetup:
    """What :func:`install_language` did: the language, the locale, and the catalogs it loaded."""

    language: str
    locale: QLocale
    loaded: list[Path] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def _load(name: str, language: str, dirs: list[Path], setup: LanguageSetup) -> None:
    translator = QTranslator()
    for folder in dirs:
        path = folder / f"{name}_{language}.qm"
        if path.is_file() and translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            setup.loaded.append(path)
            return
    setup.missing.append(f"{name}_{language}.qm")


def remove_translations() -> None:
    """Uninstall every catalog :func:`install_language` loaded (back to English)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())


def install_language(language: str, system: QLocale | None = None) -> LanguageSetup:
    """Load the app's and Qt's catalogs for ``language`` and make it the default locale.

    Replaces catalogs an earlier call installed. English loads no catalog (the source is English);
    a missing catalog is logged and the window stays usable in English.
    """
    remove_translations()
    locale = locale_for(language, system)
    QLocale.setDefault(locale)
    setup = LanguageSetup(language, locale)
    if language != ENGLISH:
        _load(CATALOG, language, [translations_dir()], setup)
        for qt_catalog in _QT_CATALOGS:
            _load(qt_catalog, language, qt_translations_dirs(), setup)
        for missing in setup.missing:
            if not missing.startswith(CATALOG) and language == "id":
                continue  # Qt ships no Indonesian catalog: its few own words stay English
            log.warning("Translation catalog %s not found", missing)
    log.info("Language %s (locale %s); catalogs: %s", language, locale.name(), [p.name for p in setup.loaded])
    return setup


def format_datetime(epoch: float) -> str:
    """A moment in the locale's short date-and-time form, with a four-digit year (``2026/11/18 11:06``,
    ``11/18/2026 11:06 AM``, ``18/11/2026 11.06``); ISO ``2026-11-18 11:06`` in the C locale."""
    moment = QDateTime.fromSecsSinceEpoch(int(epoch))
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return moment.toString("yyyy-MM-dd HH:mm")
    pattern = re.sub(r"(?<!y)yy(?!y)", "yyyy", locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(moment, pattern)


def setup_language(setting: str) -> LanguageSetup:
    """Called once by ``app.py`` after the QApplication exists and before the window is built."""
    return install_language(pick_language(setting))


# Units, in the window's language ("23 h 59 min" read as English in a Japanese window).
_UNITS = "Units"
_DURATION = (
    QT_TRANSLATE_NOOP("Units", "{s} s"),
    QT_TRANSLATE_NOOP("Units", "{m} min"),
    QT_TRANSLATE_NOOP("Units", "{h} h {m} min"),
    QT_TRANSLATE_NOOP("Units", "{d} d {h} h"),
)
_SIZES = (
    QT_TRANSLATE_NOOP("Units", "{n} bytes"),
    QT_TRANSLATE_NOOP("Units", "{n} KB"),
    QT_TRANSLATE_NOOP("Units", "{n} MB"),
    QT_TRANSLATE_NOOP("Units", "{n} GB"),
    QT_TRANSLATE_NOOP("Units", "{n} TB"),
)


def _unit(template: str) -> str:
    return QCoreApplication.translate(_UNITS, template)


def format_duration(seconds: float | None) -> str:
    """``45 s``, ``12 min``, ``3 h 05 min``, ``2 d 4 h`` in the window's language; empty for None."""
    if seconds is None:
        return ""
    s = max(0, int(seconds))
    if s < 60:
        return _unit(_DURATION[0]).format(s=s)
    if s < 3600:
        return _unit(_DURATION[1]).format(m=s // 60)
    if s < 86_400:
        return _unit(_DURATION[2]).format(h=s // 3600, m=f"{s % 3600 // 60:02d}")
    return _unit(_DURATION[3]).format(d=s // 86_400, h=s % 86_400 // 3600)


def format_size(count: int | None) -> str:
    """``442 bytes``, ``1.2 MB`` in the window's language and number format; empty for None."""
    if count is None:
        return ""
    locale = QLocale()
    if count < 1024:
        return _unit(_SIZES[0]).format(n=locale.toString(int(count)))
    value = float(count)
    step = 0
    while value >= 1024 and step < len(_SIZES) - 1:
        value /= 1024
        step += 1
    return _unit(_SIZES[step]).format(n=locale.toString(value, "f", 1))
