# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_compare.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_ReviewCompare(object):
    def setupUi(self, ReviewCompare):
        if not ReviewCompare.objectName():
            ReviewCompare.setObjectName(u"ReviewCompare")
        ReviewCompare.resize(1100, 700)
        self.rootLayout = QVBoxLayout(ReviewCompare)
        self.rootLayout.setObjectName(u"rootLayout")
        self.titleLabel = QLabel(ReviewCompare)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.PlainText)
        self.titleLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(ReviewCompare)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.summaryLabel)

        self.changesLabel = QLabel(ReviewCompare)
        self.changesLabel.setObjectName(u"changesLabel")

        self.rootLayout.addWidget(self.changesLabel)

        self.changesTable = QTableView(ReviewCompare)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.changesTable.setSortingEnabled(True)
        self.changesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.rootLayout.addWidget(self.changesTable)

        self.actionsLabel = QLabel(ReviewCompare)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.rootLayout.addWidget(self.actionsLabel)

        self.actionsTable = QTableView(ReviewCompare)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actionsTable.setSortingEnabled(True)
        self.actionsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.rootLayout.addWidget(self.actionsTable)

        self.rootLayout.setStretch(3, 2)
        self.rootLayout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.changesLabel.setBuddy(self.changesTable)
        self.actionsLabel.setBuddy(self.actionsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewCompare)

        QMetaObject.connectSlotsByName(ReviewCompare)
    # setupUi

    def retranslateUi(self, ReviewCompare):
        ReviewCompare.setWindowTitle(QCoreApplication.translate("ReviewCompare", u"Compare with the previous review", None))
        self.changesLabel.setText(QCoreApplication.translate("ReviewCompare", u"&Judgement changes, area by area", None))
        self.actionsLabel.setText(QCoreApplication.translate("ReviewCompare", u"What became of the previous review's &actions", None))
#if QT_CONFIG(accessibility)
        self.actionsTable.setAccessibleName(QCoreApplication.translate("ReviewCompare", u"Actions of the two reviews", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

