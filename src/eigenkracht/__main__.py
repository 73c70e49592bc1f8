"""`python -m eigenkracht`: the same as the `eigenkracht` command."""

import sys

from eigenkracht.cli import main

if __name__ == "__main__":
    sys.exit(main())
