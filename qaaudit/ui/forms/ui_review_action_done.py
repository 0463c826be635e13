# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_action_done.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReviewActionDone(object):
    def setupUi(self, ReviewActionDone):
        if not ReviewActionDone.objectName():
            ReviewActionDone.setObjectName(u"ReviewActionDone")
        ReviewActionDone.resize(480, 260)
        self.rootLayout = QVBoxLayout(ReviewActionDone)
        self.rootLayout.setObjectName(u"rootLayout")
        self.actionLabel = QLabel(ReviewActionDone)
        self.actionLabel.setObjectName(u"actionLabel")
        self.actionLabel.setWordWrap(True)
        self.actionLabel.setTextFormat(Qt.PlainText)

        self.rootLayout.addWidget(self.actionLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.doneOnLabel = QLabel(ReviewActionDone)
        self.doneOnLabel.setObjectName(u"doneOnLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.doneOnLabel)

        self.doneOnEdit = QDateEdit(ReviewActionDone)
        self.doneOnEdit.setObjectName(u"doneOnEdit")
        self.doneOnEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.doneOnEdit)

        self.noteLabel = QLabel(ReviewActionDone)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(ReviewActionDone)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.rootLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ReviewActionDone)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.rootLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.doneOnLabel.setBuddy(self.doneOnEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewActionDone)

        QMetaObject.connectSlotsByName(ReviewActionDone)
    # setupUi

    def retranslateUi(self, ReviewActionDone):
        ReviewActionDone.setWindowTitle(QCoreApplication.translate("ReviewActionDone", u"Mark the action done", None))
        self.doneOnLabel.setText(QCoreApplication.translate("ReviewActionDone", u"Done &on", None))
        self.doneOnEdit.setDisplayFormat(QCoreApplication.translate("ReviewActionDone", u"dd/MM/yyyy", None))
        self.noteLabel.setText(QCoreApplication.translate("ReviewActionDone", u"&How it was done (optional)", None))
    # retranslateUi

