"""The loop above the single case: audit reports for a month, a quarter or a theme, with
findings drawn up from the audits and recommendations (`reports`); the action plan items
Strategic Leads own for their service areas, with progress red / amber / green and a note
each time (`action_plans`); and the quarterly QA meeting that monitors them (`meetings`)."""
