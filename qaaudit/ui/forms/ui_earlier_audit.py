# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'earlier_audit.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_EarlierAuditDialog(object):
    def setupUi(self, EarlierAuditDialog):
        if not EarlierAuditDialog.objectName():
            EarlierAuditDialog.setObjectName(u"EarlierAuditDialog")
        EarlierAuditDialog.resize(1100, 680)
        self.rootLayout = QVBoxLayout(EarlierAuditDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLabel = QLabel(EarlierAuditDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.RichText)

        self.rootLayout.addWidget(self.headerLabel)

        self.overallLabel = QLabel(EarlierAuditDialog)
        self.overallLabel.setObjectName(u"overallLabel")
        self.overallLabel.setWordWrap(True)
        self.overallLabel.setTextFormat(Qt.PlainText)

        self.rootLayout.addWidget(self.overallLabel)

        self.areasSplitter = QSplitter(EarlierAuditDialog)
        self.areasSplitter.setObjectName(u"areasSplitter")
        self.areasSplitter.setOrientation(Qt.Horizontal)
        self.areasSplitter.setChildrenCollapsible(False)
        self.areasPanel = QWidget(self.areasSplitter)
        self.areasPanel.setObjectName(u"areasPanel")
        self.areasLayout = QVBoxLayout(self.areasPanel)
        self.areasLayout.setObjectName(u"areasLayout")
        self.areasLayout.setContentsMargins(0, 0, 0, 0)
        self.areasLabel = QLabel(self.areasPanel)
        self.areasLabel.setObjectName(u"areasLabel")

        self.areasLayout.addWidget(self.areasLabel)

        self.areasView = QTableView(self.areasPanel)
        self.areasView.setObjectName(u"areasView")
        self.areasView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.areasView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.areasView.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.areasLayout.addWidget(self.areasView)

        self.areasSplitter.addWidget(self.areasPanel)
        self.narrativePanel = QWidget(self.areasSplitter)
        self.narrativePanel.setObjectName(u"narrativePanel")
        self.narrativeLayout = QGridLayout(self.narrativePanel)
        self.narrativeLayout.setObjectName(u"narrativeLayout")
        self.narrativeLayout.setContentsMargins(0, 0, 0, 0)
        self.thenLabel = QLabel(self.narrativePanel)
        self.thenLabel.setObjectName(u"thenLabel")

        self.narrativeLayout.addWidget(self.thenLabel, 0, 0, 1, 1)

        self.nowLabel = QLabel(self.narrativePanel)
        self.nowLabel.setObjectName(u"nowLabel")

        self.narrativeLayout.addWidget(self.nowLabel, 0, 1, 1, 1)

        self.thenText = QTextBrowser(self.narrativePanel)
        self.thenText.setObjectName(u"thenText")

        self.narrativeLayout.addWidget(self.thenText, 1, 0, 1, 1)

        self.nowText = QTextBrowser(self.narrativePanel)
        self.nowText.setObjectName(u"nowText")

        self.narrativeLayout.addWidget(self.nowText, 1, 1, 1, 1)

        self.areasSplitter.addWidget(self.narrativePanel)

        self.rootLayout.addWidget(self.areasSplitter)

        self.actionsLabel = QLabel(EarlierAuditDialog)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.rootLayout.addWidget(self.actionsLabel)

        self.actionsView = QTableView(EarlierAuditDialog)
        self.actionsView.setObjectName(u"actionsView")
        self.actionsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actionsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.actionsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.actionsView.setWordWrap(True)

        self.rootLayout.addWidget(self.actionsView)

        self.answerLayout = QHBoxLayout()
        self.answerLayout.setObjectName(u"answerLayout")
        self.answerLabel = QLabel(EarlierAuditDialog)
        self.answerLabel.setObjectName(u"answerLabel")

        self.answerLayout.addWidget(self.answerLabel)

        self.answerCombo = QComboBox(EarlierAuditDialog)
        self.answerCombo.setObjectName(u"answerCombo")

        self.answerLayout.addWidget(self.answerCombo)

        self.answerNoteLabel = QLabel(EarlierAuditDialog)
        self.answerNoteLabel.setObjectName(u"answerNoteLabel")

        self.answerLayout.addWidget(self.answerNoteLabel)

        self.answerNoteEdit = QLineEdit(EarlierAuditDialog)
        self.answerNoteEdit.setObjectName(u"answerNoteEdit")

        self.answerLayout.addWidget(self.answerNoteEdit)

        self.saveButton = QPushButton(EarlierAuditDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.answerLayout.addWidget(self.saveButton)


        self.rootLayout.addLayout(self.answerLayout)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.messageLabel = QLabel(EarlierAuditDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.bottomLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(EarlierAuditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.rootLayout.addLayout(self.bottomLayout)

        self.rootLayout.setStretch(2, 2)
        self.rootLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.areasLabel.setBuddy(self.areasView)
        self.thenLabel.setBuddy(self.thenText)
        self.nowLabel.setBuddy(self.nowText)
        self.actionsLabel.setBuddy(self.actionsView)
        self.answerLabel.setBuddy(self.answerCombo)
        self.answerNoteLabel.setBuddy(self.answerNoteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EarlierAuditDialog)

        QMetaObject.connectSlotsByName(EarlierAuditDialog)
    # setupUi

    def retranslateUi(self, EarlierAuditDialog):
        EarlierAuditDialog.setWindowTitle(QCoreApplication.translate("EarlierAuditDialog", u"Re-audit beside the earlier audit", None))
        self.areasLabel.setText(QCoreApplication.translate("EarlierAuditDialog", u"&Practice areas, then and now", None))
        self.thenLabel.setText(QCoreApplication.translate("EarlierAuditDialog", u"&Then", None))
        self.nowLabel.setText(QCoreApplication.translate("EarlierAuditDialog", u"&Now", None))
#if QT_CONFIG(accessibility)
        self.thenText.setAccessibleName(QCoreApplication.translate("EarlierAuditDialog", u"The earlier audit's judgement and narrative for this area", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nowText.setAccessibleName(QCoreApplication.translate("EarlierAuditDialog", u"This audit's judgement and narrative for this area", None))
#endif // QT_CONFIG(accessibility)
        self.actionsLabel.setText(QCoreApplication.translate("EarlierAuditDialog", u"&Actions agreed at the earlier audit: was each done?", None))
        self.answerLabel.setText(QCoreApplication.translate("EarlierAuditDialog", u"Was it &done?", None))
        self.answerNoteLabel.setText(QCoreApplication.translate("EarlierAuditDialog", u"N&ote", None))
        self.answerNoteEdit.setPlaceholderText(QCoreApplication.translate("EarlierAuditDialog", u"What the record shows (optional)", None))
        self.saveButton.setText(QCoreApplication.translate("EarlierAuditDialog", u"&Save the answers", None))
    # retranslateUi

