# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_reports.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_AuditReportsPage(object):
    def setupUi(self, AuditReportsPage):
        if not AuditReportsPage.objectName():
            AuditReportsPage.setObjectName(u"AuditReportsPage")
        AuditReportsPage.resize(1180, 680)
        self.pageLayout = QVBoxLayout(AuditReportsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(AuditReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AuditReportsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setProperty(u"role", u"pageSubtitle")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.newLayout = QHBoxLayout()
        self.newLayout.setSpacing(8)
        self.newLayout.setObjectName(u"newLayout")
        self.kindLabel = QLabel(AuditReportsPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.newLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(AuditReportsPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.newLayout.addWidget(self.kindCombo)

        self.periodLabel = QLabel(AuditReportsPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.newLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(AuditReportsPage)
        self.periodCombo.setObjectName(u"periodCombo")

        self.newLayout.addWidget(self.periodCombo)

        self.themeLabel = QLabel(AuditReportsPage)
        self.themeLabel.setObjectName(u"themeLabel")

        self.newLayout.addWidget(self.themeLabel)

        self.themeCombo = QComboBox(AuditReportsPage)
        self.themeCombo.setObjectName(u"themeCombo")

        self.newLayout.addWidget(self.themeCombo)

        self.draftButton = QPushButton(AuditReportsPage)
        self.draftButton.setObjectName(u"draftButton")

        self.newLayout.addWidget(self.draftButton)

        self.newSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.newLayout.addItem(self.newSpacer)


        self.pageLayout.addLayout(self.newLayout)

        self.splitter = QSplitter(AuditReportsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listLabel = QLabel(self.listPanel)
        self.listLabel.setObjectName(u"listLabel")

        self.listLayout.addWidget(self.listLabel)

        self.reportsView = QTableView(self.listPanel)
        self.reportsView.setObjectName(u"reportsView")
        self.reportsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.reportsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.reportsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.reportsView.setSortingEnabled(True)
        self.reportsView.setAlternatingRowColors(True)

        self.listLayout.addWidget(self.reportsView)

        self.splitter.addWidget(self.listPanel)
        self.editorPanel = QWidget(self.splitter)
        self.editorPanel.setObjectName(u"editorPanel")
        self.editorLayout = QVBoxLayout(self.editorPanel)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.reportTitleLayout = QHBoxLayout()
        self.reportTitleLayout.setObjectName(u"reportTitleLayout")
        self.reportTitleLabel = QLabel(self.editorPanel)
        self.reportTitleLabel.setObjectName(u"reportTitleLabel")

        self.reportTitleLayout.addWidget(self.reportTitleLabel)

        self.reportTitleEdit = QLineEdit(self.editorPanel)
        self.reportTitleEdit.setObjectName(u"reportTitleEdit")

        self.reportTitleLayout.addWidget(self.reportTitleEdit)


        self.editorLayout.addLayout(self.reportTitleLayout)

        self.statusLabel = QLabel(self.editorPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.PlainText)

        self.editorLayout.addWidget(self.statusLabel)

        self.tabs = QTabWidget(self.editorPanel)
        self.tabs.setObjectName(u"tabs")
        self.findingsTab = QWidget()
        self.findingsTab.setObjectName(u"findingsTab")
        self.findingsLayout = QFormLayout(self.findingsTab)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.introductionLabel = QLabel(self.findingsTab)
        self.introductionLabel.setObjectName(u"introductionLabel")

        self.findingsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.introductionLabel)

        self.introductionEdit = QPlainTextEdit(self.findingsTab)
        self.introductionEdit.setObjectName(u"introductionEdit")
        self.introductionEdit.setTabChangesFocus(True)

        self.findingsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.introductionEdit)

        self.strengthsLabel = QLabel(self.findingsTab)
        self.strengthsLabel.setObjectName(u"strengthsLabel")

        self.findingsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.strengthsLabel)

        self.strengthsEdit = QPlainTextEdit(self.findingsTab)
        self.strengthsEdit.setObjectName(u"strengthsEdit")
        self.strengthsEdit.setTabChangesFocus(True)

        self.findingsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.strengthsEdit)

        self.improvementsLabel = QLabel(self.findingsTab)
        self.improvementsLabel.setObjectName(u"improvementsLabel")

        self.findingsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.improvementsLabel)

        self.improvementsEdit = QPlainTextEdit(self.findingsTab)
        self.improvementsEdit.setObjectName(u"improvementsEdit")
        self.improvementsEdit.setTabChangesFocus(True)

        self.findingsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.improvementsEdit)

        self.recurringLabel = QLabel(self.findingsTab)
        self.recurringLabel.setObjectName(u"recurringLabel")

        self.findingsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recurringLabel)

        self.recurringEdit = QPlainTextEdit(self.findingsTab)
        self.recurringEdit.setObjectName(u"recurringEdit")
        self.recurringEdit.setTabChangesFocus(True)

        self.findingsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recurringEdit)

        self.tabs.addTab(self.findingsTab, "")
        self.recommendationsTab = QWidget()
        self.recommendationsTab.setObjectName(u"recommendationsTab")
        self.recommendationsLayout = QVBoxLayout(self.recommendationsTab)
        self.recommendationsLayout.setObjectName(u"recommendationsLayout")
        self.recommendationsHint = QLabel(self.recommendationsTab)
        self.recommendationsHint.setObjectName(u"recommendationsHint")
        self.recommendationsHint.setWordWrap(True)

        self.recommendationsLayout.addWidget(self.recommendationsHint)

        self.recommendationsView = QTableView(self.recommendationsTab)
        self.recommendationsView.setObjectName(u"recommendationsView")
        self.recommendationsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.recommendationsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.recommendationsView.setWordWrap(True)

        self.recommendationsLayout.addWidget(self.recommendationsView)

        self.recommendationButtons = QHBoxLayout()
        self.recommendationButtons.setObjectName(u"recommendationButtons")
        self.addRecommendationButton = QPushButton(self.recommendationsTab)
        self.addRecommendationButton.setObjectName(u"addRecommendationButton")

        self.recommendationButtons.addWidget(self.addRecommendationButton)

        self.removeRecommendationButton = QPushButton(self.recommendationsTab)
        self.removeRecommendationButton.setObjectName(u"removeRecommendationButton")

        self.recommendationButtons.addWidget(self.removeRecommendationButton)

        self.makeItemsButton = QPushButton(self.recommendationsTab)
        self.makeItemsButton.setObjectName(u"makeItemsButton")

        self.recommendationButtons.addWidget(self.makeItemsButton)

        self.recommendationSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recommendationButtons.addItem(self.recommendationSpacer)


        self.recommendationsLayout.addLayout(self.recommendationButtons)

        self.tabs.addTab(self.recommendationsTab, "")
        self.figuresTab = QWidget()
        self.figuresTab.setObjectName(u"figuresTab")
        self.figuresLayout = QVBoxLayout(self.figuresTab)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresLabel = QLabel(self.figuresTab)
        self.figuresLabel.setObjectName(u"figuresLabel")
        self.figuresLabel.setWordWrap(True)
        self.figuresLabel.setTextFormat(Qt.PlainText)

        self.figuresLayout.addWidget(self.figuresLabel)

        self.areasLabel = QLabel(self.figuresTab)
        self.areasLabel.setObjectName(u"areasLabel")

        self.figuresLayout.addWidget(self.areasLabel)

        self.areasView = QTableView(self.figuresTab)
        self.areasView.setObjectName(u"areasView")
        self.areasView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.areasView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.figuresLayout.addWidget(self.areasView)

        self.reauditsLabel = QLabel(self.figuresTab)
        self.reauditsLabel.setObjectName(u"reauditsLabel")

        self.figuresLayout.addWidget(self.reauditsLabel)

        self.reauditsView = QTableView(self.figuresTab)
        self.reauditsView.setObjectName(u"reauditsView")
        self.reauditsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.reauditsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.reauditsView.setMaximumSize(QSize(16777215, 150))

        self.figuresLayout.addWidget(self.reauditsView)

        self.tabs.addTab(self.figuresTab, "")

        self.editorLayout.addWidget(self.tabs)

        self.problemLabel = QLabel(self.editorPanel)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.PlainText)

        self.editorLayout.addWidget(self.problemLabel)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.saveButton = QPushButton(self.editorPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.actionButtons.addWidget(self.saveButton)

        self.issueButton = QPushButton(self.editorPanel)
        self.issueButton.setObjectName(u"issueButton")

        self.actionButtons.addWidget(self.issueButton)

        self.pdfButton = QPushButton(self.editorPanel)
        self.pdfButton.setObjectName(u"pdfButton")

        self.actionButtons.addWidget(self.pdfButton)

        self.wordButton = QPushButton(self.editorPanel)
        self.wordButton.setObjectName(u"wordButton")

        self.actionButtons.addWidget(self.wordButton)

        self.actionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)

        self.deleteButton = QPushButton(self.editorPanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionButtons.addWidget(self.deleteButton)


        self.editorLayout.addLayout(self.actionButtons)

        self.splitter.addWidget(self.editorPanel)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.themeLabel.setBuddy(self.themeCombo)
        self.listLabel.setBuddy(self.reportsView)
        self.reportTitleLabel.setBuddy(self.reportTitleEdit)
        self.introductionLabel.setBuddy(self.introductionEdit)
        self.strengthsLabel.setBuddy(self.strengthsEdit)
        self.improvementsLabel.setBuddy(self.improvementsEdit)
        self.recurringLabel.setBuddy(self.recurringEdit)
        self.areasLabel.setBuddy(self.areasView)
        self.reauditsLabel.setBuddy(self.reauditsView)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditReportsPage)

        QMetaObject.connectSlotsByName(AuditReportsPage)
    # setupUi

    def retranslateUi(self, AuditReportsPage):
