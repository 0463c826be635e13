"""Tables for the quality part of the program (filled in with its migration)."""
