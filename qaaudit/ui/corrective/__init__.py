"""The Corrective action page and the notice of overdue corrective action shown at start."""
