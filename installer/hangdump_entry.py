"""Entry script of the frozen bundle (PyInstaller runs this as ``__main__``).

The same as the ``hangdump`` console script (``gui.launch:main``), plus one internal
argument: ``hangdump selftest`` starts this executable again with
``--selftest-qt-child`` to run the Qt checks in a separate process, because a bundle
has no ``python -m gui.selftest``.
"""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless something spawns a pool
    if sys.argv[1:2] == ["--selftest-qt-child"]:
        from gui.selftest import main

        sys.exit(main())
    from gui.launch import main as launch

    sys.exit(launch())
