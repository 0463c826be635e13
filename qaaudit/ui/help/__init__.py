"""Help: the template's hints and tips, every part's keyboard shortcuts, and the dialog that
shows them."""
