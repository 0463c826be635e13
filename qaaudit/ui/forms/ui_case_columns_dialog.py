# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_columns_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CaseColumnsDialog(object):
    def setupUi(self, CaseColumnsDialog):
        if not CaseColumnsDialog.objectName():
            CaseColumnsDialog.setObjectName(u"CaseColumnsDialog")
        CaseColumnsDialog.resize(560, 380)
        self.dialogLayout = QVBoxLayout(CaseColumnsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CaseColumnsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.columnsForm = QFormLayout()
        self.columnsForm.setObjectName(u"columnsForm")

        self.dialogLayout.addLayout(self.columnsForm)

        self.problemLabel = QLabel(CaseColumnsDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttons = QDialogButtonBox(CaseColumnsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(CaseColumnsDialog)

        QMetaObject.connectSlotsByName(CaseColumnsDialog)
    # setupUi

    def retranslateUi(self, CaseColumnsDialog):
        CaseColumnsDialog.setWindowTitle(QCoreApplication.translate("CaseColumnsDialog", u"Which columns of the case list?", None))
        self.introLabel.setText(QCoreApplication.translate("CaseColumnsDialog", u"Say which column of the case list holds each of these. qaaudit remembers your choice for next month's list. Columns not chosen (a child's name, for example) are not read.", None))
        self.problemLabel.setText("")
    # retranslateUi

