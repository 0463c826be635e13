# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_new.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ReviewNew(object):
    def setupUi(self, ReviewNew):
        if not ReviewNew.objectName():
            ReviewNew.setObjectName(u"ReviewNew")
        ReviewNew.resize(520, 220)
        self.rootLayout = QVBoxLayout(ReviewNew)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(ReviewNew)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.areaLabel = QLabel(ReviewNew)
        self.areaLabel.setObjectName(u"areaLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaCombo = QComboBox(ReviewNew)
        self.areaCombo.setObjectName(u"areaCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.areaCombo)

        self.periodLabel = QLabel(ReviewNew)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(ReviewNew)
        self.periodCombo.setObjectName(u"periodCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodCombo)


        self.rootLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(ReviewNew)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.PlainText)

        self.rootLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ReviewNew)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.rootLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.areaLabel.setBuddy(self.areaCombo)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewNew)

        QMetaObject.connectSlotsByName(ReviewNew)
    # setupUi

    def retranslateUi(self, ReviewNew):
        ReviewNew.setWindowTitle(QCoreApplication.translate("ReviewNew", u"New service performance review", None))
        self.introLabel.setText(QCoreApplication.translate("ReviewNew", u"Choose the service area and the six months it looks back on. The professional challenge rows are filled in with the figures qaaudit holds for that area and period.", None))
        self.areaLabel.setText(QCoreApplication.translate("ReviewNew", u"Service &area", None))
        self.periodLabel.setText(QCoreApplication.translate("ReviewNew", u"Performance &period", None))
    # retranslateUi

