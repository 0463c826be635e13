"""The QAF schedule on screen: the plan as the council prints it and its editor, the due
list, the people in each role, compliance, and the plan's workbooks."""
