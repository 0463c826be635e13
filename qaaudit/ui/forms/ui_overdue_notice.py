# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overdue_notice.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QLabel, QListView, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_OverdueNotice(object):
    def setupUi(self, OverdueNotice):
        if not OverdueNotice.objectName():
            OverdueNotice.setObjectName(u"OverdueNotice")
        OverdueNotice.resize(1100, 120)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(OverdueNotice.sizePolicy().hasHeightForWidth())
        OverdueNotice.setSizePolicy(sizePolicy)
        OverdueNotice.setFrameShape(QFrame.StyledPanel)
        self.noticeLayout = QVBoxLayout(OverdueNotice)
        self.noticeLayout.setSpacing(6)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeLayout.setContentsMargins(12, 8, 12, 8)
        self.headLayout = QHBoxLayout()
        self.headLayout.setSpacing(8)
        self.headLayout.setObjectName(u"headLayout")
        self.wordsLayout = QVBoxLayout()
        self.wordsLayout.setSpacing(2)
        self.wordsLayout.setObjectName(u"wordsLayout")
        self.headlineLabel = QLabel(OverdueNotice)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setWordWrap(True)

        self.wordsLayout.addWidget(self.headlineLabel)

        self.explanationLabel = QLabel(OverdueNotice)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.wordsLayout.addWidget(self.explanationLabel)


        self.headLayout.addLayout(self.wordsLayout)

        self.detailsButton = QPushButton(OverdueNotice)
        self.detailsButton.setObjectName(u"detailsButton")
        self.detailsButton.setCheckable(True)

        self.headLayout.addWidget(self.detailsButton)

        self.dismissButton = QPushButton(OverdueNotice)
        self.dismissButton.setObjectName(u"dismissButton")

        self.headLayout.addWidget(self.dismissButton)

        self.showButton = QPushButton(OverdueNotice)
        self.showButton.setObjectName(u"showButton")

        self.headLayout.addWidget(self.showButton)

        self.headLayout.setStretch(0, 1)

        self.noticeLayout.addLayout(self.headLayout)

        self.caseList = QListView(OverdueNotice)
        self.caseList.setObjectName(u"caseList")
        self.caseList.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.caseList.setMinimumSize(QSize(0, 40))
        self.caseList.setMaximumSize(QSize(16777215, 64))

        self.noticeLayout.addWidget(self.caseList)


        self.retranslateUi(OverdueNotice)

        self.showButton.setDefault(True)


        QMetaObject.connectSlotsByName(OverdueNotice)
    # setupUi

    def retranslateUi(self, OverdueNotice):
#if QT_CONFIG(accessibility)
        OverdueNotice.setAccessibleName(QCoreApplication.translate("OverdueNotice", u"Overdue corrective actions", None))
#endif // QT_CONFIG(accessibility)
        self.headlineLabel.setText("")
        self.explanationLabel.setText(QCoreApplication.translate("OverdueNotice", u"These cases were audited as less than good, and the month after the audit has ended without corrective action being confirmed.", None))
        self.detailsButton.setText(QCoreApplication.translate("OverdueNotice", u"&Which cases", None))
#if QT_CONFIG(tooltip)
        self.detailsButton.setToolTip(QCoreApplication.translate("OverdueNotice", u"Show or hide the cases whose corrective action is overdue", None))
#endif // QT_CONFIG(tooltip)
        self.dismissButton.setText(QCoreApplication.translate("OverdueNotice", u"&Later", None))
        self.showButton.setText(QCoreApplication.translate("OverdueNotice", u"&Confirm corrective action\u2026", None))
#if QT_CONFIG(accessibility)
        self.caseList.setAccessibleName(QCoreApplication.translate("OverdueNotice", u"Cases with overdue corrective action", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

