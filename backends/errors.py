"""The error taxonomy shared by the command line and the window.

Three kinds only:

* :class:`UserError` -- something the user can act on. Its message says what
  happened and its hint what to do next; both are shown as they are.
* :class:`Cancelled` -- the user asked to stop. Shown nowhere.
* anything else -- a bug. Logged with its traceback and shown with details.
"""

from __future__ import annotations


class UserError(Exception):
    """A failure the user can understand and act on."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if not self.hint:
            return self.message
        if self.message.endswith(("。", "！", "？", "）")):  # Chinese: no space between sentences
            return self.message + self.hint
        return f"{self.message} {self.hint}".strip()


class Cancelled(Exception):
    """The operation was cancelled on request; never reported as a failure."""


class LabError(UserError):
    """The local lab could not be prepared or started."""
