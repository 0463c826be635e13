# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QToolButton,
    QVBoxLayout, QWidget)

class Ui_ReviewEditor(object):
    def setupUi(self, ReviewEditor):
        if not ReviewEditor.objectName():
            ReviewEditor.setObjectName(u"ReviewEditor")
        ReviewEditor.resize(1280, 800)
        self.rootLayout = QVBoxLayout(ReviewEditor)
        self.rootLayout.setSpacing(6)
        self.rootLayout.setObjectName(u"rootLayout")
        self.titleLabel = QLabel(ReviewEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.PlainText)

        self.rootLayout.addWidget(self.titleLabel)

        self.statusLabel = QLabel(ReviewEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.PlainText)
        self.statusLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.statusLabel)

        self.bannerLabel = QLabel(ReviewEditor)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setTextFormat(Qt.PlainText)
        self.bannerLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.bannerLabel)

        self.recoveryBar = QFrame(ReviewEditor)
        self.recoveryBar.setObjectName(u"recoveryBar")
        self.recoveryBar.setFrameShape(QFrame.StyledPanel)
        self.recoveryLayout = QHBoxLayout(self.recoveryBar)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryLabel = QLabel(self.recoveryBar)
        self.recoveryLabel.setObjectName(u"recoveryLabel")
        self.recoveryLabel.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryLabel)

        self.restoreButton = QPushButton(self.recoveryBar)
        self.restoreButton.setObjectName(u"restoreButton")

        self.recoveryLayout.addWidget(self.restoreButton)

        self.discardButton = QPushButton(self.recoveryBar)
        self.discardButton.setObjectName(u"discardButton")

        self.recoveryLayout.addWidget(self.discardButton)


        self.rootLayout.addWidget(self.recoveryBar)

        self.problemsList = QListWidget(ReviewEditor)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setMaximumSize(QSize(16777215, 110))

        self.rootLayout.addWidget(self.problemsList)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveButton = QPushButton(ReviewEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.sendButton = QPushButton(ReviewEditor)
        self.sendButton.setObjectName(u"sendButton")

        self.buttonRow.addWidget(self.sendButton)

        self.returnButton = QPushButton(ReviewEditor)
        self.returnButton.setObjectName(u"returnButton")

        self.buttonRow.addWidget(self.returnButton)

        self.finalButton = QPushButton(ReviewEditor)
        self.finalButton.setObjectName(u"finalButton")

        self.buttonRow.addWidget(self.finalButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.figuresButton = QPushButton(ReviewEditor)
        self.figuresButton.setObjectName(u"figuresButton")

        self.buttonRow.addWidget(self.figuresButton)

        self.carryButton = QPushButton(ReviewEditor)
        self.carryButton.setObjectName(u"carryButton")

        self.buttonRow.addWidget(self.carryButton)

        self.compareButton = QPushButton(ReviewEditor)
        self.compareButton.setObjectName(u"compareButton")

        self.buttonRow.addWidget(self.compareButton)

        self.exportButton = QToolButton(ReviewEditor)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setPopupMode(QToolButton.InstantPopup)

        self.buttonRow.addWidget(self.exportButton)

        self.guidanceButton = QPushButton(ReviewEditor)
        self.guidanceButton.setObjectName(u"guidanceButton")
        self.guidanceButton.setCheckable(True)

        self.buttonRow.addWidget(self.guidanceButton)


        self.rootLayout.addLayout(self.buttonRow)

        self.splitter = QSplitter(ReviewEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.navList = QListWidget(self.splitter)
        self.navList.setObjectName(u"navList")
        self.navList.setMaximumSize(QSize(230, 16777215))
        self.splitter.addWidget(self.navList)
        self.scrollArea = QScrollArea(self.splitter)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.headerGroup = QGroupBox(self.scrollContents)
        self.headerGroup.setObjectName(u"headerGroup")
        self.headerLayout = QFormLayout(self.headerGroup)
        self.headerLayout.setObjectName(u"headerLayout")
        self.serviceAreaLabel = QLabel(self.headerGroup)
        self.serviceAreaLabel.setObjectName(u"serviceAreaLabel")

        self.headerLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serviceAreaLabel)

        self.serviceAreaValue = QLabel(self.headerGroup)
        self.serviceAreaValue.setObjectName(u"serviceAreaValue")
        self.serviceAreaValue.setTextFormat(Qt.PlainText)

        self.headerLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serviceAreaValue)

        self.periodLabel = QLabel(self.headerGroup)
        self.periodLabel.setObjectName(u"periodLabel")

        self.headerLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodValue = QLabel(self.headerGroup)
        self.periodValue.setObjectName(u"periodValue")
        self.periodValue.setTextFormat(Qt.PlainText)

        self.headerLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodValue)

        self.panelDateLabel = QLabel(self.headerGroup)
        self.panelDateLabel.setObjectName(u"panelDateLabel")

        self.headerLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.panelDateLabel)

        self.panelDateEdit = QLineEdit(self.headerGroup)
        self.panelDateEdit.setObjectName(u"panelDateEdit")
        self.panelDateEdit.setMaximumSize(QSize(220, 16777215))

        self.headerLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.panelDateEdit)

        self.keyOutcomesLabel = QLabel(self.headerGroup)
        self.keyOutcomesLabel.setObjectName(u"keyOutcomesLabel")
        self.keyOutcomesLabel.setWordWrap(True)

        self.headerLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.keyOutcomesLabel)

        self.keyOutcomesEdit = QPlainTextEdit(self.headerGroup)
        self.keyOutcomesEdit.setObjectName(u"keyOutcomesEdit")
        self.keyOutcomesEdit.setTabChangesFocus(True)
        self.keyOutcomesEdit.setMaximumSize(QSize(16777215, 80))

        self.headerLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keyOutcomesEdit)

        self.populationLabel = QLabel(self.headerGroup)
        self.populationLabel.setObjectName(u"populationLabel")
        self.populationLabel.setWordWrap(True)

        self.headerLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.populationLabel)

        self.populationEdit = QPlainTextEdit(self.headerGroup)
        self.populationEdit.setObjectName(u"populationEdit")
        self.populationEdit.setTabChangesFocus(True)
        self.populationEdit.setMaximumSize(QSize(16777215, 80))

        self.headerLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.populationEdit)


        self.contentsLayout.addWidget(self.headerGroup)

        self.lensArea = QWidget(self.scrollContents)
        self.lensArea.setObjectName(u"lensArea")
        self.lensLayout = QVBoxLayout(self.lensArea)
        self.lensLayout.setObjectName(u"lensLayout")
        self.lensLayout.setContentsMargins(0, 0, 0, 0)

        self.contentsLayout.addWidget(self.lensArea)

        self.summaryGroup = QGroupBox(self.scrollContents)
        self.summaryGroup.setObjectName(u"summaryGroup")
        self.summaryLayout = QVBoxLayout(self.summaryGroup)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryGuidance = QLabel(self.summaryGroup)
        self.summaryGuidance.setObjectName(u"summaryGuidance")
        self.summaryGuidance.setWordWrap(True)
        self.summaryGuidance.setTextFormat(Qt.PlainText)

        self.summaryLayout.addWidget(self.summaryGuidance)

        self.summaryEdit = QPlainTextEdit(self.summaryGroup)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMinimumSize(QSize(0, 110))

        self.summaryLayout.addWidget(self.summaryEdit)


        self.contentsLayout.addWidget(self.summaryGroup)

        self.panelGroup = QGroupBox(self.scrollContents)
        self.panelGroup.setObjectName(u"panelGroup")
        self.panelLayout = QVBoxLayout(self.panelGroup)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelNote = QLabel(self.panelGroup)
        self.panelNote.setObjectName(u"panelNote")
        self.panelNote.setWordWrap(True)
        self.panelNote.setTextFormat(Qt.PlainText)

        self.panelLayout.addWidget(self.panelNote)

        self.panelInputGuidance = QLabel(self.panelGroup)
        self.panelInputGuidance.setObjectName(u"panelInputGuidance")
        self.panelInputGuidance.setWordWrap(True)
        self.panelInputGuidance.setTextFormat(Qt.PlainText)

        self.panelLayout.addWidget(self.panelInputGuidance)

        self.panelInputEdit = QPlainTextEdit(self.panelGroup)
        self.panelInputEdit.setObjectName(u"panelInputEdit")
        self.panelInputEdit.setTabChangesFocus(True)
        self.panelInputEdit.setMinimumSize(QSize(0, 110))

        self.panelLayout.addWidget(self.panelInputEdit)

        self.panelActionsGuidance = QLabel(self.panelGroup)
        self.panelActionsGuidance.setObjectName(u"panelActionsGuidance")
        self.panelActionsGuidance.setWordWrap(True)
        self.panelActionsGuidance.setTextFormat(Qt.PlainText)

        self.panelLayout.addWidget(self.panelActionsGuidance)

        self.panelActionsArea = QWidget(self.panelGroup)
        self.panelActionsArea.setObjectName(u"panelActionsArea")
        self.panelActionsLayout = QVBoxLayout(self.panelActionsArea)
        self.panelActionsLayout.setObjectName(u"panelActionsLayout")
        self.panelActionsLayout.setContentsMargins(0, 0, 0, 0)

        self.panelLayout.addWidget(self.panelActionsArea)


        self.contentsLayout.addWidget(self.panelGroup)

        self.scrollArea.setWidget(self.scrollContents)
        self.splitter.addWidget(self.scrollArea)

        self.rootLayout.addWidget(self.splitter)

        self.rootLayout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.panelDateLabel.setBuddy(self.panelDateEdit)
        self.keyOutcomesLabel.setBuddy(self.keyOutcomesEdit)
        self.populationLabel.setBuddy(self.populationEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewEditor)

        QMetaObject.connectSlotsByName(ReviewEditor)
    # setupUi

    def retranslateUi(self, ReviewEditor):
        ReviewEditor.setWindowTitle(QCoreApplication.translate("ReviewEditor", u"Service performance review", None))
        self.titleLabel.setText(QCoreApplication.translate("ReviewEditor", u"Service performance review", None))
        self.statusLabel.setText(QCoreApplication.translate("ReviewEditor", u"Status", None))
        self.bannerLabel.setText("")
        self.recoveryLabel.setText(QCoreApplication.translate("ReviewEditor", u"You have unsaved changes to this review.", None))
        self.restoreButton.setText(QCoreApplication.translate("ReviewEditor", u"Res&tore them", None))
        self.discardButton.setText(QCoreApplication.translate("ReviewEditor", u"&Discard them", None))
