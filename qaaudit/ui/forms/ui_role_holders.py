# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'role_holders.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_RoleHolders(object):
    def setupUi(self, RoleHolders):
        if not RoleHolders.objectName():
            RoleHolders.setObjectName(u"RoleHolders")
        RoleHolders.resize(1100, 600)
        self.pageLayout = QVBoxLayout(RoleHolders)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(RoleHolders)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(RoleHolders)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(RoleHolders)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.filterEdit)

        self.showEndedCheck = QCheckBox(RoleHolders)
        self.showEndedCheck.setObjectName(u"showEndedCheck")

        self.filterRow.addWidget(self.showEndedCheck)


        self.pageLayout.addLayout(self.filterRow)

        self.holdersView = QTableView(RoleHolders)
        self.holdersView.setObjectName(u"holdersView")
        self.holdersView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.holdersView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.holdersView.setSortingEnabled(True)
        self.holdersView.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.holdersView)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.countLabel = QLabel(RoleHolders)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"count")

        self.buttonRow.addWidget(self.countLabel)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.removeButton = QPushButton(RoleHolders)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonRow.addWidget(self.removeButton)

        self.endButton = QPushButton(RoleHolders)
        self.endButton.setObjectName(u"endButton")

        self.buttonRow.addWidget(self.endButton)

        self.assignButton = QPushButton(RoleHolders)
        self.assignButton.setObjectName(u"assignButton")

        self.buttonRow.addWidget(self.assignButton)


        self.pageLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RoleHolders)

        QMetaObject.connectSlotsByName(RoleHolders)
    # setupUi

    def retranslateUi(self, RoleHolders):
        RoleHolders.setWindowTitle(QCoreApplication.translate("RoleHolders", u"People in roles", None))
        self.titleLabel.setText(QCoreApplication.translate("RoleHolders", u"People in roles", None))
        self.filterLabel.setText(QCoreApplication.translate("RoleHolders", u"&Find", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("RoleHolders", u"Name, role, team or service area", None))
        self.showEndedCheck.setText(QCoreApplication.translate("RoleHolders", u"Show people who have &left a role", None))
#if QT_CONFIG(accessibility)
        self.holdersView.setAccessibleName(QCoreApplication.translate("RoleHolders", u"People in roles", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.removeButton.setText(QCoreApplication.translate("RoleHolders", u"&Remove (made by mistake)\u2026", None))
        self.endButton.setText(QCoreApplication.translate("RoleHolders", u"&End in role\u2026", None))
        self.assignButton.setText(QCoreApplication.translate("RoleHolders", u"&Assign a role\u2026", None))
    # retranslateUi

