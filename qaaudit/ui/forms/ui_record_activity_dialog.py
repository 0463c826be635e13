# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_activity_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_RecordActivityDialog(object):
    def setupUi(self, RecordActivityDialog):
        if not RecordActivityDialog.objectName():
            RecordActivityDialog.setObjectName(u"RecordActivityDialog")
        RecordActivityDialog.resize(480, 320)
        self.dialogLayout = QVBoxLayout(RecordActivityDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.taskLabel = QLabel(RecordActivityDialog)
        self.taskLabel.setObjectName(u"taskLabel")
        self.taskLabel.setWordWrap(True)
        self.taskLabel.setStyleSheet(u"font-weight: 600;")

        self.dialogLayout.addWidget(self.taskLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(RecordActivityDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(RecordActivityDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.countLabel = QLabel(RecordActivityDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countLabel)

        self.countSpin = QSpinBox(RecordActivityDialog)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(1)
        self.countSpin.setMaximum(999)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countSpin)

        self.noteLabel = QLabel(RecordActivityDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(RecordActivityDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(RecordActivityDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #B00020;")

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttons = QDialogButtonBox(RecordActivityDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.countLabel.setBuddy(self.countSpin)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecordActivityDialog)

        QMetaObject.connectSlotsByName(RecordActivityDialog)
    # setupUi

    def retranslateUi(self, RecordActivityDialog):
        RecordActivityDialog.setWindowTitle(QCoreApplication.translate("RecordActivityDialog", u"Record an activity as done", None))
        self.taskLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("RecordActivityDialog", u"&Done on", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("RecordActivityDialog", u"dd/MM/yyyy", None))
        self.countLabel.setText(QCoreApplication.translate("RecordActivityDialog", u"&How many", None))
        self.noteLabel.setText(QCoreApplication.translate("RecordActivityDialog", u"&Note", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("RecordActivityDialog", u"What was done and any feedback given (no names or case numbers needed)", None))
        self.problemLabel.setText("")
    # retranslateUi

