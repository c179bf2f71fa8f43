"""The Sandbox: a local, stateful emulator of the Batch File API over real HTTP on 127.0.0.1.

Start it with :class:`desktop_app.sandbox.server.SandboxServer` (tests, the app) or
``python -m desktop_app.sandbox`` (a person, or a subprocess test). It never imports Qt.
"""
