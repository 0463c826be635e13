"""What every page shares: the context a page is given (database, person, today), the
palette-aware theme, date and choice fields, the rows model behind tables, background
work with progress and Cancel, the save-as dialog and the conflict dialog."""
