"""One catalogue of the words core shows to a person: every message template once, keyed.

Core raises a :class:`~desktop_app.core.error_base.BatchDeskError` (or reports a validation
:class:`~desktop_app.core.validate.Problem`) with a :class:`Text` — a :class:`Wording` of this module
plus the values for its ``{holes}``. Nobody parses English back:

* the CLI and the log print :func:`english` (the template filled with the values as they are);
* the window calls :func:`render` with Qt's ``translate`` and the locale's number format
  (``desktop_app/ui/messages.py``), looking the template up by its context and English source.

Every template is written as ``QT_TRANSLATE_NOOP("<context>", "<English>")``: ``pyside6-lupdate``
extracts calls of a function with that name from Python sources, so the strings land in
``resources/translations/*.ts`` under the same context (and keep the translations they had when the
window's matcher held them). The function here is Qt-free and returns ``(context, english)``.

Hole values (:data:`Param`) are the user's or the server's own data (``str``, shown as is), numbers
(``int``/``float``, grouped per locale except positions such as ``{line}``), a nested :class:`Text`
or :class:`Wording` (English words of the app, translated recursively), a :class:`Status`
(a job's status, worded by the window), or :class:`Matched` (English still worded by the window's
old matcher until its source module is converted).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Union

ERRORS = "Errors"
PROBLEMS = "Problems"
FRAGMENTS = "Fragments"
REGIONS = "Regions"


def QT_TRANSLATE_NOOP(context: str, source: str) -> tuple[str, str]:
    """Mark ``source`` for extraction into ``context`` (returns both, unchanged)."""
    return context, source


@dataclass(frozen=True)
class Wording:
    """One catalogue entry: a stable ``key``, the translation context and the English template."""

    key: str
    context: str
    english: str

    def __call__(self, **params: Param) -> Text:
        """This wording with values for its holes."""
        return Text(self, params)

    @property
    def holes(self) -> frozenset[str]:
        """The ``{names}`` of the template."""
        return frozenset(name for _, name, _, _ in string.Formatter().parse(self.english) if name)


@dataclass(frozen=True)
class Text:
    """A wording with its values: what core hands up instead of an English sentence."""

    wording: Wording
    params: Mapping[str, Param] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.wording.key

    def __str__(self) -> str:
        return english(self)


class Status(str):
    """A job's status value (``completed``, ``create_unknown``…) inside a message; the window words it."""

    __slots__ = ()


class Matched(str):
    """English of a module not converted yet; the window still words it with its matcher."""

    __slots__ = ()


@dataclass(frozen=True)
class Clauses:
    """Several values joined by ``sep`` (reasons listed in one hole; sentences one after the other)."""

    items: tuple[Param, ...]
    sep: str | Wording = "; "  # a Wording: the language's own separator (see :func:`listing`)


Param = Union[str, int, float, Wording, Text, Clauses]  # noqa: UP007 - a runtime alias

# Numbers that are positions, not amounts: never grouped ("line 1234", not "line 1,234").
POSITIONS = frozenset({"line", "first_line", "row", "first_row", "request", "position", "column", "status", "days"})

CATALOGUE: dict[str, Wording] = {}


def _w(key: str, marked: tuple[str, str]) -> Wording:
    if key in CATALOGUE:
        raise ValueError(f"wording key used twice: {key}")
    wording = CATALOGUE[key] = Wording(key, *marked)
    return wording


Translate = Callable[[str, str], str]
Number = Callable[[str, "int | float"], str]


def _english_number(name: str, value: int | float) -> str:
    if isinstance(value, bool) or name in POSITIONS:
        return str(value)
    return f"{value:,}"


def render(
    text: Text | Wording | Param,
    translate: Translate | None = None,
    number: Number | None = None,
    *,
    status: Callable[[str], str] | None = None,
    matched: Callable[[str], str] | None = None,
    name: str = "",
    depth: int = 0,
) -> str:
    """``text`` filled in: translated by ``translate(context, english)`` and numbers by ``number``.

    Without the callables this is the English the CLI prints. A translation that lost a hole (or
    added one) falls back to the English template, never to an exception.
    """
    number = number or _english_number
    if isinstance(text, Wording):
        text = Text(text)
    if isinstance(text, Text):
        if depth > 6:
            return text.wording.english
        values = {
            hole: render(value, translate, number, status=status, matched=matched, name=hole, depth=depth + 1)
            for hole, value in text.params.items()
        }
        template = translate(text.wording.context, text.wording.english) if translate else text.wording.english
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return text.wording.english.format(**values)
    if isinstance(text, Clauses):
        sep = text.sep if isinstance(text.sep, str) else render(text.sep, translate, number, depth=depth + 1)
        return sep.join(
            render(item, translate, number, status=status, matched=matched, name=name, depth=depth + 1)
            for item in text.items
        )
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return number(name, text)
    if isinstance(text, Status):
        return status(str(text)) if status else str(text)
    if isinstance(text, Matched):
        return matched(str(text)) if matched else str(text)
    return str(text)


def english(text: Text | Wording | Param) -> str:
    """The English message (CLI, log, ``str(error)``)."""
    return render(text)


def clauses(items: Sequence[Param]) -> Clauses:
    """Several values shown as one ``"; "``-separated list."""
    return Clauses(tuple(items))


# -- region names (core/regions.py) ---------------------------------------------------------------
REGION_NAMES: dict[str, Wording] = {
    w.english: w
    for w in (
        _w("region.intl", QT_TRANSLATE_NOOP("Regions", "International (Singapore)")),
        _w("region.cn", QT_TRANSLATE_NOOP("Regions", "Mainland China (Beijing)")),
        _w("region.sandbox", QT_TRANSLATE_NOOP("Regions", "Sandbox (simulated, offline)")),
        _w("region.intl_short", QT_TRANSLATE_NOOP("Regions", "Singapore")),
        _w("region.cn_short", QT_TRANSLATE_NOOP("Regions", "Beijing")),
        _w("region.sandbox_short", QT_TRANSLATE_NOOP("Regions", "Sandbox")),
    )
}


def region(name: str) -> Param:
    """A region's name as a hole value: a built-in region's name is worded, a custom one is the user's."""
    return REGION_NAMES.get(name, name)


# -- errors: the service and the network (core/errors.py, core/service.py) ------------------------
AUTH_REFUSED = _w(
    "error.auth_refused",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The key was refused by {region}. Each region has its own key — a Singapore key does not work in "
        "Beijing; check you chose the right region, then paste the key for that region again (API keys "
        "settings).",
    ),
)
PERMISSION_DENIED_SAID = _w(
    "error.permission_denied_said",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{region} accepted the key but does not allow this action for its account. The server said: "
        "{said}. Check that Model Studio (and batch inference) is enabled for the account and that the "
        "key's workspace has access, or ask the account owner.",
    ),
)
PERMISSION_DENIED = _w(
    "error.permission_denied",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{region} accepted the key but does not allow this action for its account. Check that Model Studio "
        "(and batch inference) is enabled for the account and that the key's workspace has access, or ask "
        "the account owner.",
    ),
)
NOT_FOUND = _w(
    "error.not_found",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{what} was not found on {region}. Batches can only be looked up for {days} days after they were "
        "created; it may also belong to another region or have been deleted.",
    ),
)
BAD_REQUEST = _w(
    "error.bad_request",
    QT_TRANSLATE_NOOP("Errors", "{region} rejected the request: {said}. Fix the problem it names, then try again."),
)
RATE_LIMITED_SAID = _w(
    "error.rate_limited_said",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{region} is busy or the account sent too many requests (rate limit). The server said: {said}. "
        "Wait a minute and try again.",
    ),
)
RATE_LIMITED = _w(
    "error.rate_limited",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{region} is busy or the account sent too many requests (rate limit). Wait a minute and try again.",
    ),
)
SERVER_ERROR_STATUS = _w(
    "error.server_error_status",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{region} had an internal problem (HTTP {status}). This is usually temporary: try again in a few minutes.",
    ),
)
SERVER_ERROR = _w(
    "error.server_error",
    QT_TRANSLATE_NOOP(
        "Errors", "{region} had an internal problem. This is usually temporary: try again in a few minutes."
    ),
)
NETWORK = _w(
    "error.network",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not reach {region}: {reason}. Check the internet connection (and any proxy or VPN), then try again.",
    ),
)
UNEXPECTED_RESPONSE = _w(
    "error.unexpected_response",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The server for {region} answered in an unexpected way: {what}. Check that the base URL points at "
        "an OpenAI-compatible Batch API (it usually ends in /v1).",
    ),
)
AMBIGUOUS_CREATE = _w(
    "error.ambiguous_create",
    QT_TRANSLATE_NOOP(
        "Errors",
        "We cannot tell yet whether {region} made this batch: {reason}. Don't submit the file again — it "
        "could run and be billed twice; the app checks every minute and shows the batch as soon as the "
        "service lists it.",
    ),
)
SOMETHING_WRONG = _w(
    "error.something_wrong",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Something went wrong while talking to {region}: {kind}. Try again; if it keeps happening, send the "
        "log file to support.",
    ),
)

