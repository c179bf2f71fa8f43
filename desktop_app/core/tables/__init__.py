"""Read the tables people already have — CSV/TSV/TXT in any common encoding, Excel workbooks — as rows.

Everything streams: a 2 GB CSV is never loaded whole. Detection looks at a bounded sample (the first
256 KB plus three 64 KB windows from the middle and the end), and rows are read on demand. The source
file is opened read-only and never modified. All functions are plain and synchronous: run them off the
UI thread.

One module per concern (import from the module itself; this package re-exports nothing):

* :mod:`.readers` — :func:`~.readers.open_table`, the entry point: the kind by content → a reader
* :mod:`.model` — :class:`~.model.Table` and :class:`~.model.Row`, the column-name rules
* :mod:`.encoding` — :func:`~.encoding.detect_encoding` / ``guess_encoding``, the encoding picker's labels
* :mod:`.dialect` — :func:`~.dialect.detect_dialect`: the delimiter and whether row 1 is a header
* :mod:`.numformat` — :func:`~.numformat.format_cell`: a cell value as Excel shows it
* :mod:`.csvfile`, :mod:`.xlsx`, :mod:`.calamine` — the readers (CSV/TSV/TXT; XLSX; XLS and ODS), with
  :mod:`.workbook` for what the workbook readers share and :mod:`.files` for opening the file
* :mod:`.errors` — the typed errors, all :class:`~.errors.TableError`
"""
