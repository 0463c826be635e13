"""Generated from forms/*.ui by pyside6-uic: never edit; regenerate instead."""