# what could not be found (NotFound's {what})
THE_ITEM = _w("what.item", QT_TRANSLATE_NOOP("Fragments", "The item"))
THE_BATCH_LIST = _w("what.batch_list", QT_TRANSLATE_NOOP("Fragments", "The batch list"))
FILE_ID = _w("what.file", QT_TRANSLATE_NOOP("Fragments", "File {file_id}"))
BATCH_ID = _w("what.batch", QT_TRANSLATE_NOOP("Fragments", "Batch {batch_id}"))
UPLOAD_ADDRESS = _w("what.upload_address", QT_TRANSLATE_NOOP("Fragments", "The upload address of {region}"))
# what the server said (BadRequest's {said} when it said nothing)
NO_REASON = _w("said.none", QT_TRANSLATE_NOOP("Fragments", "no reason given"))
# why the network failed (NetworkError's {reason})
NET_FAILED = _w("net.failed", QT_TRANSLATE_NOOP("Fragments", "the connection failed"))
NET_TIMEOUT = _w("net.timeout", QT_TRANSLATE_NOOP("Fragments", "the server did not answer in time"))
NET_REFUSED = _w(
    "net.refused",
    QT_TRANSLATE_NOOP("Fragments", "the connection was refused (is the server running and the address right?)"),
)
NET_NO_NAME = _w(
    "net.no_name", QT_TRANSLATE_NOOP("Fragments", "the server name could not be found (is the address right?)")
)
NET_NO_CONNECTION = _w(
    "net.no_connection",
    QT_TRANSLATE_NOOP("Fragments", "no connection could be made (is the address right, and is the server up?)"),
)
NET_CUT_OFF = _w(
    "net.cut_off", QT_TRANSLATE_NOOP("Fragments", "the connection was cut off before the answer was complete")
)
NET_RESET = _w("net.reset", QT_TRANSLATE_NOOP("Fragments", "the connection was reset"))
NET_GAVE_UP = _w("net.gave_up", QT_TRANSLATE_NOOP("Fragments", "the server gave up waiting"))
DOWNLOAD_CUT_OFF = _w(
    "net.download_cut_off", QT_TRANSLATE_NOOP("Fragments", "the download was cut off before it was complete")
)
DOWNLOAD_TOO_SLOW = _w(
    "net.download_too_slow",
    QT_TRANSLATE_NOOP("Fragments", "the download is too slow to finish (the server sends almost nothing)"),
)
DOWNLOAD_IDLE = _w(
    "net.download_idle",
    QT_TRANSLATE_NOOP("Fragments", "the download stopped: the server sent nothing for {seconds} seconds"),
)
# how an answer was unexpected (UnexpectedResponse's {what})
ANSWER_FIELDS = _w("odd.fields", QT_TRANSLATE_NOOP("Fragments", "the answer did not have the expected fields"))
ANSWER_NOT_JSON = _w("odd.not_json", QT_TRANSLATE_NOOP("Fragments", "the answer was not JSON"))
CALL_NOT_JSON = _w("odd.call_not_json", QT_TRANSLATE_NOOP("Fragments", "the {call} answer was not JSON ({kind})"))
CALL_NOT_BATCH = _w("odd.call_not_batch", QT_TRANSLATE_NOOP("Fragments", "the {call} answer is not a batch object"))
UPLOAD_NO_ID = _w("odd.upload_no_id", QT_TRANSLATE_NOOP("Fragments", "the upload answer has no file id"))
NO_FILE_LIST = _w("odd.no_file_list", QT_TRANSLATE_NOOP("Fragments", "this server has no file list (HTTP 404)"))
FILE_LIST_FORMAT = _w(
    "odd.file_list_format", QT_TRANSLATE_NOOP("Fragments", "the file list is not in the expected format")
)
NO_BATCH_LIST = _w(
    "odd.no_batch_list", QT_TRANSLATE_NOOP("Fragments", "this server has no batch list (HTTP 404 for /batches)")
)
CREATE_NO_ID = _w("odd.create_no_id", QT_TRANSLATE_NOOP("Fragments", "the create answer has no batch id"))
BATCH_LIST_FORMAT = _w(
    "odd.batch_list_format", QT_TRANSLATE_NOOP("Fragments", "the batch list is not in the expected format")
)
BATCH_LIST_NO_FILE = _w(
    "odd.batch_list_no_file",
    QT_TRANSLATE_NOOP("Fragments", "the batch list does not say which input file each batch used"),
)
TOO_MANY_BATCHES = _w(
    "odd.too_many_batches", QT_TRANSLATE_NOOP("Fragments", "too many batches to confirm the batch is absent")
)
# why a create's outcome is unknown (AmbiguousCreate's {reason})
CREATE_LOOKUP_FAILED = _w(
    "create.lookup_failed",
    QT_TRANSLATE_NOOP(
        "Fragments", "the connection failed after the request was sent, and checking afterwards failed too"
    ),
)
CREATE_STILL_PENDING = _w(
    "create.still_pending",
    QT_TRANSLATE_NOOP("Fragments", "the server did not answer in time and may still be creating it"),
)
CREATE_NOT_LISTED = _w(
    "create.not_listed",
    QT_TRANSLATE_NOOP(
        "Fragments", "the server answered with an error after the request was sent, and does not list the batch yet"
    ),
)

# -- errors: the job list (core/ledger.py) --------------------------------------------------------
LEDGER_NEWER = _w(
    "ledger.newer",
    QT_TRANSLATE_NOOP(
        "Errors", "The job list was written by a newer version of Batch Desk. Update the app to open it."
    ),
)
LEDGER_LOCKED = _w(
    "ledger.locked",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The job list file is in use by another program and could not be opened: {path}. Nothing was "
        "changed. Close any other Batch Desk window (or the program using that file) and try again.",
    ),
)
LEDGER_DAMAGED_COPY = _w(
    "ledger.damaged_copy",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The job list file is damaged and cannot be opened: {path}. Nothing was changed or deleted. A copy "
        "of it was saved as {copy}. Close the app, rename or move that file, and start again to begin a new "
        "job list; batches already submitted stay on the server (for 30 days) and can be imported again "
        "from there.",
    ),
)
LEDGER_DAMAGED = _w(
    "ledger.damaged",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The job list file is damaged and cannot be opened: {path}. Nothing was changed or deleted. Close "
        "the app, rename or move that file, and start again to begin a new job list; batches already "
        "submitted stay on the server (for 30 days) and can be imported again from there.",
    ),
)

