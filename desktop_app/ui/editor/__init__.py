"""The request editor: import a table or open a JSONL file, map columns, edit and check requests, submit."""
