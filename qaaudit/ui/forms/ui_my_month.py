# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'my_month.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_MyMonthPage(object):
    def setupUi(self, MyMonthPage):
        if not MyMonthPage.objectName():
            MyMonthPage.setObjectName(u"MyMonthPage")
        MyMonthPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(MyMonthPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(MyMonthPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(MyMonthPage)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.subtitleLabel)

        self.dueGroup = QGroupBox(MyMonthPage)
        self.dueGroup.setObjectName(u"dueGroup")
        self.dueLayout = QVBoxLayout(self.dueGroup)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueListArea = QVBoxLayout()
        self.dueListArea.setObjectName(u"dueListArea")

        self.dueLayout.addLayout(self.dueListArea)

        self.duePlaceholder = QLabel(self.dueGroup)
        self.duePlaceholder.setObjectName(u"duePlaceholder")
        self.duePlaceholder.setWordWrap(True)

        self.dueLayout.addWidget(self.duePlaceholder)


        self.pageLayout.addWidget(self.dueGroup)

        self.auditsRow = QHBoxLayout()
        self.auditsRow.setSpacing(10)
        self.auditsRow.setObjectName(u"auditsRow")
        self.draftsGroup = QGroupBox(MyMonthPage)
        self.draftsGroup.setObjectName(u"draftsGroup")
        self.draftsLayout = QVBoxLayout(self.draftsGroup)
        self.draftsLayout.setObjectName(u"draftsLayout")
        self.draftsView = QTableView(self.draftsGroup)
        self.draftsView.setObjectName(u"draftsView")
        self.draftsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.draftsView.setAlternatingRowColors(True)
        self.draftsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.draftsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.draftsLayout.addWidget(self.draftsView)

        self.draftsButtons = QHBoxLayout()
        self.draftsButtons.setObjectName(u"draftsButtons")
        self.draftsCount = QLabel(self.draftsGroup)
        self.draftsCount.setObjectName(u"draftsCount")

        self.draftsButtons.addWidget(self.draftsCount)

        self.draftsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.draftsButtons.addItem(self.draftsSpacer)

        self.newButton = QPushButton(self.draftsGroup)
        self.newButton.setObjectName(u"newButton")

        self.draftsButtons.addWidget(self.newButton)

        self.continueButton = QPushButton(self.draftsGroup)
        self.continueButton.setObjectName(u"continueButton")

        self.draftsButtons.addWidget(self.continueButton)


        self.draftsLayout.addLayout(self.draftsButtons)


        self.auditsRow.addWidget(self.draftsGroup)

        self.recentGroup = QGroupBox(MyMonthPage)
        self.recentGroup.setObjectName(u"recentGroup")
        self.recentLayout = QVBoxLayout(self.recentGroup)
        self.recentLayout.setObjectName(u"recentLayout")
        self.recentView = QTableView(self.recentGroup)
        self.recentView.setObjectName(u"recentView")
        self.recentView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recentView.setAlternatingRowColors(True)
        self.recentView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recentView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.recentLayout.addWidget(self.recentView)

        self.recentButtons = QHBoxLayout()
        self.recentButtons.setObjectName(u"recentButtons")
        self.recentCount = QLabel(self.recentGroup)
        self.recentCount.setObjectName(u"recentCount")

        self.recentButtons.addWidget(self.recentCount)

        self.recentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recentButtons.addItem(self.recentSpacer)

        self.reauditButton = QPushButton(self.recentGroup)
        self.reauditButton.setObjectName(u"reauditButton")

        self.recentButtons.addWidget(self.reauditButton)

        self.openButton = QPushButton(self.recentGroup)
        self.openButton.setObjectName(u"openButton")

        self.recentButtons.addWidget(self.openButton)


        self.recentLayout.addLayout(self.recentButtons)


        self.auditsRow.addWidget(self.recentGroup)

        self.auditsRow.setStretch(0, 1)
        self.auditsRow.setStretch(1, 1)

        self.pageLayout.addLayout(self.auditsRow)

        self.pageLayout.setStretch(3, 1)

        self.retranslateUi(MyMonthPage)

        QMetaObject.connectSlotsByName(MyMonthPage)
    # setupUi

    def retranslateUi(self, MyMonthPage):
        self.titleLabel.setText(QCoreApplication.translate("MyMonthPage", u"My month", None))
        self.subtitleLabel.setText("")
        self.dueGroup.setTitle(QCoreApplication.translate("MyMonthPage", u"Due from me this month", None))
        self.duePlaceholder.setText(QCoreApplication.translate("MyMonthPage", u"Your due list (the QA activity the QAF plan expects from you this month) will appear here.", None))
        self.draftsGroup.setTitle(QCoreApplication.translate("MyMonthPage", u"My open drafts", None))
#if QT_CONFIG(accessibility)
        self.draftsView.setAccessibleName(QCoreApplication.translate("MyMonthPage", u"My open drafts", None))
#endif // QT_CONFIG(accessibility)
        self.draftsCount.setText("")
        self.newButton.setText(QCoreApplication.translate("MyMonthPage", u"Ne&w audit", None))
        self.continueButton.setText(QCoreApplication.translate("MyMonthPage", u"&Continue the draft", None))
        self.recentGroup.setTitle(QCoreApplication.translate("MyMonthPage", u"My recent audits", None))
#if QT_CONFIG(accessibility)
        self.recentView.setAccessibleName(QCoreApplication.translate("MyMonthPage", u"My recent audits", None))
#endif // QT_CONFIG(accessibility)
        self.recentCount.setText("")
        self.reauditButton.setText(QCoreApplication.translate("MyMonthPage", u"R&e-audit this case", None))
        self.openButton.setText(QCoreApplication.translate("MyMonthPage", u"&Open", None))
        pass
    # retranslateUi