# -- errors: submits, downloads, re-runs (core/workflow.py, core/estimate.py, services/) ----------
ALREADY_SUBMITTED_WHEN = _w(
    "submit.already_when",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This exact file was already submitted to this region as “{name}” ({batch_ref}, {status}, {when}). "
        "Submitting it again would run — and bill — every request a second time; its answers are in the "
        "Jobs tab.",
    ),
)
ALREADY_SUBMITTED = _w(
    "submit.already",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This exact file was already submitted to this region as “{name}” ({batch_ref}, {status}). "
        "Submitting it again would run — and bill — every request a second time; its answers are in the "
        "Jobs tab.",
    ),
)
JUST_SUBMITTED_WHEN = _w(
    "submit.just_when",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This exact file was just submitted to this region as “{job_name}” ({when}), and we cannot tell yet "
        "whether the service made that batch. Don't submit it again — it could run and be billed twice; the "
        "app checks every minute and the Jobs tab shows the batch as soon as the service lists it.",
    ),
)
JUST_SUBMITTED = _w(
    "submit.just",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This exact file was just submitted to this region as “{job_name}”, and we cannot tell yet whether "
        "the service made that batch. Don't submit it again — it could run and be billed twice; the app "
        "checks every minute and the Jobs tab shows the batch as soon as the service lists it.",
    ),
)
BATCH_ID_UNCONFIRMED = _w("submit.batch_id_unconfirmed", QT_TRANSLATE_NOOP("Fragments", "batch id not confirmed yet"))
A_JOB = _w("submit.a_job", QT_TRANSLATE_NOOP("Fragments", "a job"))
ENDED_WITHOUT_RESULTS = _w(
    "download.ended_without_results",
    QT_TRANSLATE_NOOP("Errors", "This batch ended ({status}) without result files, so there is nothing to download."),
)
NOT_FINISHED = _w(
    "download.not_finished",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This batch is not finished yet (status: {status}). Results can be downloaded once it has completed.",
    ),
)
COST_CAP = _w(
    "submit.cost_cap",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Not submitted: this job may cost up to {cost} ({requests} requests, {input_tokens} input tokens, up to "
        "{output_tokens} output tokens), above your spending cap of {cap} per job. Lower max_tokens, split the "
        "file, or raise the cap in Settings.",
    ),
)
COST_CAP_UNKNOWN = _w(
    "submit.cost_cap_unknown",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Not submitted: your spending cap is {cap} per job, and the upper end of this job's cost cannot be "
        "estimated ({reasons}). Bound it (for example set max_tokens), or raise or clear the cap in Settings.",
    ),
)
UNKNOWN = _w("cost.unknown", QT_TRANSLATE_NOOP("Fragments", "unknown"))
NOT_CONFIRMED = _w("submit.not_confirmed", QT_TRANSLATE_NOOP("Errors", "Not submitted: nothing was sent."))
TOKENS_NOT_COUNTED = _w(
    "tokens.not_counted",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The tokens were not counted: the token counter stopped before it finished, so the cost is unknown. "
        "Try again; if it happens again, restart Batch Desk.",
    ),
)
MISSING_KEY = _w(
    "key.missing",
    QT_TRANSLATE_NOOP(
        "Errors",
        "There is no API key for {region} yet. Press API keys…, paste the key for this region and press "
        "Save — or switch to the Sandbox to try the app without one.",
    ),
)
SANDBOX_NOT_RUNNING = _w(
    "sandbox.not_running",
    QT_TRANSLATE_NOOP("Errors", "The sandbox is not running. Restart the app to start it again."),
)
RERUN_OPEN = _w(
    "rerun.open",
    QT_TRANSLATE_NOOP(
        "Errors",
        "A re-run of this job has not finished (or its answers are not downloaded yet). Wait for it: "
        "re-running now could send the same requests twice.",
    ),
)
RERUN_NO_REQUESTS = _w(
    "rerun.no_requests",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The requests of this job are not on this computer, so they cannot be sent again. {reason}",
    ),
)
RESUBMIT_FILE_CHANGED = _w(
    "resubmit.file_changed",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The requests file of this job changed or is gone since it was submitted ({path}). Open it in the "
        "first tab, check it, and submit it from there.",
    ),
)
RESUBMIT_ALREADY = _w(
    "resubmit.already",
    QT_TRANSLATE_NOOP("Errors", "This job was already submitted again; see the newest job in the list."),
)
STILL_HAS_ERRORS = _w(
    "submit.still_has_errors",
    QT_TRANSLATE_NOOP("Errors", "This file still has problems marked as errors. Fix them, then submit again."),
)
FILES_STAY = _w(
    "files.not_downloaded",
    QT_TRANSLATE_NOOP("Errors", "The answers of this job are not downloaded yet, so its files stay on the server."),
)
COMPARISON_NOT_DOWNLOADED = _w(
    "compare.not_downloaded",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The answers of this comparison have not been downloaded yet. They are fetched automatically when "
        "each job finishes.",
    ),
)
EXPORT_NO_REQUESTS = _w(
    "export.no_requests",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This job was not submitted from this computer (or its input file moved), so its requests are not "
        "here to put the answers next to. {reason}",
    ),
)
XLSX_TOO_MANY_ROWS = _w(
    "export.xlsx_rows",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Not exported: an Excel sheet holds at most {limit} rows, and these answers need {rows} (with the "
        "header row). Nothing was written. Export them as CSV instead: it has no row limit.",
    ),
)
THE_INPUT_FILE = _w("what.input_file", QT_TRANSLATE_NOOP("Fragments", "The input file"))

# -- the answers of a job (core/answers/) ----------------------------------------------------------
RESULTS_NOT_DOWNLOADED = _w(
    "answers.not_downloaded",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The answers of this job have not been downloaded yet. They are fetched automatically when it finishes.",
    ),
)
GROUP_EMPTY = _w("answers.group_empty", QT_TRANSLATE_NOOP("Errors", "No job belongs to this group."))
GROUP_PARTS_WAITING = _w(
    "answers.group_parts_waiting",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{waiting} of the {parts} parts have no downloaded answers yet; they are fetched when each part finishes.",
    ),
)
EXTRA_ANSWERS = _w(
    "answers.extra",
    QT_TRANSLATE_NOOP(
        "Errors", "{count} extra answer(s) for requests this job never sent; they are not counted or shown."
    ),
)
DUPLICATE_ANSWERS = _w(
    "answers.duplicates",
    QT_TRANSLATE_NOOP("Errors", "{count} request(s) were answered more than once; the first answer of each is kept."),
)
INPUT_GONE = _w(
    "answers.input_gone",
    QT_TRANSLATE_NOOP(
        "Fragments",
        "The input file {path} is not there any more, so answers are listed without their requests and "
        "missing requests cannot be found. Put the file back to see them.",
    ),
)
SOURCE_UNREADABLE = _w(
    "answers.source_unreadable",
    QT_TRANSLATE_NOOP(
        "Fragments", "The original table {path} could not be read ({detail}); answers are shown without its columns."
    ),
)
# what the downloaded answers add up to (core/answers/verdict.py VERDICT_TEXT, by verdict)
VERDICT_NOT_FINISHED = _w("verdict.not_finished", QT_TRANSLATE_NOOP("Verdicts", "Still running."))
VERDICT_COMPLETE = _w("verdict.complete", QT_TRANSLATE_NOOP("Verdicts", "Every request has an answer."))
VERDICT_COMPLETE_WITH_FAILURES = _w(
    "verdict.complete_with_failures",
    QT_TRANSLATE_NOOP("Verdicts", "Every request was answered, but some failed; you can re-run the failed ones."),
)
VERDICT_INCOMPLETE = _w(
    "verdict.incomplete",
    QT_TRANSLATE_NOOP(
        "Verdicts",
        "The service says this job completed, but answers are missing for some requests. It is not done: "
        "re-run the missing ones.",
    ),
)
VERDICT_PARTIAL = _w(
    "verdict.partial",
    QT_TRANSLATE_NOOP(
        "Verdicts",
        "The job ended early (expired or cancelled). Answers already given are kept (and billed); the "
        "rest never ran — re-run them.",
    ),
)
VERDICT_NO_ANSWERS = _w(
    "verdict.no_answers",
    QT_TRANSLATE_NOOP("Verdicts", "The job ended before any request was answered; nothing was billed."),
)
VERDICT_FAILED = _w(
    "verdict.failed",
    QT_TRANSLATE_NOOP("Verdicts", "The job failed as a whole (see its errors); nothing was run or billed."),
)

# -- why a job's actual cost is unknown (core/estimate.py actual_cost, core/sheet.py total_cost) ----
COST_NOT_DOWNLOADED = _w("cost.not_downloaded", QT_TRANSLATE_NOOP("Fragments", "the answers are not downloaded yet"))
COST_NO_PRICE = _w("cost.no_price", QT_TRANSLATE_NOOP("Fragments", "no price is known for {model} in {region}"))
COST_BEYOND_TIERS = _w("cost.beyond_tiers", QT_TRANSLATE_NOOP("Fragments", "longer than the longest listed price tier"))
COST_NO_THINKING_PRICE = _w(
    "cost.no_thinking_price", QT_TRANSLATE_NOOP("Fragments", "the price of thinking output is not listed")
)
COST_CURRENCIES = _w(
    "cost.currencies",
    QT_TRANSLATE_NOOP("Fragments", "the variants are priced in different currencies ({currencies})"),
)

# -- what may be done with a job, and why not (services/job_actions.py REASONS) ------------------
NEVER_CREATED_CANCEL = _w(
    "job.never_created_cancel",
    QT_TRANSLATE_NOOP("Errors", "This job was never created on the server, so there is nothing to cancel."),
)
NEVER_CREATED_DOWNLOAD = _w(
    "job.never_created_download",
    QT_TRANSLATE_NOOP("Errors", "This job was never created on the server, so there is nothing to download."),
)
NEVER_CREATED_RERUN = _w(
    "job.never_created_rerun",
    QT_TRANSLATE_NOOP("Errors", "This job was never created on the server, so there is nothing to re-run."),
)
NEVER_CREATED_FILES = _w(
    "job.never_created_files",
    QT_TRANSLATE_NOOP("Errors", "This job was never created on the server, so it has no files there."),
)
ALREADY_ENDED = _w(
    "job.already_ended", QT_TRANSLATE_NOOP("Errors", "This job already ended ({status}); there is nothing to cancel.")
)
ALREADY_CANCELLING = _w("job.already_cancelling", QT_TRANSLATE_NOOP("Errors", "This job is already being cancelled."))
STILL_RUNNING_FILES = _w(
    "job.still_running_files",
    QT_TRANSLATE_NOOP("Errors", "This job is still running; its files stay on the server until it ends."),
)
ALREADY_DOWNLOADED = _w(
    "job.already_downloaded", QT_TRANSLATE_NOOP("Errors", "The answers of this job are already downloaded.")
)
NOT_DOWNLOADED = _w(
    "job.not_downloaded",
    QT_TRANSLATE_NOOP("Errors", "The answers of this job have not been downloaded yet. Wait for it to finish."),
)
NO_REQUESTS = _w(
    "job.no_requests",
    QT_TRANSLATE_NOOP("Errors", "This job was not submitted from this computer, so its requests are not here."),
)
NOTHING_TO_RERUN = _w(
    "job.nothing_to_rerun",
    QT_TRANSLATE_NOOP(
        "Errors", "Every request of this job already has a successful answer: there is nothing to re-run."
    ),
)
FILES_GONE = _w(
    "job.files_gone", QT_TRANSLATE_NOOP("Errors", "The files of this job were already deleted from the server.")
)
SUBMIT_AGAIN_UNCONFIRMED = _w(
    "job.submit_again_unconfirmed",
    QT_TRANSLATE_NOOP(
        "Errors",
        "We cannot tell yet whether the service made this batch; the app checks every minute. It can be "
        "submitted again only once it shows as not created.",
    ),
)
SUBMIT_AGAIN_RUNNING = _w(
    "job.submit_again_running", QT_TRANSLATE_NOOP("Errors", "This job is being submitted right now.")
)
SUBMIT_AGAIN_CREATED = _w(
    "job.submit_again_created",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This job was created on the server; submitting its file again would bill it a second time.",
    ),
)

