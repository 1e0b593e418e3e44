"""Loading HangDump's and Qt's own translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from backends import i18n as backend_i18n
from backends.resources import resource_path

I18N_DIR = resource_path("i18n")
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str | None) -> str:
    """Install translators for ``language`` (``None``: the system locale).

    Returns the language actually used ("en" when nothing matched).
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    backend_i18n.install(None)
    locale = QLocale(language) if language else QLocale.system()
    if locale.language() == QLocale.Language.English or language == "en":
        return "en"
    ours = QTranslator(app)
    if not ours.load(locale, "hangdump", "_", str(I18N_DIR)):
        return "en"
    app.installTranslator(ours)
    _installed.append(ours)
    # Backend messages (errors, progress, checklists) come from worker threads;
    # QCoreApplication.translate is thread-safe.
    backend_i18n.install(QCoreApplication.translate)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return locale.name()


def install_for_command_line() -> str:
    """Translate a subcommand's backend messages into Chinese (gui.launch decides when).

    No application object is made: a lone QTranslator answers directly.
    """
    translator = QTranslator()
    if not translator.load(str(I18N_DIR / "hangdump_zh_CN.qm")):
        return "en"
    _installed.append(translator)  # keep it alive
    backend_i18n.install(lambda context, text: translator.translate(context, text))
    return "zh_CN"
