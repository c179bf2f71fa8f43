"""What a job's answers add up to: :func:`judge` turns a job's status and counts into a
:class:`Verdict` (a job the server calls "completed" whose files lack lines is
:attr:`Verdict.INCOMPLETE`, never "done"), and the plain sentences about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.core import wording as w
from desktop_app.core.answers.rows import JoinSummary
from desktop_app.core.batch import JobStatus


class Verdict(StrEnum):
    """What a job's answers add up to (the UI shows this next to the API status)."""

    NOT_FINISHED = "not_finished"  # the batch is still running
    COMPLETE = "complete"  # every request has a successful answer
    COMPLETE_WITH_FAILURES = "complete_with_failures"  # every request answered, some with an error
    INCOMPLETE = "incomplete"  # the server says "completed" but answers are missing: NOT done
    PARTIAL = "partial"  # expired or cancelled: some requests answered (and billed), the rest never ran
    NO_ANSWERS = "no_answers"  # ended (expired / cancelled) before anything was answered
    FAILED = "failed"  # the batch as a whole failed (e.g. the input file was invalid)

    @property
    def needs_attention(self) -> bool:
        """True when some requests still lack a successful answer (a re-run can help)."""
        return self in (
            Verdict.COMPLETE_WITH_FAILURES,
            Verdict.INCOMPLETE,
            Verdict.PARTIAL,
            Verdict.NO_ANSWERS,
        )


VERDICT_TEXT: dict[Verdict, w.Wording] = {
    Verdict.NOT_FINISHED: w.VERDICT_NOT_FINISHED,
    Verdict.COMPLETE: w.VERDICT_COMPLETE,
    Verdict.COMPLETE_WITH_FAILURES: w.VERDICT_COMPLETE_WITH_FAILURES,
    Verdict.INCOMPLETE: w.VERDICT_INCOMPLETE,
    Verdict.PARTIAL: w.VERDICT_PARTIAL,
    Verdict.NO_ANSWERS: w.VERDICT_NO_ANSWERS,
    Verdict.FAILED: w.VERDICT_FAILED,
}


def stray_answer_notes(unknown: int | None, duplicates: int | None) -> list[w.Text]:
    """Notes about answers that do not belong: ids never sent, ids answered twice (keyed; the CLI
    prints their English, the window their translation)."""
    notes = []
    if unknown:
        notes.append(w.EXTRA_ANSWERS(count=unknown))
    if duplicates:
        notes.append(w.DUPLICATE_ANSWERS(count=duplicates))
    return notes


def judge(status: str, expected: int | None, succeeded: int, failed: int) -> Verdict:
    """The verdict for a job in ``status`` whose files answer ``succeeded`` + ``failed`` requests.

    ``expected`` is the number of requests (input rows, else the server's total); None when unknown,
    in which case a terminal job is judged by its answers alone.
    """
    job_status = JobStatus.parse(status)
    if job_status is None or not job_status.is_terminal:
        return Verdict.NOT_FINISHED
    if job_status is JobStatus.FAILED:
        return Verdict.FAILED
    answered = succeeded + failed
    missing = max(0, expected - answered) if expected is not None else 0
    if job_status is JobStatus.COMPLETED:
        if missing or (expected is None and answered == 0):
            return Verdict.INCOMPLETE
        return Verdict.COMPLETE_WITH_FAILURES if failed else Verdict.COMPLETE
    # expired / cancelled
    if answered == 0:
        return Verdict.NO_ANSWERS
    if missing:
        return Verdict.PARTIAL
    return Verdict.COMPLETE_WITH_FAILURES if failed else Verdict.COMPLETE


@dataclass(frozen=True)
class Reconciliation:
    """Every input request accounted for: succeeded, failed (with reason) or missing."""

    verdict: Verdict
    total: int
    succeeded: int
    failed: int
    missing: int
    missing_examples: tuple[str, ...] = ()
    failed_examples: tuple[tuple[str, str], ...] = ()  # (custom_id, "code: message")
    summary: JoinSummary = field(default_factory=JoinSummary)

    @property
    def message(self) -> str:
        """The verdict in English (the CLI; the window words :attr:`text`)."""
        return self.text.english

    @property
    def text(self) -> w.Wording:
        """The verdict as a catalogue wording."""
        return VERDICT_TEXT[self.verdict]
