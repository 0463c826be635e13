"""Commands the QA lead uses to plan the month's work: drawing the cases to audit, and the
council's forms (instruments) the work is done on."""
