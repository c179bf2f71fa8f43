"""Core's problems and errors, worded in the window's language.

Core hands up a :class:`~desktop_app.core.wording.Text` (a catalogue key and its values) with every
error and problem; :func:`text` renders it with Qt's translator and the locale's numbers — no parsing.

What is left here is the old matcher, for English that arrives as text because it was *stored* or
is carried as a plain string (every module of core raises keys; tests/test_wording_catalogue.py):

* the job list's ``last_error`` (English in the ledger, also as written by older versions): the
  workflow's own sentences (the id reused, the upload failed or interrupted, not sent, not created,
  not confirmed — the templates below) and any error's English (the catalogue's templates, compiled too);
* an answer's "needs another try" reason (``core/outputs.py`` ``ParsedOutputs.problem``, a cell of the
  row that the exports write) and the estimate's "unknown because" reasons (``core/estimate.py``
  ``Estimate.unknown``, plain strings the CLI prints) — not stored, so they can move to keys next;
* words looked up by their English (:func:`tr_fragment`, a dictionary, no pattern): the table
  reader's separator names, a request's settings summary, region names and labels.

A message is matched against the templates below and the catalogue's own, the holes' values taken from
the match and the translated template filled with them; a message no template matches is shown as core
wrote it (English), never lost.
"""

from __future__ import annotations

import functools
import logging
import re
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.core import wording
from desktop_app.core.logging_setup import redact
from desktop_app.core.regions import Region
from desktop_app.core.validate import Problem, Severity
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PROBLEMS = "Problems"
ERRORS = "Errors"
FRAGMENTS = "Fragments"
REGIONS = "Regions"

# -- English core still hands up as text ---------------------------------------------------------
# (error class name, template); "*" for messages any class may carry. Only sentences stored as English
# are left: the ledger's ``last_error`` (also from older versions) — the catalogue's own templates are
# compiled below for those too.
_ERROR_TEMPLATES: tuple[tuple[str, str], ...] = (
    # a submit whose upload failed (core/workflow.py stores it as the job's last_error)
    ("*", QT_TRANSLATE_NOOP("Errors", "Upload failed: {message}")),
    (
        "*",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The service now uses this job's id for another job, so this job's state can no longer be refreshed. "
            "Answers already downloaded are kept.",
        ),
    ),
)

# -- words and phrases core puts inside its messages (hole values) --------------------------------
_FRAGMENTS: tuple[str, ...] = (
    # -- what a job whose submit was interrupted says (core/workflow.py) --
    QT_TRANSLATE_NOOP(
        "Fragments", "The upload did not finish, so no batch was created; you can submit the file again."
    ),
    QT_TRANSLATE_NOOP(
        "Fragments",
        "The app stopped before it asked for the batch, so no batch was created; you can submit the file again.",
    ),
    # an upload stopped by the user or the app closing (core/workflow.py _message)
    QT_TRANSLATE_NOOP("Fragments", "Stopped before it finished."),
    # column separators (the table reader's names)
    QT_TRANSLATE_NOOP("Fragments", "comma"),
    QT_TRANSLATE_NOOP("Fragments", "tab"),
    QT_TRANSLATE_NOOP("Fragments", "semicolon"),
    QT_TRANSLATE_NOOP("Fragments", "pipe (|)"),
    # a request's settings summary (core/request_doc.py)
    QT_TRANSLATE_NOOP("Fragments", "thinking on"),
    QT_TRANSLATE_NOOP("Fragments", "thinking off"),
    # where a region's data is kept (core/regions.py data_location)
    QT_TRANSLATE_NOOP("Fragments", "this computer"),
    # why an answer needs another try (core/outputs.py)
    QT_TRANSLATE_NOOP("Fragments", "The answer is empty."),
    QT_TRANSLATE_NOOP("Fragments", "The answer is not valid JSON."),
    QT_TRANSLATE_NOOP("Fragments", "The answer is JSON but not an object with the columns as keys."),
)
# Fragments with holes (translated like templates, used only inside other messages).
_FRAGMENT_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Fragments",
        "We cannot tell yet whether {region} made this batch. Don't submit the file again — it could run and "
        "be billed twice; the app checks every minute and shows the batch as soon as the service lists it.",
    ),
    QT_TRANSLATE_NOOP(
        "Fragments",
        "The service has no batch from this file {minutes} minutes after the submit, so it was not created and "
        "nothing is billed. You can submit the file again.",
    ),
    QT_TRANSLATE_NOOP("Fragments", 'The answer has no "{name}".'),
    QT_TRANSLATE_NOOP("Fragments", '"{name}" is not a number.'),
    QT_TRANSLATE_NOOP("Fragments", '"{name}" is not a number: {value}.'),
    QT_TRANSLATE_NOOP("Fragments", '"{name}" is not true or false: {value}.'),
    QT_TRANSLATE_NOOP("Fragments", '"{name}" is {value}, which is not one of the labels ({labels}).'),
    QT_TRANSLATE_NOOP("Fragments", '"{name}" is not a list of labels: {value}.'),
    QT_TRANSLATE_NOOP("Fragments", '"{name}" has {value}, which is not one of the labels ({labels}).'),
    # the estimate (core/estimate.py, core/pricing.py)
    QT_TRANSLATE_NOOP(
        "Fragments", "{count} request(s) are longer than the longest listed price tier ({tokens} input tokens)"
    ),
    QT_TRANSLATE_NOOP(
        "Fragments",
        "the upper end: thinking is not limited by max_tokens; set thinking_budget (and max_tokens) to bound it",
    ),
    QT_TRANSLATE_NOOP("Fragments", "the upper end: set max_tokens (the model's maximum output is not in our list)"),
    QT_TRANSLATE_NOOP("Fragments", "the upper end"),
    QT_TRANSLATE_NOOP(
        "Fragments",
        "The vendor's Japanese and Indonesian pages say the AI general-purpose savings plan can cover batch use; free "
        "quota, other savings plans and context cache do not apply to batch.",
    ),
)


