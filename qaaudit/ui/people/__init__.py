"""The People and teams page: people, their roles and teams, and the dialog for one person."""
