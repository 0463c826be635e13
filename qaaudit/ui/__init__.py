"""The PySide6 window. Everything here calls services; nothing here holds SQL."""
