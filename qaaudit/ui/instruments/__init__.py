"""The council's forms in the window: the list of instruments and their versions, and the
QA lead's designer for a draft version (with a preview in the audit editor)."""
