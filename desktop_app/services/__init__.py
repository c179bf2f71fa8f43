"""The application layer both faces call (window and command line): rules and steps above core.

Qt-free; it may import core and nothing above it (``[tool.importlinter]`` in ``pyproject.toml``).
"""
