"""Tables for the reviews part of the program (filled in with its migration)."""
