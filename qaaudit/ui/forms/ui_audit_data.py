# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_data.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QGroupBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AuditDataPage(object):
    def setupUi(self, AuditDataPage):
        if not AuditDataPage.objectName():
            AuditDataPage.setObjectName(u"AuditDataPage")
        AuditDataPage.resize(980, 640)
        self.pageLayout = QVBoxLayout(AuditDataPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(AuditDataPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"pageTitle")

        self.pageLayout.addWidget(self.titleLabel)

        self.summaryBox = QGroupBox(AuditDataPage)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryLayout = QVBoxLayout(self.summaryBox)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setSpacing(8)
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromLabel = QLabel(self.summaryBox)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodLayout.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(self.summaryBox)
        self.fromEdit.setObjectName(u"fromEdit")

        self.periodLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(self.summaryBox)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(self.summaryBox)
        self.toEdit.setObjectName(u"toEdit")

        self.periodLayout.addWidget(self.toEdit)

        self.serviceLabel = QLabel(self.summaryBox)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.periodLayout.addWidget(self.serviceLabel)

        self.serviceCombo = QComboBox(self.summaryBox)
        self.serviceCombo.setObjectName(u"serviceCombo")
        self.serviceCombo.setMinimumContentsLength(22)

        self.periodLayout.addWidget(self.serviceCombo)

        self.periodSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)

        self.summaryButton = QPushButton(self.summaryBox)
        self.summaryButton.setObjectName(u"summaryButton")

        self.periodLayout.addWidget(self.summaryButton)


        self.summaryLayout.addLayout(self.periodLayout)

        self.previewLabel = QLabel(self.summaryBox)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.summaryLayout.addWidget(self.previewLabel)


        self.pageLayout.addWidget(self.summaryBox)

        self.dataBox = QGroupBox(AuditDataPage)
        self.dataBox.setObjectName(u"dataBox")
        self.dataLayout = QVBoxLayout(self.dataBox)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataIntroLabel = QLabel(self.dataBox)
        self.dataIntroLabel.setObjectName(u"dataIntroLabel")
        self.dataIntroLabel.setWordWrap(True)

        self.dataLayout.addWidget(self.dataIntroLabel)

        self.dataButtonLayout = QHBoxLayout()
        self.dataButtonLayout.setObjectName(u"dataButtonLayout")
        self.exportButton = QPushButton(self.dataBox)
        self.exportButton.setObjectName(u"exportButton")

        self.dataButtonLayout.addWidget(self.exportButton)

        self.importButton = QPushButton(self.dataBox)
        self.importButton.setObjectName(u"importButton")

        self.dataButtonLayout.addWidget(self.importButton)

        self.dataSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dataButtonLayout.addItem(self.dataSpacer)


        self.dataLayout.addLayout(self.dataButtonLayout)

        self.resultEdit = QPlainTextEdit(self.dataBox)
        self.resultEdit.setObjectName(u"resultEdit")
        self.resultEdit.setReadOnly(True)

        self.dataLayout.addWidget(self.resultEdit)


        self.pageLayout.addWidget(self.dataBox)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.serviceLabel.setBuddy(self.serviceCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.serviceCombo)
        QWidget.setTabOrder(self.serviceCombo, self.summaryButton)
        QWidget.setTabOrder(self.summaryButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.resultEdit)

        self.retranslateUi(AuditDataPage)

        QMetaObject.connectSlotsByName(AuditDataPage)
    # setupUi

    def retranslateUi(self, AuditDataPage):
#if QT_CONFIG(accessibility)
        AuditDataPage.setAccessibleName(QCoreApplication.translate("AuditDataPage", u"Learning summary and audit data", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("AuditDataPage", u"Learning summary and audit data", None))
        self.summaryBox.setTitle(QCoreApplication.translate("AuditDataPage", u"Learning summary for QA Matters and the Practice Improvement Forum", None))
        self.fromLabel.setText(QCoreApplication.translate("AuditDataPage", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("AuditDataPage", u"First month of the summary", None))
#endif // QT_CONFIG(accessibility)
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("AuditDataPage", u"MMMM yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("AuditDataPage", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("AuditDataPage", u"Last month of the summary", None))
#endif // QT_CONFIG(accessibility)
        self.toEdit.setDisplayFormat(QCoreApplication.translate("AuditDataPage", u"MMMM yyyy", None))
        self.serviceLabel.setText(QCoreApplication.translate("AuditDataPage", u"Ser&vice area:", None))
#if QT_CONFIG(accessibility)
        self.serviceCombo.setAccessibleName(QCoreApplication.translate("AuditDataPage", u"Service area of the summary", None))
#endif // QT_CONFIG(accessibility)
        self.summaryButton.setText(QCoreApplication.translate("AuditDataPage", u"&Save summary as PDF\u2026", None))
        self.previewLabel.setText("")
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("AuditDataPage", u"The summary in brief", None))
#endif // QT_CONFIG(accessibility)
        self.dataBox.setTitle(QCoreApplication.translate("AuditDataPage", u"Audit data in Excel", None))
        self.dataIntroLabel.setText(QCoreApplication.translate("AuditDataPage", u"Export every audit you can see (one row per audit, one column per practice area, narratives and agreed actions on their own sheets), or bring historic audits in from a workbook laid out the same way. People, teams and service areas are matched by name; nothing is imported unless every row is right.", None))
        self.exportButton.setText(QCoreApplication.translate("AuditDataPage", u"&Export all audits to Excel\u2026", None))
        self.importButton.setText(QCoreApplication.translate("AuditDataPage", u"&Import historic audits\u2026", None))
#if QT_CONFIG(accessibility)
        self.resultEdit.setAccessibleName(QCoreApplication.translate("AuditDataPage", u"What the last export or import did", None))
#endif // QT_CONFIG(accessibility)
        self.resultEdit.setPlaceholderText(QCoreApplication.translate("AuditDataPage", u"What the last export or import did appears here.", None))
    # retranslateUi

