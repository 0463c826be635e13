# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(640, 580)
        self.dialogLayout = QVBoxLayout(PersonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.loginLabel = QLabel(PersonDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(PersonDialog)
        self.loginEdit.setObjectName(u"loginEdit")
        self.loginEdit.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.loginHint = QLabel(PersonDialog)
        self.loginHint.setObjectName(u"loginHint")
        self.loginHint.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.loginHint)

        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.teamLabel = QLabel(PersonDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamCombo = QComboBox(PersonDialog)
        self.teamCombo.setObjectName(u"teamCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.teamCombo)


        self.dialogLayout.addLayout(self.form)

        self.rolesGroup = QGroupBox(PersonDialog)
        self.rolesGroup.setObjectName(u"rolesGroup")
        self.rolesLayout = QVBoxLayout(self.rolesGroup)
        self.rolesLayout.setSpacing(2)
        self.rolesLayout.setObjectName(u"rolesLayout")

        self.dialogLayout.addWidget(self.rolesGroup)

        self.activeCheck = QCheckBox(PersonDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.dialogLayout.addWidget(self.activeCheck)

        self.problemLabel = QLabel(PersonDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.loginEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.teamLabel.setBuddy(self.teamCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.loginEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.activeCheck)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.loginLabel.setText(QCoreApplication.translate("PersonDialog", u"&Login", None))
#if QT_CONFIG(accessibility)
        self.loginEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Login", None))
#endif // QT_CONFIG(accessibility)
        self.loginHint.setText(QCoreApplication.translate("PersonDialog", u"Their Windows user name, as they sign in to their computer (on a shared server database: their server login).", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"E&mail", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.teamLabel.setText(QCoreApplication.translate("PersonDialog", u"&Team", None))
#if QT_CONFIG(accessibility)
        self.teamCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Team", None))
#endif // QT_CONFIG(accessibility)
        self.rolesGroup.setTitle(QCoreApplication.translate("PersonDialog", u"Roles: what they may do", None))
        self.activeCheck.setText(QCoreApplication.translate("PersonDialog", u"&Active: uses qaaudit (untick when they leave; their audits stay theirs)", None))
        self.problemLabel.setText("")
    # retranslateUi

