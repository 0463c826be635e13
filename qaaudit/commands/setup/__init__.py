"""Commands an IT department runs to set the program up: the shared server (set-up,
upgrade, logins, moving a team's file in) and the settings of a computer."""
