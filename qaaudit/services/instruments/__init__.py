"""The council's own forms: the instrument versions shipped with the program and those the
QA lead drafts, imports and publishes; what each is, and the file each is written to."""
