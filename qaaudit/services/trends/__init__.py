"""The trend of good versus not yet good: by month, by practice area and for cases audited
again, each figure an aggregate query."""