# -- the window's own refusals (ui/controller.py, ui/editor/, ui/submit_page.py) -----------------
SECOND_PROMPT = _w("editor.second_prompt", QT_TRANSLATE_NOOP("Errors", "The second prompt cannot be used: {reason}"))
VARIANT_FAILED = _w(
    "compare.variant_failed",
    QT_TRANSLATE_NOOP(
        "Errors", 'The requests for "{model}" did not pass the check, so nothing was sent. Check the model name.'
    ),
)
NO_SPLIT = _w(
    "split.none",
    QT_TRANSLATE_NOOP("Errors", "This file fits in one batch, or still has errors a split does not fix."),
)
NOTHING_TO_TRY = _w(
    "rehearsal.nothing",
    QT_TRANSLATE_NOOP("Errors", "There is no readable request to try: fix the lines marked as not valid JSON first."),
)
HAS_ERRORS = _w("editor.has_errors", QT_TRANSLATE_NOOP("Fragments", "it has errors."))

# -- problems of a request file (core/validate.py) -----------------------------------------------
P_BOM = _w(
    "problem.bom",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Line 1: the file starts with an invisible byte-order mark (BOM). The service reads it as part of "
        "the first request, so the app uploads a copy without it; your file stays as it is. Other tools "
        'may need it saved as "UTF-8" (not "UTF-8 with BOM").',
    ),
)
P_BLANK_LINE = _w(
    "problem.blank_line",
    QT_TRANSLATE_NOOP("Problems", "Line {line} is empty. Delete empty lines: every line must be one request."),
)
P_LINE_TOO_LARGE = _w(
    "problem.line_too_large",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Line {line} is {size_text}; one request may be at most {limit_text}. Shorten it (for example use "
        "smaller or fewer images) or split it into several requests.",
    ),
)
P_NOT_OBJECT = _w(
    "problem.not_object",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Line {line} is {kind}, not a request. Each line must be one JSON object in curly braces, like "
        '{{"custom_id": "1", "method": "POST", ...}}.',
    ),
)
P_DUPLICATE_ID = _w(
    "problem.duplicate_custom_id",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Line {line}: the custom_id {custom_id} was already used on line {first_line}. Every request needs "
        "its own id — change one of them.",
    ),
)
P_CUSTOM_ID_TYPE = _w(
    "problem.custom_id_type",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line}: the custom_id must be non-empty text in quotes, like "req-1", but it is {value}. Put '
        "the id in double quotes.",
    ),
)
P_METHOD = _w(
    "problem.method",
    QT_TRANSLATE_NOOP("Problems", 'Line {line}: "method" is {value}; it must be exactly "POST" (upper case).'),
)
P_BODY_TYPE = _w(
    "problem.body_type",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line}: "body" must be a JSON object in curly braces holding the request (model, messages, '
        "...), but it is {kind}.",
    ),
)
P_TEMPERATURE = _w(
    "problem.temperature",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Line {line}: temperature is {value}; it must be a number from 0 up to (but not including) 2.",
    ),
)
P_TOP_P = _w(
    "problem.top_p", QT_TRANSLATE_NOOP("Problems", "Line {line}: top_p is {value}; it must be a number from 0 to 1.")
)
P_IMAGE_FILE = _w(
    "problem.wrong_format_image",
    QT_TRANSLATE_NOOP(
        "Problems",
        "This is an image ({image}), not a JSONL file. Choose the request file (.jsonl) instead; to send "
        "an image to a model, put its URL (or its base64 data) inside a request.",
    ),
)
P_SPREADSHEET_FILE = _w(
    "problem.wrong_format_spreadsheet",
    QT_TRANSLATE_NOOP(
        "Problems",
        "This looks like {kind}, not a JSONL text file. Convert your spreadsheet to a request file first "
        "(one JSON request per line).",
    ),
)
P_OTHER_FILE = _w(
    "problem.wrong_format_other",
    QT_TRANSLATE_NOOP(
        "Problems",
        "This looks like {kind}, not a JSONL text file. Choose the request file instead (one JSON request per line).",
    ),
)
P_UTF16 = _w(
    "problem.encoding_utf16",
    QT_TRANSLATE_NOOP(
        "Problems",
        'The file is saved as UTF-16 ("Unicode"), not UTF-8. Open it in your editor and save it again with '
        'the encoding "UTF-8".',
    ),
)
P_NOT_UTF8 = _w(
    "problem.encoding_line",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Line {line} is not UTF-8 text (byte {byte} at position {position}). The file was probably saved "
        "in another encoding such as GBK, Shift-JIS or ANSI. Open it in your editor and save it again "
        'with the encoding "UTF-8".',
    ),
)
P_INVALID_JSON_AT = _w(
    "problem.invalid_json_at",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Line {line} is not valid JSON (near character {column}). Each line must be one complete JSON object. {hint}",
    ),
)
P_INVALID_JSON = _w(
    "problem.invalid_json",
    QT_TRANSLATE_NOOP("Problems", "Line {line} is not valid JSON. Each line must be one complete JSON object. {hint}"),
)
P_FIELD_MISSING = _w(
    "problem.missing_field",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line}: the field "{field}" is missing. Every line needs custom_id, method, url and body.',
    ),
)
P_FIELD_NULL = _w(
    "problem.null_field",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line}: the field "{field}" is empty (null). Every line needs custom_id, method, url and body.',
    ),
)
P_URL_PATH = _w(
    "problem.url_full_address",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line}: "url" is {value}, which is not a batch endpoint. Use one of: {supported}. Write only '
        'the path "{path}", not the full address.',
    ),
)
P_URL = _w(
    "problem.url",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line}: "url" is {value}, which is not a batch endpoint. Use one of: {supported}.',
    ),
)
P_URL_TASK = _w(
    "problem.url_mismatch_task",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line}: "url" is "{value}" but the task is set to use "{expected}". Every line must use the '
        "endpoint chosen for the task — change the line or the task's endpoint.",
    ),
)
P_URL_MIXED = _w(
    "problem.url_mismatch",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line}: "url" is "{value}" but line {first_line} uses "{expected}". Every line of one file '
        "must use the same url.",
    ),
)
P_MODEL_MISSING = _w(
    "problem.model_missing",
    QT_TRANSLATE_NOOP(
        "Problems", 'Line {line}: the body has no "model". Add the model name, for example "model": "qwen-plus".'
    ),
)
P_MODEL_REGION = _w(
    "problem.model_region",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line}: the model "{model}" is not in our list of batch models of {region} as of {date}; the '
        "service decides. Check the model name and the region.",
    ),
)
P_CONTEXT_WINDOW = _w(
    "problem.context_window",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line} has {tokens} input tokens; "{model}" reads at most {window} tokens in all, {max_tokens} '
        "of them kept for the answer (max_tokens), so at most {available} fit. Shorten it or split it into "
        "several requests.",
    ),
)
P_MIXED_MODEL = _w(
    "problem.mixed_model",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line} uses the model "{model}" but line {first_line} uses "{expected}". All requests in one '
        "file must use the same model — make one file per model.",
    ),
)
P_TEST_URL = _w(
    "problem.url_model_test",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line}: "{value}" only serves {test_model}. Use "{expected}" for "{model}" (this line uses '
        '"{value}"). Fix the url on every line.',
    ),
)
P_URL_MODEL = _w(
    "problem.url_model",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line}: the model "{model}" must be called with the url "{expected}" (this line uses '
        '"{value}"). Fix the url on every line.',
    ),
)
P_THINKING_TYPE = _w(
    "problem.thinking_type",
    QT_TRANSLATE_NOOP(
        "Problems", "Line {line}: enable_thinking is {value}; it must be true or false (without quotes)."
    ),
)
P_MIXED_THINKING = _w(
    "problem.mixed_thinking",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Line {line} sets enable_thinking to {thinking} but line {first_line} sets it to {first_thinking}. "
        "All requests in one file must use the same thinking mode.",
    ),
)
P_THINKING_LEFT_OUT = _w(
    "problem.thinking_left_out",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Line {line} leaves enable_thinking out but line {first_line} sets it. Lines without it use the "
        "model's default thinking mode, which may differ — set enable_thinking the same way (true or false) "
        "on every line.",
    ),
)
P_THINKING_SET = _w(
    "problem.thinking_set",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Line {line} sets enable_thinking but line {first_line} leaves it out. Lines without it use the "
        "model's default thinking mode, which may differ — set enable_thinking the same way (true or false) "
        "on every line.",
    ),
)
P_EMBEDDING_INPUT = _w(
    "problem.embedding_input",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line}: the body has no "input". An embedding request needs the text to embed, for example '
        '"input": "some text".',
    ),
)
P_MESSAGES = _w(
    "problem.messages",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Line {line}: the body has no "messages". A chat request needs a list of messages, for example '
        '"messages": [{{"role": "user", "content": "Hello"}}].',
    ),
)
P_EMPTY_FILE = _w(
    "problem.empty_file", QT_TRANSLATE_NOOP("Problems", "The file has no requests. Add one JSON request per line.")
)
P_TOO_MANY_REQUESTS = _w(
    "problem.too_many_requests",
    QT_TRANSLATE_NOOP(
        "Problems", "The file has {count} requests; one file may hold at most {limit}. Split it into several files."
    ),
)
P_FILE_TOO_LARGE = _w(
    "problem.file_too_large",
    QT_TRANSLATE_NOOP(
        "Problems", "The file is {size_text}; one file may be at most {limit_text}. Split it into several files."
    ),
)
P_TEST_MODEL_LIMIT = _w(
    "problem.test_model_limit",
    QT_TRANSLATE_NOOP(
        "Problems",
        "A file for {model} may have at most {max_requests} requests and {max_size}; this one has {requests} "
        "requests and {size_text}. Use a smaller sample for the free test.",
    ),
)
P_CALLBACK_REGION = _w(
    "problem.callback_region",
    QT_TRANSLATE_NOOP(
        "Problems",
        "A finish callback works only in the Mainland China (Beijing) region. Clear the field or choose that region.",
    ),
)
P_CALLBACK_NOT_URL = _w(
    "problem.callback_url",
    QT_TRANSLATE_NOOP("Problems", "The finish callback {url} is not a web address. Write it as https://…"),
)
P_CALLBACK_HTTPS = _w(
    "problem.callback_https",
    QT_TRANSLATE_NOOP("Problems", "The finish callback must start with https:// and name a server; {url} does not."),
)
P_CALLBACK_PRIVATE = _w(
    "problem.callback_private",
    QT_TRANSLATE_NOOP(
        "Problems",
        "The finish callback {url} is not reachable from the internet, so the service could never call it. "
        "Use a public https:// address.",
    ),
)
P_NAME_TOO_LONG = _w(
    "problem.name_too_long",
    QT_TRANSLATE_NOOP("Problems", "The task name has {length} characters; at most {limit} are allowed. Shorten it."),
)
P_DESCRIPTION_TOO_LONG = _w(
    "problem.description_too_long",
    QT_TRANSLATE_NOOP("Problems", "The description has {length} characters; at most {limit} are allowed. Shorten it."),
)
P_WINDOW_FORMAT = _w(
    "problem.completion_window_format",
    QT_TRANSLATE_NOOP(
        "Problems",
        "The time window {value} is not valid. Write a whole number followed by h (hours) or d (days), for "
        "example 24h or 2d.",
    ),
)
P_WINDOW_SHORT = _w(
    "problem.completion_window_short",
    QT_TRANSLATE_NOOP(
        "Problems",
        "The time window must be from {min_hours} hours (24h or 1d) to {max_hours} hours (336h or 14d); "
        "{value} is too short.",
    ),
)
P_WINDOW_LONG = _w(
    "problem.completion_window_long",
    QT_TRANSLATE_NOOP(
        "Problems",
        "The time window must be from {min_hours} hours (24h or 1d) to {max_hours} hours (336h or 14d); "
        "{value} is too long.",
    ),
)
# words inside the problems above
JSON_LIST = _w("json.list", QT_TRANSLATE_NOOP("Fragments", "a list"))
JSON_TEXT = _w("json.text", QT_TRANSLATE_NOOP("Fragments", "a piece of text"))
JSON_BOOL = _w("json.bool", QT_TRANSLATE_NOOP("Fragments", "true/false"))
JSON_NULL = _w("json.null", QT_TRANSLATE_NOOP("Fragments", "null"))
JSON_NUMBER = _w("json.number", QT_TRANSLATE_NOOP("Fragments", "a number"))
JSON_OBJECT = _w("json.object", QT_TRANSLATE_NOOP("Fragments", "an object"))
THINKING_LEFT_OUT = _w("thinking.left_out", QT_TRANSLATE_NOOP("Fragments", "left out"))
THINKING_TRUE = _w("thinking.true", QT_TRANSLATE_NOOP("Fragments", "true"))
THINKING_FALSE = _w("thinking.false", QT_TRANSLATE_NOOP("Fragments", "false"))
FILE_XLSX_OR_ZIP = _w("file.xlsx_or_zip", QT_TRANSLATE_NOOP("Fragments", "an Excel workbook or a zip archive"))
FILE_PDF = _w("file.pdf", QT_TRANSLATE_NOOP("Fragments", "a PDF"))
FILE_OLE = _w("file.ole", QT_TRANSLATE_NOOP("Fragments", "an old Excel workbook (.xls) or another Office file"))
FILE_GZIP = _w("file.gzip", QT_TRANSLATE_NOOP("Fragments", "a compressed (gzip) file"))
FILE_7Z = _w("file.7z", QT_TRANSLATE_NOOP("Fragments", "a compressed (7z) archive"))
FILE_RAR = _w("file.rar", QT_TRANSLATE_NOOP("Fragments", "a compressed (RAR) archive"))
HINT_BOM = _w(
    "hint.bom",
    QT_TRANSLATE_NOOP("Fragments", "It starts with an invisible byte-order mark — were two files pasted together?"),
)
HINT_PRETTY = _w(
    "hint.pretty",
    QT_TRANSLATE_NOOP(
        "Fragments", "It looks like part of a pretty-printed JSON file; each request must be on one line."
    ),
)
HINT_SYNTAX = _w("hint.syntax", QT_TRANSLATE_NOOP("Fragments", "Check for a missing quote, comma or bracket."))

