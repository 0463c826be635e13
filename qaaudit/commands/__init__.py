"""Command-line commands, one module per part of the program. Each module has
``register(groups)`` adding its sub-commands to the parsers in ``CommandGroups``."""
