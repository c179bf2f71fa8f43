"""``python -m desktop_app`` starts the window."""

from desktop_app.app import main

raise SystemExit(main())