# several messages shown as one (each worded on its own)
SENTENCES = _w("sentences", QT_TRANSLATE_NOOP("Errors", "{sentences}"))


def sentences(texts: Sequence[Param]) -> Text:
    """Several messages shown one after the other as one message."""
    return SENTENCES(sentences=Clauses(tuple(texts), " "))


SOURCE_NOT_OVERWRITTEN = _w(
    "export.source_not_overwritten",
    QT_TRANSLATE_NOOP(
        "Errors",
        "That is the spreadsheet the requests were made from; the app never overwrites it. Choose another name.",
    ),
)
UPLOAD_CHECK_FAILED = _w(
    "submit.upload_check_failed",
    QT_TRANSLATE_NOOP("Errors", "The file to upload did not pass the check. Check the problems and try again."),
)
REQUESTS_KEPT_CHANGING = _w(
    "editor.kept_changing",
    QT_TRANSLATE_NOOP("Errors", "The requests kept changing while they were being checked. Try again."),
)

# -- words core puts inside its messages, looked up by their English (file kinds, encodings, scripts)
FRAGMENT_WORDS: dict[str, Wording] = {
    w.english: w
    for w in (
        # what a file is when it is not a table (core/tables/encoding.py)
        _w("kind.png", QT_TRANSLATE_NOOP("Fragments", "a PNG image")),
        _w("kind.jpeg", QT_TRANSLATE_NOOP("Fragments", "a JPEG image")),
        _w("kind.gif", QT_TRANSLATE_NOOP("Fragments", "a GIF image")),
        _w("kind.pdf", QT_TRANSLATE_NOOP("Fragments", "a PDF document")),
        _w("kind.gzip", QT_TRANSLATE_NOOP("Fragments", "a gzip archive")),
        _w("kind.7z", QT_TRANSLATE_NOOP("Fragments", "a 7-Zip archive")),
        _w("kind.rar", QT_TRANSLATE_NOOP("Fragments", "a RAR archive")),
        _w("kind.bmp", QT_TRANSLATE_NOOP("Fragments", "a BMP image")),
        _w("kind.media", QT_TRANSLATE_NOOP("Fragments", "a media file")),
        _w("kind.program", QT_TRANSLATE_NOOP("Fragments", "a program")),
        _w("kind.windows_program", QT_TRANSLATE_NOOP("Fragments", "a Windows program")),
        _w("kind.database", QT_TRANSLATE_NOOP("Fragments", "a database")),
        _w("kind.binary", QT_TRANSLATE_NOOP("Fragments", "a binary file")),
        _w("kind.xls", QT_TRANSLATE_NOOP("Fragments", "old Excel 97-2003 workbook (.xls)")),
        _w("kind.ods", QT_TRANSLATE_NOOP("Fragments", "OpenDocument spreadsheet (.ods)")),
        # encodings (core/tables/encoding.py ENCODING_CHOICES)
        _w("encoding.utf8_bom", QT_TRANSLATE_NOOP("Fragments", "UTF-8 with BOM")),
        _w("encoding.gb18030", QT_TRANSLATE_NOOP("Fragments", "Chinese Simplified (GBK / GB18030)")),
        _w("encoding.big5", QT_TRANSLATE_NOOP("Fragments", "Chinese Traditional (Big5)")),
        _w("encoding.cp932", QT_TRANSLATE_NOOP("Fragments", "Japanese (Shift-JIS / CP932)")),
        _w("encoding.cp949", QT_TRANSLATE_NOOP("Fragments", "Korean (EUC-KR / CP949)")),
        _w("encoding.cp1252", QT_TRANSLATE_NOOP("Fragments", "Western European (Windows-1252)")),
        _w("encoding.utf16_bom", QT_TRANSLATE_NOOP("Fragments", "UTF-16 with BOM")),
        # scripts (core/scripts.py names, in "Row N is written mostly in …")
        _w("script.han", QT_TRANSLATE_NOOP("Fragments", "Han")),
        _w("script.kana", QT_TRANSLATE_NOOP("Fragments", "Kana")),
        _w("script.hangul", QT_TRANSLATE_NOOP("Fragments", "Hangul")),
        _w("script.cyrillic", QT_TRANSLATE_NOOP("Fragments", "Cyrillic")),
        _w("script.greek", QT_TRANSLATE_NOOP("Fragments", "Greek")),
        _w("script.arabic", QT_TRANSLATE_NOOP("Fragments", "Arabic")),
        _w("script.hebrew", QT_TRANSLATE_NOOP("Fragments", "Hebrew")),
        _w("script.thai", QT_TRANSLATE_NOOP("Fragments", "Thai")),
        _w("script.devanagari", QT_TRANSLATE_NOOP("Fragments", "Devanagari")),
        # request kinds and settings of the builder (core/builder/)
        _w("kind.chat", QT_TRANSLATE_NOOP("Fragments", "chat")),
        _w("kind.embeddings", QT_TRANSLATE_NOOP("Fragments", "embeddings")),
        _w("kind.test", QT_TRANSLATE_NOOP("Fragments", "test")),
        _w("setting.system_prompt", QT_TRANSLATE_NOOP("Fragments", "system prompt")),
        _w("setting.image_column", QT_TRANSLATE_NOOP("Fragments", "image column")),
        _w("setting.output_columns", QT_TRANSLATE_NOOP("Fragments", "output columns")),
    )
}


