"""Qt-free core: everything the window and the CLI share. Must never import PySide6 or qasync."""
