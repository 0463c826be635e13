# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'allocation_change_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AllocationChangeDialog(object):
    def setupUi(self, AllocationChangeDialog):
        if not AllocationChangeDialog.objectName():
            AllocationChangeDialog.setObjectName(u"AllocationChangeDialog")
        AllocationChangeDialog.resize(520, 340)
        self.dialogLayout = QVBoxLayout(AllocationChangeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(AllocationChangeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.caseLabel = QLabel(AllocationChangeDialog)
        self.caseLabel.setObjectName(u"caseLabel")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.caseLabel)

        self.caseEdit = QLineEdit(AllocationChangeDialog)
        self.caseEdit.setObjectName(u"caseEdit")
        self.caseEdit.setMaxLength(40)

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caseEdit)

        self.auditorLabel = QLabel(AllocationChangeDialog)
        self.auditorLabel.setObjectName(u"auditorLabel")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.auditorLabel)

        self.auditorCombo = QComboBox(AllocationChangeDialog)
        self.auditorCombo.setObjectName(u"auditorCombo")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.auditorCombo)

        self.reasonLabel = QLabel(AllocationChangeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(AllocationChangeDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 120))

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.fieldsForm)

        self.problemLabel = QLabel(AllocationChangeDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttons = QDialogButtonBox(AllocationChangeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.caseLabel.setBuddy(self.caseEdit)
        self.auditorLabel.setBuddy(self.auditorCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AllocationChangeDialog)

        QMetaObject.connectSlotsByName(AllocationChangeDialog)
    # setupUi

    def retranslateUi(self, AllocationChangeDialog):
        AllocationChangeDialog.setWindowTitle(QCoreApplication.translate("AllocationChangeDialog", u"Add a targeted case", None))
        self.introLabel.setText("")
        self.caseLabel.setText(QCoreApplication.translate("AllocationChangeDialog", u"&Case number:", None))
#if QT_CONFIG(accessibility)
        self.caseEdit.setAccessibleName(QCoreApplication.translate("AllocationChangeDialog", u"Case number", None))
#endif // QT_CONFIG(accessibility)
        self.auditorLabel.setText(QCoreApplication.translate("AllocationChangeDialog", u"&Auditor:", None))
#if QT_CONFIG(accessibility)
        self.auditorCombo.setAccessibleName(QCoreApplication.translate("AllocationChangeDialog", u"Auditor", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("AllocationChangeDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("AllocationChangeDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
    # retranslateUi

