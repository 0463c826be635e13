"""``python -m qaaudit`` runs the command line (and so, by default, the window)."""

import sys

from qaaudit.cli import main

sys.exit(main())