#if QT_CONFIG(accessibility)
        AuditReportsPage.setAccessibleName(QCoreApplication.translate("AuditReportsPage", u"Audit reports", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("AuditReportsPage", u"Audit reports", None))
        self.introLabel.setText(QCoreApplication.translate("AuditReportsPage", u"The findings of a month's, a quarter's or a theme's audits, with recommendations, for the Strategic Leads and the Principal Social Worker. The program draws up the findings from the audits; edit them, add recommendations, and issue the report.", None))
        self.kindLabel.setText(QCoreApplication.translate("AuditReportsPage", u"&Report on:", None))
        self.periodLabel.setText(QCoreApplication.translate("AuditReportsPage", u"&Period:", None))
        self.themeLabel.setText(QCoreApplication.translate("AuditReportsPage", u"T&heme:", None))
        self.draftButton.setText(QCoreApplication.translate("AuditReportsPage", u"&Draw up a report", None))
#if QT_CONFIG(tooltip)
        self.draftButton.setToolTip(QCoreApplication.translate("AuditReportsPage", u"Draw up the findings of the chosen period's audits as a new report", None))
#endif // QT_CONFIG(tooltip)
        self.listLabel.setText(QCoreApplication.translate("AuditReportsPage", u"Re&ports written", None))
#if QT_CONFIG(accessibility)
        self.reportsView.setAccessibleName(QCoreApplication.translate("AuditReportsPage", u"Reports written", None))
#endif // QT_CONFIG(accessibility)
        self.reportTitleLabel.setText(QCoreApplication.translate("AuditReportsPage", u"&Title:", None))
        self.introductionLabel.setText(QCoreApplication.translate("AuditReportsPage", u"&Introduction", None))
        self.strengthsLabel.setText(QCoreApplication.translate("AuditReportsPage", u"&Strengths", None))
        self.improvementsLabel.setText(QCoreApplication.translate("AuditReportsPage", u"&Areas for improvement", None))
        self.recurringLabel.setText(QCoreApplication.translate("AuditReportsPage", u"Rec&urring findings", None))
        self.tabs.setTabText(self.tabs.indexOf(self.findingsTab), QCoreApplication.translate("AuditReportsPage", u"&Findings", None))
        self.recommendationsHint.setText(QCoreApplication.translate("AuditReportsPage", u"One recommendation a row, with the service area it is for (or every service area). Each becomes action plan items on the Action plans page.", None))
#if QT_CONFIG(accessibility)
        self.recommendationsView.setAccessibleName(QCoreApplication.translate("AuditReportsPage", u"Recommendations", None))
#endif // QT_CONFIG(accessibility)
        self.addRecommendationButton.setText(QCoreApplication.translate("AuditReportsPage", u"Add a re&commendation", None))
        self.removeRecommendationButton.setText(QCoreApplication.translate("AuditReportsPage", u"Remove the chosen recommendation", None))
        self.makeItemsButton.setText(QCoreApplication.translate("AuditReportsPage", u"&Make action plan items\u2026", None))
#if QT_CONFIG(tooltip)
        self.makeItemsButton.setToolTip(QCoreApplication.translate("AuditReportsPage", u"An action plan item for each recommendation that has none, owned by the Strategic Lead of its service area", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.recommendationsTab), QCoreApplication.translate("AuditReportsPage", u"R&ecommendations", None))
        self.areasLabel.setText(QCoreApplication.translate("AuditReportsPage", u"Practice areas", None))
#if QT_CONFIG(accessibility)
        self.areasView.setAccessibleName(QCoreApplication.translate("AuditReportsPage", u"Practice areas in the report's audits", None))
#endif // QT_CONFIG(accessibility)
        self.reauditsLabel.setText(QCoreApplication.translate("AuditReportsPage", u"Re-audits, by whether the earlier agreed actions were done", None))
#if QT_CONFIG(accessibility)
        self.reauditsView.setAccessibleName(QCoreApplication.translate("AuditReportsPage", u"Re-audits by whether the earlier actions were done", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.figuresTab), QCoreApplication.translate("AuditReportsPage", u"Fi&gures", None))
        self.saveButton.setText(QCoreApplication.translate("AuditReportsPage", u"Sa&ve", None))
        self.issueButton.setText(QCoreApplication.translate("AuditReportsPage", u"&Issue the report", None))
#if QT_CONFIG(tooltip)
        self.issueButton.setToolTip(QCoreApplication.translate("AuditReportsPage", u"Record that the report has been sent to the Strategic Leads and the Principal Social Worker", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("AuditReportsPage", u"Export P&DF\u2026", None))
        self.wordButton.setText(QCoreApplication.translate("AuditReportsPage", u"Export &Word\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("AuditReportsPage", u"Delete the report\u2026", None))
    # retranslateUi

