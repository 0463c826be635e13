"""The case file audit: starting, saving, completing and deleting one; the list a person may
see; the audit data read for workbooks and read back in; and what completing an audit sets
in motion."""
