"""Errors the ``p88`` command reports as one line and an exit code, never as a traceback."""


class P88Error(RuntimeError):
    """An operation that failed for a reason the user can act on (exit 1)."""

    exit_code = 1


class ConfigError(P88Error):
    """A setting, argument or environment that makes the command impossible (exit 2)."""

    exit_code = 2
