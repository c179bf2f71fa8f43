"""Entry script of the frozen app (PyInstaller runs this file as ``__main__``)."""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a process pool in a frozen app must not start a second window

    from desktop_app.app import main

    raise SystemExit(main())
