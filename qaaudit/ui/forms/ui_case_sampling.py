# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_sampling.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_CaseSamplingPage(object):
    def setupUi(self, CaseSamplingPage):
        if not CaseSamplingPage.objectName():
            CaseSamplingPage.setObjectName(u"CaseSamplingPage")
        CaseSamplingPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(CaseSamplingPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(CaseSamplingPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.previousButton = QToolButton(CaseSamplingPage)
        self.previousButton.setObjectName(u"previousButton")

        self.headerRow.addWidget(self.previousButton)

        self.monthLabel = QLabel(CaseSamplingPage)
        self.monthLabel.setObjectName(u"monthLabel")
        self.monthLabel.setMinimumSize(QSize(120, 0))
        self.monthLabel.setAlignment(Qt.AlignCenter)

        self.headerRow.addWidget(self.monthLabel)

        self.nextButton = QToolButton(CaseSamplingPage)
        self.nextButton.setObjectName(u"nextButton")

        self.headerRow.addWidget(self.nextButton)


        self.pageLayout.addLayout(self.headerRow)

        self.listLabel = QLabel(CaseSamplingPage)
        self.listLabel.setObjectName(u"listLabel")
        self.listLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.listLabel)

        self.drawLabel = QLabel(CaseSamplingPage)
        self.drawLabel.setObjectName(u"drawLabel")
        self.drawLabel.setWordWrap(True)
        self.drawLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.pageLayout.addWidget(self.drawLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.importButton = QPushButton(CaseSamplingPage)
        self.importButton.setObjectName(u"importButton")

        self.actionRow.addWidget(self.importButton)

        self.seedLabel = QLabel(CaseSamplingPage)
        self.seedLabel.setObjectName(u"seedLabel")

        self.actionRow.addWidget(self.seedLabel)

        self.seedEdit = QLineEdit(CaseSamplingPage)
        self.seedEdit.setObjectName(u"seedEdit")
        self.seedEdit.setMaximumSize(QSize(120, 16777215))

        self.actionRow.addWidget(self.seedEdit)

        self.ownTeamCheck = QCheckBox(CaseSamplingPage)
        self.ownTeamCheck.setObjectName(u"ownTeamCheck")
        self.ownTeamCheck.setChecked(True)

        self.actionRow.addWidget(self.ownTeamCheck)

        self.drawButton = QPushButton(CaseSamplingPage)
        self.drawButton.setObjectName(u"drawButton")

        self.actionRow.addWidget(self.drawButton)

        self.actionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.targetButton = QPushButton(CaseSamplingPage)
        self.targetButton.setObjectName(u"targetButton")

        self.actionRow.addWidget(self.targetButton)

        self.swapButton = QPushButton(CaseSamplingPage)
        self.swapButton.setObjectName(u"swapButton")

        self.actionRow.addWidget(self.swapButton)

        self.exportButton = QPushButton(CaseSamplingPage)
        self.exportButton.setObjectName(u"exportButton")

        self.actionRow.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.actionRow)

        self.splitter = QSplitter(CaseSamplingPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.allocationPane = QWidget(self.splitter)
        self.allocationPane.setObjectName(u"allocationPane")
        self.allocationLayout = QVBoxLayout(self.allocationPane)
        self.allocationLayout.setObjectName(u"allocationLayout")
        self.allocationLayout.setContentsMargins(0, 0, 0, 0)
        self.countsLabel = QLabel(self.allocationPane)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.allocationLayout.addWidget(self.countsLabel)

        self.allocationView = QTableView(self.allocationPane)
        self.allocationView.setObjectName(u"allocationView")
        self.allocationView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.allocationView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.allocationView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.allocationView.setAlternatingRowColors(True)
        self.allocationView.setSortingEnabled(True)

        self.allocationLayout.addWidget(self.allocationView)

        self.splitter.addWidget(self.allocationPane)
        self.coveragePane = QWidget(self.splitter)
        self.coveragePane.setObjectName(u"coveragePane")
        self.coverageLayout = QVBoxLayout(self.coveragePane)
        self.coverageLayout.setObjectName(u"coverageLayout")
        self.coverageLayout.setContentsMargins(0, 0, 0, 0)
        self.coverageRow = QHBoxLayout()
        self.coverageRow.setObjectName(u"coverageRow")
        self.coverageLabel = QLabel(self.coveragePane)
        self.coverageLabel.setObjectName(u"coverageLabel")
        self.coverageLabel.setWordWrap(True)

        self.coverageRow.addWidget(self.coverageLabel)

        self.coverageCombo = QComboBox(self.coveragePane)
        self.coverageCombo.setObjectName(u"coverageCombo")

        self.coverageRow.addWidget(self.coverageCombo)


        self.coverageLayout.addLayout(self.coverageRow)

        self.coverageView = QTableView(self.coveragePane)
        self.coverageView.setObjectName(u"coverageView")
        self.coverageView.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.coverageView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.coverageView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.coverageView.setSortingEnabled(True)

        self.coverageLayout.addWidget(self.coverageView)

        self.splitter.addWidget(self.coveragePane)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.seedLabel.setBuddy(self.seedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseSamplingPage)

        QMetaObject.connectSlotsByName(CaseSamplingPage)
    # setupUi

    def retranslateUi(self, CaseSamplingPage):
        CaseSamplingPage.setWindowTitle(QCoreApplication.translate("CaseSamplingPage", u"Cases to audit", None))
        self.titleLabel.setText(QCoreApplication.translate("CaseSamplingPage", u"Cases to audit", None))
        self.previousButton.setText(QCoreApplication.translate("CaseSamplingPage", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("CaseSamplingPage", u"Previous month", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("CaseSamplingPage", u"Previous month", None))
#endif // QT_CONFIG(accessibility)
        self.monthLabel.setText("")
        self.nextButton.setText(QCoreApplication.translate("CaseSamplingPage", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("CaseSamplingPage", u"Next month", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("CaseSamplingPage", u"Next month", None))
#endif // QT_CONFIG(accessibility)
        self.listLabel.setText("")
        self.drawLabel.setText("")
        self.importButton.setText(QCoreApplication.translate("CaseSamplingPage", u"&Import the case list\u2026", None))
        self.seedLabel.setText(QCoreApplication.translate("CaseSamplingPage", u"S&eed:", None))
        self.seedEdit.setPlaceholderText(QCoreApplication.translate("CaseSamplingPage", u"new", None))
#if QT_CONFIG(accessibility)
        self.seedEdit.setAccessibleName(QCoreApplication.translate("CaseSamplingPage", u"Seed of the draw", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.seedEdit.setToolTip(QCoreApplication.translate("CaseSamplingPage", u"Leave empty for a new seed; the seed is recorded with the draw.", None))
#endif // QT_CONFIG(tooltip)
        self.ownTeamCheck.setText(QCoreApplication.translate("CaseSamplingPage", u"Keep auditors from their own team's cases", None))
        self.drawButton.setText(QCoreApplication.translate("CaseSamplingPage", u"&Draw the cases", None))
        self.targetButton.setText(QCoreApplication.translate("CaseSamplingPage", u"Add a &targeted case\u2026", None))
        self.swapButton.setText(QCoreApplication.translate("CaseSamplingPage", u"S&wap this case\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("CaseSamplingPage", u"E&xport\u2026", None))
        self.countsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.allocationView.setAccessibleName(QCoreApplication.translate("CaseSamplingPage", u"Cases allocated this month", None))
#endif // QT_CONFIG(accessibility)
        self.coverageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.coverageCombo.setAccessibleName(QCoreApplication.translate("CaseSamplingPage", u"Coverage by team or by strand", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.coverageView.setAccessibleName(QCoreApplication.translate("CaseSamplingPage", u"Coverage of the last twelve months", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

