# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trends.ui'
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
    QDateEdit, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_TrendDashboard(object):
    def setupUi(self, TrendDashboard):
        if not TrendDashboard.objectName():
            TrendDashboard.setObjectName(u"TrendDashboard")
        TrendDashboard.resize(1180, 760)
        self.pageLayout = QVBoxLayout(TrendDashboard)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(TrendDashboard)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.filterBox = QGroupBox(TrendDashboard)
        self.filterBox.setObjectName(u"filterBox")
        self.filterGrid = QGridLayout(self.filterBox)
        self.filterGrid.setObjectName(u"filterGrid")
        self.fromLabel = QLabel(self.filterBox)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterGrid.addWidget(self.fromLabel, 0, 0, 1, 1)

        self.fromMonth = QDateEdit(self.filterBox)
        self.fromMonth.setObjectName(u"fromMonth")
        self.fromMonth.setCalendarPopup(True)

        self.filterGrid.addWidget(self.fromMonth, 0, 1, 1, 1)

        self.toLabel = QLabel(self.filterBox)
        self.toLabel.setObjectName(u"toLabel")

        self.filterGrid.addWidget(self.toLabel, 0, 2, 1, 1)

        self.toMonth = QDateEdit(self.filterBox)
        self.toMonth.setObjectName(u"toMonth")
        self.toMonth.setCalendarPopup(True)

        self.filterGrid.addWidget(self.toMonth, 0, 3, 1, 1)

        self.serviceLabel = QLabel(self.filterBox)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.filterGrid.addWidget(self.serviceLabel, 0, 4, 1, 1)

        self.serviceCombo = QComboBox(self.filterBox)
        self.serviceCombo.setObjectName(u"serviceCombo")
        self.serviceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.serviceCombo.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.serviceCombo, 0, 5, 1, 1)

        self.teamLabel = QLabel(self.filterBox)
        self.teamLabel.setObjectName(u"teamLabel")

        self.filterGrid.addWidget(self.teamLabel, 0, 6, 1, 1)

        self.teamCombo = QComboBox(self.filterBox)
        self.teamCombo.setObjectName(u"teamCombo")
        self.teamCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.teamCombo.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.teamCombo, 0, 7, 1, 1)

        self.auditorLabel = QLabel(self.filterBox)
        self.auditorLabel.setObjectName(u"auditorLabel")

        self.filterGrid.addWidget(self.auditorLabel, 0, 8, 1, 1)

        self.auditorCombo = QComboBox(self.filterBox)
        self.auditorCombo.setObjectName(u"auditorCombo")
        self.auditorCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.auditorCombo.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.auditorCombo, 0, 9, 1, 1)

        self.strandLabel = QLabel(self.filterBox)
        self.strandLabel.setObjectName(u"strandLabel")

        self.filterGrid.addWidget(self.strandLabel, 1, 0, 1, 1)

        self.strandCombo = QComboBox(self.filterBox)
        self.strandCombo.setObjectName(u"strandCombo")
        self.strandCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.strandCombo.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.strandCombo, 1, 1, 1, 3)

        self.areaLabel = QLabel(self.filterBox)
        self.areaLabel.setObjectName(u"areaLabel")

        self.filterGrid.addWidget(self.areaLabel, 1, 4, 1, 1)

        self.areaCombo = QComboBox(self.filterBox)
        self.areaCombo.setObjectName(u"areaCombo")
        self.areaCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.areaCombo.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.areaCombo, 1, 5, 1, 1)

        self.themeLabel = QLabel(self.filterBox)
        self.themeLabel.setObjectName(u"themeLabel")

        self.filterGrid.addWidget(self.themeLabel, 1, 6, 1, 1)

        self.themeCombo = QComboBox(self.filterBox)
        self.themeCombo.setObjectName(u"themeCombo")
        self.themeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.themeCombo.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.themeCombo, 1, 7, 1, 1)

        self.typeLabel = QLabel(self.filterBox)
        self.typeLabel.setObjectName(u"typeLabel")

        self.filterGrid.addWidget(self.typeLabel, 1, 8, 1, 1)

        self.typeCombo = QComboBox(self.filterBox)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.typeCombo.setMinimumContentsLength(12)

        self.filterGrid.addWidget(self.typeCombo, 1, 9, 1, 1)

        self.moderatedCheck = QCheckBox(self.filterBox)
        self.moderatedCheck.setObjectName(u"moderatedCheck")

        self.filterGrid.addWidget(self.moderatedCheck, 2, 0, 1, 4)

        self.periodLabel = QLabel(self.filterBox)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterGrid.addWidget(self.periodLabel, 2, 4, 1, 1)

        self.periodCombo = QComboBox(self.filterBox)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filterGrid.addWidget(self.periodCombo, 2, 5, 1, 1)

        self.exportRow = QHBoxLayout()
        self.exportRow.setObjectName(u"exportRow")
        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportRow.addItem(self.exportSpacer)

        self.pdfButton = QPushButton(self.filterBox)
        self.pdfButton.setObjectName(u"pdfButton")

        self.exportRow.addWidget(self.pdfButton)

        self.wordButton = QPushButton(self.filterBox)
        self.wordButton.setObjectName(u"wordButton")

        self.exportRow.addWidget(self.wordButton)

        self.excelButton = QPushButton(self.filterBox)
        self.excelButton.setObjectName(u"excelButton")

        self.exportRow.addWidget(self.excelButton)


        self.filterGrid.addLayout(self.exportRow, 2, 6, 1, 4)

        self.filterGrid.setColumnStretch(1, 1)
        self.filterGrid.setColumnStretch(3, 1)
        self.filterGrid.setColumnStretch(5, 2)
        self.filterGrid.setColumnStretch(7, 2)
        self.filterGrid.setColumnStretch(9, 2)

        self.pageLayout.addWidget(self.filterBox)

        self.headlineRow = QHBoxLayout()
        self.headlineRow.setObjectName(u"headlineRow")
        self.iconHolder = QWidget(TrendDashboard)
        self.iconHolder.setObjectName(u"iconHolder")
        self.iconHolder.setMinimumSize(QSize(44, 44))
        self.iconHolder.setMaximumSize(QSize(44, 44))

        self.headlineRow.addWidget(self.iconHolder)

        self.headlineLabel = QLabel(TrendDashboard)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setWordWrap(True)
        self.headlineLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headlineLabel.setProperty(u"role", u"headline")

        self.headlineRow.addWidget(self.headlineLabel)

        self.rebaseButton = QPushButton(TrendDashboard)
        self.rebaseButton.setObjectName(u"rebaseButton")

        self.headlineRow.addWidget(self.rebaseButton)

        self.headlineRow.setStretch(1, 1)

        self.pageLayout.addLayout(self.headlineRow)

        self.summaryLabel = QLabel(TrendDashboard)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(TrendDashboard)
        self.tabs.setObjectName(u"tabs")
        self.processTab = QWidget()
        self.processTab.setObjectName(u"processTab")
        self.processLayout = QHBoxLayout(self.processTab)
        self.processLayout.setObjectName(u"processLayout")
        self.processSplitter = QSplitter(self.processTab)
        self.processSplitter.setObjectName(u"processSplitter")
        self.processSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.processChartHolder = QWidget(self.processSplitter)
        self.processChartHolder.setObjectName(u"processChartHolder")
        self.processSplitter.addWidget(self.processChartHolder)
        self.processTable = QTableView(self.processSplitter)
        self.processTable.setObjectName(u"processTable")
        self.processTable.setAlternatingRowColors(True)
        self.processTable.setSortingEnabled(True)
        self.processTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.processSplitter.addWidget(self.processTable)

        self.processLayout.addWidget(self.processSplitter)

        self.tabs.addTab(self.processTab, "")
        self.monthTab = QWidget()
        self.monthTab.setObjectName(u"monthTab")
        self.monthLayout = QHBoxLayout(self.monthTab)
        self.monthLayout.setObjectName(u"monthLayout")
        self.monthSplitter = QSplitter(self.monthTab)
        self.monthSplitter.setObjectName(u"monthSplitter")
        self.monthSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.monthChartHolder = QWidget(self.monthSplitter)
        self.monthChartHolder.setObjectName(u"monthChartHolder")
        self.monthSplitter.addWidget(self.monthChartHolder)
        self.monthTable = QTableView(self.monthSplitter)
        self.monthTable.setObjectName(u"monthTable")
        self.monthTable.setAlternatingRowColors(True)
        self.monthTable.setSortingEnabled(True)
        self.monthTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.monthSplitter.addWidget(self.monthTable)

        self.monthLayout.addWidget(self.monthSplitter)

        self.tabs.addTab(self.monthTab, "")
        self.areaTab = QWidget()
        self.areaTab.setObjectName(u"areaTab")
        self.areaLayout = QVBoxLayout(self.areaTab)
        self.areaLayout.setObjectName(u"areaLayout")
        self.concernLabel = QLabel(self.areaTab)
        self.concernLabel.setObjectName(u"concernLabel")
        self.concernLabel.setWordWrap(True)

        self.areaLayout.addWidget(self.concernLabel)

        self.areaSplitter = QSplitter(self.areaTab)
        self.areaSplitter.setObjectName(u"areaSplitter")
        self.areaSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.areaChartHolder = QWidget(self.areaSplitter)
        self.areaChartHolder.setObjectName(u"areaChartHolder")
        self.areaSplitter.addWidget(self.areaChartHolder)
        self.areaTable = QTableView(self.areaSplitter)
        self.areaTable.setObjectName(u"areaTable")
        self.areaTable.setAlternatingRowColors(True)
        self.areaTable.setSortingEnabled(True)
        self.areaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.areaSplitter.addWidget(self.areaTable)

        self.areaLayout.addWidget(self.areaSplitter)

        self.tabs.addTab(self.areaTab, "")
        self.reauditTab = QWidget()
        self.reauditTab.setObjectName(u"reauditTab")
        self.reauditLayout = QHBoxLayout(self.reauditTab)
        self.reauditLayout.setObjectName(u"reauditLayout")
        self.reauditSplitter = QSplitter(self.reauditTab)
        self.reauditSplitter.setObjectName(u"reauditSplitter")
        self.reauditSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.reauditChartHolder = QWidget(self.reauditSplitter)
        self.reauditChartHolder.setObjectName(u"reauditChartHolder")
        self.reauditSplitter.addWidget(self.reauditChartHolder)
        self.reauditTable = QTableView(self.reauditSplitter)
        self.reauditTable.setObjectName(u"reauditTable")
        self.reauditTable.setAlternatingRowColors(True)
        self.reauditSplitter.addWidget(self.reauditTable)

        self.reauditLayout.addWidget(self.reauditSplitter)

        self.tabs.addTab(self.reauditTab, "")

        self.pageLayout.addWidget(self.tabs)

        self.explanationLabel = QLabel(TrendDashboard)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.explanationLabel)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromMonth)
        self.toLabel.setBuddy(self.toMonth)
        self.serviceLabel.setBuddy(self.serviceCombo)
        self.teamLabel.setBuddy(self.teamCombo)
        self.auditorLabel.setBuddy(self.auditorCombo)
        self.strandLabel.setBuddy(self.strandCombo)
        self.areaLabel.setBuddy(self.areaCombo)
        self.themeLabel.setBuddy(self.themeCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromMonth, self.toMonth)
        QWidget.setTabOrder(self.toMonth, self.serviceCombo)
        QWidget.setTabOrder(self.serviceCombo, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.auditorCombo)
        QWidget.setTabOrder(self.auditorCombo, self.strandCombo)
        QWidget.setTabOrder(self.strandCombo, self.areaCombo)
        QWidget.setTabOrder(self.areaCombo, self.themeCombo)
        QWidget.setTabOrder(self.themeCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.moderatedCheck)
        QWidget.setTabOrder(self.moderatedCheck, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.wordButton)
        QWidget.setTabOrder(self.wordButton, self.excelButton)
        QWidget.setTabOrder(self.excelButton, self.rebaseButton)
        QWidget.setTabOrder(self.rebaseButton, self.tabs)

        self.retranslateUi(TrendDashboard)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TrendDashboard)
    # setupUi

    def retranslateUi(self, TrendDashboard):
        TrendDashboard.setWindowTitle(QCoreApplication.translate("TrendDashboard", u"Trends: good and not yet good", None))