def verdict_text(verdict: str) -> str:
    """What a job's answers add up to (``core/answers/verdict.py`` VERDICT_TEXT) in the window's language.

    Raises:
        ValueError: ``verdict`` is not a known verdict (a newer version's, read from the ledger).
    """
    from desktop_app.core.answers.verdict import VERDICT_TEXT, Verdict

    return text(VERDICT_TEXT[Verdict(verdict)])


# Holes whose value is itself English text to translate (a fragment, a region, or a whole message).
_TRANSLATED_HOLES = frozenset(
    {
        "script",
        "kind",
        "hint",
        "reason",
        "what",
        "region",
        "thinking",
        "first_thinking",
        "chosen",
        "message",
        "settings",
        "encoding",
        "alternative",
        "batch_ref",
        "said",
        "job_name",
    }
)
# Holes holding a "; "-separated list of sentences or fragments (each worded on its own).
_CLAUSE_LIST_HOLES = frozenset({"reasons"})
# Numbers that are positions, not amounts: never grouped ("line 1234", not "line 1,234").
_POSITION_HOLES = frozenset({"line", "first_line", "row", "first_row", "request", "position", "column"})


@dataclass(frozen=True)
class _Template:
    context: str
    source: str
    pattern: re.Pattern[str]
    weight: int  # literal characters: the more, the more specific (tried first)


def _compile(context: str, source: str) -> _Template:
    parts: list[str] = []
    seen: set[str] = set()
    weight = 0
    for literal, name, _spec, _conversion in string.Formatter().parse(source):
        parts.append(re.escape(literal))
        weight += len(literal)
        if name is None:
            continue
        if name in seen:
            parts.append(f"(?P={name})")
        else:
            seen.add(name)
            parts.append(f"(?P<{name}>.+?)")
    return _Template(context, source, re.compile("".join(parts), re.DOTALL), weight)


def _by_weight(templates: Iterable[_Template]) -> tuple[_Template, ...]:
    return tuple(sorted(templates, key=lambda t: -t.weight))


@functools.cache
def _tables() -> tuple[dict[str, tuple[_Template, ...]], tuple[_Template, ...]]:
    """Compiled templates: by error class, and all of them (most specific first)."""
    by_class: dict[str, list[_Template]] = {}
    for name, source in _ERROR_TEMPLATES:
        by_class.setdefault(name, []).append(_compile(ERRORS, source))
    everything = [t for group in by_class.values() for t in group]
    everything += [_compile(FRAGMENTS, source) for source in _FRAGMENT_TEMPLATES]
    # English of the catalogue that still reaches the matcher as text (Matched values, core_text callers)
    keyed = (_compile(w.context, w.english) for w in wording.CATALOGUE.values() if w.holes)
    everything += [t for t in keyed if t.weight > 3]  # not a bare "{sentences}": it would match anything
    return {k: _by_weight(v) for k, v in by_class.items()}, _by_weight(everything)


def warm_up() -> None:
    """Compile the templates now (call it from a worker): the first notice compiled 235 patterns on the UI thread."""
    _tables()


_FRAGMENT_SET = frozenset(_FRAGMENTS)
# the catalogue's words without holes (region names, reasons…), for English that still arrives as text
_WORDS = {w.english: w for w in wording.CATALOGUE.values() if not w.holes}
_cache: dict[tuple[object, ...], str] = {}
_CACHE_MAX = 4096


def clear_cache() -> None:
    """Forget translated messages (after the catalogs changed; tests that install translators)."""
    _cache.clear()


def _fragment(text: str) -> str | None:
    if text in _FRAGMENT_SET:
        return QCoreApplication.translate(FRAGMENTS, text)
    known = _WORDS.get(text)
    if known is not None:
        return QCoreApplication.translate(known.context, known.english)
    return None


