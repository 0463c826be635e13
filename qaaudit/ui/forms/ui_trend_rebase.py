# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trend_rebase.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_RebaseDialog(object):
    def setupUi(self, RebaseDialog):
        if not RebaseDialog.objectName():
            RebaseDialog.setObjectName(u"RebaseDialog")
        RebaseDialog.resize(560, 420)
        self.dialogLayout = QVBoxLayout(RebaseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RebaseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.monthLabel = QLabel(RebaseDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthEdit = QDateEdit(RebaseDialog)
        self.monthEdit.setObjectName(u"monthEdit")
        self.monthEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.monthEdit)

        self.reasonLabel = QLabel(RebaseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(RebaseDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.addButton = QPushButton(RebaseDialog)
        self.addButton.setObjectName(u"addButton")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addButton)


        self.dialogLayout.addLayout(self.formLayout)

        self.rebaseTable = QTableView(RebaseDialog)
        self.rebaseTable.setObjectName(u"rebaseTable")
        self.rebaseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rebaseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialogLayout.addWidget(self.rebaseTable)

        self.messageLabel = QLabel(RebaseDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.removeButton = QPushButton(RebaseDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonRow.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(RebaseDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.monthLabel.setBuddy(self.monthEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.monthEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.rebaseTable)
        QWidget.setTabOrder(self.rebaseTable, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.closeButton)

        self.retranslateUi(RebaseDialog)

        QMetaObject.connectSlotsByName(RebaseDialog)
    # setupUi

    def retranslateUi(self, RebaseDialog):
        RebaseDialog.setWindowTitle(QCoreApplication.translate("RebaseDialog", u"Rebase the trend charts", None))
#if QT_CONFIG(accessibility)
        RebaseDialog.setAccessibleName(QCoreApplication.translate("RebaseDialog", u"Rebase the trend charts", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("RebaseDialog", u"From the month you choose, the process-control charts start a new centre line and limits, worked out from that month on: for example when a training programme began. They also start again by themselves where the audit template changed.", None))
        self.monthLabel.setText(QCoreApplication.translate("RebaseDialog", u"&From month", None))
        self.monthEdit.setDisplayFormat(QCoreApplication.translate("RebaseDialog", u"MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.monthEdit.setAccessibleName(QCoreApplication.translate("RebaseDialog", u"Month the charts start again", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("RebaseDialog", u"&Why", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("RebaseDialog", u"e.g. Training programme on impact began", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("RebaseDialog", u"Why the charts start again", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("RebaseDialog", u"&Rebase from this month", None))
#if QT_CONFIG(accessibility)
        self.rebaseTable.setAccessibleName(QCoreApplication.translate("RebaseDialog", u"Months the charts were rebased from", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("RebaseDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("RebaseDialog", u"R&emove the chosen rebase\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("RebaseDialog", u"&Close", None))
    # retranslateUi

