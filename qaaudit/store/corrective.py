"""Tables for corrective action (filled in with its migration)."""