def tr_fragment(text: str) -> str:
    """A word or phrase core uses inside messages (or a built-in region's name), translated; else as is."""
    translated = _fragment(text)
    return text if translated is None else translated


def settings_text(summary: str) -> str:
    """A request's settings summary (``temperature 0.3 · thinking off``) with its words translated."""
    return " · ".join(tr_fragment(part) for part in summary.split(" · ")) if summary else summary


def region_name(region: Region) -> str:
    """A region's name in the window's language (custom endpoints keep the user's name)."""
    return tr_fragment(region.name)


def region_label(region: Region) -> str:
    """A region's short name (for narrow columns) in the window's language."""
    return tr_fragment(region.label)


def severity_text(severity: Severity | str) -> str:
    """ "Error" or "Warning", translated."""
    if str(severity) == Severity.ERROR.value:
        return QCoreApplication.translate("Problems", "Error")
    return QCoreApplication.translate("Problems", "Warning")


def _hole_value(name: str, value: str, params: Mapping[str, object], depth: int) -> str:
    raw = params.get(name)
    if isinstance(raw, int) and not isinstance(raw, bool) and str(raw) == value.replace(",", ""):
        return str(raw) if name in _POSITION_HOLES else QLocale().toString(raw)
    if name in _CLAUSE_LIST_HOLES:
        return "; ".join(_translate(part, (), {}, depth + 1) for part in value.split("; "))
    if name in _TRANSLATED_HOLES:
        return _translate(value, (), {}, depth + 1)
    if name == "status" and not value.isdigit():  # a job status (an HTTP status stays a number)
        from desktop_app.ui.jobs_model import status_label  # jobs_model imports this module

        return status_label("" if value == "unknown" else value)
    return value


def _translate(message: str, preferred: Iterable[_Template], params: Mapping[str, object], depth: int = 0) -> str:
    if depth > 3 or not message:
        return message
    fragment = _fragment(message)
    if fragment is not None:
        return fragment
    for template in (*preferred, *_tables()[1]):
        match = template.pattern.fullmatch(message)
        if match is None:
            continue
        values = {name: _hole_value(name, value, params, depth) for name, value in match.groupdict().items()}
        translated = QCoreApplication.translate(template.context, template.source)
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            log.warning("Broken translation of %r: %r", template.source, translated)
            return message
    return message


def _cached(key: tuple[object, ...], make: Callable[[], str]) -> str:
    text = _cache.get(key)
    if text is None:
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        text = _cache[key] = make()
    return text


def _number(name: str, value: int | float) -> str:
    if name in wording.POSITIONS or isinstance(value, bool):
        return str(value)
    return QLocale().toString(value)


def _status(value: str) -> str:
    from desktop_app.ui.jobs_model import status_label  # jobs_model imports this module

    return status_label("" if value == "unknown" else value)


def text(value: wording.Text | wording.Wording | wording.Param) -> str:
    """A catalogue text (core's key and values, or a hole value such as a list of words) in the window's
    language: no parsing, no regex."""
    return redact(wording.render(value, QCoreApplication.translate, _number, status=_status, matched=core_text))


def problem_text(problem: Problem) -> str:
    """A validation or build problem in the window's language (core always keys them; a problem without
    its key — made by hand — is worded like any English core wrote)."""
    if problem.text is not None:
        return text(problem.text)
    return core_text(problem.message)


def error_text(exc: BaseException) -> str:
    """A typed error's message (or any exception's text) in the window's language."""
    keyed = getattr(exc, "text", None)
    if isinstance(keyed, wording.Text):
        return text(keyed)
    message = str(getattr(exc, "user_message", "") or exc)
    by_class = _tables()[0]
    preferred = [t for cls in type(exc).__mro__ for t in by_class.get(cls.__name__, ())]
    return _cached(("error", type(exc).__name__, message), lambda: _translate(message, preferred, {}))


def core_text(message: str) -> str:
    """Any English sentence core wrote (a problem, an error, a fragment), translated when known."""
    return _cached(("text", message), lambda: _translate(message, (), {}))


def known_templates() -> list[tuple[str, str]]:
    """Every ``(context, English template)`` this module words (for tests and the catalog script)."""
    out = [(ERRORS, s) for _, s in _ERROR_TEMPLATES]
    out += [(FRAGMENTS, s) for s in (*_FRAGMENTS, *_FRAGMENT_TEMPLATES)]
    out += [(w.context, w.english) for w in wording.CATALOGUE.values()]
    return out


# Translations used in code above without a literal (lupdate needs to see them once).
_EXTRA = (
    QT_TRANSLATE_NOOP("Problems", "Error"),
    QT_TRANSLATE_NOOP("Problems", "Warning"),
)
