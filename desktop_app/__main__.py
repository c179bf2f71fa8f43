"""``python -m desktop_app`` starts the window."""

if __name__ == "__main__":  # never when a child process (the token counter, issue 13) imports it
    import multiprocessing

    multiprocessing.freeze_support()

    from desktop_app.app import main

    raise SystemExit(main())
