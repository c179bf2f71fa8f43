"""Core's problems and errors, worded in the window's language.

Core is Qt-free: a validation problem carries a stable ``code``, its ``params`` and an English
``message``; a typed error carries an English ``user_message``. The UI words them here.

Each English message shape core writes has a translatable template below, spelled exactly like
core's English with ``{named}`` holes (``{{``/``}}`` are literal braces). A message is matched
against the templates (those of its problem code or error class first), the holes' values are taken
from the match, and the translated template is filled with them:

* numbers that are also in the problem's ``params`` are re-formatted for the locale (grouping);
* holes that hold English words themselves (a region's name, "a list", a network reason…) are
  translated too — exact fragments, or recursively through the templates;
* a message no template matches is shown as core wrote it (English), never lost.

``tests/test_i18n.py`` runs the validator, the builder and the error classes over a corpus of broken
input and fails when one of their messages is not matched here (core's wording drifted).
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

# -- problems (validator, request builder, request editor) ----------------------------------------
# (problem code, template). Several templates per code when core words one code in several ways.
_PROBLEM_TEMPLATES: tuple[tuple[str, str], ...] = (
    (
        "empty_file",
        QT_TRANSLATE_NOOP(
            "Problems",
            "The table has no data rows (only a header, or only empty rows): there is nothing to send.",
        ),
    ),
    (
        "test_model_limit",
        QT_TRANSLATE_NOOP(
            "Problems",
            "The first request alone is larger than {max_mb} MB, the test model's file limit (embedded images "
            "are usually the reason). Try the rehearsal with smaller images or web addresses.",
        ),
    ),
    # -- the request builder (spreadsheet rows) --
    (
        "blank_id",
        QT_TRANSLATE_NOOP(
            "Problems",
            'Row {row}: the id (column "{column}") is blank. Fill it in, or let the app number the rows.',
        ),
    ),
    (
        "duplicate_id",
        QT_TRANSLATE_NOOP(
            "Problems",
            'Row {row}: the id "{id}" is already used on row {first_row}. Every request needs its own id — '
            "change one of them, or let the app number the rows.",
        ),
    ),
    (
        "empty_prompt",
        QT_TRANSLATE_NOOP(
            "Problems", "Row {row}: the prompt is empty. Fill in the cells the template uses, or delete the row."
        ),
    ),
    (
        "empty_prompt",
        QT_TRANSLATE_NOOP("Problems", "Line {line}: the prompt is empty. Write the prompt, or delete the row."),
    ),
    (
        "blank_cell",
        QT_TRANSLATE_NOOP("Problems", 'Row {row}: the column "{column}" is blank, so the prompt has a gap there.'),
    ),
    (
        "garbled_text",
        QT_TRANSLATE_NOOP(
            "Problems",
            "Row {row}: the text holds \ufffd marks where characters could not be read, so this request would "
            "send garbled text. Check the row, or choose another encoding for the file.",
        ),
    ),
    (
        "foreign_encoding",
        QT_TRANSLATE_NOOP(
            "Problems",
            "Row {row} is not UTF-8 like the rest of the file; it was read as {encoding}. Check that its text "
            "reads right, or save the file again as UTF-8.",
        ),
    ),
    (
        "mojibake_text",
        QT_TRANSLATE_NOOP(
            "Problems",
            'Row {row}: the text holds "{sample}", which is how UTF-8 text looks when read in a Western '
            "encoding. Check the row, or choose another encoding for the file.",
        ),
    ),
    (
        "unlikely_script",
        QT_TRANSLATE_NOOP(
            "Problems",
            "Row {row} is written mostly in {script}, which the rest of the file does not use; it may have been "
            "read in the wrong encoding. Check the row.",
        ),
    ),
    (
        "ragged_row",
        QT_TRANSLATE_NOOP(
            "Problems",
            "Row {row} has {cells} cells but the table has {columns} columns; the extra cells ({extra}) are "
            "ignored. Check that row for a missing or extra separator.",
        ),
    ),
    (
        "ragged_row",
        QT_TRANSLATE_NOOP(
            "Problems",
            "Row {row} has only {cells} of {columns} cells; the missing cells are treated as empty. Check that "
            "row for a missing or extra separator.",
        ),
    ),
    (
        "image_blank",
        QT_TRANSLATE_NOOP("Problems", "Row {row}: the image cell is blank; this request is sent as text only."),
    ),
    (
        "text_replaced",
        QT_TRANSLATE_NOOP(
            "Problems",
            "Row {row} holds broken characters (unpaired surrogates) that cannot be written as UTF-8; they "
            'were replaced with "?". Check that row\'s text.',
        ),
    ),
    ("*", QT_TRANSLATE_NOOP("Problems", "Row {row}: {message}")),
    ("*", QT_TRANSLATE_NOOP("Problems", "In the system prompt: {message}")),
    (
        "template_empty",
        QT_TRANSLATE_NOOP("Problems", "The prompt template is empty. Write the prompt, e.g. Translate {{text}}."),
    ),
    (
        "unknown_placeholder",
        QT_TRANSLATE_NOOP(
            "Problems",
            "The template uses {names}, but the table has no such column. {hints} Columns: {columns}. Write a "
            "column name between braces exactly as in the header; use {{{{ and }}}} for literal braces.",
        ),
    ),
    (
        "unknown_placeholder",
        QT_TRANSLATE_NOOP(
            "Problems",
            "The template uses {names}, but the table has no such column. Columns: {columns}. Write a column "
            "name between braces exactly as in the header; use {{{{ and }}}} for literal braces.",
        ),
    ),
    (
        "template_syntax",
        QT_TRANSLATE_NOOP(
            "Problems",
            'The template has a "{{" at character {position} that is never closed. Close it with "}}" or write '
            '"{{{{" for a literal brace.',
        ),
    ),
    (
        "template_syntax",
        QT_TRANSLATE_NOOP(
            "Problems",
            'The template has empty braces "{{}}" at character {position}. Put a column name inside, like '
            '{{text}}, or write "{{{{}}}}" for literal braces.',
        ),
    ),
    (
        "template_syntax",
        QT_TRANSLATE_NOOP(
            "Problems",
            'The template has a "}}" at character {position} without a matching "{{". Write "}}}}" for a '
            "literal brace.",
        ),
    ),
    (
        "id_column_missing",
        QT_TRANSLATE_NOOP("Problems", 'The id column "{column}" is not in the table. Choose one of: {columns}.'),
    ),
    (
        "image_column_missing",
        QT_TRANSLATE_NOOP("Problems", 'The image column "{column}" is not in the table. Choose one of: {columns}.'),
    ),
    (
        "id_column_missing",
        QT_TRANSLATE_NOOP("Problems", 'The id column "{column}" is not in the table. Columns: {columns}.'),
    ),
    (
        "image_column_missing",
        QT_TRANSLATE_NOOP("Problems", 'The image column "{column}" is not in the table. Columns: {columns}.'),
    ),
    (
        "model_missing",
        QT_TRANSLATE_NOOP("Problems", 'No model is chosen. Pick one, for example "qwen-plus".'),
    ),
    (
        "url_model",
        QT_TRANSLATE_NOOP(
            "Problems",
            'The model "{model}" needs the {kind} kind of request, but {chosen} is chosen. Change the request '
            "kind or the model.",
        ),
    ),
    (
        "model_region",
        QT_TRANSLATE_NOOP(
            "Problems",
            'The model "{model}" is not in the documented batch models of {region}. It may not work there — '
            "check the model name and the region.",
        ),
    ),
    (
        "temperature",
        QT_TRANSLATE_NOOP(
            "Problems", "Temperature is {value}; it must be a number from 0 up to (but not including) 2."
        ),
    ),
    ("top_p", QT_TRANSLATE_NOOP("Problems", "top_p is {value}; it must be from 0 to 1.")),
    ("max_tokens", QT_TRANSLATE_NOOP("Problems", "max_tokens is {value}; it must be at least 1.")),
    ("dimensions", QT_TRANSLATE_NOOP("Problems", "dimensions is {value}; it must be at least 1.")),
    (
        "unused_setting",
        QT_TRANSLATE_NOOP("Problems", "Embedding requests do not use: {settings}. They are left out."),
    ),
    (
        "unused_setting",
        QT_TRANSLATE_NOOP("Problems", "dimensions only applies to embedding requests; it is left out."),
    ),
    (
        "image_model",
        QT_TRANSLATE_NOOP(
            "Problems", 'Images need a vision model such as "qwen-vl-plus"; "{model}" may not read them.'
        ),
    ),
    # -- output columns and embeddings (issue 12) --
    (
        "output_name_empty",
        QT_TRANSLATE_NOOP("Problems", "An output column has no name. Give it one, e.g. sentiment."),
    ),
    ("output_name_repeated", QT_TRANSLATE_NOOP("Problems", 'The output column "{name}" is listed twice.')),
    (
        "output_labels",
        QT_TRANSLATE_NOOP(
            "Problems",
            'The output column "{name}" picks from a list of labels, but the list has fewer than two. Write the '
            "labels separated by commas, e.g. positive, negative, neutral.",
        ),
    ),
    ("output_labels_many", QT_TRANSLATE_NOOP("Problems", 'The output column "{name}" has more than {count} labels.')),
    ("outputs_too_many", QT_TRANSLATE_NOOP("Problems", "At most {count} output columns can be asked for.")),
    (
        "json_mode_off",
        QT_TRANSLATE_NOOP(
            "Problems",
            '"{model}" is not known to support JSON mode: the answers are asked for as JSON by the instruction '
            "alone, so a few may need another try.",
        ),
    ),
    (
        "json_mode_off",
        QT_TRANSLATE_NOOP(
            "Problems",
            "JSON mode cannot be used with thinking on: the answers are asked for as JSON by the instruction "
            "alone, so a few may need another try.",
        ),
    ),
    (
        "dimensions",
        QT_TRANSLATE_NOOP("Problems", "{model} makes vectors of {sizes} numbers; {value} is not one of them."),
    ),
    (
        "embedding_too_long",
        QT_TRANSLATE_NOOP(
            "Problems",
            "Row {row}'s text is about {tokens} tokens; an embedding input may be at most {limit} tokens, so the "
            "service may refuse or cut it. Split the text.",
        ),
    ),
    # -- an image cell (problems "image_*", and ImageError) --
    (
        "image_too_large",
        QT_TRANSLATE_NOOP(
            "Problems",
            'The image "{name}" is {size_mb} MB; an image embedded in a batch request may be at most {max_mb} '
            "MB (a request line may be at most {line_mb} MB and images grow by a third when embedded). Make it "
            "smaller, or put it online and use its web address.",
        ),
    ),
    ("image_missing", QT_TRANSLATE_NOOP("Problems", 'The image "{name}" cannot be read: {reason}.')),
    (
        "image_missing",
        QT_TRANSLATE_NOOP(
            "Problems",
            'The image "{name}" was not found (looked in {folder}). Check the file name, or use a full path or '
            "a web address (https://...).",
        ),
    ),
    ("image_missing", QT_TRANSLATE_NOOP("Problems", '"{name}" is a folder, not an image file.')),
    (
        "image_type",
        QT_TRANSLATE_NOOP(
            "Problems", '"{name}" is not a picture the model can read (JPEG, PNG, GIF, BMP, TIFF or WEBP).'
        ),
    ),
    (
        "line_too_large",
        QT_TRANSLATE_NOOP(
            "Problems",
            "Row {row} makes a request of {size_mb} MB; one request may be at most {max_mb} MB. Shorten its text "
            "(or use smaller images or web addresses).",
        ),
    ),
    # -- splitting a file into parts --
    (
        "line_too_large",
        QT_TRANSLATE_NOOP(
            "Problems",
            "Line {line} alone is {size_mb} MB, more than a part may hold ({max_mb} MB). Shorten that request.",
        ),
    ),
)

# -- errors (core/errors.py, the table reader, the ledger, the app's own checks) -------------------
# (error class name, template); "*" for messages any class may carry.
_ERROR_TEMPLATES: tuple[tuple[str, str], ...] = (
    # -- the job list (core/ledger.py) --
    # -- submits, downloads and re-runs (core/workflow.py, core/reconcile.py) --
    (
        "ResultsUnavailable",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The answers of this job have not been downloaded yet. They are fetched automatically when it finishes.",
        ),
    ),
    ("*", QT_TRANSLATE_NOOP("Errors", "No job belongs to this group.")),
    # -- what may be done with a job (services/job_actions.py REASONS) --
    # -- "Submit again" (services/resubmit.py) --
    # -- the app's own checks (controller, editor, workflow) --
    ("*", QT_TRANSLATE_NOOP("Errors", "The base URL must start with http:// or https:// and name a host.")),
    ("*", QT_TRANSLATE_NOOP("Errors", "No API key for {region}.")),
    ("*", QT_TRANSLATE_NOOP("Errors", "{region} has no address yet (is the sandbox running?)")),
    # -- where API keys live (core/secrets.py) --
    (
        "*",
        QT_TRANSLATE_NOOP(
            "Errors",
            "No system keychain is available on this computer, so keys are kept only until the app closes; you "
            "will need to paste them again next time.",
        ),
    ),
    (
        "*",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The system keychain is locked. Unlock it (or log in again) so keys can be saved; until then they "
            "are kept only until the app closes.",
        ),
    ),
    (
        "*",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The system keychain reported a problem, so keys are kept only until the app closes. Restarting the "
            "computer or unlocking the keychain usually helps.",
        ),
    ),
    ("*", QT_TRANSLATE_NOOP("Errors", "Saved in the system keychain.")),
    # -- why the table reader chose an encoding (EncodingGuess.reason) --
    ("*", QT_TRANSLATE_NOOP("Errors", "The file starts with a UTF-8 byte-order mark.")),
    ("*", QT_TRANSLATE_NOOP("Errors", "The file starts with a UTF-32 byte-order mark.")),
    ("*", QT_TRANSLATE_NOOP("Errors", "The file starts with a UTF-16 byte-order mark.")),
    ("*", QT_TRANSLATE_NOOP("Errors", "The file looks like UTF-16 text without a byte-order mark.")),
    ("*", QT_TRANSLATE_NOOP("Errors", "The text is plain ASCII, which reads the same in UTF-8.")),
    ("*", QT_TRANSLATE_NOOP("Errors", "Every byte is valid UTF-8.")),
    ("*", QT_TRANSLATE_NOOP("Errors", "The text is not UTF-8; it reads best as {encoding} ({confidence} sure).")),
    (
        "*",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The text is not UTF-8; {encoding} is the first encoding that reads it. Check the preview and choose "
            "another encoding if the text looks wrong.",
        ),
    ),
    (
        "*",
        QT_TRANSLATE_NOOP(
            "Errors", "Most lines are UTF-8; each other line is read in the encoding that fits it, and its row says so."
        ),
    ),
    # -- answers and ids that do not belong (issue 10: core/reconcile.py, core/workflow.py) --
    (
        "*",
        QT_TRANSLATE_NOOP(
            "Errors", "{count} extra answer(s) for requests this job never sent; they are not counted or shown."
        ),
    ),
    (
        "*",
        QT_TRANSLATE_NOOP(
            "Errors", "{count} request(s) were answered more than once; the first answer of each is kept."
        ),
    ),
    (
        "*",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The service now uses this job's id for another job, so this job's state can no longer be refreshed. "
            "Answers already downloaded are kept.",
        ),
    ),
    (
        "*",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The text is not UTF-8; it reads as {encoding} (it could also be read as {alternative}, but its "
            "characters fit the first better). Check the preview and choose another encoding if the text looks "
            "wrong.",
        ),
    ),
    ("*", QT_TRANSLATE_NOOP("Errors", "Chosen by you.")),
    (
        "*",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Kept in memory for this session only; you will need to enter it again after a restart.",
        ),
    ),
    # notices about one job of a refresh (core/jobs.py): they always name the job
    (
        "JobNotice",
        QT_TRANSLATE_NOOP(
            "Errors",
            'The job "{name}" is no longer on the server (jobs are kept 30 days). Answers already downloaded '
            "stay here.",
        ),
    ),
    ("JobNotice", QT_TRANSLATE_NOOP("Errors", 'Job "{name}": {message}')),
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
    # column separators (the table reader's names)
    QT_TRANSLATE_NOOP("Fragments", "comma"),
    QT_TRANSLATE_NOOP("Fragments", "tab"),
    QT_TRANSLATE_NOOP("Fragments", "semicolon"),
    QT_TRANSLATE_NOOP("Fragments", "pipe (|)"),
    # a request's settings summary (core/request_doc.py)
    QT_TRANSLATE_NOOP("Fragments", "thinking on"),
    QT_TRANSLATE_NOOP("Fragments", "thinking off"),
    # where keys live
    QT_TRANSLATE_NOOP("Fragments", "memory only (this session)"),
    QT_TRANSLATE_NOOP("Fragments", "this session only (no system keychain found)"),
    QT_TRANSLATE_NOOP("Fragments", "Windows Credential Manager"),
    QT_TRANSLATE_NOOP("Fragments", "macOS Keychain"),
    QT_TRANSLATE_NOOP("Fragments", "Secret Service (GNOME Keyring / KWallet)"),
    QT_TRANSLATE_NOOP("Fragments", "KDE Wallet"),
    QT_TRANSLATE_NOOP("Fragments", "this computer"),
    # why an answer needs another try (core/outputs.py)
    QT_TRANSLATE_NOOP("Fragments", "The answer is empty."),
    QT_TRANSLATE_NOOP("Fragments", "The answer is not valid JSON."),
    QT_TRANSLATE_NOOP("Fragments", "The answer is JSON but not an object with the columns as keys."),
    QT_TRANSLATE_NOOP("Fragments", "not needed: answers are simulated on this computer"),
)
# Fragments with holes (translated like templates, used only inside other messages).
_FRAGMENT_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Fragments", 'did you mean "{name}"?'),
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
    QT_TRANSLATE_NOOP("Fragments", "no price is known for {model} in {region}"),
    QT_TRANSLATE_NOOP(
        "Fragments", "{count} request(s) are longer than the longest listed price tier ({tokens} input tokens)"
    ),
    QT_TRANSLATE_NOOP("Fragments", "the price of thinking output is not listed"),
    QT_TRANSLATE_NOOP("Fragments", "the variants are priced in different currencies ({currencies})"),
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
    # why a job's requests are not here (core/reconcile.py ResultsView.input_problem)
    QT_TRANSLATE_NOOP(
        "Fragments",
        "The input file {path} is not there any more, so answers are listed without their requests and "
        "missing requests cannot be found. Put the file back to see them.",
    ),
    QT_TRANSLATE_NOOP(
        "Fragments", "The original table {path} could not be read ({detail}); answers are shown without its columns."
    ),
)


# -- what the downloaded answers add up to (core/reconcile.py VERDICT_TEXT, by verdict value) ------
_VERDICTS: dict[str, str] = {
    "not_finished": QT_TRANSLATE_NOOP("Verdicts", "Still running."),
    "complete": QT_TRANSLATE_NOOP("Verdicts", "Every request has an answer."),
    "complete_with_failures": QT_TRANSLATE_NOOP(
        "Verdicts", "Every request was answered, but some failed; you can re-run the failed ones."
    ),
    "incomplete": QT_TRANSLATE_NOOP(
        "Verdicts",
        "The service says this job completed, but answers are missing for some requests. It is not done: "
        "re-run the missing ones.",
    ),
    "partial": QT_TRANSLATE_NOOP(
        "Verdicts",
        "The job ended early (expired or cancelled). Answers already given are kept (and billed); the "
        "rest never ran — re-run them.",
    ),
    "no_answers": QT_TRANSLATE_NOOP("Verdicts", "The job ended before any request was answered; nothing was billed."),
    "failed": QT_TRANSLATE_NOOP("Verdicts", "The job failed as a whole (see its errors); nothing was run or billed."),
}


def verdict_text(verdict: str) -> str:
    """core.reconcile.VERDICT_TEXT[verdict] in the window's language (core's English if it changed)."""
    from desktop_app.core.reconcile import VERDICT_TEXT, Verdict

    english = VERDICT_TEXT[Verdict(verdict)]
    key = Verdict(verdict).value
    if _VERDICTS.get(key) == english:
        return QCoreApplication.translate("Verdicts", english)
    return english


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
# Holes holding a comma-separated list of fragments.
_LIST_HOLES = frozenset({"settings"})
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
def _tables() -> tuple[dict[str, tuple[_Template, ...]], dict[str, tuple[_Template, ...]], tuple[_Template, ...]]:
    """Compiled templates: by problem code, by error class, and all of them (most specific first)."""
    by_code: dict[str, list[_Template]] = {}
    by_class: dict[str, list[_Template]] = {}
    for code, source in _PROBLEM_TEMPLATES:
        by_code.setdefault(code, []).append(_compile(PROBLEMS, source))
    for name, source in _ERROR_TEMPLATES:
        by_class.setdefault(name, []).append(_compile(ERRORS, source))
    everything = [t for group in (*by_code.values(), *by_class.values()) for t in group]
    everything += [_compile(FRAGMENTS, source) for source in _FRAGMENT_TEMPLATES]
    # English of the catalogue that still reaches the matcher as text (Matched values, core_text callers)
    keyed = (_compile(w.context, w.english) for w in wording.CATALOGUE.values() if w.holes)
    everything += [t for t in keyed if t.weight > 3]  # not a bare "{sentences}": it would match anything
    return (
        {k: _by_weight(v) for k, v in by_code.items()},
        {k: _by_weight(v) for k, v in by_class.items()},
        _by_weight(everything),
    )


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
    if name == "hints":
        return " ".join(_translate(part, (), {}, depth + 1) for part in re.findall(r'did you mean ".*?"\?', value))
    if name in _LIST_HOLES:
        # the separator between the items of a list inside a message (CJK writes "、")
        separator = QCoreApplication.translate("Fragments", ", ", "list separator")
        return separator.join(tr_fragment(item) for item in value.split(", "))
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
    for template in (*preferred, *_tables()[2]):
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


def text(value: wording.Text | wording.Wording) -> str:
    """A catalogue text (core's key and values) in the window's language: no parsing, no regex."""
    return redact(wording.render(value, QCoreApplication.translate, _number, status=_status, matched=core_text))


def problem_text(problem: Problem) -> str:
    """A validation or build problem in the window's language (core's English when not known here)."""
    if problem.text is not None:
        return text(problem.text)
    numbers = tuple(sorted((k, v) for k, v in problem.params.items() if isinstance(v, int)))
    return _cached(
        ("problem", problem.code, problem.message, numbers),
        lambda: _translate(problem.message, _tables()[0].get(problem.code, ()), problem.params),
    )


def error_text(exc: BaseException) -> str:
    """A typed error's message (or any exception's text) in the window's language."""
    keyed = getattr(exc, "text", None)
    if isinstance(keyed, wording.Text):
        return text(keyed)
    message = str(getattr(exc, "user_message", "") or exc)
    by_class = _tables()[1]
    preferred = [t for cls in type(exc).__mro__ for t in by_class.get(cls.__name__, ())]
    return _cached(("error", type(exc).__name__, message), lambda: _translate(message, preferred, {}))


def core_text(message: str) -> str:
    """Any English sentence core wrote (a problem, an error, a fragment), translated when known."""
    return _cached(("text", message), lambda: _translate(message, (), {}))


def known_templates() -> list[tuple[str, str]]:
    """Every ``(context, English template)`` this module words (for tests and the catalog script)."""
    out = [(PROBLEMS, s) for _, s in _PROBLEM_TEMPLATES] + [(ERRORS, s) for _, s in _ERROR_TEMPLATES]
    out += [(FRAGMENTS, s) for s in (*_FRAGMENTS, *_FRAGMENT_TEMPLATES)]
    out += [("Verdicts", s) for s in _VERDICTS.values()]
    out += [(w.context, w.english) for w in wording.CATALOGUE.values()]
    return out


# Translations used in code above without a literal (lupdate needs to see them once).
_EXTRA = (
    QT_TRANSLATE_NOOP("Problems", "Error"),
    QT_TRANSLATE_NOOP("Problems", "Warning"),
)
