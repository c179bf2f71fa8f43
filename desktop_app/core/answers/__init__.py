"""A job's answers joined with its requests: one room, one module per tenant.

* ``rows`` — :class:`~desktop_app.core.answers.rows.RowStatus`, ``ResultRow``, ``JoinSummary``.
* ``parse`` — one output or error line → ``ParsedAnswer`` / plain values (both documented error shapes).
* ``source`` — ``SourceSpec``: the spreadsheet a job came from, and its rows read back.
* ``verdict`` — ``judge``: a job's status and counts → ``Verdict``.
* ``counts`` — ``count_answers``: answers and token usage straight from the files.
* ``scan`` — the fast id scanner (offsets and ``custom_id`` of every JSONL line, memory-mapped).
* ``index`` — the saved index of a downloaded answer file (``.rowindex``).
* ``view`` — ``ResultsView``: the one join (random-access rows and fast full passes for exports).
* ``lineage`` — a job's family in the ledger: ``open_results``, re-run layers, variants, ``open_rerun``.
* ``rerun`` — ``build_rerun_input``: the failed and missing requests as a new input file.

Nothing is re-exported here: import from the module that owns the name.
"""
