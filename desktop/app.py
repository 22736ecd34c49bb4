"""Start-up: parse the command line, then run a CLI command or open the window.

Nothing heavy (Qt, pandas, scikit-learn) is imported here: a CLI command loads only what it
needs, and the window imports Qt only once it is asked for.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from core import __version__
from core.messages import set_language
from desktop.cli import build_parser, run_command


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(__version__)
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.lang:
        set_language(args.lang)
    if args.self_test:
        from desktop.self_test import run_self_test

        return run_self_test()
    if args.command:
        return run_command(args)
    from desktop.gui.launch import run_gui

    exit_code: int = run_gui(args)
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
