"""The results of a job: a table model over the core's ResultsView, and the window that shows it."""
