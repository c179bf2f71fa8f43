"""The Qt window. Talks to core directly and to every server (the sandbox included) over HTTP."""
