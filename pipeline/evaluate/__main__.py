"""``python -m pipeline.evaluate [boilerplate|extraction|findings|flags] [options]``"""

from __future__ import annotations

import importlib
import sys

SCORERS = ("boilerplate", "extraction", "findings", "flags")


def main(argv: list[str]) -> int:
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    names = [argv.pop(0)] if argv and argv[0] in SCORERS else list(SCORERS)
    status = 0
    for name in names:
        print(f"== {name} ==")
        status |= importlib.import_module(f"pipeline.evaluate.{name}").main(argv)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
