"""What every use case shares: who is using the program, the change history, refusals told
the same way, recovery copies of what is on screen, and backups to go back to."""