#if QT_CONFIG(accessibility)
        TrendDashboard.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Trend dashboard", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("TrendDashboard", u"Trends: good and not yet good", None))
        self.filterBox.setTitle(QCoreApplication.translate("TrendDashboard", u"Show audits", None))
        self.fromLabel.setText(QCoreApplication.translate("TrendDashboard", u"&From", None))
        self.fromMonth.setDisplayFormat(QCoreApplication.translate("TrendDashboard", u"MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.fromMonth.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"First month", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("TrendDashboard", u"&To", None))
        self.toMonth.setDisplayFormat(QCoreApplication.translate("TrendDashboard", u"MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.toMonth.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Last month", None))
#endif // QT_CONFIG(accessibility)
        self.serviceLabel.setText(QCoreApplication.translate("TrendDashboard", u"&Service area", None))
#if QT_CONFIG(accessibility)
        self.serviceCombo.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Service area", None))
#endif // QT_CONFIG(accessibility)
        self.teamLabel.setText(QCoreApplication.translate("TrendDashboard", u"T&eam", None))
#if QT_CONFIG(accessibility)
        self.teamCombo.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Team", None))
#endif // QT_CONFIG(accessibility)
        self.auditorLabel.setText(QCoreApplication.translate("TrendDashboard", u"A&uditor", None))
#if QT_CONFIG(accessibility)
        self.auditorCombo.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Auditor", None))
#endif // QT_CONFIG(accessibility)
        self.strandLabel.setText(QCoreApplication.translate("TrendDashboard", u"St&rand", None))
#if QT_CONFIG(accessibility)
        self.strandCombo.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Strand", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("TrendDashboard", u"&Practice area", None))
#if QT_CONFIG(accessibility)
        self.areaCombo.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Practice area", None))
#endif // QT_CONFIG(accessibility)
        self.themeLabel.setText(QCoreApplication.translate("TrendDashboard", u"T&heme", None))
#if QT_CONFIG(accessibility)
        self.themeCombo.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Audit theme", None))
#endif // QT_CONFIG(accessibility)
        self.typeLabel.setText(QCoreApplication.translate("TrendDashboard", u"Audit t&ype", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Audit type", None))
#endif // QT_CONFIG(accessibility)
        self.moderatedCheck.setText(QCoreApplication.translate("TrendDashboard", u"Use &moderated judgements where an audit has been moderated", None))
        self.periodLabel.setText(QCoreApplication.translate("TrendDashboard", u"Pe&riods", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Periods of the process-control chart", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("TrendDashboard", u"Report as P&DF\u2026", None))
        self.wordButton.setText(QCoreApplication.translate("TrendDashboard", u"Report as &Word\u2026", None))
        self.excelButton.setText(QCoreApplication.translate("TrendDashboard", u"Numbers to E&xcel\u2026", None))
#if QT_CONFIG(accessibility)
        self.headlineLabel.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Headline", None))
#endif // QT_CONFIG(accessibility)
        self.rebaseButton.setText(QCoreApplication.translate("TrendDashboard", u"Re&base the charts\u2026", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.processTable.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Process control by period, as a table", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.processTab), QCoreApplication.translate("TrendDashboard", u"Process control", None))
#if QT_CONFIG(accessibility)
        self.monthTable.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Good by month, as a table", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.monthTab), QCoreApplication.translate("TrendDashboard", u"By month", None))
#if QT_CONFIG(accessibility)
        self.concernLabel.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Practice areas showing special-cause concern", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.areaTable.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Practice areas, weakest first, as a table", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.areaTab), QCoreApplication.translate("TrendDashboard", u"By practice area", None))
#if QT_CONFIG(accessibility)
        self.reauditTable.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"Re-audits, earlier against later judgement, as a table", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.reauditTab), QCoreApplication.translate("TrendDashboard", u"Re-audits", None))
#if QT_CONFIG(accessibility)
        self.explanationLabel.setAccessibleName(QCoreApplication.translate("TrendDashboard", u"How to read small months", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