def word(english_word: str) -> Param:
    """A word core names by its English (a file kind, an encoding, a script) as a hole value: worded
    when the catalogue has it, else shown as it is (``UTF-16 LE`` is a name in every language)."""
    return FRAGMENT_WORDS.get(english_word, english_word)


# -- errors: the table readers (core/tables/) ------------------------------------------------------
T_NOT_A_TABLE = _w(
    "table.not_a_table",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This file is {kind}, not a table. Open a CSV, TSV or TXT text file or an Excel workbook (.xlsx).",
    ),
)
T_NOT_TEXT = _w(
    "table.not_text",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This file does not look like text in any encoding the app knows. Open a CSV, TSV or TXT text file "
        "or an Excel workbook (.xlsx).",
    ),
)
T_ZIP = _w(
    "table.zip",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is a zip archive, not a table this app reads. Open a CSV, TSV or TXT text file or an Excel "
        "or LibreOffice workbook.",
    ),
)
T_DAMAGED_XLSX = _w(
    "table.damaged_xlsx",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name} cannot be read as an Excel workbook (it may be damaged or password-protected). Open it in "
        'Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
    ),
)
T_DAMAGED_WORKBOOK = _w(
    "table.damaged_workbook",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name} cannot be read as an {kind} (it may be damaged or password-protected). Open it in Excel or "
        'LibreOffice and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
    ),
)
T_ZERO_BYTES = _w(
    "table.zero_bytes",
    QT_TRANSLATE_NOOP("Errors", "{name} is empty (0 bytes). Choose the file that holds your data."),
)
T_NO_TEXT = _w(
    "table.no_text",
    QT_TRANSLATE_NOOP("Errors", "{name} holds no text (only empty lines or spaces). Choose the file with your data."),
)
T_NO_CELLS = _w("table.no_cells", QT_TRANSLATE_NOOP("Errors", "{name} holds no cells. Choose the file with your data."))
T_NO_SHEETS = _w("table.no_sheets", QT_TRANSLATE_NOOP("Errors", "The workbook {name} has no sheets."))
T_EMPTY_SHEET = _w(
    "table.empty_sheet",
    QT_TRANSLATE_NOOP("Errors", 'The sheet "{sheet}" of {name} is empty. Choose the sheet with your data.'),
)
T_RAGGED = _w(
    "table.ragged_row",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Row {row} has {cells} cells but the table has {columns} columns. Check that row for a missing or "
        "extra separator, or a quote that is not closed.",
    ),
)
T_DECODE_LINE = _w(
    "table.decode_line",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the file has bytes that are not valid {encoding}. Choose another encoding (the "
        "preview shows which one makes the text readable), or save the file again as UTF-8.",
    ),
)
T_DECODE_ROW = _w(
    "table.decode_row",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Near row {row}, the file has bytes that are not valid {encoding}. Choose another encoding (the "
        "preview shows which one makes the text readable), or save the file again as UTF-8.",
    ),
)
T_UNKNOWN_ENCODING = _w(
    "table.unknown_encoding",
    QT_TRANSLATE_NOOP("Errors", '"{encoding}" is not an encoding this app knows. Choose one from the list.'),
)
T_CSV_FORMAT = _w(
    "table.csv_format",
    QT_TRANSLATE_NOOP(
        "Errors",
        'Row {row} cannot be split into cells: {detail}. Usually a quote (") in a cell is not closed; fix '
        "that row in Excel or a text editor and try again.",
    ),
)
T_MISSING = _w(
    "table.missing",
    QT_TRANSLATE_NOOP("Errors", "The file {path} was not found. It may have been moved, renamed or deleted."),
)
T_CANNOT_OPEN = _w("table.cannot_open", QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be opened: {reason}."))
T_FOLDER = _w("table.folder", QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file. Choose a file inside it."))
T_LOCKED = _w(
    "table.locked",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} cannot be opened: permission denied, or another program (often Excel) has it "
        "locked. Close it there, or copy the file, and try again.",
    ),
)
T_WORKBOOK_LOCKED = _w(
    "table.workbook_locked",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The workbook {name} cannot be opened: permission denied, or another program has it locked. Close "
        "it there, or copy the file, and try again.",
    ),
)
T_CLOSED = _w("table.closed", QT_TRANSLATE_NOOP("Errors", "This workbook was closed. Open the file again."))
T_NOT_REGULAR = _w(
    "table.not_regular",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a regular file (a device, a pipe or a socket), so it cannot be read as a table. "
        "Choose a saved CSV, TSV, TXT or Excel file.",
    ),
)
T_ZIP_BOMB = _w(
    "table.zip_bomb",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is not read: one part of it would grow from {stored_mb} MB to {size_mb} MB when opened, far "
        "more than any real spreadsheet. It may be damaged or built to overload the computer. Open it in "
        "Excel and save it again, or save it as CSV UTF-8 and open that file.",
    ),
)
T_INFLATES_TOO_MUCH = _w(
    "table.inflates_too_much",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name} would take {size_mb} MB once opened; the app reads workbooks up to {max_mb} MB opened. In "
        'Excel use "Save As" → "CSV UTF-8" and open that file instead: CSV files of any size are read piece '
        "by piece.",
    ),
)
T_LONG_CELL = _w(
    "table.long_cell",
    QT_TRANSLATE_NOOP(
        "Errors",
        'Row {row}, column {column} of the sheet "{sheet}" holds more than {max_mb} MB of text; one request '
        "can be at most that long, so the file was not read further. Shorten that cell.",
    ),
)
T_XLSX_TOO_LARGE = _w(
    "table.xlsx_too_large",
    QT_TRANSLATE_NOOP(
        "Errors",
        'This workbook is {size_mb} MB; the app reads workbooks up to {max_mb} MB. In Excel use "Save As" '
        '→ "CSV UTF-8" and open that file instead: CSV files of any size are read piece by piece.',
    ),
)
T_WORKBOOK_TOO_LARGE = _w(
    "table.workbook_too_large",
    QT_TRANSLATE_NOOP(
        "Errors",
        'This workbook is {size_mb} MB; the app reads workbooks up to {max_mb} MB. Save the sheet as "CSV '
        'UTF-8" and open that file instead: CSV files of any size are read piece by piece.',
    ),
)
T_NO_SHEET_NAMED = _w(
    "table.no_sheet_named",
    QT_TRANSLATE_NOOP("Errors", 'The workbook has no sheet named "{sheet}". Its sheets are: {sheets}.'),
)

