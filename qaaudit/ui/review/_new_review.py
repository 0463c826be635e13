"""Starting a review: which service area, which six months."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy import select

from qaaudit.domain.review_period import Period, half_year
from qaaudit.services.common import refusals
from qaaudit.services.review import reviews
from qaaudit.store.errors import StoreError
from qaaudit.store.models import ServiceArea
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.theme import colour
from qaaudit.ui.forms.ui_review_new import Ui_ReviewNew

PERIODS_OFFERED = 6


class NewReviewDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewNew()
        self.ui.setupUi(self)
        self.context = context
        self.review_id: int | None = None
        actor = context.actor
        with context.db.reading() as session:
            areas = session.execute(
                select(ServiceArea.id, ServiceArea.name).order_by(
                    ServiceArea.position, ServiceArea.name
                )
            ).all()
        for area_id, name in areas:
            if reviews.may_author(actor, area_id):
                self.ui.areaCombo.addItem(name, area_id)
        if actor.service_area_id is not None:
            index = self.ui.areaCombo.findData(actor.service_area_id)
            self.ui.areaCombo.setCurrentIndex(max(0, index))
        # The half year just ended first: that is the one usually reviewed.
        period = half_year(context.today()).previous()
        for _ in range(PERIODS_OFFERED):
            self.ui.periodCombo.addItem(period.label, period)
            period = period.previous()
        current = half_year(context.today())
        self.ui.periodCombo.insertItem(1, f"{current.label} (not yet ended)", current)
        self.ui.problemLabel.setStyleSheet(f"color: {colour('problem')};")
        self.ui.problemLabel.setVisible(False)
        if not self.ui.areaCombo.count():
            self.ui.problemLabel.setText(
                "Only a service manager (for their own service area) or the QA lead can start "
                "a review."
            )
            self.ui.problemLabel.show()
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.ui.buttonBox.accepted.connect(self.create)
        self.ui.buttonBox.rejected.connect(self.reject)

    def create(self) -> None:
        area_id = self.ui.areaCombo.currentData()
        period: Period = self.ui.periodCombo.currentData()
        try:
            with self.context.db.writing() as session:
                record = reviews.create_review(
                    session, self.context.actor, area_id, period, self.context.today()
                )
        except refusals.ValidationFailed as failure:
            self._problem(" ".join(p.message for p in failure.problems))
            return
        except refusals.NotAllowed as refusal:
            self._problem(str(refusal))
            return
        except StoreError as error:
            self._problem(error.message)
            return
        self.review_id = record.id
        self.accept()

    def _problem(self, text: str) -> None:
        self.ui.problemLabel.setText(text)
        self.ui.problemLabel.show()
