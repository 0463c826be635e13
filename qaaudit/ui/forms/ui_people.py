# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_PeoplePage(object):
    def setupUi(self, PeoplePage):
        if not PeoplePage.objectName():
            PeoplePage.setObjectName(u"PeoplePage")
        PeoplePage.resize(1100, 650)
        self.pageLayout = QVBoxLayout(PeoplePage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(PeoplePage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(PeoplePage)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.subtitleLabel)

        self.tabs = QTabWidget(PeoplePage)
        self.tabs.setObjectName(u"tabs")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(self.peopleTab)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(self.peopleTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.filterEdit)

        self.teamFilterLabel = QLabel(self.peopleTab)
        self.teamFilterLabel.setObjectName(u"teamFilterLabel")

        self.filterRow.addWidget(self.teamFilterLabel)

        self.teamFilter = QComboBox(self.peopleTab)
        self.teamFilter.setObjectName(u"teamFilter")
        self.teamFilter.setMinimumContentsLength(18)
        self.teamFilter.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

        self.filterRow.addWidget(self.teamFilter)

        self.roleFilterLabel = QLabel(self.peopleTab)
        self.roleFilterLabel.setObjectName(u"roleFilterLabel")

        self.filterRow.addWidget(self.roleFilterLabel)

        self.roleFilter = QComboBox(self.peopleTab)
        self.roleFilter.setObjectName(u"roleFilter")

        self.filterRow.addWidget(self.roleFilter)

        self.activeFilterLabel = QLabel(self.peopleTab)
        self.activeFilterLabel.setObjectName(u"activeFilterLabel")

        self.filterRow.addWidget(self.activeFilterLabel)

        self.activeFilter = QComboBox(self.peopleTab)
        self.activeFilter.setObjectName(u"activeFilter")

        self.filterRow.addWidget(self.activeFilter)


        self.peopleLayout.addLayout(self.filterRow)

        self.peopleView = QTableView(self.peopleTab)
        self.peopleView.setObjectName(u"peopleView")
        self.peopleView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.peopleView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.peopleView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.peopleView.setSortingEnabled(True)
        self.peopleView.setAlternatingRowColors(True)
        self.peopleView.setWordWrap(False)

        self.peopleLayout.addWidget(self.peopleView)

        self.peopleButtons = QHBoxLayout()
        self.peopleButtons.setObjectName(u"peopleButtons")
        self.addButton = QPushButton(self.peopleTab)
        self.addButton.setObjectName(u"addButton")

        self.peopleButtons.addWidget(self.addButton)

        self.editButton = QPushButton(self.peopleTab)
        self.editButton.setObjectName(u"editButton")

        self.peopleButtons.addWidget(self.editButton)

        self.activeButton = QPushButton(self.peopleTab)
        self.activeButton.setObjectName(u"activeButton")

        self.peopleButtons.addWidget(self.activeButton)

        self.peopleSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peopleButtons.addItem(self.peopleSpacer)

        self.countLabel = QLabel(self.peopleTab)
        self.countLabel.setObjectName(u"countLabel")

        self.peopleButtons.addWidget(self.countLabel)


        self.peopleLayout.addLayout(self.peopleButtons)

        self.tabs.addTab(self.peopleTab, "")
        self.teamsTab = QWidget()
        self.teamsTab.setObjectName(u"teamsTab")
        self.teamsLayout = QVBoxLayout(self.teamsTab)
        self.teamsLayout.setObjectName(u"teamsLayout")
        self.teamsFilterRow = QHBoxLayout()
        self.teamsFilterRow.setObjectName(u"teamsFilterRow")
        self.teamsHelpLabel = QLabel(self.teamsTab)
        self.teamsHelpLabel.setObjectName(u"teamsHelpLabel")
        self.teamsHelpLabel.setWordWrap(True)

        self.teamsFilterRow.addWidget(self.teamsHelpLabel)

        self.showClosedCheck = QCheckBox(self.teamsTab)
        self.showClosedCheck.setObjectName(u"showClosedCheck")

        self.teamsFilterRow.addWidget(self.showClosedCheck)


        self.teamsLayout.addLayout(self.teamsFilterRow)

        self.teamsView = QTableView(self.teamsTab)
        self.teamsView.setObjectName(u"teamsView")
        self.teamsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.teamsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.teamsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.teamsView.setSortingEnabled(True)
        self.teamsView.setAlternatingRowColors(True)

        self.teamsLayout.addWidget(self.teamsView)

        self.teamButtons = QHBoxLayout()
        self.teamButtons.setObjectName(u"teamButtons")
        self.addTeamButton = QPushButton(self.teamsTab)
        self.addTeamButton.setObjectName(u"addTeamButton")

        self.teamButtons.addWidget(self.addTeamButton)

        self.renameTeamButton = QPushButton(self.teamsTab)
        self.renameTeamButton.setObjectName(u"renameTeamButton")

        self.teamButtons.addWidget(self.renameTeamButton)

        self.teamActiveButton = QPushButton(self.teamsTab)
        self.teamActiveButton.setObjectName(u"teamActiveButton")

        self.teamButtons.addWidget(self.teamActiveButton)

        self.addAreaButton = QPushButton(self.teamsTab)
        self.addAreaButton.setObjectName(u"addAreaButton")

        self.teamButtons.addWidget(self.addAreaButton)

        self.renameAreaButton = QPushButton(self.teamsTab)
        self.renameAreaButton.setObjectName(u"renameAreaButton")

        self.teamButtons.addWidget(self.renameAreaButton)

        self.teamSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teamButtons.addItem(self.teamSpacer)

        self.teamsCountLabel = QLabel(self.teamsTab)
        self.teamsCountLabel.setObjectName(u"teamsCountLabel")

        self.teamButtons.addWidget(self.teamsCountLabel)


        self.teamsLayout.addLayout(self.teamButtons)

        self.tabs.addTab(self.teamsTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
        self.teamFilterLabel.setBuddy(self.teamFilter)
        self.roleFilterLabel.setBuddy(self.roleFilter)
        self.activeFilterLabel.setBuddy(self.activeFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.teamFilter)
        QWidget.setTabOrder(self.teamFilter, self.roleFilter)
        QWidget.setTabOrder(self.roleFilter, self.activeFilter)
        QWidget.setTabOrder(self.activeFilter, self.peopleView)
        QWidget.setTabOrder(self.peopleView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.activeButton)
        QWidget.setTabOrder(self.activeButton, self.showClosedCheck)
        QWidget.setTabOrder(self.showClosedCheck, self.teamsView)
        QWidget.setTabOrder(self.teamsView, self.addTeamButton)
        QWidget.setTabOrder(self.addTeamButton, self.renameTeamButton)
        QWidget.setTabOrder(self.renameTeamButton, self.teamActiveButton)
        QWidget.setTabOrder(self.teamActiveButton, self.addAreaButton)
        QWidget.setTabOrder(self.addAreaButton, self.renameAreaButton)

        self.retranslateUi(PeoplePage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PeoplePage)
    # setupUi

    def retranslateUi(self, PeoplePage):
        PeoplePage.setWindowTitle(QCoreApplication.translate("PeoplePage", u"People and teams", None))
        self.titleLabel.setText(QCoreApplication.translate("PeoplePage", u"People and teams", None))
        self.subtitleLabel.setText(QCoreApplication.translate("PeoplePage", u"Who uses qaaudit, their team and what their roles let them do. People can be added before they first open qaaudit: they are found by their Windows login.", None))
        self.filterLabel.setText(QCoreApplication.translate("PeoplePage", u"&Find", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("PeoplePage", u"Name, login, email, team or service area", None))
        self.teamFilterLabel.setText(QCoreApplication.translate("PeoplePage", u"Tea&m", None))
        self.roleFilterLabel.setText(QCoreApplication.translate("PeoplePage", u"R&ole", None))
        self.activeFilterLabel.setText(QCoreApplication.translate("PeoplePage", u"S&how", None))
#if QT_CONFIG(accessibility)
        self.peopleView.setAccessibleName(QCoreApplication.translate("PeoplePage", u"People", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("PeoplePage", u"&Add a person\u2026", None))
        self.editButton.setText(QCoreApplication.translate("PeoplePage", u"&Edit\u2026", None))
        self.activeButton.setText(QCoreApplication.translate("PeoplePage", u"&Deactivate\u2026", None))
        self.countLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("PeoplePage", u"&People", None))
        self.teamsHelpLabel.setText(QCoreApplication.translate("PeoplePage", u"A team that closes is deactivated, not deleted: its audits keep it, and it is no longer offered when choosing a team.", None))
        self.showClosedCheck.setText(QCoreApplication.translate("PeoplePage", u"Show &inactive teams", None))
#if QT_CONFIG(accessibility)
        self.teamsView.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Teams and service areas", None))
#endif // QT_CONFIG(accessibility)
        self.addTeamButton.setText(QCoreApplication.translate("PeoplePage", u"Add a tea&m\u2026", None))
        self.renameTeamButton.setText(QCoreApplication.translate("PeoplePage", u"&Rename team\u2026", None))
        self.teamActiveButton.setText(QCoreApplication.translate("PeoplePage", u"&Deactivate team\u2026", None))
        self.addAreaButton.setText(QCoreApplication.translate("PeoplePage", u"Add a service &area\u2026", None))
        self.renameAreaButton.setText(QCoreApplication.translate("PeoplePage", u"Re&name service area\u2026", None))
        self.teamsCountLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.teamsTab), QCoreApplication.translate("PeoplePage", u"&Teams and service areas", None))
    # retranslateUi

