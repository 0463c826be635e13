# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'my_cases.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_MyCases(object):
    def setupUi(self, MyCases):
        if not MyCases.objectName():
            MyCases.setObjectName(u"MyCases")
        MyCases.resize(900, 220)
        self.widgetLayout = QVBoxLayout(MyCases)
        self.widgetLayout.setObjectName(u"widgetLayout")
        self.widgetLayout.setContentsMargins(0, -1, 0, -1)
        self.titleLabel = QLabel(MyCases)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.widgetLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(MyCases)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.widgetLayout.addWidget(self.summaryLabel)

        self.casesView = QTableView(MyCases)
        self.casesView.setObjectName(u"casesView")
        self.casesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.casesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.casesView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.casesView.setAlternatingRowColors(True)
        self.casesView.setSortingEnabled(True)
        self.casesView.setMaximumSize(QSize(16777215, 150))

        self.widgetLayout.addWidget(self.casesView)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.startButton = QPushButton(MyCases)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setEnabled(False)

        self.actionRow.addWidget(self.startButton)

        self.actionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.widgetLayout.addLayout(self.actionRow)


        self.retranslateUi(MyCases)

        QMetaObject.connectSlotsByName(MyCases)
    # setupUi

    def retranslateUi(self, MyCases):
        MyCases.setWindowTitle(QCoreApplication.translate("MyCases", u"Cases to audit this month", None))
        self.titleLabel.setText(QCoreApplication.translate("MyCases", u"Cases to audit this month", None))
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.casesView.setAccessibleName(QCoreApplication.translate("MyCases", u"Cases to audit this month", None))
#endif // QT_CONFIG(accessibility)
        self.startButton.setText(QCoreApplication.translate("MyCases", u"&Start the audit", None))
    # retranslateUi

