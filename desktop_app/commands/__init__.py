"""CLI subcommands that live in their own modules; ``desktop_app.cli`` registers each with a line or two.

A module here provides, per subcommand, a name, a help line, ``configure(parser)`` and
``run(args) -> int`` (``convert`` exposes ``NAME``/``HELP``/``configure``/``run``), and imports the
core lazily inside ``run`` so ``desktop-app-cli --help`` stays fast. Exit codes follow
``desktop_app.cli``: 0 success, 1 problems found, 2 usage or I/O problems.
"""
