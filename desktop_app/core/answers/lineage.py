"""A job's family in the ledger: the root a re-run merges into, its re-runs' answer layers, the
results view of a job or of a split group, a comparison's variants, and the one rule of whether an
earlier re-run still blocks another (:func:`open_rerun`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import wording as w
from desktop_app.core.answers.index import input_index_path
from desktop_app.core.answers.source import SourceSpec
from desktop_app.core.answers.view import AnswerLayer, ResultsView
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.ledger import JobRecord, JobRelation, Ledger
from desktop_app.core.outputs import outputs_in_file


class ResultsUnavailable(BatchDeskError):
    """The job has no downloaded answers yet (or never ran)."""


def root_job(ledger: Ledger, job: JobRecord) -> JobRecord:
    """The job whose results a re-run merges into (follows ``parent_job_id`` of re-runs)."""
    seen = {job.id}
    while job.is_rerun and job.parent_job_id is not None:
        parent = ledger.get(job.parent_job_id)
        if parent is None or parent.id in seen:
            break
        seen.add(parent.id)
        job = parent
    return job


def rerun_layers(ledger: Ledger, job: JobRecord) -> list[AnswerLayer]:
    """The downloaded answer files of every re-run of ``job`` (and their re-runs), oldest first."""
    layers: list[AnswerLayer] = []
    todo = [job.id]
    children: list[JobRecord] = []
    seen: set[int] = set()
    while todo:
        parent_id = todo.pop()
        for child in ledger.children(parent_id, JobRelation.RERUN):
            if child.id not in seen:
                seen.add(child.id)
                children.append(child)
                todo.append(child.id)
    for child in sorted(children, key=lambda c: c.id):
        if child.has_local_results and (child.output_path or child.error_path):
            layers.append(
                AnswerLayer(
                    Path(child.output_path) if child.output_path else None,
                    Path(child.error_path) if child.error_path else None,
                    label=child.batch_id or f"job-{child.id}",
                )
            )
    return layers


def input_index_of(job: JobRecord) -> Path | None:
    """Where the saved index of ``job``'s input goes: next to its downloaded answers (None: none yet)."""
    answers = job.output_path or job.error_path
    return input_index_path(answers) if answers else None


def open_results(ledger: Ledger, job: JobRecord) -> ResultsView:
    """The results view of ``job`` (a re-run opens its parent's), with re-run answers merged in.

    Raises:
        ResultsUnavailable: the job's answers have not been downloaded yet.
    """
    root = root_job(ledger, job)
    if not root.has_local_results:
        raise ResultsUnavailable(w.RESULTS_NOT_DOWNLOADED)
    own = AnswerLayer(
        Path(root.output_path) if root.output_path else None,
        Path(root.error_path) if root.error_path else None,
    )
    inputs = [root.input_path] if root.input_path else []
    source = SourceSpec.from_json(root.source)
    outputs = None
    if (source is None or not source.outputs) and root.input_path:
        # built outside the window (convert --output-column / --preset): the requests say which columns
        outputs = outputs_in_file(root.input_path) or None
    layers = [own, *rerun_layers(ledger, root)]
    return ResultsView(
        inputs, layers, source=source, outputs=outputs, save_index=True, input_indexes=[input_index_of(root)]
    )


@dataclass(frozen=True)
class GroupPlan:
    """What opens the results view of a split group (picklable: a worker process opens its own view)."""

    inputs: tuple[str, ...]
    layers: tuple[AnswerLayer, ...]
    part_layers: tuple[tuple[int, ...], ...]
    source: SourceSpec | None
    input_indexes: tuple[Path | None, ...]

    def open(self) -> ResultsView:
        """The view (the caller closes it)."""
        return ResultsView(
            self.inputs,
            self.layers,
            source=self.source,
            part_layers=self.part_layers,
            save_index=True,
            input_indexes=self.input_indexes,
        )

    def input_bytes(self) -> int:
        """The size of the parts' request files (0 for a file that is gone)."""
        return sum(Path(path).stat().st_size for path in self.inputs if Path(path).is_file())


def group_plan(ledger: Ledger, group_id: str) -> GroupPlan:
    """The plan of :func:`open_group_results` (parts in order, each with its re-runs).

    Raises:
        ResultsUnavailable: the group has no parts, or some are not downloaded yet.
    """
    parts = ledger.group(group_id)
    if not parts:
        raise ResultsUnavailable(w.GROUP_EMPTY)
    waiting = [p for p in parts if not p.has_local_results]
    if waiting:
        raise ResultsUnavailable(w.GROUP_PARTS_WAITING(waiting=len(waiting), parts=len(parts)))
    layers: list[AnswerLayer] = []
    for part in parts:
        layers.append(
            AnswerLayer(
                Path(part.output_path) if part.output_path else None,
                Path(part.error_path) if part.error_path else None,
            )
        )
    part_layers: list[list[int]] = [[n] for n in range(len(parts))]
    for n, part in enumerate(parts):
        reruns = rerun_layers(ledger, part)
        part_layers[n].extend(range(len(layers), len(layers) + len(reruns)))
        layers.extend(reruns)
    inputs = [p.input_path for p in parts if p.input_path]
    if len(inputs) != len(parts):
        inputs = []
    return GroupPlan(
        tuple(inputs),
        tuple(layers),
        tuple(tuple(p) for p in part_layers),
        SourceSpec.from_json(parts[0].source),
        tuple(input_index_of(part) for part in parts),
    )


def whole_group(ledger: Ledger, root: JobRecord) -> str | None:
    """The group id when ``root`` (a job's root, :func:`root_job`) opens as its whole split group — a part
    of two or more, every part downloaded — else None (it opens alone)."""
    if not root.group_id or root.relation != JobRelation.PART.value:
        return None
    parts = ledger.group(root.group_id)
    return root.group_id if len(parts) > 1 and all(part.has_local_results for part in parts) else None


def open_group_results(ledger: Ledger, group_id: str) -> ResultsView:
    """One view over every part of a split submit (parts in order, each with its re-runs)."""
    return group_plan(ledger, group_id).open()


def variant_jobs(ledger: Ledger, job: JobRecord) -> list[JobRecord]:
    """The jobs of ``job``'s comparison (same rows, one batch per model), in order; ``[root]`` when it
    is not part of one."""
    root = root_job(ledger, job)
    if root.relation != JobRelation.VARIANT.value or not root.group_id:
        return [root]
    return [j for j in ledger.group(root.group_id) if j.relation == JobRelation.VARIANT.value] or [root]


def variant_label(job: JobRecord) -> str:
    """What a variant's columns are called: the label it was submitted with, else its model."""
    spec = SourceSpec.from_json(job.source)
    return (spec.variant if spec is not None and spec.variant else "") or job.model or job.batch_id or f"job-{job.id}"


def open_rerun(family: Iterable[JobRecord]) -> JobRecord | None:
    """The first re-run of ``family`` that still blocks another re-run, else None.

    A re-run blocks while it may still run (not terminal) or while it ran but its answers are not here
    yet: re-running then could send the same requests twice. A re-run whose create failed (no batch
    id, terminal) never ran and blocks nothing. The one rule for the window, the CLI and
    :func:`desktop_app.core.workflow.submit_rerun`.
    """
    for child in family:
        if not child.is_terminal or (child.batch_id and not child.has_local_results):
            return child
    return None
