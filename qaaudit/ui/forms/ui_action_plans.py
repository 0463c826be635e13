# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_plans.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ActionPlansPage(object):
    def setupUi(self, ActionPlansPage):
        if not ActionPlansPage.objectName():
            ActionPlansPage.setObjectName(u"ActionPlansPage")
        ActionPlansPage.resize(1180, 680)
        self.pageLayout = QVBoxLayout(ActionPlansPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(ActionPlansPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ActionPlansPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setProperty(u"role", u"pageSubtitle")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.quarterLabel = QLabel(ActionPlansPage)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.filterLayout.addWidget(self.quarterLabel)

        self.quarterCombo = QComboBox(ActionPlansPage)
        self.quarterCombo.setObjectName(u"quarterCombo")
        self.quarterCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.quarterCombo.setMinimumContentsLength(18)

        self.filterLayout.addWidget(self.quarterCombo)

        self.areaLabel = QLabel(ActionPlansPage)
        self.areaLabel.setObjectName(u"areaLabel")

        self.filterLayout.addWidget(self.areaLabel)

        self.areaCombo = QComboBox(ActionPlansPage)
        self.areaCombo.setObjectName(u"areaCombo")

        self.filterLayout.addWidget(self.areaCombo)

        self.showLabel = QLabel(ActionPlansPage)
        self.showLabel.setObjectName(u"showLabel")

        self.filterLayout.addWidget(self.showLabel)

        self.showCombo = QComboBox(ActionPlansPage)
        self.showCombo.setObjectName(u"showCombo")

        self.filterLayout.addWidget(self.showCombo)

        self.countLabel = QLabel(ActionPlansPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.meetingLayout = QHBoxLayout()
        self.meetingLayout.setObjectName(u"meetingLayout")
        self.heldCheck = QCheckBox(ActionPlansPage)
        self.heldCheck.setObjectName(u"heldCheck")

        self.meetingLayout.addWidget(self.heldCheck)

        self.heldEdit = QDateEdit(ActionPlansPage)
        self.heldEdit.setObjectName(u"heldEdit")
        self.heldEdit.setCalendarPopup(True)

        self.meetingLayout.addWidget(self.heldEdit)

        self.notesLabel = QLabel(ActionPlansPage)
        self.notesLabel.setObjectName(u"notesLabel")

        self.meetingLayout.addWidget(self.notesLabel)

        self.meetingNotesEdit = QLineEdit(ActionPlansPage)
        self.meetingNotesEdit.setObjectName(u"meetingNotesEdit")

        self.meetingLayout.addWidget(self.meetingNotesEdit)

        self.saveMeetingButton = QPushButton(ActionPlansPage)
        self.saveMeetingButton.setObjectName(u"saveMeetingButton")

        self.meetingLayout.addWidget(self.saveMeetingButton)


        self.pageLayout.addLayout(self.meetingLayout)

        self.splitter = QSplitter(ActionPlansPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.itemsLabel = QLabel(self.listPanel)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.listLayout.addWidget(self.itemsLabel)

        self.itemsView = QTableView(self.listPanel)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.itemsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.itemsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.itemsView.setAlternatingRowColors(True)
        self.itemsView.setSortingEnabled(True)

        self.listLayout.addWidget(self.itemsView)

        self.exportLayout = QHBoxLayout()
        self.exportLayout.setObjectName(u"exportLayout")
        self.excelButton = QPushButton(self.listPanel)
        self.excelButton.setObjectName(u"excelButton")

        self.exportLayout.addWidget(self.excelButton)

        self.pdfButton = QPushButton(self.listPanel)
        self.pdfButton.setObjectName(u"pdfButton")

        self.exportLayout.addWidget(self.pdfButton)

        self.exportSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportLayout.addItem(self.exportSpacer)


        self.listLayout.addLayout(self.exportLayout)

        self.splitter.addWidget(self.listPanel)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.itemLabel = QLabel(self.detailPanel)
        self.itemLabel.setObjectName(u"itemLabel")
        self.itemLabel.setWordWrap(True)
        self.itemLabel.setTextFormat(Qt.RichText)

        self.detailLayout.addWidget(self.itemLabel)

        self.historyLabel = QLabel(self.detailPanel)
        self.historyLabel.setObjectName(u"historyLabel")

        self.detailLayout.addWidget(self.historyLabel)

        self.historyView = QTableView(self.detailPanel)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.historyView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.historyView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyView.setAlternatingRowColors(True)
        self.historyView.setWordWrap(True)

        self.detailLayout.addWidget(self.historyView)

        self.tabs = QTabWidget(self.detailPanel)
        self.tabs.setObjectName(u"tabs")
        self.progressTab = QWidget()
        self.progressTab.setObjectName(u"progressTab")
        self.progressLayout = QFormLayout(self.progressTab)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLabel = QLabel(self.progressTab)
        self.progressLabel.setObjectName(u"progressLabel")

        self.progressLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.progressLabel)

        self.progressCombo = QComboBox(self.progressTab)
        self.progressCombo.setObjectName(u"progressCombo")

        self.progressLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.progressCombo)

        self.progressNoteLabel = QLabel(self.progressTab)
        self.progressNoteLabel.setObjectName(u"progressNoteLabel")

        self.progressLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.progressNoteLabel)

        self.progressNoteEdit = QPlainTextEdit(self.progressTab)
        self.progressNoteEdit.setObjectName(u"progressNoteEdit")
        self.progressNoteEdit.setTabChangesFocus(True)
        self.progressNoteEdit.setMaximumSize(QSize(16777215, 64))

        self.progressLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.progressNoteEdit)

        self.recordProgressButton = QPushButton(self.progressTab)
        self.recordProgressButton.setObjectName(u"recordProgressButton")

        self.progressLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.recordProgressButton)

        self.tabs.addTab(self.progressTab, "")
        self.decisionTab = QWidget()
        self.decisionTab.setObjectName(u"decisionTab")
        self.decisionLayout = QFormLayout(self.decisionTab)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionLabel = QLabel(self.decisionTab)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.decisionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QPlainTextEdit(self.decisionTab)
        self.decisionEdit.setObjectName(u"decisionEdit")
        self.decisionEdit.setTabChangesFocus(True)
        self.decisionEdit.setMaximumSize(QSize(16777215, 64))

        self.decisionLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.closeCheck = QCheckBox(self.decisionTab)
        self.closeCheck.setObjectName(u"closeCheck")

        self.decisionLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.closeCheck)

        self.newDueCheck = QCheckBox(self.decisionTab)
        self.newDueCheck.setObjectName(u"newDueCheck")

        self.decisionLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newDueCheck)

        self.newDueEdit = QDateEdit(self.decisionTab)
        self.newDueEdit.setObjectName(u"newDueEdit")
        self.newDueEdit.setCalendarPopup(True)

        self.decisionLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newDueEdit)

        self.recordDecisionButton = QPushButton(self.decisionTab)
        self.recordDecisionButton.setObjectName(u"recordDecisionButton")

        self.decisionLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.recordDecisionButton)

        self.tabs.addTab(self.decisionTab, "")
        self.newTab = QWidget()
        self.newTab.setObjectName(u"newTab")
        self.newLayout = QFormLayout(self.newTab)
        self.newLayout.setObjectName(u"newLayout")
        self.recommendationLabel = QLabel(self.newTab)
        self.recommendationLabel.setObjectName(u"recommendationLabel")

        self.newLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recommendationLabel)

        self.recommendationCombo = QComboBox(self.newTab)
        self.recommendationCombo.setObjectName(u"recommendationCombo")

        self.newLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recommendationCombo)

        self.ownerLabel = QLabel(self.newTab)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.newLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(self.newTab)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.newLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.itemAreaLabel = QLabel(self.newTab)
        self.itemAreaLabel.setObjectName(u"itemAreaLabel")

        self.newLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.itemAreaLabel)

        self.itemAreaCombo = QComboBox(self.newTab)
        self.itemAreaCombo.setObjectName(u"itemAreaCombo")

        self.newLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.itemAreaCombo)

        self.actionLabel = QLabel(self.newTab)
        self.actionLabel.setObjectName(u"actionLabel")

        self.newLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionEdit = QPlainTextEdit(self.newTab)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionEdit.setTabChangesFocus(True)
        self.actionEdit.setMaximumSize(QSize(16777215, 64))

        self.newLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.actionEdit)

        self.dueLabel = QLabel(self.newTab)
        self.dueLabel.setObjectName(u"dueLabel")

        self.newLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QDateEdit(self.newTab)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.newLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.addItemButton = QPushButton(self.newTab)
        self.addItemButton.setObjectName(u"addItemButton")

        self.newLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.addItemButton)

        self.tabs.addTab(self.newTab, "")

        self.detailLayout.addWidget(self.tabs)

        self.problemLabel = QLabel(self.detailPanel)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.PlainText)

        self.detailLayout.addWidget(self.problemLabel)

        self.detailLayout.setStretch(2, 1)
        self.splitter.addWidget(self.detailPanel)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.quarterLabel.setBuddy(self.quarterCombo)
        self.areaLabel.setBuddy(self.areaCombo)
        self.showLabel.setBuddy(self.showCombo)
        self.notesLabel.setBuddy(self.meetingNotesEdit)
        self.itemsLabel.setBuddy(self.itemsView)
        self.historyLabel.setBuddy(self.historyView)
        self.progressLabel.setBuddy(self.progressCombo)
        self.progressNoteLabel.setBuddy(self.progressNoteEdit)
        self.decisionLabel.setBuddy(self.decisionEdit)
        self.recommendationLabel.setBuddy(self.recommendationCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.itemAreaLabel.setBuddy(self.itemAreaCombo)
        self.actionLabel.setBuddy(self.actionEdit)
        self.dueLabel.setBuddy(self.dueEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionPlansPage)

        QMetaObject.connectSlotsByName(ActionPlansPage)
    # setupUi

    def retranslateUi(self, ActionPlansPage):
#if QT_CONFIG(accessibility)
        ActionPlansPage.setAccessibleName(QCoreApplication.translate("ActionPlansPage", u"Action plans", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ActionPlansPage", u"Action plans and the quarterly QA meeting", None))
        self.introLabel.setText(QCoreApplication.translate("ActionPlansPage", u"Each recommendation of an audit report becomes action plan items, owned by a Strategic Lead for their service area, with a due date and progress red, amber or green. Strategic Leads record progress with a note; the Strategic Lead for Quality Assurance goes through every open item at the quarterly QA meeting and records what it decided.", None))
        self.quarterLabel.setText(QCoreApplication.translate("ActionPlansPage", u"&Quarterly QA meeting:", None))
        self.areaLabel.setText(QCoreApplication.translate("ActionPlansPage", u"Service &area:", None))
        self.showLabel.setText(QCoreApplication.translate("ActionPlansPage", u"S&how:", None))
        self.heldCheck.setText(QCoreApplication.translate("ActionPlansPage", u"Meeting &held on", None))
        self.heldEdit.setDisplayFormat(QCoreApplication.translate("ActionPlansPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.heldEdit.setAccessibleName(QCoreApplication.translate("ActionPlansPage", u"Date the meeting was held", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("ActionPlansPage", u"Meeting &notes:", None))
        self.meetingNotesEdit.setPlaceholderText(QCoreApplication.translate("ActionPlansPage", u"Who attended, what was discussed", None))
        self.saveMeetingButton.setText(QCoreApplication.translate("ActionPlansPage", u"Save the meeting's notes", None))
        self.itemsLabel.setText(QCoreApplication.translate("ActionPlansPage", u"Action plan &items, by service area", None))
#if QT_CONFIG(accessibility)
        self.itemsView.setAccessibleName(QCoreApplication.translate("ActionPlansPage", u"Action plan items", None))
#endif // QT_CONFIG(accessibility)
        self.excelButton.setText(QCoreApplication.translate("ActionPlansPage", u"Export to E&xcel\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("ActionPlansPage", u"Export P&DF\u2026", None))
        self.historyLabel.setText(QCoreApplication.translate("ActionPlansPage", u"Progress &history and decisions", None))
        self.progressLabel.setText(QCoreApplication.translate("ActionPlansPage", u"&Progress", None))
        self.progressNoteLabel.setText(QCoreApplication.translate("ActionPlansPage", u"What has &happened", None))
        self.recordProgressButton.setText(QCoreApplication.translate("ActionPlansPage", u"&Record progress", None))
        self.tabs.setTabText(self.tabs.indexOf(self.progressTab), QCoreApplication.translate("ActionPlansPage", u"Progress", None))
        self.decisionLabel.setText(QCoreApplication.translate("ActionPlansPage", u"The meeting &decided", None))
        self.closeCheck.setText(QCoreApplication.translate("ActionPlansPage", u"&Close the item: the action is done", None))
        self.newDueCheck.setText(QCoreApplication.translate("ActionPlansPage", u"New d&ue date", None))
        self.newDueEdit.setDisplayFormat(QCoreApplication.translate("ActionPlansPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.newDueEdit.setAccessibleName(QCoreApplication.translate("ActionPlansPage", u"New due date", None))
#endif // QT_CONFIG(accessibility)
        self.recordDecisionButton.setText(QCoreApplication.translate("ActionPlansPage", u"Record the &decision", None))
        self.tabs.setTabText(self.tabs.indexOf(self.decisionTab), QCoreApplication.translate("ActionPlansPage", u"Meeting decision", None))
        self.recommendationLabel.setText(QCoreApplication.translate("ActionPlansPage", u"Recommendation", None))
        self.ownerLabel.setText(QCoreApplication.translate("ActionPlansPage", u"&Owner (Strategic Lead)", None))
        self.itemAreaLabel.setText(QCoreApplication.translate("ActionPlansPage", u"For the service area", None))
        self.actionLabel.setText(QCoreApplication.translate("ActionPlansPage", u"&What will be done", None))
        self.dueLabel.setText(QCoreApplication.translate("ActionPlansPage", u"Due &by", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("ActionPlansPage", u"dd/MM/yyyy", None))
        self.addItemButton.setText(QCoreApplication.translate("ActionPlansPage", u"&Add to the action plan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.newTab), QCoreApplication.translate("ActionPlansPage", u"New item", None))
    # retranslateUi

