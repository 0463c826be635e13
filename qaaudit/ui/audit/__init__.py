"""The case file audit on screen: the editor with its practice area panels and judgement
picker, saving and recovery copies, problems shown at their fields, the audit list and
its actions, and the PDF of one audit."""