#if QT_CONFIG(tooltip)
        self.problemsList.setToolTip(QCoreApplication.translate("ReviewEditor", u"What stops this step. Press Enter on a line to go to the field.", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ReviewEditor", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ReviewEditor", u"Save what is on screen (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.sendButton.setText(QCoreApplication.translate("ReviewEditor", u"Send to &panel", None))
#if QT_CONFIG(tooltip)
        self.sendButton.setToolTip(QCoreApplication.translate("ReviewEditor", u"The self-assessment is complete: send it to the review panel (Ctrl+Return)", None))
#endif // QT_CONFIG(tooltip)
        self.returnButton.setText(QCoreApplication.translate("ReviewEditor", u"&Return to service", None))
#if QT_CONFIG(tooltip)
        self.returnButton.setToolTip(QCoreApplication.translate("ReviewEditor", u"Send the self-assessment back to the service for more work", None))
#endif // QT_CONFIG(tooltip)
        self.finalButton.setText(QCoreApplication.translate("ReviewEditor", u"Make &final", None))
#if QT_CONFIG(tooltip)
        self.finalButton.setToolTip(QCoreApplication.translate("ReviewEditor", u"The panel has met: make the review final and lock it (Ctrl+Return)", None))
#endif // QT_CONFIG(tooltip)
        self.figuresButton.setText(QCoreApplication.translate("ReviewEditor", u"Refresh f&igures", None))
#if QT_CONFIG(tooltip)
        self.figuresButton.setToolTip(QCoreApplication.translate("ReviewEditor", u"Fill in the professional challenge figures again from today's audits and schedule", None))
#endif // QT_CONFIG(tooltip)
        self.carryButton.setText(QCoreApplication.translate("ReviewEditor", u"&Carry over open actions", None))
#if QT_CONFIG(tooltip)
        self.carryButton.setToolTip(QCoreApplication.translate("ReviewEditor", u"Bring the previous review's actions that are not yet done into this review", None))
#endif // QT_CONFIG(tooltip)
        self.compareButton.setText(QCoreApplication.translate("ReviewEditor", u"Co&mpare with previous", None))
        self.exportButton.setText(QCoreApplication.translate("ReviewEditor", u"E&xport", None))
        self.guidanceButton.setText(QCoreApplication.translate("ReviewEditor", u"&Guidance (F1)", None))
#if QT_CONFIG(tooltip)
        self.guidanceButton.setToolTip(QCoreApplication.translate("ReviewEditor", u"Show the guidance printed in the template's column headings", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.navList.setToolTip(QCoreApplication.translate("ReviewEditor", u"Go to a part of the review (Alt+1 to Alt+6)", None))
#endif // QT_CONFIG(tooltip)
        self.headerGroup.setTitle(QCoreApplication.translate("ReviewEditor", u"Header", None))
        self.serviceAreaLabel.setText(QCoreApplication.translate("ReviewEditor", u"Service Area", None))
        self.periodLabel.setText(QCoreApplication.translate("ReviewEditor", u"Performance period being considered", None))
        self.panelDateLabel.setText(QCoreApplication.translate("ReviewEditor", u"Date of review &panel", None))
        self.panelDateEdit.setPlaceholderText(QCoreApplication.translate("ReviewEditor", u"dd/mm/yyyy", None))
#if QT_CONFIG(tooltip)
        self.panelDateEdit.setToolTip(QCoreApplication.translate("ReviewEditor", u"The date the review panel met (or will meet), e.g. 20/07/2017", None))
#endif // QT_CONFIG(tooltip)
        self.keyOutcomesLabel.setText(QCoreApplication.translate("ReviewEditor", u"&Key outcomes", None))
        self.populationLabel.setText(QCoreApplication.translate("ReviewEditor", u"Key p&opulation data", None))
        self.summaryGroup.setTitle(QCoreApplication.translate("ReviewEditor", u"5. Key summary points", None))
        self.panelGroup.setTitle(QCoreApplication.translate("ReviewEditor", u"6. Input from panel", None))
    # retranslateUi

