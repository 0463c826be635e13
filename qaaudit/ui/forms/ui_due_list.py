# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'due_list.ui'
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
    QSpacerItem, QTableView, QToolButton, QVBoxLayout,
    QWidget)

class Ui_DueList(object):
    def setupUi(self, DueList):
        if not DueList.objectName():
            DueList.setObjectName(u"DueList")
        DueList.resize(900, 420)
        self.widgetLayout = QVBoxLayout(DueList)
        self.widgetLayout.setObjectName(u"widgetLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(DueList)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.personCombo = QComboBox(DueList)
        self.personCombo.setObjectName(u"personCombo")

        self.headerRow.addWidget(self.personCombo)

        self.previousButton = QToolButton(DueList)
        self.previousButton.setObjectName(u"previousButton")

        self.headerRow.addWidget(self.previousButton)

        self.monthLabel = QLabel(DueList)
        self.monthLabel.setObjectName(u"monthLabel")
        self.monthLabel.setMinimumSize(QSize(120, 0))
        self.monthLabel.setAlignment(Qt.AlignCenter)

        self.headerRow.addWidget(self.monthLabel)

        self.nextButton = QToolButton(DueList)
        self.nextButton.setObjectName(u"nextButton")

        self.headerRow.addWidget(self.nextButton)


        self.widgetLayout.addLayout(self.headerRow)

        self.summaryLabel = QLabel(DueList)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.widgetLayout.addWidget(self.summaryLabel)

        self.itemsView = QTableView(DueList)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.itemsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.itemsView.setAlternatingRowColors(True)
        self.itemsView.setSortingEnabled(True)

        self.widgetLayout.addWidget(self.itemsView)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.recordButton = QPushButton(DueList)
        self.recordButton.setObjectName(u"recordButton")
        self.recordButton.setEnabled(False)

        self.actionRow.addWidget(self.recordButton)

        self.doneLabel = QLabel(DueList)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)
        self.doneLabel.setStyleSheet(u"color: #444444;")

        self.actionRow.addWidget(self.doneLabel)


        self.widgetLayout.addLayout(self.actionRow)


        self.retranslateUi(DueList)

        QMetaObject.connectSlotsByName(DueList)
    # setupUi

    def retranslateUi(self, DueList):
        DueList.setWindowTitle(QCoreApplication.translate("DueList", u"Due this month", None))
        self.titleLabel.setText(QCoreApplication.translate("DueList", u"QA activity due", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("DueList", u"Whose due list", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("DueList", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("DueList", u"Previous month", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("DueList", u"Previous month", None))
#endif // QT_CONFIG(accessibility)
        self.monthLabel.setText("")
        self.nextButton.setText(QCoreApplication.translate("DueList", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("DueList", u"Next month", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("DueList", u"Next month", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.itemsView.setAccessibleName(QCoreApplication.translate("DueList", u"What is due and overdue", None))
#endif // QT_CONFIG(accessibility)
        self.recordButton.setText(QCoreApplication.translate("DueList", u"&Record as done\u2026", None))
        self.doneLabel.setText("")
    # retranslateUi

