# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assign_role_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AssignRoleDialog(object):
    def setupUi(self, AssignRoleDialog):
        if not AssignRoleDialog.objectName():
            AssignRoleDialog.setObjectName(u"AssignRoleDialog")
        AssignRoleDialog.resize(560, 300)
        self.dialogLayout = QVBoxLayout(AssignRoleDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.personLabel = QLabel(AssignRoleDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(AssignRoleDialog)
        self.personCombo.setObjectName(u"personCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.roleLabel = QLabel(AssignRoleDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(AssignRoleDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.lineLabel = QLabel(AssignRoleDialog)
        self.lineLabel.setObjectName(u"lineLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lineLabel)

        self.lineCombo = QComboBox(AssignRoleDialog)
        self.lineCombo.setObjectName(u"lineCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lineCombo)

        self.teamLabel = QLabel(AssignRoleDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamCombo = QComboBox(AssignRoleDialog)
        self.teamCombo.setObjectName(u"teamCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.teamCombo)

        self.startLabel = QLabel(AssignRoleDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateEdit(AssignRoleDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endCheck = QCheckBox(AssignRoleDialog)
        self.endCheck.setObjectName(u"endCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.endCheck)

        self.endEdit = QDateEdit(AssignRoleDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setEnabled(False)
        self.endEdit.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.endEdit)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(AssignRoleDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #B00020;")

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttons = QDialogButtonBox(AssignRoleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.lineLabel.setBuddy(self.lineCombo)
        self.teamLabel.setBuddy(self.teamCombo)
        self.startLabel.setBuddy(self.startEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssignRoleDialog)

        QMetaObject.connectSlotsByName(AssignRoleDialog)
    # setupUi

    def retranslateUi(self, AssignRoleDialog):
        AssignRoleDialog.setWindowTitle(QCoreApplication.translate("AssignRoleDialog", u"Assign a role", None))
        self.personLabel.setText(QCoreApplication.translate("AssignRoleDialog", u"&Person", None))
        self.roleLabel.setText(QCoreApplication.translate("AssignRoleDialog", u"&Role", None))
        self.lineLabel.setText(QCoreApplication.translate("AssignRoleDialog", u"&Line of a rota", None))
        self.teamLabel.setText(QCoreApplication.translate("AssignRoleDialog", u"&Team", None))
        self.startLabel.setText(QCoreApplication.translate("AssignRoleDialog", u"&From", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("AssignRoleDialog", u"dd/MM/yyyy", None))
        self.endCheck.setText(QCoreApplication.translate("AssignRoleDialog", u"&Until", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("AssignRoleDialog", u"dd/MM/yyyy", None))
        self.problemLabel.setText("")
    # retranslateUi

