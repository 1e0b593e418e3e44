"""Translatable text in the Qt-free backends.

Backends mark every user-visible sentence the way Qt's ``lupdate`` extracts it,
``translate("Context", "Cannot reach {host}.")``, and fill in values afterwards
with ``str.format`` (never an f-string: the extractor must see the literal).
Text defined before anything is installed (module constants, tables) is marked
with :func:`QT_TRANSLATE_NOOP` and passed through :func:`translate_marked` where
it is shown.

The window installs Qt's translation function at start-up and the command line
installs one when the user's locale asks for Chinese; with none installed the
English source text is returned unchanged. The catalogue is the window's own
(``resources/i18n/hangdump_zh_CN.ts``), so one file holds every string.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def install(translator: Translator | None) -> None:
    """Use ``translator(context, text)`` from now on; ``None`` restores English."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    """``text`` in the installed language, or as written when it has no translation."""
    fn = _translator
    if fn is None:
        return text
    return fn(context, text) or text


def translate_marked(context: str, text: str) -> str:
    """Translate ``text`` that was marked with :func:`QT_TRANSLATE_NOOP` under ``context``."""
    return translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for extraction without translating it yet."""
    del context
    return text
