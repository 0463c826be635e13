"""The QAF plan and its due lists as a workbook the council prints, and a plan read back in
from such a workbook."""
