"""What the frozen program runs: the ``qaaudit`` command, as ``pip install`` makes it."""

import sys

from qaaudit.cli import main

if __name__ == "__main__":
    sys.exit(main())
