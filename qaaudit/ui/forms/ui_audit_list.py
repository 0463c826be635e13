# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_list.ui'
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

from qaaudit.ui.common.fields import MonthField

class Ui_AuditListPage(object):
    def setupUi(self, AuditListPage):
        if not AuditListPage.objectName():
            AuditListPage.setObjectName(u"AuditListPage")
        AuditListPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(AuditListPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(AuditListPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.filterRow1 = QHBoxLayout()
        self.filterRow1.setSpacing(8)
        self.filterRow1.setObjectName(u"filterRow1")
        self.findLabel = QLabel(AuditListPage)
        self.findLabel.setObjectName(u"findLabel")

        self.filterRow1.addWidget(self.findLabel)

        self.findEdit = QLineEdit(AuditListPage)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.filterRow1.addWidget(self.findEdit)

        self.fromLabel = QLabel(AuditListPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterRow1.addWidget(self.fromLabel)

        self.fromEdit = MonthField(AuditListPage)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.filterRow1.addWidget(self.fromEdit)

        self.toLabel = QLabel(AuditListPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow1.addWidget(self.toLabel)

        self.toEdit = MonthField(AuditListPage)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.filterRow1.addWidget(self.toEdit)

        self.areaLabel = QLabel(AuditListPage)
        self.areaLabel.setObjectName(u"areaLabel")

        self.filterRow1.addWidget(self.areaLabel)

        self.areaCombo = QComboBox(AuditListPage)
        self.areaCombo.setObjectName(u"areaCombo")

        self.filterRow1.addWidget(self.areaCombo)

        self.teamLabel = QLabel(AuditListPage)
        self.teamLabel.setObjectName(u"teamLabel")

        self.filterRow1.addWidget(self.teamLabel)

        self.teamCombo = QComboBox(AuditListPage)
        self.teamCombo.setObjectName(u"teamCombo")

        self.filterRow1.addWidget(self.teamCombo)


        self.pageLayout.addLayout(self.filterRow1)

        self.filterRow2 = QHBoxLayout()
        self.filterRow2.setSpacing(8)
        self.filterRow2.setObjectName(u"filterRow2")
        self.auditorLabel = QLabel(AuditListPage)
        self.auditorLabel.setObjectName(u"auditorLabel")

        self.filterRow2.addWidget(self.auditorLabel)

        self.auditorCombo = QComboBox(AuditListPage)
        self.auditorCombo.setObjectName(u"auditorCombo")

        self.filterRow2.addWidget(self.auditorCombo)

        self.strandLabel = QLabel(AuditListPage)
        self.strandLabel.setObjectName(u"strandLabel")

        self.filterRow2.addWidget(self.strandLabel)

        self.strandCombo = QComboBox(AuditListPage)
        self.strandCombo.setObjectName(u"strandCombo")

        self.filterRow2.addWidget(self.strandCombo)

        self.overallLabel = QLabel(AuditListPage)
        self.overallLabel.setObjectName(u"overallLabel")

        self.filterRow2.addWidget(self.overallLabel)

        self.overallCombo = QComboBox(AuditListPage)
        self.overallCombo.setObjectName(u"overallCombo")

        self.filterRow2.addWidget(self.overallCombo)

        self.statusLabel = QLabel(AuditListPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow2.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(AuditListPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterRow2.addWidget(self.statusCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow2.addItem(self.filterSpacer)

        self.clearButton = QPushButton(AuditListPage)
        self.clearButton.setObjectName(u"clearButton")

        self.filterRow2.addWidget(self.clearButton)


        self.pageLayout.addLayout(self.filterRow2)

        self.auditView = QTableView(AuditListPage)
        self.auditView.setObjectName(u"auditView")
        self.auditView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditView.setAlternatingRowColors(True)
        self.auditView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.auditView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditView.setSortingEnabled(True)
        self.auditView.setWordWrap(False)
        self.auditView.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.pageLayout.addWidget(self.auditView)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.countLabel = QLabel(AuditListPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"count")

        self.bottomRow.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.newButton = QPushButton(AuditListPage)
        self.newButton.setObjectName(u"newButton")

        self.bottomRow.addWidget(self.newButton)

        self.reauditButton = QPushButton(AuditListPage)
        self.reauditButton.setObjectName(u"reauditButton")

        self.bottomRow.addWidget(self.reauditButton)

        self.openButton = QPushButton(AuditListPage)
        self.openButton.setObjectName(u"openButton")

        self.bottomRow.addWidget(self.openButton)


        self.pageLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.findLabel.setBuddy(self.findEdit)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.areaLabel.setBuddy(self.areaCombo)
        self.teamLabel.setBuddy(self.teamCombo)
        self.auditorLabel.setBuddy(self.auditorCombo)
        self.strandLabel.setBuddy(self.strandCombo)
        self.overallLabel.setBuddy(self.overallCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.findEdit, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.areaCombo)
        QWidget.setTabOrder(self.areaCombo, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.auditorCombo)
        QWidget.setTabOrder(self.auditorCombo, self.strandCombo)
        QWidget.setTabOrder(self.strandCombo, self.overallCombo)
        QWidget.setTabOrder(self.overallCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.auditView)
        QWidget.setTabOrder(self.auditView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.reauditButton)
        QWidget.setTabOrder(self.reauditButton, self.openButton)

        self.retranslateUi(AuditListPage)

        QMetaObject.connectSlotsByName(AuditListPage)
    # setupUi

    def retranslateUi(self, AuditListPage):
        self.titleLabel.setText(QCoreApplication.translate("AuditListPage", u"Audits", None))
        self.findLabel.setText(QCoreApplication.translate("AuditListPage", u"Fin&d case number", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("AuditListPage", u"type the first characters", None))
        self.fromLabel.setText(QCoreApplication.translate("AuditListPage", u"&Month from", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("AuditListPage", u"MMM yyyy", None))
        self.fromEdit.setSpecialValueText(QCoreApplication.translate("AuditListPage", u"Any", None))
        self.toLabel.setText(QCoreApplication.translate("AuditListPage", u"to", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("AuditListPage", u"MMM yyyy", None))
        self.toEdit.setSpecialValueText(QCoreApplication.translate("AuditListPage", u"Any", None))
        self.areaLabel.setText(QCoreApplication.translate("AuditListPage", u"Service &area", None))
        self.teamLabel.setText(QCoreApplication.translate("AuditListPage", u"&Team", None))
        self.auditorLabel.setText(QCoreApplication.translate("AuditListPage", u"A&uditor", None))
        self.strandLabel.setText(QCoreApplication.translate("AuditListPage", u"St&rand", None))
        self.overallLabel.setText(QCoreApplication.translate("AuditListPage", u"O&verall", None))
        self.statusLabel.setText(QCoreApplication.translate("AuditListPage", u"&Status", None))
        self.clearButton.setText(QCoreApplication.translate("AuditListPage", u"&Clear filters", None))
#if QT_CONFIG(accessibility)
        self.auditView.setAccessibleName(QCoreApplication.translate("AuditListPage", u"Audits", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("AuditListPage", u"Ne&w audit", None))
        self.reauditButton.setText(QCoreApplication.translate("AuditListPage", u"R&e-audit this case", None))
        self.openButton.setText(QCoreApplication.translate("AuditListPage", u"&Open", None))
        pass
    # retranslateUi

