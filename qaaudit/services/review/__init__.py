"""The six-monthly service performance review: the four lenses, its actions and their
progress, figures quoted from the QAF plan, and two reviews side by side."""