# -- problems of a spreadsheet mapped to requests (core/builder/, core/outputs.py) ---------------
B_EMPTY_TABLE = _w(
    "build.empty_table",
    QT_TRANSLATE_NOOP(
        "Problems", "The table has no data rows (only a header, or only empty rows): there is nothing to send."
    ),
)
B_REHEARSAL_TOO_LARGE = _w(
    "build.rehearsal_too_large",
    QT_TRANSLATE_NOOP(
        "Problems",
        "The first request alone is larger than {max_mb} MB, the test model's file limit (embedded images "
        "are usually the reason). Try the rehearsal with smaller images or web addresses.",
    ),
)
B_BLANK_ID = _w(
    "build.blank_id",
    QT_TRANSLATE_NOOP(
        "Problems", 'Row {row}: the id (column "{column}") is blank. Fill it in, or let the app number the rows.'
    ),
)
B_DUPLICATE_ID = _w(
    "build.duplicate_id",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Row {row}: the id "{id}" is already used on row {first_row}. Every request needs its own id — '
        "change one of them, or let the app number the rows.",
    ),
)
B_EMPTY_PROMPT = _w(
    "build.empty_prompt",
    QT_TRANSLATE_NOOP(
        "Problems", "Row {row}: the prompt is empty. Fill in the cells the template uses, or delete the row."
    ),
)
EDITOR_EMPTY_PROMPT = _w(
    "editor.empty_prompt",
    QT_TRANSLATE_NOOP("Problems", "Line {line}: the prompt is empty. Write the prompt, or delete the row."),
)
B_BLANK_CELL = _w(
    "build.blank_cell",
    QT_TRANSLATE_NOOP("Problems", 'Row {row}: the column "{column}" is blank, so the prompt has a gap there.'),
)
B_GARBLED = _w(
    "build.garbled_text",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Row {row}: the text holds \ufffd marks where characters could not be read, so this request would "
        "send garbled text. Check the row, or choose another encoding for the file.",
    ),
)
B_FOREIGN_ENCODING = _w(
    "build.foreign_encoding",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Row {row} is not UTF-8 like the rest of the file; it was read as {encoding}. Check that its text "
        "reads right, or save the file again as UTF-8.",
    ),
)
B_MOJIBAKE = _w(
    "build.mojibake_text",
    QT_TRANSLATE_NOOP(
        "Problems",
        'Row {row}: the text holds "{sample}", which is how UTF-8 text looks when read in a Western '
        "encoding. Check the row, or choose another encoding for the file.",
    ),
)
B_UNLIKELY_SCRIPT = _w(
    "build.unlikely_script",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Row {row} is written mostly in {script}, which the rest of the file does not use; it may have been "
        "read in the wrong encoding. Check the row.",
    ),
)
B_RAGGED_EXTRA = _w(
    "build.ragged_extra",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Row {row} has {cells} cells but the table has {columns} columns; the extra cells ({extra}) are "
        "ignored. Check that row for a missing or extra separator.",
    ),
)
B_RAGGED_SHORT = _w(
    "build.ragged_short",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Row {row} has only {cells} of {columns} cells; the missing cells are treated as empty. Check that "
        "row for a missing or extra separator.",
    ),
)
B_IMAGE_BLANK = _w(
    "build.image_blank",
    QT_TRANSLATE_NOOP("Problems", "Row {row}: the image cell is blank; this request is sent as text only."),
)
B_TEXT_REPLACED = _w(
    "build.text_replaced",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Row {row} holds broken characters (unpaired surrogates) that cannot be written as UTF-8; they "
        'were replaced with "?". Check that row\'s text.',
    ),
)
B_IN_ROW = _w("build.in_row", QT_TRANSLATE_NOOP("Problems", "Row {row}: {message}"))
B_IN_SYSTEM_PROMPT = _w("build.in_system_prompt", QT_TRANSLATE_NOOP("Problems", "In the system prompt: {message}"))
B_TEMPLATE_EMPTY = _w(
    "build.template_empty",
    QT_TRANSLATE_NOOP("Problems", "The prompt template is empty. Write the prompt, e.g. Translate {{text}}."),
)
B_UNKNOWN_PLACEHOLDER_HINT = _w(
    "build.unknown_placeholder_hint",
    QT_TRANSLATE_NOOP(
        "Problems",
        "The template uses {names}, but the table has no such column. {hints} Columns: {columns}. Write a "
        "column name between braces exactly as in the header; use {{{{ and }}}} for literal braces.",
    ),
)
B_UNKNOWN_PLACEHOLDER = _w(
    "build.unknown_placeholder",
    QT_TRANSLATE_NOOP(
        "Problems",
        "The template uses {names}, but the table has no such column. Columns: {columns}. Write a column "
        "name between braces exactly as in the header; use {{{{ and }}}} for literal braces.",
    ),
)
DID_YOU_MEAN = _w("build.did_you_mean", QT_TRANSLATE_NOOP("Fragments", 'did you mean "{name}"?'))
B_UNCLOSED_BRACE = _w(
    "build.unclosed_brace",
    QT_TRANSLATE_NOOP(
        "Problems",
        'The template has a "{{" at character {position} that is never closed. Close it with "}}" or write '
        '"{{{{" for a literal brace.',
    ),
)
B_EMPTY_BRACES = _w(
    "build.empty_braces",
    QT_TRANSLATE_NOOP(
        "Problems",
        'The template has empty braces "{{}}" at character {position}. Put a column name inside, like '
        '{{text}}, or write "{{{{}}}}" for literal braces.',
    ),
)
B_LONE_BRACE = _w(
    "build.lone_brace",
    QT_TRANSLATE_NOOP(
        "Problems",
        'The template has a "}}" at character {position} without a matching "{{". Write "}}}}" for a literal brace.',
    ),
)
B_ID_COLUMN_CHOOSE = _w(
    "build.id_column_choose",
    QT_TRANSLATE_NOOP("Problems", 'The id column "{column}" is not in the table. Choose one of: {columns}.'),
)
B_IMAGE_COLUMN_CHOOSE = _w(
    "build.image_column_choose",
    QT_TRANSLATE_NOOP("Problems", 'The image column "{column}" is not in the table. Choose one of: {columns}.'),
)
B_ID_COLUMN = _w(
    "build.id_column",
    QT_TRANSLATE_NOOP("Problems", 'The id column "{column}" is not in the table. Columns: {columns}.'),
)
B_IMAGE_COLUMN = _w(
    "build.image_column",
    QT_TRANSLATE_NOOP("Problems", 'The image column "{column}" is not in the table. Columns: {columns}.'),
)
B_MODEL_MISSING = _w(
    "build.model_missing", QT_TRANSLATE_NOOP("Problems", 'No model is chosen. Pick one, for example "qwen-plus".')
)
B_URL_MODEL = _w(
    "build.url_model",
    QT_TRANSLATE_NOOP(
        "Problems",
        'The model "{model}" needs the {kind} kind of request, but {chosen} is chosen. Change the request '
        "kind or the model.",
    ),
)
B_MODEL_REGION = _w(
    "build.model_region",
    QT_TRANSLATE_NOOP(
        "Problems",
        'The model "{model}" is not in the documented batch models of {region}. It may not work there — '
        "check the model name and the region.",
    ),
)
B_TEMPERATURE = _w(
    "build.temperature",
    QT_TRANSLATE_NOOP("Problems", "Temperature is {value}; it must be a number from 0 up to (but not including) 2."),
)
B_TOP_P = _w("build.top_p", QT_TRANSLATE_NOOP("Problems", "top_p is {value}; it must be from 0 to 1."))
B_MAX_TOKENS = _w("build.max_tokens", QT_TRANSLATE_NOOP("Problems", "max_tokens is {value}; it must be at least 1."))
B_DIMENSIONS = _w("build.dimensions", QT_TRANSLATE_NOOP("Problems", "dimensions is {value}; it must be at least 1."))
B_DIMENSIONS_SIZES = _w(
    "build.dimensions_sizes",
    QT_TRANSLATE_NOOP("Problems", "{model} makes vectors of {sizes} numbers; {value} is not one of them."),
)
B_UNUSED_SETTINGS = _w(
    "build.unused_settings",
    QT_TRANSLATE_NOOP("Problems", "Embedding requests do not use: {settings}. They are left out."),
)
B_UNUSED_DIMENSIONS = _w(
    "build.unused_dimensions",
    QT_TRANSLATE_NOOP("Problems", "dimensions only applies to embedding requests; it is left out."),
)
B_IMAGE_MODEL = _w(
    "build.image_model",
    QT_TRANSLATE_NOOP("Problems", 'Images need a vision model such as "qwen-vl-plus"; "{model}" may not read them.'),
)
B_OUTPUT_NAME_EMPTY = _w(
    "outputs.name_empty",
    QT_TRANSLATE_NOOP("Problems", "An output column has no name. Give it one, e.g. sentiment."),
)
B_OUTPUT_NAME_REPEATED = _w(
    "outputs.name_repeated", QT_TRANSLATE_NOOP("Problems", 'The output column "{name}" is listed twice.')
)
B_OUTPUT_LABELS = _w(
    "outputs.labels",
    QT_TRANSLATE_NOOP(
        "Problems",
        'The output column "{name}" picks from a list of labels, but the list has fewer than two. Write the '
        "labels separated by commas, e.g. positive, negative, neutral.",
    ),
)
B_OUTPUT_LABELS_MANY = _w(
    "outputs.labels_many",
    QT_TRANSLATE_NOOP("Problems", 'The output column "{name}" has more than {count} labels.'),
)
B_OUTPUTS_TOO_MANY = _w(
    "outputs.too_many", QT_TRANSLATE_NOOP("Problems", "At most {count} output columns can be asked for.")
)
B_JSON_MODE_MODEL = _w(
    "build.json_mode_model",
    QT_TRANSLATE_NOOP(
        "Problems",
        '"{model}" is not known to support JSON mode: the answers are asked for as JSON by the instruction '
        "alone, so a few may need another try.",
    ),
)
B_JSON_MODE_THINKING = _w(
    "build.json_mode_thinking",
    QT_TRANSLATE_NOOP(
        "Problems",
        "JSON mode cannot be used with thinking on: the answers are asked for as JSON by the instruction "
        "alone, so a few may need another try.",
    ),
)
B_EMBEDDING_TOO_LONG = _w(
    "build.embedding_too_long",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Row {row}'s text is about {tokens} tokens; an embedding input may be at most {limit} tokens, so the "
        "service may refuse or cut it. Split the text.",
    ),
)
B_IMAGE_TOO_LARGE = _w(
    "image.too_large",
    QT_TRANSLATE_NOOP(
        "Problems",
        'The image "{name}" is {size_mb} MB; an image embedded in a batch request may be at most {max_mb} '
        "MB (a request line may be at most {line_mb} MB and images grow by a third when embedded). Make it "
        "smaller, or put it online and use its web address.",
    ),
)
B_IMAGE_UNREADABLE = _w(
    "image.unreadable", QT_TRANSLATE_NOOP("Problems", 'The image "{name}" cannot be read: {reason}.')
)
B_IMAGE_NOT_FOUND = _w(
    "image.not_found",
    QT_TRANSLATE_NOOP(
        "Problems",
        'The image "{name}" was not found (looked in {folder}). Check the file name, or use a full path or '
        "a web address (https://...).",
    ),
)
B_IMAGE_FOLDER = _w("image.folder", QT_TRANSLATE_NOOP("Problems", '"{name}" is a folder, not an image file.'))
B_IMAGE_TYPE = _w(
    "image.type",
    QT_TRANSLATE_NOOP("Problems", '"{name}" is not a picture the model can read (JPEG, PNG, GIF, BMP, TIFF or WEBP).'),
)
B_ROW_TOO_LARGE = _w(
    "build.row_too_large",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Row {row} makes a request of {size_mb} MB; one request may be at most {max_mb} MB. Shorten its text "
        "(or use smaller images or web addresses).",
    ),
)
B_SPLIT_LINE_TOO_LARGE = _w(
    "split.line_too_large",
    QT_TRANSLATE_NOOP(
        "Problems",
        "Line {line} alone is {size_mb} MB, more than a part may hold ({max_mb} MB). Shorten that request.",
    ),
)
# the separator between the items of a list inside a message (CJK writes "、")
LIST_SEPARATOR = _w("list.separator", QT_TRANSLATE_NOOP("Fragments", ", "))


