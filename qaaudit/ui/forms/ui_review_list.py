# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_list.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_ReviewList(object):
    def setupUi(self, ReviewList):
        if not ReviewList.objectName():
            ReviewList.setObjectName(u"ReviewList")
        ReviewList.resize(1100, 600)
        self.rootLayout = QVBoxLayout(ReviewList)
        self.rootLayout.setSpacing(10)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(ReviewList)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.rootLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ReviewList)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setProperty(u"role", u"pageSubtitle")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.pendingBar = QFrame(ReviewList)
        self.pendingBar.setObjectName(u"pendingBar")
        self.pendingBar.setFrameShape(QFrame.StyledPanel)
        self.pendingLayout = QHBoxLayout(self.pendingBar)
        self.pendingLayout.setObjectName(u"pendingLayout")
        self.pendingLabel = QLabel(self.pendingBar)
        self.pendingLabel.setObjectName(u"pendingLabel")
        self.pendingLabel.setWordWrap(True)
        self.pendingLabel.setTextFormat(Qt.PlainText)

        self.pendingLayout.addWidget(self.pendingLabel)

        self.pendingButton = QPushButton(self.pendingBar)
        self.pendingButton.setObjectName(u"pendingButton")

        self.pendingLayout.addWidget(self.pendingButton)


        self.rootLayout.addWidget(self.pendingBar)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.areaLabel = QLabel(ReviewList)
        self.areaLabel.setObjectName(u"areaLabel")

        self.filterRow.addWidget(self.areaLabel)

        self.areaFilter = QComboBox(ReviewList)
        self.areaFilter.setObjectName(u"areaFilter")

        self.filterRow.addWidget(self.areaFilter)

        self.statusLabel = QLabel(ReviewList)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusFilter = QComboBox(ReviewList)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)

        self.findLabel = QLabel(ReviewList)
        self.findLabel.setObjectName(u"findLabel")

        self.filterRow.addWidget(self.findLabel)

        self.findEdit = QLineEdit(ReviewList)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.findEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.rootLayout.addLayout(self.filterRow)

        self.reviewTable = QTableView(ReviewList)
        self.reviewTable.setObjectName(u"reviewTable")
        self.reviewTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.reviewTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.reviewTable.setSortingEnabled(True)
        self.reviewTable.setAlternatingRowColors(True)
        self.reviewTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.rootLayout.addWidget(self.reviewTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.countLabel = QLabel(ReviewList)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"count")

        self.buttonRow.addWidget(self.countLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.refreshButton = QPushButton(ReviewList)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonRow.addWidget(self.refreshButton)

        self.newButton = QPushButton(ReviewList)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.deleteButton = QPushButton(ReviewList)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.exportButton = QToolButton(ReviewList)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setPopupMode(QToolButton.InstantPopup)

        self.buttonRow.addWidget(self.exportButton)

        self.compareButton = QPushButton(ReviewList)
        self.compareButton.setObjectName(u"compareButton")

        self.buttonRow.addWidget(self.compareButton)

        self.openButton = QPushButton(ReviewList)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)


        self.rootLayout.addLayout(self.buttonRow)

        self.rootLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.areaLabel.setBuddy(self.areaFilter)
        self.statusLabel.setBuddy(self.statusFilter)
        self.findLabel.setBuddy(self.findEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewList)

        QMetaObject.connectSlotsByName(ReviewList)
    # setupUi

    def retranslateUi(self, ReviewList):
        ReviewList.setWindowTitle(QCoreApplication.translate("ReviewList", u"Service performance reviews", None))
        self.titleLabel.setText(QCoreApplication.translate("ReviewList", u"Service performance reviews", None))
        self.introLabel.setText(QCoreApplication.translate("ReviewList", u"Every six months each service area reviews itself through the four lenses, a panel challenges it, and actions follow.", None))
        self.pendingButton.setText(QCoreApplication.translate("ReviewList", u"Open it to &restore", None))
        self.areaLabel.setText(QCoreApplication.translate("ReviewList", u"Service &area", None))
        self.statusLabel.setText(QCoreApplication.translate("ReviewList", u"S&tatus", None))
        self.findLabel.setText(QCoreApplication.translate("ReviewList", u"&Find", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("ReviewList", u"period, judgement, author\u2026", None))
#if QT_CONFIG(accessibility)
        self.reviewTable.setAccessibleName(QCoreApplication.translate("ReviewList", u"Service reviews", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText(QCoreApplication.translate("ReviewList", u"0 reviews", None))
        self.refreshButton.setText(QCoreApplication.translate("ReviewList", u"Refres&h", None))
        self.newButton.setText(QCoreApplication.translate("ReviewList", u"&New review\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("ReviewList", u"&Delete draft\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ReviewList", u"E&xport", None))
        self.compareButton.setText(QCoreApplication.translate("ReviewList", u"Co&mpare with previous", None))
        self.openButton.setText(QCoreApplication.translate("ReviewList", u"&Open", None))
    # retranslateUi

