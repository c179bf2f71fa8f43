"""Turn table rows into batch request lines: map columns, render, build the JSONL, split, rehearse.

Plain synchronous functions, safe to run in a worker thread; none touches Qt. One module per room:

* :mod:`.spec` — :class:`~.spec.RequestSpec` (how a row becomes a request), the endpoint kinds,
  default models, :class:`~.spec.BuildCancelled`.
* :mod:`.ids` — the request id rule (``custom_id`` of a row), written once.
* :mod:`.template` — :func:`~.template.parse_template` / :class:`~.template.Template`.
* :mod:`.images` — image cells to ``image_url`` values (web addresses kept, local files embedded).
* :mod:`.render` — a spec bound to a table's columns; :func:`~.render.render_request` for the preview.
* :mod:`.checks` — :func:`~.checks.check_spec` and :func:`~.checks.check_rows`: every problem before
  building, with the row numbers the spreadsheet shows.
* :mod:`.jsonl` — the build pass, :func:`~.jsonl.build_jsonl` → :class:`~.jsonl.BuildReport`.
* :mod:`.source` — the sheet kept beside the requests (rows snapshot and description), and
  :func:`~.source.source_for_file`, which both faces use to attach it to a job.
* :mod:`.split` — :func:`~.split.plan_split` / :func:`~.split.split_jsonl`.
* :mod:`.rehearsal` — :func:`~.rehearsal.rehearsal_file` (the free test model) and
  :func:`~.rehearsal.variant_file` (a comparison's other model).

Import from the module that holds a name; this package re-exports nothing.
"""
