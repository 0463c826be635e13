# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_actions.ui'
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
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ReviewActions(object):
    def setupUi(self, ReviewActions):
        if not ReviewActions.objectName():
            ReviewActions.setObjectName(u"ReviewActions")
        ReviewActions.resize(1100, 600)
        self.rootLayout = QVBoxLayout(ReviewActions)
        self.rootLayout.setSpacing(10)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(ReviewActions)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.rootLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ReviewActions)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setProperty(u"role", u"pageSubtitle")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.PlainText)

        self.rootLayout.addWidget(self.introLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.showLabel = QLabel(ReviewActions)
        self.showLabel.setObjectName(u"showLabel")

        self.filterRow.addWidget(self.showLabel)

        self.showFilter = QComboBox(ReviewActions)
        self.showFilter.setObjectName(u"showFilter")

        self.filterRow.addWidget(self.showFilter)

        self.areaLabel = QLabel(ReviewActions)
        self.areaLabel.setObjectName(u"areaLabel")

        self.filterRow.addWidget(self.areaLabel)

        self.areaFilter = QComboBox(ReviewActions)
        self.areaFilter.setObjectName(u"areaFilter")

        self.filterRow.addWidget(self.areaFilter)

        self.findLabel = QLabel(ReviewActions)
        self.findLabel.setObjectName(u"findLabel")

        self.filterRow.addWidget(self.findLabel)

        self.findEdit = QLineEdit(ReviewActions)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.findEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.rootLayout.addLayout(self.filterRow)

        self.actionsTable = QTableView(ReviewActions)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actionsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.actionsTable.setSortingEnabled(True)
        self.actionsTable.setAlternatingRowColors(True)
        self.actionsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.rootLayout.addWidget(self.actionsTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.countLabel = QLabel(ReviewActions)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"count")

        self.buttonRow.addWidget(self.countLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.refreshButton = QPushButton(ReviewActions)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonRow.addWidget(self.refreshButton)

        self.reopenButton = QPushButton(ReviewActions)
        self.reopenButton.setObjectName(u"reopenButton")

        self.buttonRow.addWidget(self.reopenButton)

        self.doneButton = QPushButton(ReviewActions)
        self.doneButton.setObjectName(u"doneButton")

        self.buttonRow.addWidget(self.doneButton)

        self.openReviewButton = QPushButton(ReviewActions)
        self.openReviewButton.setObjectName(u"openReviewButton")

        self.buttonRow.addWidget(self.openReviewButton)


        self.rootLayout.addLayout(self.buttonRow)

        self.rootLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.showFilter)
        self.areaLabel.setBuddy(self.areaFilter)
        self.findLabel.setBuddy(self.findEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewActions)

        QMetaObject.connectSlotsByName(ReviewActions)
    # setupUi

    def retranslateUi(self, ReviewActions):
        ReviewActions.setWindowTitle(QCoreApplication.translate("ReviewActions", u"Review actions", None))
        self.titleLabel.setText(QCoreApplication.translate("ReviewActions", u"Actions from service performance reviews", None))
        self.showLabel.setText(QCoreApplication.translate("ReviewActions", u"&Show", None))
        self.areaLabel.setText(QCoreApplication.translate("ReviewActions", u"Service &area", None))
        self.findLabel.setText(QCoreApplication.translate("ReviewActions", u"&Find", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("ReviewActions", u"action, owner\u2026", None))
#if QT_CONFIG(accessibility)
        self.actionsTable.setAccessibleName(QCoreApplication.translate("ReviewActions", u"Review actions", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("ReviewActions", u"Refres&h", None))
        self.reopenButton.setText(QCoreApplication.translate("ReviewActions", u"&Reopen", None))
        self.doneButton.setText(QCoreApplication.translate("ReviewActions", u"Mark &done\u2026", None))
        self.openReviewButton.setText(QCoreApplication.translate("ReviewActions", u"&Open the review", None))
    # retranslateUi

