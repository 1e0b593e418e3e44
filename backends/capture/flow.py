"""A small wizard engine: named steps, collected data, a back stack.

A step is *input* (the caller submits values, the step validates them), *work*
(a blocking call run through :meth:`Flow.run` with progress and cancel), or
*final*. Steps say which step follows, so flows can branch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.errors import UserError
from backends.i18n import translate, translate_marked


@dataclass(frozen=True)
class Check:
    """One preflight item as the user sees it."""

    id: str
    status: str  #: ok | warn | fail
    message: str  #: in the user's language
    blocking: bool = True  #: a failed blocking check stops the flow
    #: the message in English for ``--json`` (empty: ``message`` is English already)
    english: str = field(default="", compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "message": self.english or self.message}


def check(
    check_id: str,
    status: str,
    text: str,
    /,
    *,
    blocking: bool = True,
    shown: dict[str, Any] | None = None,
    **values: Any,
) -> Check:
    """A :class:`Check` whose message is ``text`` (marked with
    ``QT_TRANSLATE_NOOP("Capture", ...)``) filled with ``values``: translated for the
    user, English for ``--json``. ``shown`` replaces values in the translated message
    only (a power state in words)."""
    message = translate_marked("Capture", text).format(**{**values, **(shown or {})})
    return Check(check_id, status, message, blocking, english=text.format(**values))


@dataclass
class Step:
    id: str
    kind: str  #: input | work | final
    title: str
    #: input steps: validate(values) stores what it accepts or raises UserError
    validate: Callable[[dict[str, Any]], None] | None = None
    #: work steps: work(progress, cancel)
    work: Callable[[Progress, CancelToken], None] | None = None
    #: which step follows (None: the flow is over)
    next: Callable[[], str | None] = field(default=lambda: None)
    #: False for steps after which going back makes no sense (an NMI was sent)
    can_back: bool = True


class Flow:
    """Runs a list of steps; subclasses build them in ``steps()``."""

    title = ""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self._steps = {s.id: s for s in self.steps()}
        self.current: str = next(iter(self._steps))
        self._stack: list[str] = []
        self.finished = False

    def steps(self) -> list[Step]:
        raise NotImplementedError

    @property
    def step(self) -> Step:
        return self._steps[self.current]

    @property
    def can_go_back(self) -> bool:
        return bool(self._stack) and self._steps[self._stack[-1]].can_back and self.step.can_back

    def _advance(self) -> None:
        nxt = self.step.next()
        if nxt is None:
            self.finished = True
            return
        self._stack.append(self.current)
        self.current = nxt

    def submit(self, **values: Any) -> str:
        """Give an input step its values; on success move on and return the new step id."""
        step = self.step
        if step.kind != "input":
            raise UserError(
                translate("Capture", "Step {step} takes no input.").format(step=repr(step.id)),
                translate("Capture", "This is a bug in the caller."),
            )
        if step.validate is not None:
            step.validate(values)
        self._advance()
        return self.current

    def run(self, progress: Progress = no_progress, cancel: CancelToken = NEVER) -> str:
        """Run the current work step (blocking) and move on."""
        step = self.step
        if step.kind != "work" or step.work is None:
            raise UserError(
                translate("Capture", "Step {step} is not a work step.").format(step=repr(step.id)),
                translate("Capture", "This is a bug in the caller."),
            )
        step.work(progress, cancel)
        self._advance()
        return self.current

    def back(self) -> str:
        if not self.can_go_back:
            raise UserError(
                translate("Capture", "This step cannot be undone by going back."),
                translate("Capture", "Start a new capture instead."),
            )
        self.current = self._stack.pop()
        self.finished = False
        return self.current

    def run_to_end(
        self,
        answers: dict[str, dict[str, Any]],
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
    ) -> None:
        """Drive the whole flow without pages (the command line): ``answers[step_id]``
        holds the values for each input step."""
        while not self.finished:
            step = self.step
            if step.kind == "input":
                self.submit(**answers.get(step.id, {}))
            elif step.kind == "work":
                self.run(progress, cancel)
            else:
                self.finished = True
