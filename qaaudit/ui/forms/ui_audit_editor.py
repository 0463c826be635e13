# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListView, QMainWindow,
    QMenu, QMenuBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

from qaaudit.ui.audit.judgement import JudgementPicker
from qaaudit.ui.common.fields import (ChoiceGrid, DateField, MonthField)

class Ui_AuditEditor(object):
    def setupUi(self, AuditEditor):
        if not AuditEditor.objectName():
            AuditEditor.setObjectName(u"AuditEditor")
        AuditEditor.resize(1280, 800)
        self.actionSave = QAction(AuditEditor)
        self.actionSave.setObjectName(u"actionSave")
        self.actionComplete = QAction(AuditEditor)
        self.actionComplete.setObjectName(u"actionComplete")
        self.actionExportPdf = QAction(AuditEditor)
        self.actionExportPdf.setObjectName(u"actionExportPdf")
        self.actionDeleteDraft = QAction(AuditEditor)
        self.actionDeleteDraft.setObjectName(u"actionDeleteDraft")
        self.actionClose = QAction(AuditEditor)
        self.actionClose.setObjectName(u"actionClose")
        self.actionHints = QAction(AuditEditor)
        self.actionHints.setObjectName(u"actionHints")
        self.actionHints.setCheckable(True)
        self.actionPrompts = QAction(AuditEditor)
        self.actionPrompts.setObjectName(u"actionPrompts")
        self.actionAllPrompts = QAction(AuditEditor)
        self.actionAllPrompts.setObjectName(u"actionAllPrompts")
        self.actionAllPrompts.setCheckable(True)
        self.actionNextArea = QAction(AuditEditor)
        self.actionNextArea.setObjectName(u"actionNextArea")
        self.actionPreviousArea = QAction(AuditEditor)
        self.actionPreviousArea.setObjectName(u"actionPreviousArea")
        self.centralwidget = QWidget(AuditEditor)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.bannerLabel = QLabel(self.centralwidget)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)

        self.centralLayout.addWidget(self.bannerLabel)

        self.problemsPanel = QFrame(self.centralwidget)
        self.problemsPanel.setObjectName(u"problemsPanel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.problemsPanel.sizePolicy().hasHeightForWidth())
        self.problemsPanel.setSizePolicy(sizePolicy)
        self.problemsLayout = QVBoxLayout(self.problemsPanel)
        self.problemsLayout.setSpacing(4)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(10, 10, 10, 10)
        self.problemsTitle = QLabel(self.problemsPanel)
        self.problemsTitle.setObjectName(u"problemsTitle")
        self.problemsTitle.setWordWrap(True)

        self.problemsLayout.addWidget(self.problemsTitle)

        self.problemsList = QListView(self.problemsPanel)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setMaximumSize(QSize(16777215, 130))
        self.problemsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.problemsLayout.addWidget(self.problemsList)


        self.centralLayout.addWidget(self.problemsPanel)

        self.splitter = QSplitter(self.centralwidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.formScroll = QScrollArea(self.splitter)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formBody = QWidget()
        self.formBody.setObjectName(u"formBody")
        self.formLayout = QVBoxLayout(self.formBody)
        self.formLayout.setSpacing(14)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(16, 16, 16, 16)
        self.headerGroup = QGroupBox(self.formBody)
        self.headerGroup.setObjectName(u"headerGroup")
        self.headerGrid = QGridLayout(self.headerGroup)
        self.headerGrid.setObjectName(u"headerGrid")
        self.headerGrid.setHorizontalSpacing(12)
        self.headerGrid.setVerticalSpacing(6)
        self.caseNumberLabel = QLabel(self.headerGroup)
        self.caseNumberLabel.setObjectName(u"caseNumberLabel")

        self.headerGrid.addWidget(self.caseNumberLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.caseNumberEditBox = QVBoxLayout()
        self.caseNumberEditBox.setSpacing(2)
        self.caseNumberEditBox.setObjectName(u"caseNumberEditBox")
        self.caseNumberEditBox.setContentsMargins(0, 0, 0, 0)
        self.caseNumberEdit = QLineEdit(self.headerGroup)
        self.caseNumberEdit.setObjectName(u"caseNumberEdit")
        self.caseNumberEdit.setMaxLength(40)

        self.caseNumberEditBox.addWidget(self.caseNumberEdit)

        self.caseNumberEditProblem = QLabel(self.headerGroup)
        self.caseNumberEditProblem.setObjectName(u"caseNumberEditProblem")
        self.caseNumberEditProblem.setWordWrap(True)

        self.caseNumberEditBox.addWidget(self.caseNumberEditProblem)

        self.caseNumberEditRest = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.caseNumberEditBox.addItem(self.caseNumberEditRest)


        self.headerGrid.addLayout(self.caseNumberEditBox, 0, 1, 1, 1)

        self.auditMonthLabel = QLabel(self.headerGroup)
        self.auditMonthLabel.setObjectName(u"auditMonthLabel")

        self.headerGrid.addWidget(self.auditMonthLabel, 0, 2, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.auditMonthEditBox = QVBoxLayout()
        self.auditMonthEditBox.setSpacing(2)
        self.auditMonthEditBox.setObjectName(u"auditMonthEditBox")
        self.auditMonthEditBox.setContentsMargins(0, 0, 0, 0)
        self.auditMonthEdit = MonthField(self.headerGroup)
        self.auditMonthEdit.setObjectName(u"auditMonthEdit")
        self.auditMonthEdit.setCalendarPopup(True)

        self.auditMonthEditBox.addWidget(self.auditMonthEdit)

        self.auditMonthEditProblem = QLabel(self.headerGroup)
        self.auditMonthEditProblem.setObjectName(u"auditMonthEditProblem")
        self.auditMonthEditProblem.setWordWrap(True)

        self.auditMonthEditBox.addWidget(self.auditMonthEditProblem)

        self.auditMonthEditRest = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.auditMonthEditBox.addItem(self.auditMonthEditRest)


        self.headerGrid.addLayout(self.auditMonthEditBox, 0, 3, 1, 1)

        self.teamLabel = QLabel(self.headerGroup)
        self.teamLabel.setObjectName(u"teamLabel")

        self.headerGrid.addWidget(self.teamLabel, 1, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.teamComboBox = QVBoxLayout()
        self.teamComboBox.setSpacing(2)
        self.teamComboBox.setObjectName(u"teamComboBox")
        self.teamComboBox.setContentsMargins(0, 0, 0, 0)
        self.teamCombo = QComboBox(self.headerGroup)
        self.teamCombo.setObjectName(u"teamCombo")

        self.teamComboBox.addWidget(self.teamCombo)

        self.teamComboProblem = QLabel(self.headerGroup)
        self.teamComboProblem.setObjectName(u"teamComboProblem")
        self.teamComboProblem.setWordWrap(True)

        self.teamComboBox.addWidget(self.teamComboProblem)

        self.teamComboRest = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.teamComboBox.addItem(self.teamComboRest)


        self.headerGrid.addLayout(self.teamComboBox, 1, 1, 1, 1)

        self.caseHolderLabel = QLabel(self.headerGroup)
        self.caseHolderLabel.setObjectName(u"caseHolderLabel")

        self.headerGrid.addWidget(self.caseHolderLabel, 1, 2, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.caseHolderEditBox = QVBoxLayout()
        self.caseHolderEditBox.setSpacing(2)
        self.caseHolderEditBox.setObjectName(u"caseHolderEditBox")
        self.caseHolderEditBox.setContentsMargins(0, 0, 0, 0)
        self.caseHolderEdit = QLineEdit(self.headerGroup)
        self.caseHolderEdit.setObjectName(u"caseHolderEdit")

        self.caseHolderEditBox.addWidget(self.caseHolderEdit)

        self.caseHolderEditProblem = QLabel(self.headerGroup)
        self.caseHolderEditProblem.setObjectName(u"caseHolderEditProblem")
        self.caseHolderEditProblem.setWordWrap(True)

        self.caseHolderEditBox.addWidget(self.caseHolderEditProblem)

        self.caseHolderEditRest = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.caseHolderEditBox.addItem(self.caseHolderEditRest)


        self.headerGrid.addLayout(self.caseHolderEditBox, 1, 3, 1, 1)

        self.discussedLabel = QLabel(self.headerGroup)
        self.discussedLabel.setObjectName(u"discussedLabel")

        self.headerGrid.addWidget(self.discussedLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.discussedEditBox = QVBoxLayout()
        self.discussedEditBox.setSpacing(2)
        self.discussedEditBox.setObjectName(u"discussedEditBox")
        self.discussedEditBox.setContentsMargins(0, 0, 0, 0)
        self.discussedEdit = DateField(self.headerGroup)
        self.discussedEdit.setObjectName(u"discussedEdit")

        self.discussedEditBox.addWidget(self.discussedEdit)

        self.discussedEditProblem = QLabel(self.headerGroup)
        self.discussedEditProblem.setObjectName(u"discussedEditProblem")
        self.discussedEditProblem.setWordWrap(True)

        self.discussedEditBox.addWidget(self.discussedEditProblem)

        self.discussedEditRest = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.discussedEditBox.addItem(self.discussedEditRest)


        self.headerGrid.addLayout(self.discussedEditBox, 2, 1, 1, 1)

        self.ageBandLabel = QLabel(self.headerGroup)
        self.ageBandLabel.setObjectName(u"ageBandLabel")

        self.headerGrid.addWidget(self.ageBandLabel, 2, 2, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.ageBandComboBox = QVBoxLayout()
        self.ageBandComboBox.setSpacing(2)
        self.ageBandComboBox.setObjectName(u"ageBandComboBox")
        self.ageBandComboBox.setContentsMargins(0, 0, 0, 0)
        self.ageBandCombo = QComboBox(self.headerGroup)
        self.ageBandCombo.setObjectName(u"ageBandCombo")

        self.ageBandComboBox.addWidget(self.ageBandCombo)

        self.ageBandComboProblem = QLabel(self.headerGroup)
        self.ageBandComboProblem.setObjectName(u"ageBandComboProblem")
        self.ageBandComboProblem.setWordWrap(True)

        self.ageBandComboBox.addWidget(self.ageBandComboProblem)

        self.ageBandComboRest = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.ageBandComboBox.addItem(self.ageBandComboRest)


        self.headerGrid.addLayout(self.ageBandComboBox, 2, 3, 1, 1)

        self.strandLabel = QLabel(self.headerGroup)
        self.strandLabel.setObjectName(u"strandLabel")

        self.headerGrid.addWidget(self.strandLabel, 3, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.strandComboBox = QVBoxLayout()
        self.strandComboBox.setSpacing(2)
        self.strandComboBox.setObjectName(u"strandComboBox")
        self.strandComboBox.setContentsMargins(0, 0, 0, 0)
        self.strandCombo = QComboBox(self.headerGroup)
        self.strandCombo.setObjectName(u"strandCombo")

        self.strandComboBox.addWidget(self.strandCombo)

        self.strandComboProblem = QLabel(self.headerGroup)
        self.strandComboProblem.setObjectName(u"strandComboProblem")
        self.strandComboProblem.setWordWrap(True)

        self.strandComboBox.addWidget(self.strandComboProblem)

        self.strandComboRest = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.strandComboBox.addItem(self.strandComboRest)


        self.headerGrid.addLayout(self.strandComboBox, 3, 1, 1, 1)

        self.auditorLabel = QLabel(self.headerGroup)
        self.auditorLabel.setObjectName(u"auditorLabel")

        self.headerGrid.addWidget(self.auditorLabel, 3, 2, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.auditorValueBox = QVBoxLayout()
        self.auditorValueBox.setSpacing(2)
        self.auditorValueBox.setObjectName(u"auditorValueBox")
        self.auditorValueBox.setContentsMargins(0, 0, 0, 0)
        self.auditorValue = QLabel(self.headerGroup)
        self.auditorValue.setObjectName(u"auditorValue")
        self.auditorValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.auditorValueBox.addWidget(self.auditorValue)

        self.auditorValueProblem = QLabel(self.headerGroup)
        self.auditorValueProblem.setObjectName(u"auditorValueProblem")
        self.auditorValueProblem.setWordWrap(True)

        self.auditorValueBox.addWidget(self.auditorValueProblem)

        self.auditorValueRest = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.auditorValueBox.addItem(self.auditorValueRest)


        self.headerGrid.addLayout(self.auditorValueBox, 3, 3, 1, 1)

        self.previousLabel = QLabel(self.headerGroup)
        self.previousLabel.setObjectName(u"previousLabel")

        self.headerGrid.addWidget(self.previousLabel, 4, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.previousValueBox = QVBoxLayout()
        self.previousValueBox.setSpacing(2)
        self.previousValueBox.setObjectName(u"previousValueBox")
        self.previousValueBox.setContentsMargins(0, 0, 0, 0)
        self.previousValue = QLabel(self.headerGroup)
        self.previousValue.setObjectName(u"previousValue")
        self.previousValue.setWordWrap(True)
        self.previousValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previousValueBox.addWidget(self.previousValue)

        self.previousValueProblem = QLabel(self.headerGroup)
        self.previousValueProblem.setObjectName(u"previousValueProblem")
        self.previousValueProblem.setWordWrap(True)

        self.previousValueBox.addWidget(self.previousValueProblem)

        self.previousValueRest = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.previousValueBox.addItem(self.previousValueRest)


        self.headerGrid.addLayout(self.previousValueBox, 4, 1, 1, 3)

        self.themesLabel = QLabel(self.headerGroup)
        self.themesLabel.setObjectName(u"themesLabel")

        self.headerGrid.addWidget(self.themesLabel, 5, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.themesListBox = QVBoxLayout()
        self.themesListBox.setSpacing(2)
        self.themesListBox.setObjectName(u"themesListBox")
        self.themesListBox.setContentsMargins(0, 0, 0, 0)
        self.themesList = ChoiceGrid(self.headerGroup)
        self.themesList.setObjectName(u"themesList")
        self.themesList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.themesList.setMinimumSize(QSize(0, 130))
        self.themesList.setMaximumSize(QSize(16777215, 130))

        self.themesListBox.addWidget(self.themesList)

        self.themesListProblem = QLabel(self.headerGroup)
        self.themesListProblem.setObjectName(u"themesListProblem")
        self.themesListProblem.setWordWrap(True)

        self.themesListBox.addWidget(self.themesListProblem)

        self.themesListRest = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.themesListBox.addItem(self.themesListRest)


        self.headerGrid.addLayout(self.themesListBox, 5, 1, 1, 3)

        self.headerGrid.setColumnStretch(1, 1)
        self.headerGrid.setColumnStretch(3, 1)

        self.formLayout.addWidget(self.headerGroup)

        self.areasHost = QWidget(self.formBody)
        self.areasHost.setObjectName(u"areasHost")
        self.areasLayout = QVBoxLayout(self.areasHost)
        self.areasLayout.setSpacing(12)
        self.areasLayout.setObjectName(u"areasLayout")
        self.areasLayout.setContentsMargins(0, 0, 0, 0)

        self.formLayout.addWidget(self.areasHost)

        self.overallGroup = QGroupBox(self.formBody)
        self.overallGroup.setObjectName(u"overallGroup")
        self.overallLayout = QVBoxLayout(self.overallGroup)
        self.overallLayout.setObjectName(u"overallLayout")
        self.overallRow = QHBoxLayout()
        self.overallRow.setSpacing(12)
        self.overallRow.setObjectName(u"overallRow")
        self.overallLabel = QLabel(self.overallGroup)
        self.overallLabel.setObjectName(u"overallLabel")

        self.overallRow.addWidget(self.overallLabel)

        self.overallPicker = JudgementPicker(self.overallGroup)
        self.overallPicker.setObjectName(u"overallPicker")

        self.overallRow.addWidget(self.overallPicker)

        self.headlineLabel = QLabel(self.overallGroup)
        self.headlineLabel.setObjectName(u"headlineLabel")

        self.overallRow.addWidget(self.headlineLabel)

        self.overallSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overallRow.addItem(self.overallSpacer)


        self.overallLayout.addLayout(self.overallRow)

        self.overallProblem = QLabel(self.overallGroup)
        self.overallProblem.setObjectName(u"overallProblem")
        self.overallProblem.setWordWrap(True)

        self.overallLayout.addWidget(self.overallProblem)

        self.warningsLabel = QLabel(self.overallGroup)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)

        self.overallLayout.addWidget(self.warningsLabel)


        self.formLayout.addWidget(self.overallGroup)

        self.actionsGroup = QGroupBox(self.formBody)
        self.actionsGroup.setObjectName(u"actionsGroup")
        self.actionsLayout = QVBoxLayout(self.actionsGroup)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsView = QTableView(self.actionsGroup)
        self.actionsView.setObjectName(u"actionsView")
        self.actionsView.setMinimumSize(QSize(0, 140))

        self.actionsLayout.addWidget(self.actionsView)

        self.actionsProblem = QLabel(self.actionsGroup)
        self.actionsProblem.setObjectName(u"actionsProblem")
        self.actionsProblem.setWordWrap(True)

        self.actionsLayout.addWidget(self.actionsProblem)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.addActionButton = QPushButton(self.actionsGroup)
        self.addActionButton.setObjectName(u"addActionButton")

        self.actionButtons.addWidget(self.addActionButton)

        self.removeActionButton = QPushButton(self.actionsGroup)
        self.removeActionButton.setObjectName(u"removeActionButton")

        self.actionButtons.addWidget(self.removeActionButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionsSpacer)


        self.actionsLayout.addLayout(self.actionButtons)


        self.formLayout.addWidget(self.actionsGroup)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formSpacer)

        self.formScroll.setWidget(self.formBody)
        self.splitter.addWidget(self.formScroll)
        self.hintsPanel = QFrame(self.splitter)
        self.hintsPanel.setObjectName(u"hintsPanel")
        self.hintsPanel.setMinimumSize(QSize(280, 0))
        self.hintsLayout = QVBoxLayout(self.hintsPanel)
        self.hintsLayout.setSpacing(6)
        self.hintsLayout.setObjectName(u"hintsLayout")
        self.hintsLayout.setContentsMargins(10, 10, 10, 10)
        self.hintsTitle = QLabel(self.hintsPanel)
        self.hintsTitle.setObjectName(u"hintsTitle")

        self.hintsLayout.addWidget(self.hintsTitle)

        self.hintsBrowser = QTextBrowser(self.hintsPanel)
        self.hintsBrowser.setObjectName(u"hintsBrowser")
        self.hintsBrowser.setOpenLinks(False)

        self.hintsLayout.addWidget(self.hintsBrowser)

        self.hintsKeyLabel = QLabel(self.hintsPanel)
        self.hintsKeyLabel.setObjectName(u"hintsKeyLabel")

        self.hintsLayout.addWidget(self.hintsKeyLabel)

        self.splitter.addWidget(self.hintsPanel)

        self.centralLayout.addWidget(self.splitter)

        self.bottomBar = QHBoxLayout()
        self.bottomBar.setSpacing(8)
        self.bottomBar.setObjectName(u"bottomBar")
        self.bottomBar.setContentsMargins(12, 12, 12, 12)
        self.saveStateLabel = QLabel(self.centralwidget)
        self.saveStateLabel.setObjectName(u"saveStateLabel")

        self.bottomBar.addWidget(self.saveStateLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomBar.addItem(self.bottomSpacer)

        self.exportButton = QPushButton(self.centralwidget)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomBar.addWidget(self.exportButton)

        self.saveButton = QPushButton(self.centralwidget)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomBar.addWidget(self.saveButton)

        self.completeButton = QPushButton(self.centralwidget)
        self.completeButton.setObjectName(u"completeButton")

        self.bottomBar.addWidget(self.completeButton)

        self.closeButton = QPushButton(self.centralwidget)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomBar.addWidget(self.closeButton)


        self.centralLayout.addLayout(self.bottomBar)

        self.centralLayout.setStretch(2, 1)
        AuditEditor.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(AuditEditor)
        self.menubar.setObjectName(u"menubar")
        self.menuAudit = QMenu(self.menubar)
        self.menuAudit.setObjectName(u"menuAudit")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuGo = QMenu(self.menubar)
        self.menuGo.setObjectName(u"menuGo")
        AuditEditor.setMenuBar(self.menubar)
#if QT_CONFIG(shortcut)
        self.caseNumberLabel.setBuddy(self.caseNumberEdit)
        self.auditMonthLabel.setBuddy(self.auditMonthEdit)
        self.teamLabel.setBuddy(self.teamCombo)
        self.caseHolderLabel.setBuddy(self.caseHolderEdit)
        self.discussedLabel.setBuddy(self.discussedEdit)
        self.ageBandLabel.setBuddy(self.ageBandCombo)
        self.strandLabel.setBuddy(self.strandCombo)
        self.themesLabel.setBuddy(self.themesList)
        self.overallLabel.setBuddy(self.overallPicker)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.caseNumberEdit, self.auditMonthEdit)
        QWidget.setTabOrder(self.auditMonthEdit, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.caseHolderEdit)
        QWidget.setTabOrder(self.caseHolderEdit, self.discussedEdit)
        QWidget.setTabOrder(self.discussedEdit, self.ageBandCombo)
        QWidget.setTabOrder(self.ageBandCombo, self.strandCombo)
        QWidget.setTabOrder(self.strandCombo, self.themesList)
        QWidget.setTabOrder(self.themesList, self.overallPicker)
        QWidget.setTabOrder(self.overallPicker, self.actionsView)
        QWidget.setTabOrder(self.actionsView, self.addActionButton)
        QWidget.setTabOrder(self.addActionButton, self.removeActionButton)
        QWidget.setTabOrder(self.removeActionButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.completeButton)
        QWidget.setTabOrder(self.completeButton, self.closeButton)

        self.menubar.addAction(self.menuAudit.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuGo.menuAction())
        self.menuAudit.addAction(self.actionSave)
        self.menuAudit.addAction(self.actionComplete)
        self.menuAudit.addSeparator()
        self.menuAudit.addAction(self.actionExportPdf)
        self.menuAudit.addAction(self.actionDeleteDraft)
        self.menuAudit.addSeparator()
        self.menuAudit.addAction(self.actionClose)
        self.menuView.addAction(self.actionHints)
        self.menuView.addAction(self.actionPrompts)
        self.menuView.addAction(self.actionAllPrompts)
        self.menuGo.addAction(self.actionNextArea)
        self.menuGo.addAction(self.actionPreviousArea)
        self.menuGo.addSeparator()

        self.retranslateUi(AuditEditor)

        QMetaObject.connectSlotsByName(AuditEditor)
    # setupUi

    def retranslateUi(self, AuditEditor):
        AuditEditor.setWindowTitle(QCoreApplication.translate("AuditEditor", u"Case file audit", None))
        self.actionSave.setText(QCoreApplication.translate("AuditEditor", u"&Save draft", None))
#if QT_CONFIG(shortcut)
        self.actionSave.setShortcut(QCoreApplication.translate("AuditEditor", u"Ctrl+S", None))
#endif // QT_CONFIG(shortcut)
        self.actionComplete.setText(QCoreApplication.translate("AuditEditor", u"&Complete and lock", None))
#if QT_CONFIG(shortcut)
        self.actionComplete.setShortcut(QCoreApplication.translate("AuditEditor", u"Ctrl+Return", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportPdf.setText(QCoreApplication.translate("AuditEditor", u"&Export to PDF\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionExportPdf.setShortcut(QCoreApplication.translate("AuditEditor", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionDeleteDraft.setText(QCoreApplication.translate("AuditEditor", u"&Delete this draft\u2026", None))
        self.actionClose.setText(QCoreApplication.translate("AuditEditor", u"C&lose", None))
#if QT_CONFIG(shortcut)
        self.actionClose.setShortcut(QCoreApplication.translate("AuditEditor", u"Esc", None))
#endif // QT_CONFIG(shortcut)
        self.actionHints.setText(QCoreApplication.translate("AuditEditor", u"&Hints and tips", None))
#if QT_CONFIG(shortcut)
        self.actionHints.setShortcut(QCoreApplication.translate("AuditEditor", u"F2", None))
#endif // QT_CONFIG(shortcut)
        self.actionPrompts.setText(QCoreApplication.translate("AuditEditor", u"&Prompts for this practice area", None))
#if QT_CONFIG(shortcut)
        self.actionPrompts.setShortcut(QCoreApplication.translate("AuditEditor", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionAllPrompts.setText(QCoreApplication.translate("AuditEditor", u"&All prompts", None))
        self.actionNextArea.setText(QCoreApplication.translate("AuditEditor", u"&Next practice area", None))
#if QT_CONFIG(shortcut)
        self.actionNextArea.setShortcut(QCoreApplication.translate("AuditEditor", u"Ctrl+PgDown", None))
#endif // QT_CONFIG(shortcut)
        self.actionPreviousArea.setText(QCoreApplication.translate("AuditEditor", u"&Previous practice area", None))
#if QT_CONFIG(shortcut)
        self.actionPreviousArea.setShortcut(QCoreApplication.translate("AuditEditor", u"Ctrl+PgUp", None))
#endif // QT_CONFIG(shortcut)
        self.bannerLabel.setText("")
        self.problemsTitle.setText("")
        self.headerGroup.setTitle(QCoreApplication.translate("AuditEditor", u"Case", None))
        self.caseNumberLabel.setText(QCoreApplication.translate("AuditEditor", u"&Tracked case number", None))
        self.caseNumberEdit.setPlaceholderText(QCoreApplication.translate("AuditEditor", u"for example CN100234", None))
        self.caseNumberEditProblem.setText("")
        self.auditMonthLabel.setText(QCoreApplication.translate("AuditEditor", u"Audit &month", None))
        self.auditMonthEdit.setDisplayFormat(QCoreApplication.translate("AuditEditor", u"MMMM yyyy", None))
        self.auditMonthEditProblem.setText("")
        self.teamLabel.setText(QCoreApplication.translate("AuditEditor", u"T&eam", None))
        self.teamComboProblem.setText("")
        self.caseHolderLabel.setText(QCoreApplication.translate("AuditEditor", u"Case &holder", None))
        self.caseHolderEdit.setPlaceholderText(QCoreApplication.translate("AuditEditor", u"the social worker who holds the case", None))
        self.caseHolderEditProblem.setText("")
        self.discussedLabel.setText(QCoreApplication.translate("AuditEditor", u"Date &discussed with case holder", None))
        self.discussedEditProblem.setText("")
        self.ageBandLabel.setText(QCoreApplication.translate("AuditEditor", u"Age &band", None))
        self.ageBandComboProblem.setText("")
        self.strandLabel.setText(QCoreApplication.translate("AuditEditor", u"&Strand", None))
        self.strandComboProblem.setText("")
        self.auditorLabel.setText(QCoreApplication.translate("AuditEditor", u"Auditor", None))
        self.auditorValueProblem.setText("")
        self.previousLabel.setText(QCoreApplication.translate("AuditEditor", u"Audited previously", None))
        self.previousValueProblem.setText("")
        self.themesLabel.setText(QCoreApplication.translate("AuditEditor", u"A&udit themes", None))
        self.themesListProblem.setText("")
        self.overallGroup.setTitle(QCoreApplication.translate("AuditEditor", u"Overall judgement", None))
        self.overallLabel.setText(QCoreApplication.translate("AuditEditor", u"&Overall judgement", None))
        self.headlineLabel.setText("")
        self.overallProblem.setText("")
        self.warningsLabel.setText("")
        self.actionsGroup.setTitle(QCoreApplication.translate("AuditEditor", u"Agreed actions to achieve good outcomes for child", None))
#if QT_CONFIG(accessibility)
        self.actionsView.setAccessibleName(QCoreApplication.translate("AuditEditor", u"Agreed actions", None))
#endif // QT_CONFIG(accessibility)
        self.actionsProblem.setText("")
        self.addActionButton.setText(QCoreApplication.translate("AuditEditor", u"Add actio&n", None))
        self.removeActionButton.setText(QCoreApplication.translate("AuditEditor", u"&Remove action", None))
        self.hintsTitle.setText(QCoreApplication.translate("AuditEditor", u"Hints and tips for completion", None))
        self.hintsKeyLabel.setText(QCoreApplication.translate("AuditEditor", u"F2 shows or hides this panel", None))
        self.saveStateLabel.setText("")
        self.exportButton.setText(QCoreApplication.translate("AuditEditor", u"Export to &PDF\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("AuditEditor", u"Save dra&ft", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("AuditEditor", u"Save the draft (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.completeButton.setText(QCoreApplication.translate("AuditEditor", u"&Complete", None))
#if QT_CONFIG(tooltip)
        self.completeButton.setToolTip(QCoreApplication.translate("AuditEditor", u"Check every field and lock the audit (Ctrl+Return)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("AuditEditor", u"C&lose", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("AuditEditor", u"Close (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.menuAudit.setTitle(QCoreApplication.translate("AuditEditor", u"&Audit", None))
        self.menuView.setTitle(QCoreApplication.translate("AuditEditor", u"Vie&w", None))
        self.menuGo.setTitle(QCoreApplication.translate("AuditEditor", u"&Go", None))
    # retranslateUi

