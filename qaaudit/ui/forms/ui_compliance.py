# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'compliance.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_Compliance(object):
    def setupUi(self, Compliance):
        if not Compliance.objectName():
            Compliance.setObjectName(u"Compliance")
        Compliance.resize(1200, 720)
        self.pageLayout = QVBoxLayout(Compliance)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(Compliance)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.yearLabel = QLabel(Compliance)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterRow.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(Compliance)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterRow.addWidget(self.yearCombo)

        self.fromLabel = QLabel(Compliance)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterRow.addWidget(self.fromLabel)

        self.fromCombo = QComboBox(Compliance)
        self.fromCombo.setObjectName(u"fromCombo")

        self.filterRow.addWidget(self.fromCombo)

        self.toLabel = QLabel(Compliance)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow.addWidget(self.toLabel)

        self.toCombo = QComboBox(Compliance)
        self.toCombo.setObjectName(u"toCombo")

        self.filterRow.addWidget(self.toCombo)

        self.byLabel = QLabel(Compliance)
        self.byLabel.setObjectName(u"byLabel")

        self.filterRow.addWidget(self.byLabel)

        self.byCombo = QComboBox(Compliance)
        self.byCombo.setObjectName(u"byCombo")

        self.filterRow.addWidget(self.byCombo)

        self.filterLabel = QLabel(Compliance)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(Compliance)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.filterEdit)

        self.exportButton = QPushButton(Compliance)
        self.exportButton.setObjectName(u"exportButton")

        self.filterRow.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.filterRow)

        self.totalLabel = QLabel(Compliance)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setStyleSheet(u"font-size: 11pt;")

        self.pageLayout.addWidget(self.totalLabel)

        self.splitter = QSplitter(Compliance)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.summaryView = QTableView(self.splitter)
        self.summaryView.setObjectName(u"summaryView")
        self.summaryView.setSortingEnabled(True)
        self.summaryView.setAlternatingRowColors(True)
        self.summaryView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.splitter.addWidget(self.summaryView)
        self.overduePane = QWidget(self.splitter)
        self.overduePane.setObjectName(u"overduePane")
        self.overdueLayout = QVBoxLayout(self.overduePane)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueLayout.setContentsMargins(0, 0, 0, 0)
        self.overdueLabel = QLabel(self.overduePane)
        self.overdueLabel.setObjectName(u"overdueLabel")
        self.overdueLabel.setStyleSheet(u"font-weight: 600;")

        self.overdueLayout.addWidget(self.overdueLabel)

        self.overdueView = QTableView(self.overduePane)
        self.overdueView.setObjectName(u"overdueView")
        self.overdueView.setSortingEnabled(True)
        self.overdueView.setAlternatingRowColors(True)
        self.overdueView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.overdueLayout.addWidget(self.overdueView)

        self.splitter.addWidget(self.overduePane)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.fromLabel.setBuddy(self.fromCombo)
        self.toLabel.setBuddy(self.toCombo)
        self.byLabel.setBuddy(self.byCombo)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Compliance)

        QMetaObject.connectSlotsByName(Compliance)
    # setupUi

    def retranslateUi(self, Compliance):
        Compliance.setWindowTitle(QCoreApplication.translate("Compliance", u"Compliance with the QAF plan", None))
        self.titleLabel.setText(QCoreApplication.translate("Compliance", u"Compliance with the QAF plan", None))
        self.yearLabel.setText(QCoreApplication.translate("Compliance", u"&Year", None))
        self.fromLabel.setText(QCoreApplication.translate("Compliance", u"&From", None))
        self.toLabel.setText(QCoreApplication.translate("Compliance", u"&to", None))
        self.byLabel.setText(QCoreApplication.translate("Compliance", u"&By", None))
        self.filterLabel.setText(QCoreApplication.translate("Compliance", u"F&ind", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("Compliance", u"Person, team, role or service area", None))
        self.exportButton.setText(QCoreApplication.translate("Compliance", u"&Export to Excel\u2026", None))
        self.totalLabel.setText("")
#if QT_CONFIG(accessibility)
        self.summaryView.setAccessibleName(QCoreApplication.translate("Compliance", u"Due and done", None))
#endif // QT_CONFIG(accessibility)
        self.overdueLabel.setText(QCoreApplication.translate("Compliance", u"Overdue", None))
#if QT_CONFIG(accessibility)
        self.overdueView.setAccessibleName(QCoreApplication.translate("Compliance", u"Overdue activity", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