def listing(items: Sequence[Param]) -> Clauses:
    """Several words shown as one list, separated the way the language separates a list."""
    return Clauses(tuple(items), LIST_SEPARATOR)


# -- why the table reader chose an encoding (core/tables/encoding.py EncodingGuess.why) -----------
ENC_BOM_UTF8 = _w("encoding.why.bom_utf8", QT_TRANSLATE_NOOP("Errors", "The file starts with a UTF-8 byte-order mark."))
ENC_BOM_UTF32 = _w(
    "encoding.why.bom_utf32", QT_TRANSLATE_NOOP("Errors", "The file starts with a UTF-32 byte-order mark.")
)
ENC_BOM_UTF16 = _w(
    "encoding.why.bom_utf16", QT_TRANSLATE_NOOP("Errors", "The file starts with a UTF-16 byte-order mark.")
)
ENC_UTF16_NO_BOM = _w(
    "encoding.why.utf16_no_bom",
    QT_TRANSLATE_NOOP("Errors", "The file looks like UTF-16 text without a byte-order mark."),
)
ENC_ASCII = _w(
    "encoding.why.ascii", QT_TRANSLATE_NOOP("Errors", "The text is plain ASCII, which reads the same in UTF-8.")
)
ENC_UTF8 = _w("encoding.why.utf8", QT_TRANSLATE_NOOP("Errors", "Every byte is valid UTF-8."))
ENC_MOSTLY_UTF8 = _w(
    "encoding.why.mostly_utf8",
    QT_TRANSLATE_NOOP(
        "Errors", "Most lines are UTF-8; each other line is read in the encoding that fits it, and its row says so."
    ),
)
ENC_PREFERRED = _w(
    "encoding.why.preferred",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The text is not UTF-8; it reads as {encoding} (it could also be read as {alternative}, but its "
        "characters fit the first better). Check the preview and choose another encoding if the text looks "
        "wrong.",
    ),
)
ENC_DETECTED = _w(
    "encoding.why.detected",
    QT_TRANSLATE_NOOP("Errors", "The text is not UTF-8; it reads best as {encoding} ({confidence} sure)."),
)
ENC_FALLBACK = _w(
    "encoding.why.fallback",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The text is not UTF-8; {encoding} is the first encoding that reads it. Check the preview and choose "
        "another encoding if the text looks wrong.",
    ),
)
ENC_CHOSEN = _w("encoding.why.chosen", QT_TRANSLATE_NOOP("Errors", "Chosen by you."))

# -- notices of a refresh of the job list (core/jobs.py TickResult.problems) ----------------------
JOB_NOTICE = _w("refresh.job_notice", QT_TRANSLATE_NOOP("Errors", 'Job "{name}": {message}'))
JOB_GONE = _w(
    "refresh.job_gone",
    QT_TRANSLATE_NOOP(
        "Errors",
        'The job "{name}" is no longer on the server (jobs are kept 30 days). Answers already downloaded stay here.',
    ),
)
LIST_LIMIT = _w(
    "refresh.list_limit",
    QT_TRANSLATE_NOOP("Errors", "The list limit (100 calls a minute) is reached; try again in a minute."),
)


def said(message: Text | str) -> Text:
    """A message as a :class:`Text`: English of a module not converted yet is worded by the old matcher."""
    return message if isinstance(message, Text) else sentences([Matched(message)])


# -- a custom endpoint (core/regions.py custom_region) ---------------------------------------------
BASE_URL = _w(
    "region.base_url",
    QT_TRANSLATE_NOOP("Errors", "The base URL must start with http:// or https:// and name a host."),
)


class Refused(ValueError):
    """A value refused where it enters (a typed address…); ``text`` is the catalogue message, ``str()`` its English."""

    def __init__(self, text: Text) -> None:
        super().__init__(english(text))
        self.text = text


# -- where API keys live (core/secrets.py, services/keys.py) --------------------------------------
KEYS_NO_KEYCHAIN = _w(
    "keys.no_keychain",
    QT_TRANSLATE_NOOP(
        "Errors",
        "No system keychain is available on this computer, so keys are kept only until the app closes; you "
        "will need to paste them again next time.",
    ),
)
KEYS_LOCKED = _w(
    "keys.locked",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The system keychain is locked. Unlock it (or log in again) so keys can be saved; until then they "
        "are kept only until the app closes.",
    ),
)
KEYS_KEYCHAIN_PROBLEM = _w(
    "keys.keychain_problem",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The system keychain reported a problem, so keys are kept only until the app closes. Restarting the "
        "computer or unlocking the keychain usually helps.",
    ),
)
KEYS_SAVED = _w("keys.saved", QT_TRANSLATE_NOOP("Errors", "Saved in the system keychain."))
KEYS_KEPT_IN_MEMORY = _w(
    "keys.kept_in_memory",
    QT_TRANSLATE_NOOP(
        "Errors", "Kept in memory for this session only; you will need to enter it again after a restart."
    ),
)
KEYS_MEMORY_ONLY = _w("keys.memory_only", QT_TRANSLATE_NOOP("Fragments", "memory only (this session)"))
KEYS_SESSION_ONLY = _w(
    "keys.session_only", QT_TRANSLATE_NOOP("Fragments", "this session only (no system keychain found)")
)
KEYS_NOT_NEEDED = _w(
    "keys.not_needed", QT_TRANSLATE_NOOP("Fragments", "not needed: answers are simulated on this computer")
)
KEY_PLACES: dict[str, Wording] = {
    w.english: w
    for w in (
        _w("keys.place.windows", QT_TRANSLATE_NOOP("Fragments", "Windows Credential Manager")),
        _w("keys.place.macos", QT_TRANSLATE_NOOP("Fragments", "macOS Keychain")),
        _w("keys.place.secret_service", QT_TRANSLATE_NOOP("Fragments", "Secret Service (GNOME Keyring / KWallet)")),
        _w("keys.place.kwallet", QT_TRANSLATE_NOOP("Fragments", "KDE Wallet")),
    )
}
WORKER_DIED = _w(
    "export.worker_died",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The export stopped: one of its helper processes ended unexpectedly (exit code {code}), perhaps for "
        "lack of memory. Nothing was written. Close other programs, then export again.",
    ),
)
