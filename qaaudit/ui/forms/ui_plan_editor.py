# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_PlanEditor(object):
    def setupUi(self, PlanEditor):
        if not PlanEditor.objectName():
            PlanEditor.setObjectName(u"PlanEditor")
        PlanEditor.resize(1280, 760)
        self.pageLayout = QVBoxLayout(PlanEditor)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 16, 16, 16)
        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.titleLabel = QLabel(PlanEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.yearRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.titleSpacer)

        self.yearLabel = QLabel(PlanEditor)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(PlanEditor)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumContentsLength(6)

        self.yearRow.addWidget(self.yearCombo)

        self.copyButton = QPushButton(PlanEditor)
        self.copyButton.setObjectName(u"copyButton")

        self.yearRow.addWidget(self.copyButton)

        self.seedButton = QPushButton(PlanEditor)
        self.seedButton.setObjectName(u"seedButton")

        self.yearRow.addWidget(self.seedButton)

        self.importButton = QPushButton(PlanEditor)
        self.importButton.setObjectName(u"importButton")

        self.yearRow.addWidget(self.importButton)

        self.exportButton = QPushButton(PlanEditor)
        self.exportButton.setObjectName(u"exportButton")

        self.yearRow.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.yearRow)

        self.tabs = QTabWidget(PlanEditor)
        self.tabs.setObjectName(u"tabs")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planTabLayout = QVBoxLayout(self.planTab)
        self.planTabLayout.setObjectName(u"planTabLayout")
        self.planTabLayout.setContentsMargins(0, 0, 0, 0)
        self.planView = QTableView(self.planTab)
        self.planView.setObjectName(u"planView")
        self.planView.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.planView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.planView.setWordWrap(True)

        self.planTabLayout.addWidget(self.planView)

        self.tabs.addTab(self.planTab, "")
        self.themesTab = QWidget()
        self.themesTab.setObjectName(u"themesTab")
        self.themesTabLayout = QVBoxLayout(self.themesTab)
        self.themesTabLayout.setObjectName(u"themesTabLayout")
        self.themesTabLayout.setContentsMargins(0, 0, 0, 0)
        self.themesView = QTableView(self.themesTab)
        self.themesView.setObjectName(u"themesView")
        self.themesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.themesView.setWordWrap(True)

        self.themesTabLayout.addWidget(self.themesView)

        self.tabs.addTab(self.themesTab, "")

        self.pageLayout.addWidget(self.tabs)

        self.legendLabel = QLabel(PlanEditor)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setProperty(u"role", u"pageSubtitle")
        self.legendLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.legendLabel)

        self.hintLabel = QLabel(PlanEditor)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty(u"role", u"pageSubtitle")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)

        self.editRow = QHBoxLayout()
        self.editRow.setObjectName(u"editRow")
        self.addAreaButton = QPushButton(PlanEditor)
        self.addAreaButton.setObjectName(u"addAreaButton")

        self.editRow.addWidget(self.addAreaButton)

        self.addRoleButton = QPushButton(PlanEditor)
        self.addRoleButton.setObjectName(u"addRoleButton")

        self.editRow.addWidget(self.addRoleButton)

        self.addTaskButton = QPushButton(PlanEditor)
        self.addTaskButton.setObjectName(u"addTaskButton")

        self.editRow.addWidget(self.addTaskButton)

        self.renameButton = QPushButton(PlanEditor)
        self.renameButton.setObjectName(u"renameButton")

        self.editRow.addWidget(self.renameButton)

        self.moveUpButton = QPushButton(PlanEditor)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.editRow.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(PlanEditor)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.editRow.addWidget(self.moveDownButton)

        self.removeButton = QPushButton(PlanEditor)
        self.removeButton.setObjectName(u"removeButton")

        self.editRow.addWidget(self.removeButton)

        self.confirmButton = QPushButton(PlanEditor)
        self.confirmButton.setObjectName(u"confirmButton")

        self.editRow.addWidget(self.confirmButton)

        self.whenNeededButton = QPushButton(PlanEditor)
        self.whenNeededButton.setObjectName(u"whenNeededButton")

        self.editRow.addWidget(self.whenNeededButton)

        self.editSpacer = QSpacerItem(0, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editRow.addItem(self.editSpacer)


        self.pageLayout.addLayout(self.editRow)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PlanEditor)
    # setupUi

    def retranslateUi(self, PlanEditor):
        PlanEditor.setWindowTitle(QCoreApplication.translate("PlanEditor", u"QAF plan", None))
        self.titleLabel.setText(QCoreApplication.translate("PlanEditor", u"QAF plan", None))
        self.yearLabel.setText(QCoreApplication.translate("PlanEditor", u"&Year", None))
        self.copyButton.setText(QCoreApplication.translate("PlanEditor", u"&Copy to next year", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Start next year's plan as a copy of this one", None))
#endif // QT_CONFIG(tooltip)
        self.seedButton.setText(QCoreApplication.translate("PlanEditor", u"Load the council's 2017 plan", None))
        self.importButton.setText(QCoreApplication.translate("PlanEditor", u"&Import from Excel\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("PlanEditor", u"&Export to Excel\u2026", None))
#if QT_CONFIG(accessibility)
        self.planView.setAccessibleName(QCoreApplication.translate("PlanEditor", u"QAF plan grid", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.planTab), QCoreApplication.translate("PlanEditor", u"Plan by service area and role", None))
#if QT_CONFIG(accessibility)
        self.themesView.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Audit themes grid", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.themesTab), QCoreApplication.translate("PlanEditor", u"Audit themes", None))
#if QT_CONFIG(accessibility)
        self.legendLabel.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Key to the month marks", None))
#endif // QT_CONFIG(accessibility)
        self.legendLabel.setText(QCoreApplication.translate("PlanEditor", u"Key: \u25cf scheduled, as read from the plan \u00b7 \u25cf? assumed by us, not read from the plan (Confirm months, or change it) \u00b7 \u25cb only when needed, never overdue \u00b7 a number: the figure printed in that month", None))
        self.hintLabel.setText(QCoreApplication.translate("PlanEditor", u"Click a month, or press Space on it, to shade or clear it. Double-click (or F2) to change text. Confirm months clears the question marks of the row (or the month) with focus.", None))
        self.addAreaButton.setText(QCoreApplication.translate("PlanEditor", u"Add service area\u2026", None))
        self.addRoleButton.setText(QCoreApplication.translate("PlanEditor", u"Add &role\u2026", None))
        self.addTaskButton.setText(QCoreApplication.translate("PlanEditor", u"Add &task\u2026", None))
        self.renameButton.setText(QCoreApplication.translate("PlanEditor", u"Re&name\u2026", None))
        self.moveUpButton.setText(QCoreApplication.translate("PlanEditor", u"Move &up", None))
        self.moveDownButton.setText(QCoreApplication.translate("PlanEditor", u"Move &down", None))
        self.removeButton.setText(QCoreApplication.translate("PlanEditor", u"Remo&ve\u2026", None))
        self.confirmButton.setText(QCoreApplication.translate("PlanEditor", u"Con&firm months", None))
#if QT_CONFIG(tooltip)
        self.confirmButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Confirm the months of this row that were assumed rather than read from the plan (on a month: that month only)", None))
#endif // QT_CONFIG(tooltip)
        self.whenNeededButton.setText(QCoreApplication.translate("PlanEditor", u"Only &when needed", None))
#if QT_CONFIG(tooltip)
        self.whenNeededButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Make the task due only when needed (a concern arises, the number is not agreed): listed as \"when needed\", never overdue", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

