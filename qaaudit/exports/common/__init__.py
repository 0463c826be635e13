"""What every exporter shares: files written beside their target and replaced at once, user
text made safe for a cell or a PDF, the bundled font, and the look of workbooks."""
