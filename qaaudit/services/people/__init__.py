"""People and teams: who holds which roles, in which team and service area; adding,
changing and deactivating people, as an administrator or QA lead may."""
