"""Batch Desk: a desktop app for Model Studio's OpenAI-compatible Batch File API."""

__version__ = "0.1.0"
APP_NAME = "Batch Desk"
APP_ID = "batch-desk"
