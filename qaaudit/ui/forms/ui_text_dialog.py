# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'text_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_TextDialog(object):
    def setupUi(self, TextDialog):
        if not TextDialog.objectName():
            TextDialog.setObjectName(u"TextDialog")
        TextDialog.resize(640, 560)
        self.layout = QVBoxLayout(TextDialog)
        self.layout.setObjectName(u"layout")
        self.textBrowser = QTextBrowser(TextDialog)
        self.textBrowser.setObjectName(u"textBrowser")
        self.textBrowser.setOpenExternalLinks(False)

        self.layout.addWidget(self.textBrowser)

        self.buttonBox = QDialogButtonBox(TextDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(TextDialog)
        self.buttonBox.rejected.connect(TextDialog.reject)

        QMetaObject.connectSlotsByName(TextDialog)
    # setupUi

    def retranslateUi(self, TextDialog):
        TextDialog.setWindowTitle(QCoreApplication.translate("TextDialog", u"qaaudit", None))
    # retranslateUi

