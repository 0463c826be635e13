# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(820, 480)
        self.layout = QVBoxLayout(ConflictDialog)
        self.layout.setObjectName(u"layout")
        self.messageLabel = QLabel(ConflictDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.differencesLabel = QLabel(ConflictDialog)
        self.differencesLabel.setObjectName(u"differencesLabel")

        self.layout.addWidget(self.differencesLabel)

        self.differencesView = QTableView(ConflictDialog)
        self.differencesView.setObjectName(u"differencesView")
        self.differencesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differencesView.setWordWrap(True)
        self.differencesView.setAlternatingRowColors(True)

        self.layout.addWidget(self.differencesView)

        self.adviceLabel = QLabel(ConflictDialog)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setWordWrap(True)

        self.layout.addWidget(self.adviceLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.copyButton = QPushButton(ConflictDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttons.addWidget(self.copyButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.reloadButton = QPushButton(ConflictDialog)
        self.reloadButton.setObjectName(u"reloadButton")

        self.buttons.addWidget(self.reloadButton)

        self.cancelButton = QPushButton(ConflictDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.differencesLabel.setBuddy(self.differencesView)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConflictDialog)

        self.cancelButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Someone else saved this audit", None))
        self.messageLabel.setText("")
        self.differencesLabel.setText(QCoreApplication.translate("ConflictDialog", u"&Where the stored audit differs from your screen:", None))
        self.adviceLabel.setText(QCoreApplication.translate("ConflictDialog", u"Your text is still on screen. Copy it first if you want to keep it, then reload the stored audit and add your changes again, or cancel to go back to your text.", None))
        self.copyButton.setText(QCoreApplication.translate("ConflictDialog", u"&Copy my text", None))
        self.reloadButton.setText(QCoreApplication.translate("ConflictDialog", u"&Reload the stored audit", None))
        self.cancelButton.setText(QCoreApplication.translate("ConflictDialog", u"Cancel: back to my text", None))
    # retranslateUi

