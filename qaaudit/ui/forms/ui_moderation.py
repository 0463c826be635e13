# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'moderation.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_ModerationPage(object):
    def setupUi(self, ModerationPage):
        if not ModerationPage.objectName():
            ModerationPage.setObjectName(u"ModerationPage")
        ModerationPage.resize(1180, 780)
        self.pageLayout = QVBoxLayout(ModerationPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(ModerationPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(ModerationPage)
        self.tabs.setObjectName(u"tabs")
        self.queueTab = QWidget()
        self.queueTab.setObjectName(u"queueTab")
        self.queueTabLayout = QHBoxLayout(self.queueTab)
        self.queueTabLayout.setObjectName(u"queueTabLayout")
        self.moderationSplitter = QSplitter(self.queueTab)
        self.moderationSplitter.setObjectName(u"moderationSplitter")
        self.moderationSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.queuePanel = QWidget(self.moderationSplitter)
        self.queuePanel.setObjectName(u"queuePanel")
        self.queueLayout = QVBoxLayout(self.queuePanel)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(0, 0, 0, 0)
        self.showRow = QHBoxLayout()
        self.showRow.setObjectName(u"showRow")
        self.showLabel = QLabel(self.queuePanel)
        self.showLabel.setObjectName(u"showLabel")

        self.showRow.addWidget(self.showLabel)

        self.showCombo = QComboBox(self.queuePanel)
        self.showCombo.addItem("")
        self.showCombo.addItem("")
        self.showCombo.setObjectName(u"showCombo")

        self.showRow.addWidget(self.showCombo)

        self.showSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.showRow.addItem(self.showSpacer)


        self.queueLayout.addLayout(self.showRow)

        self.queueTable = QTableView(self.queuePanel)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setAlternatingRowColors(True)
        self.queueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queueTable.setSortingEnabled(True)

        self.queueLayout.addWidget(self.queueTable)

        self.countLabel = QLabel(self.queuePanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.queueLayout.addWidget(self.countLabel)

        self.moderationSplitter.addWidget(self.queuePanel)
        self.readerScroll = QScrollArea(self.moderationSplitter)
        self.readerScroll.setObjectName(u"readerScroll")
        self.readerScroll.setWidgetResizable(True)
        self.readerContents = QWidget()
        self.readerContents.setObjectName(u"readerContents")
        self.readerContents.setGeometry(QRect(0, 0, 640, 900))
        self.readerLayout = QVBoxLayout(self.readerContents)
        self.readerLayout.setObjectName(u"readerLayout")
        self.auditHeading = QLabel(self.readerContents)
        self.auditHeading.setObjectName(u"auditHeading")
        self.auditHeading.setWordWrap(True)

        self.readerLayout.addWidget(self.auditHeading)

        self.auditDetails = QLabel(self.readerContents)
        self.auditDetails.setObjectName(u"auditDetails")
        self.auditDetails.setWordWrap(True)
        self.auditDetails.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.readerLayout.addWidget(self.auditDetails)

        self.overallBox = QGroupBox(self.readerContents)
        self.overallBox.setObjectName(u"overallBox")
        self.overallForm = QFormLayout(self.overallBox)
        self.overallForm.setObjectName(u"overallForm")
        self.auditorOverallCaption = QLabel(self.overallBox)
        self.auditorOverallCaption.setObjectName(u"auditorOverallCaption")

        self.overallForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.auditorOverallCaption)

        self.auditorOverallLabel = QLabel(self.overallBox)
        self.auditorOverallLabel.setObjectName(u"auditorOverallLabel")

        self.overallForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.auditorOverallLabel)

        self.overallCaption = QLabel(self.overallBox)
        self.overallCaption.setObjectName(u"overallCaption")

        self.overallForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.overallCaption)

        self.overallRow = QHBoxLayout()
        self.overallRow.setObjectName(u"overallRow")
        self.overallCombo = QComboBox(self.overallBox)
        self.overallCombo.setObjectName(u"overallCombo")

        self.overallRow.addWidget(self.overallCombo)

        self.overallAgreeLabel = QLabel(self.overallBox)
        self.overallAgreeLabel.setObjectName(u"overallAgreeLabel")

        self.overallRow.addWidget(self.overallAgreeLabel)


        self.overallForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.overallRow)


        self.readerLayout.addWidget(self.overallBox)

        self.areasBox = QGroupBox(self.readerContents)
        self.areasBox.setObjectName(u"areasBox")
        self.areasLayout = QVBoxLayout(self.areasBox)
        self.areasLayout.setObjectName(u"areasLayout")
        self.areasHolder = QWidget(self.areasBox)
        self.areasHolder.setObjectName(u"areasHolder")

        self.areasLayout.addWidget(self.areasHolder)


        self.readerLayout.addWidget(self.areasBox)

        self.qualityBox = QGroupBox(self.readerContents)
        self.qualityBox.setObjectName(u"qualityBox")
        self.qualityForm = QFormLayout(self.qualityBox)
        self.qualityForm.setObjectName(u"qualityForm")
        self.qualityForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.impactQuestion = QLabel(self.qualityBox)
        self.impactQuestion.setObjectName(u"impactQuestion")
        self.impactQuestion.setWordWrap(True)

        self.qualityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.impactQuestion)

        self.impactCombo = QComboBox(self.qualityBox)
        self.impactCombo.setObjectName(u"impactCombo")

        self.qualityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.impactCombo)

        self.narrativeQuestion = QLabel(self.qualityBox)
        self.narrativeQuestion.setObjectName(u"narrativeQuestion")
        self.narrativeQuestion.setWordWrap(True)

        self.qualityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.narrativeQuestion)

        self.narrativeCombo = QComboBox(self.qualityBox)
        self.narrativeCombo.setObjectName(u"narrativeCombo")

        self.qualityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.narrativeCombo)


        self.readerLayout.addWidget(self.qualityBox)

        self.commentLabel = QLabel(self.readerContents)
        self.commentLabel.setObjectName(u"commentLabel")

        self.readerLayout.addWidget(self.commentLabel)

        self.commentEdit = QPlainTextEdit(self.readerContents)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)
        self.commentEdit.setMaximumSize(QSize(16777215, 110))

        self.readerLayout.addWidget(self.commentEdit)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.statusLabel = QLabel(self.readerContents)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.saveRow.addWidget(self.statusLabel)

        self.saveButton = QPushButton(self.readerContents)
        self.saveButton.setObjectName(u"saveButton")

        self.saveRow.addWidget(self.saveButton)


        self.readerLayout.addLayout(self.saveRow)

        self.readerScroll.setWidget(self.readerContents)
        self.moderationSplitter.addWidget(self.readerScroll)

        self.queueTabLayout.addWidget(self.moderationSplitter)

        self.tabs.addTab(self.queueTab, "")
        self.agreementTab = QWidget()
        self.agreementTab.setObjectName(u"agreementTab")
        self.agreementLayout = QVBoxLayout(self.agreementTab)
        self.agreementLayout.setObjectName(u"agreementLayout")
        self.groupRow = QHBoxLayout()
        self.groupRow.setObjectName(u"groupRow")
        self.groupLabel = QLabel(self.agreementTab)
        self.groupLabel.setObjectName(u"groupLabel")

        self.groupRow.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(self.agreementTab)
        self.groupCombo.addItem("")
        self.groupCombo.addItem("")
        self.groupCombo.addItem("")
        self.groupCombo.setObjectName(u"groupCombo")

        self.groupRow.addWidget(self.groupCombo)

        self.groupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupRow.addItem(self.groupSpacer)


        self.agreementLayout.addLayout(self.groupRow)

        self.agreementTable = QTableView(self.agreementTab)
        self.agreementTable.setObjectName(u"agreementTable")
        self.agreementTable.setAlternatingRowColors(True)
        self.agreementTable.setSortingEnabled(True)

        self.agreementLayout.addWidget(self.agreementTable)

        self.kappaLabel = QLabel(self.agreementTab)
        self.kappaLabel.setObjectName(u"kappaLabel")
        self.kappaLabel.setWordWrap(True)

        self.agreementLayout.addWidget(self.kappaLabel)

        self.tabs.addTab(self.agreementTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.showCombo)
        self.overallCaption.setBuddy(self.overallCombo)
        self.impactQuestion.setBuddy(self.impactCombo)
        self.narrativeQuestion.setBuddy(self.narrativeCombo)
        self.commentLabel.setBuddy(self.commentEdit)
        self.groupLabel.setBuddy(self.groupCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.showCombo)
        QWidget.setTabOrder(self.showCombo, self.queueTable)
        QWidget.setTabOrder(self.queueTable, self.overallCombo)
        QWidget.setTabOrder(self.overallCombo, self.impactCombo)
        QWidget.setTabOrder(self.impactCombo, self.narrativeCombo)
        QWidget.setTabOrder(self.narrativeCombo, self.commentEdit)
        QWidget.setTabOrder(self.commentEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.agreementTable)

        self.retranslateUi(ModerationPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ModerationPage)
    # setupUi

    def retranslateUi(self, ModerationPage):
        ModerationPage.setWindowTitle(QCoreApplication.translate("ModerationPage", u"Moderation", None))
