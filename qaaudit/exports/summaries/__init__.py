"""The monthly learning summary ("QA matters") as a PDF for boards and teams."""
