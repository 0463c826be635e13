"""The loop above the single case, on screen: audit reports (drafted from the audits,
edited, issued, sent as PDF or Word), the action plans with their red / amber / green
progress, and the quarterly QA meeting page."""