#if QT_CONFIG(accessibility)
        ModerationPage.setAccessibleName(QCoreApplication.translate("ModerationPage", u"Moderation", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ModerationPage", u"Moderation", None))
        self.showLabel.setText(QCoreApplication.translate("ModerationPage", u"&Show", None))
        self.showCombo.setItemText(0, QCoreApplication.translate("ModerationPage", u"Completed, not yet moderated", None))
        self.showCombo.setItemText(1, QCoreApplication.translate("ModerationPage", u"Already moderated", None))

#if QT_CONFIG(accessibility)
        self.showCombo.setAccessibleName(QCoreApplication.translate("ModerationPage", u"Which audits to show", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.queueTable.setAccessibleName(QCoreApplication.translate("ModerationPage", u"Completed audits", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.readerScroll.setAccessibleName(QCoreApplication.translate("ModerationPage", u"The audit and your moderation", None))
#endif // QT_CONFIG(accessibility)
        self.auditHeading.setText(QCoreApplication.translate("ModerationPage", u"Choose an audit from the list to read and moderate it.", None))
        self.overallBox.setTitle(QCoreApplication.translate("ModerationPage", u"Overall judgement", None))
        self.auditorOverallCaption.setText(QCoreApplication.translate("ModerationPage", u"Auditor's judgement", None))
        self.overallCaption.setText(QCoreApplication.translate("ModerationPage", u"&Moderated judgement", None))
#if QT_CONFIG(accessibility)
        self.overallCombo.setAccessibleName(QCoreApplication.translate("ModerationPage", u"Moderated overall judgement", None))
#endif // QT_CONFIG(accessibility)
        self.areasBox.setTitle(QCoreApplication.translate("ModerationPage", u"Practice areas", None))
        self.qualityBox.setTitle(QCoreApplication.translate("ModerationPage", u"Quality of the audit itself", None))
#if QT_CONFIG(accessibility)
        self.impactCombo.setAccessibleName(QCoreApplication.translate("ModerationPage", u"Impact on the child at the centre", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.narrativeCombo.setAccessibleName(QCoreApplication.translate("ModerationPage", u"Evaluative narrative", None))
#endif // QT_CONFIG(accessibility)
        self.commentLabel.setText(QCoreApplication.translate("ModerationPage", u"&Comment for the auditor (themes, practice issues, grading)", None))
#if QT_CONFIG(accessibility)
        self.commentEdit.setAccessibleName(QCoreApplication.translate("ModerationPage", u"Moderator's comment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("ModerationPage", u"Moderation status", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("ModerationPage", u"&Save moderation", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ModerationPage", u"Save the moderation (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.queueTab), QCoreApplication.translate("ModerationPage", u"Audits to moderate", None))
        self.groupLabel.setText(QCoreApplication.translate("ModerationPage", u"&Agreement by", None))
        self.groupCombo.setItemText(0, QCoreApplication.translate("ModerationPage", u"Auditor", None))
        self.groupCombo.setItemText(1, QCoreApplication.translate("ModerationPage", u"Team", None))
        self.groupCombo.setItemText(2, QCoreApplication.translate("ModerationPage", u"Practice area", None))

#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("ModerationPage", u"Agreement by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agreementTable.setAccessibleName(QCoreApplication.translate("ModerationPage", u"Agreement between auditors and moderators", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.agreementTab), QCoreApplication.translate("ModerationPage", u"Agreement", None))
    # retranslateUi

