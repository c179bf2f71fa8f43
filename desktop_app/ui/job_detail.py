"""The detail pane of the jobs page: the selected job's actions and everything known about it.

Widgets ask, they don't decide: which action is enabled comes from ``services.job_actions``; what an
action does is the jobs page's (the pane calls the page's :class:`DetailSlots`).
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QGridLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.core.answers.verdict import stray_answer_notes
from desktop_app.core.estimate import ActualCost, format_cost
from desktop_app.core.jobs import JobView
from desktop_app.core.ledger import JobRecord
from desktop_app.core.sheet import total_cost
from desktop_app.services import job_actions
from desktop_app.ui.host import PageHost
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP, format_duration
from desktop_app.ui.jobs_model import format_expires, format_time, job_status_text
from desktop_app.ui.messages import core_text, region_name
from desktop_app.ui.messages import text as catalogue_text
from desktop_app.ui.messages import verdict_text as verdict_text_of
from desktop_app.ui.widgets import SavedFileBar

TIMESTAMP_LABELS: tuple[tuple[str, str], ...] = (
    ("created_at", QT_TRANSLATE_NOOP("JobDetailPane", "Created on the server")),
    ("in_progress_at", QT_TRANSLATE_NOOP("JobDetailPane", "Started running")),
    ("finalizing_at", QT_TRANSLATE_NOOP("JobDetailPane", "Finishing since")),
    ("completed_at", QT_TRANSLATE_NOOP("JobDetailPane", "Completed")),
    ("failed_at", QT_TRANSLATE_NOOP("JobDetailPane", "Failed")),
    ("expired_at", QT_TRANSLATE_NOOP("JobDetailPane", "Expired")),
    ("cancelling_at", QT_TRANSLATE_NOOP("JobDetailPane", "Cancel requested")),
    ("cancelled_at", QT_TRANSLATE_NOOP("JobDetailPane", "Cancelled")),
    ("expires_at", QT_TRANSLATE_NOOP("JobDetailPane", "Completion window closes")),
)


@dataclass(frozen=True)
class DetailSlots:
    """What the pane's buttons do (the jobs page's handlers)."""

    open_results: Callable[[], object]
    export: Callable[[], object]
    rerun: Callable[[], object]
    download: Callable[[], object]
    cancel: Callable[[], object]
    delete_files: Callable[[], object]
    copy_id: Callable[[], object]
    open_folder: Callable[[], object]


class JobDetailPane(QWidget):
    """The action buttons (two rows, above), the saved-file bar and the selected job's details (below)."""

    def __init__(
        self,
        host: PageHost,
        records: Callable[[], Mapping[int, JobRecord]],
        slots: DetailSlots,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self._records = records
        detail = self
        outer = QVBoxLayout(detail)
        outer.setContentsMargins(0, 6, 0, 0)
        # The actions sit in two rows above the details, so a short window still shows the table.
        actions = QGridLayout()
        actions.setSpacing(4)
        placed: list[QPushButton] = []

        def button(text: str, accessible: str, tip: str, slot: object) -> QPushButton:
            item = QPushButton(text, detail)
            item.setAccessibleName(accessible)
            item.setToolTip(tip)
            item.clicked.connect(slot)
            actions.addWidget(item, len(placed) // 4, len(placed) % 4)
            placed.append(item)
            return item

        self.open_results_button = button(
            self.tr("Open results"),
            self.tr("Open the results of the selected job"),
            self.tr("Your rows next to their answers, in input order (double-click a job does the same)"),
            slots.open_results,
        )
        self.open_results_button.setDefault(True)
        self.export_button = button(
            self.tr("Export CSV for Excel…"),
            self.tr("Export answers as CSV"),
            self.tr("Answers next to your requests, in input order (Ctrl+E)"),
            slots.export,
        )
        self.rerun_button = button(
            self.tr("Re-run failed + missing"),
            self.tr("Re-run the failed and missing requests"),
            self.tr("One new job with exactly the requests that failed or got no answer; its answers merge in."),
            slots.rerun,
        )
        self.download_button = button(
            self.tr("Download answers now"),
            self.tr("Download the answers of the selected job"),
            self.tr("Answers are downloaded automatically when a job ends; this fetches them now."),
            slots.download,
        )
        self.cancel_button = button(
            self.tr("Cancel job…"),
            self.tr("Cancel the selected job"),
            self.tr("Requests that already finished are still billed."),
            slots.cancel,
        )
        self.delete_files_button = button(
            self.tr("Delete files on server…"),
            self.tr("Delete the selected job's files from the server"),
            self.tr("Frees the account's storage; the downloaded answers stay on this computer."),
            slots.delete_files,
        )
        self.copy_id_button = button(
            self.tr("Copy batch ID"),
            self.tr("Copy the batch ID"),
            self.tr("For support requests and the web console"),
            slots.copy_id,
        )
        self.open_folder_button = button(
            self.tr("Open results folder"),
            self.tr("Open the folder with the downloaded answer files"),
            self.tr("The raw output and error files as the service sent them"),
            slots.open_folder,
        )
        # The re-run button keeps room for its longest text, so a count never makes the row jump; the
        # others need only their own words (one shared width made the row wider than the window in id).
        self.rerun_button.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(self.tr("Re-run 99,999 failed + missing")) + 28
        )
        for column in range(4):
            actions.setColumnStretch(column, 1)
        outer.addLayout(actions)
        self.saved_bar = SavedFileBar(detail)  # Open / Show in folder after Ctrl+E (the results window's too)
        outer.addWidget(self.saved_bar)
        self.browser = QTextBrowser(detail)
        self.browser.setAccessibleName(self.tr("Job details"))
        self.browser.setPlaceholderText(self.tr("Select a job to see its details and what you can do with it."))
        self.browser.setOpenLinks(False)
        outer.addWidget(self.browser, 1)

    def show_job(self, view: JobView | None, job: JobRecord | None) -> None:
        """Show ``job`` (None: nothing selected) and enable what may be done with it."""
        self.update_actions(job)
        if view is None or job is None:
            self.browser.clear()
            return
        self.browser.setHtml(self.detail_html(view, job))

    def detail_html(self, view: JobView, job: JobRecord) -> str:
        """Everything known about a job: status and verdict, counts, usage, every time, files, errors,
        metadata and linked jobs."""
        controller = self.host.controller
        now = time.time()
        esc = html.escape

        def table(rows: list[tuple[str, str]]) -> str:
            cells = "".join(
                f"<tr><td style='color:#5e5c64;padding-right:14px;white-space:nowrap'>{esc(k)}</td>"
                f"<td>{esc(str(v))}</td></tr>"
                for k, v in rows
                if v not in ("", None)
            )
            return f"<table cellspacing='0' cellpadding='1'>{cells}</table>"

        def section(title: str, body: str) -> str:
            return f"<p style='margin:8px 0 2px 0'><b>{esc(title)}</b></p>{body}"

        parts = [f"<h3 style='margin:0'>{esc(view.name)}</h3>"]
        records = self._records()
        parent = _parent_of(job, records)
        if parent is not None:
            parts.append(
                "<p style='margin:2px 0'>"
                + esc(
                    self.tr("↳ Re-run of “{name}”: its answers merge into that job's results.").format(
                        name=parent.name or parent.batch_id
                    )
                )
                + "</p>"
            )
        if job.description:
            parts.append(f"<p style='margin:2px 0'>{esc(job.description)}</p>")
        status = job_status_text(view)
        verdict_text = ""
        if job.verdict:
            try:
                verdict_text = verdict_text_of(job.verdict)
            except ValueError:
                verdict_text = ""
        summary = self.tr("<b>{status}</b>. {verdict}").format(status=esc(status), verdict=esc(verdict_text))
        parts.append(f"<p style='margin:4px 0'>{summary}</p>")
        total = job.total or job.request_count or 0
        if view.has_progress:
            requests = self.tr("{done} done, {failed} failed, of {total}").format(
                done=f"{job.completed:,}", failed=f"{job.failed:,}", total=f"{total:,}"
            )
        else:
            requests = self.tr("{total} in the file, none sent to the server").format(total=f"{total:,}")
        if job.batch_id:
            batch_id = job.batch_id
        elif job.status == "create_failed":
            batch_id = self.tr("none: the batch was not created")
        elif job.status == "create_unknown":
            batch_id = self.tr("not known yet: the app is checking whether the server made it")
        else:
            batch_id = self.tr("not created yet")
        facts: list[tuple[str, str]] = [
            (self.tr("Region"), region_name(controller.region(job.region_id))),
            (self.tr("Batch ID"), batch_id),
            (self.tr("Model"), job.model),
            (self.tr("Endpoint"), job.endpoint),
            (self.tr("Finish within"), job.completion_window),
            (self.tr("Requests"), requests),
        ]
        if job.result_succeeded is not None:
            answered = (job.result_succeeded or 0) + (job.result_failed or 0)
            expected = job.request_count or job.total or answered
            facts.append(
                (
                    self.tr("Answers downloaded"),
                    self.tr("{ok} succeeded, {failed} failed, {missing} missing").format(
                        ok=f"{job.result_succeeded:,}",
                        failed=f"{job.result_failed or 0:,}",
                        missing=f"{max(0, expected - answered):,}",
                    ),
                )
            )
        if job.total_tokens is not None:
            usage = self.tr("{prompt} prompt + {completion} completion = {total} tokens").format(
                prompt=f"{job.prompt_tokens or 0:,}",
                completion=f"{job.completion_tokens or 0:,}",
                total=f"{job.total_tokens:,}",
            )
            if job.reasoning_tokens:
                usage += " " + self.tr("(completion includes {thinking} thinking tokens)").format(
                    thinking=f"{job.reasoning_tokens:,}"
                )
            facts.append((self.tr("Usage"), usage))
            cost = self.host.controller.job_cost(job)
            if cost is not None:
                facts.append((self.tr("Cost at batch prices"), self._cost_text(cost)))
            variants = self._variants_of(job)
            costs = [self.host.controller.job_cost(member) for member in variants]
            if len(variants) > 1 and all(c is not None for c in costs):
                # a comparison: every variant is its own billed batch — say what they cost together
                facts.append(
                    (
                        self.tr("All {count} variants together").format(count=len(variants)),
                        self._cost_text(total_cost([c for c in costs if c is not None])),
                    )
                )
        parts.append(table(facts))

        times: list[tuple[str, str]] = [(self.tr("Submitted from here"), format_time(job.created_at))]
        if job.input_path is None:
            times = []
        stamps = dict(job.timestamps)
        stamps.setdefault("created_at", job.batch_created_at)
        stamps.setdefault("in_progress_at", job.in_progress_at)
        stamps.setdefault("expires_at", job.expires_at)
        for key, label in TIMESTAMP_LABELS:
            value = stamps.get(key)
            if value:
                times.append((self.tr(label), format_time(value)))
        running = view.running_seconds(now)
        if running is not None:
            times.append((self.tr("Running time"), format_duration(running)))
        expires = format_expires(view, now)
        if expires:
            times.append((self.tr("Expires in"), expires))
        if job.batch_id or job.results_downloaded_at:
            times.append((self.tr("Answers downloaded"), format_time(job.results_downloaded_at) or self.tr("not yet")))
        # A batch that was never created has no answers to wait for: no "not yet" row.
        if job.last_seen_at:
            times.append((self.tr("Last seen on the server"), format_time(job.last_seen_at)))
        parts.append(section(self.tr("Times"), table(times)))

        deleted = self.tr(" (deleted from the server)")
        files = [
            (self.tr("Input file"), job.input_path or self.tr("not on this computer")),
            (self.tr("Input file ID"), (job.input_file_id or "") + (deleted if job.remote_input_deleted_at else "")),
            (
                self.tr("Output file ID"),
                (job.output_file_id or "") + (deleted if job.output_file_id and job.remote_results_deleted_at else ""),
            ),
            (
                self.tr("Error file ID"),
                (job.error_file_id or "") + (deleted if job.error_file_id and job.remote_results_deleted_at else ""),
            ),
            (self.tr("Answers folder"), _folder_of(job.output_path or job.error_path)),
        ]
        parts.append(section(self.tr("Files"), table(files)))

        problems = []
        for error in job.errors:
            line = error.get("line")
            where = self.tr("line {line}: ").format(line=line) if line else ""
            text = ": ".join(str(error[k]) for k in ("code", "message") if error.get(k))
            problems.append(f"<li>{esc(where + text)}</li>")
        if job.last_error:
            problems.append(f"<li>{esc(core_text(job.last_error))}</li>")
        for note in stray_answer_notes(job.result_unknown, job.result_duplicates):
            problems.append(f"<li>{esc(catalogue_text(note))}</li>")
        if problems:
            parts.append(section(self.tr("Errors"), f"<ul style='margin:0'>{''.join(problems)}</ul>"))
        if job.metadata:
            parts.append(section(self.tr("Metadata"), table(sorted(job.metadata.items()))))

        links: list[tuple[str, str]] = []
        if parent is not None:
            links.append((self.tr("Re-run of"), parent.name or parent.batch_id or ""))
        for child in sorted(records.values(), key=lambda r: r.id):
            if child.parent_job_id == job.id and child.relation == "rerun":
                links.append(
                    (
                        self.tr("Re-run"),
                        f"{child.name or child.batch_id} — {job_status_text(JobView.from_record(child))}",
                    )
                )
        if links:
            parts.append(section(self.tr("Linked jobs"), table(links)))
        return "".join(parts)

    def update_actions(self, job: JobRecord | None) -> None:
        """Enable what may be done with ``job``; the rules live in ``services.job_actions``."""
        can = job_actions
        self.open_results_button.setEnabled(bool(job and can.can_open_results(job)))
        self.export_button.setEnabled(bool(job and can.can_export(job)))
        can_rerun = bool(job and can.can_rerun(job, self._rerun_family(job)))
        open_rows = can.open_rows(job) if job is not None else 0
        # A job that was not created has nothing to re-run: the same button sends its file again.
        submit_again = bool(job and can.can_submit_again(job))
        self.rerun_button.setEnabled(can_rerun or submit_again)
        if submit_again:
            self.rerun_button.setText(self.tr("Submit again"))
            self.rerun_button.setToolTip(
                self.tr("This job was not created, so nothing was billed. Send its file again as a new job.")
            )
        else:
            self.rerun_button.setText(
                self.tr("Re-run {count} failed + missing").format(count=f"{open_rows:,}")
                if can_rerun and open_rows
                else self.tr("Re-run failed + missing")
            )
            self.rerun_button.setToolTip(
                self.tr("One new job with exactly the requests that failed or got no answer; its answers merge in.")
            )
        self.download_button.setEnabled(bool(job and can.can_download(job)))
        self.cancel_button.setEnabled(bool(job and can.can_cancel(job)))
        self.delete_files_button.setEnabled(bool(job and can.can_delete_remote_files(job)))
        self.copy_id_button.setEnabled(bool(job and job.batch_id))
        self.open_folder_button.setEnabled(bool(job and (job.output_path or job.error_path)))

    def _rerun_family(self, job: JobRecord) -> list[JobRecord]:
        """The re-runs below ``job``'s root among the jobs the page knows."""
        return job_actions.rerun_family(job_actions.root_id(job), self._records().values())

    def _cost_text(self, cost: ActualCost) -> str:
        if cost.amount is None:
            why = catalogue_text(cost.text) if cost.text is not None else core_text(cost.reason)
            return self.tr("unknown ({reason})").format(reason=why)
        if cost.currency is None:
            return self.tr("free")
        return format_cost(cost.amount, cost.currency)

    def _variants_of(self, job: JobRecord) -> list[JobRecord]:
        """The jobs of ``job``'s comparison the table knows (``[]`` when it is not a variant)."""
        if job.relation != "variant" or not job.group_id:
            return []
        records = self._records().values()
        return sorted(
            (r for r in records if r.group_id == job.group_id and r.relation == "variant"),
            key=lambda r: r.part_index or 0,
        )


def _folder_of(path: str | None) -> str:
    return str(Path(path).parent) if path else ""


def _parent_of(job: JobRecord, records: Mapping[int, JobRecord]) -> JobRecord | None:
    """The job ``job`` re-runs, when it is a re-run and that job is still in the list."""
    if not job.is_rerun or job.parent_job_id is None:
        return None
    return records.get(job.parent_job_id)
