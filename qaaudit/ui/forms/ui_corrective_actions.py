# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'corrective_actions.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_CorrectiveActionsPage(object):
    def setupUi(self, CorrectiveActionsPage):
        if not CorrectiveActionsPage.objectName():
            CorrectiveActionsPage.setObjectName(u"CorrectiveActionsPage")
        CorrectiveActionsPage.resize(1180, 680)
        self.pageLayout = QVBoxLayout(CorrectiveActionsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(CorrectiveActionsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(CorrectiveActionsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setProperty(u"role", u"pageSubtitle")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.showLabel = QLabel(CorrectiveActionsPage)
        self.showLabel.setObjectName(u"showLabel")

        self.filterLayout.addWidget(self.showLabel)

        self.showCombo = QComboBox(CorrectiveActionsPage)
        self.showCombo.setObjectName(u"showCombo")

        self.filterLayout.addWidget(self.showCombo)

        self.areaLabel = QLabel(CorrectiveActionsPage)
        self.areaLabel.setObjectName(u"areaLabel")

        self.filterLayout.addWidget(self.areaLabel)

        self.areaCombo = QComboBox(CorrectiveActionsPage)
        self.areaCombo.setObjectName(u"areaCombo")
        self.areaCombo.setMinimumContentsLength(22)

        self.filterLayout.addWidget(self.areaCombo)

        self.countLabel = QLabel(CorrectiveActionsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.refreshButton = QPushButton(CorrectiveActionsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filterLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(CorrectiveActionsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.detailBox = QGroupBox(self.splitter)
        self.detailBox.setObjectName(u"detailBox")
        self.detailBox.setMinimumSize(QSize(300, 0))
        self.detailLayout = QVBoxLayout(self.detailBox)
        self.detailLayout.setSpacing(8)
        self.detailLayout.setObjectName(u"detailLayout")
        self.caseLabel = QLabel(self.detailBox)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)
        self.caseLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailLayout.addWidget(self.caseLabel)

        self.stateLabel = QLabel(self.detailBox)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.stateLabel)

        self.noteLabel = QLabel(self.detailBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.detailLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(self.detailBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.detailLayout.addWidget(self.noteEdit)

        self.dateLayout = QFormLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateLabel = QLabel(self.detailBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.dateLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(self.detailBox)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.dateLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.detailLayout.addLayout(self.dateLayout)

        self.problemLabel = QLabel(self.detailBox)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.problemLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.confirmButton = QPushButton(self.detailBox)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttonLayout.addWidget(self.confirmButton)


        self.detailLayout.addLayout(self.buttonLayout)

        self.permissionLabel = QLabel(self.detailBox)
        self.permissionLabel.setObjectName(u"permissionLabel")
        self.permissionLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.permissionLabel)

        self.splitter.addWidget(self.detailBox)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.showCombo)
        self.areaLabel.setBuddy(self.areaCombo)
        self.noteLabel.setBuddy(self.noteEdit)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.showCombo, self.areaCombo)
        QWidget.setTabOrder(self.areaCombo, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.table)
        QWidget.setTabOrder(self.table, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.confirmButton)

        self.retranslateUi(CorrectiveActionsPage)

        self.confirmButton.setDefault(True)


        QMetaObject.connectSlotsByName(CorrectiveActionsPage)
    # setupUi

    def retranslateUi(self, CorrectiveActionsPage):
#if QT_CONFIG(accessibility)
        CorrectiveActionsPage.setAccessibleName(QCoreApplication.translate("CorrectiveActionsPage", u"Corrective action", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("CorrectiveActionsPage", u"Corrective action", None))
        self.introLabel.setText(QCoreApplication.translate("CorrectiveActionsPage", u"Where a case is identified to be less than good, the service manager has to confirm that corrective action has been completed in the month following the completion of the audit.", None))
        self.showLabel.setText(QCoreApplication.translate("CorrectiveActionsPage", u"&Show:", None))
#if QT_CONFIG(accessibility)
        self.showCombo.setAccessibleName(QCoreApplication.translate("CorrectiveActionsPage", u"Which corrective actions to show", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("CorrectiveActionsPage", u"Service &area:", None))
#if QT_CONFIG(accessibility)
        self.areaCombo.setAccessibleName(QCoreApplication.translate("CorrectiveActionsPage", u"Service area", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("CorrectiveActionsPage", u"How many corrective actions are listed", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("CorrectiveActionsPage", u"&Refresh", None))
#if QT_CONFIG(shortcut)
        self.refreshButton.setShortcut(QCoreApplication.translate("CorrectiveActionsPage", u"F5", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CorrectiveActionsPage", u"Corrective actions", None))
#endif // QT_CONFIG(accessibility)
        self.detailBox.setTitle(QCoreApplication.translate("CorrectiveActionsPage", u"Confirm corrective action", None))
        self.caseLabel.setText(QCoreApplication.translate("CorrectiveActionsPage", u"Choose a case from the list.", None))
        self.stateLabel.setText("")
        self.noteLabel.setText(QCoreApplication.translate("CorrectiveActionsPage", u"&What corrective action was taken:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("CorrectiveActionsPage", u"What corrective action was taken", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CorrectiveActionsPage", u"For example: plan updated with a contingency; child seen alone; chronology brought up to date.", None))
        self.dateLabel.setText(QCoreApplication.translate("CorrectiveActionsPage", u"&Completed on:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("CorrectiveActionsPage", u"Date the corrective action was completed", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("CorrectiveActionsPage", u"d MMMM yyyy", None))
        self.problemLabel.setText("")
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("CorrectiveActionsPage", u"Problems with the confirmation", None))
#endif // QT_CONFIG(accessibility)
        self.confirmButton.setText(QCoreApplication.translate("CorrectiveActionsPage", u"C&onfirm corrective action", None))
        self.permissionLabel.setText("")
    # retranslateUi

