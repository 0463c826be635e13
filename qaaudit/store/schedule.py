"""Tables for the schedule part of the program (filled in with its migration)."""
