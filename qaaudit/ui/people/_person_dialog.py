"""Adding or editing one person: login, name, email, team, roles (a check box each, with
a sentence saying what the role may do) and whether they still use qaaudit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QWidget

from qaaudit.domain.permissions import ADMINISTRATORS, permission
from qaaudit.domain.roles import ROLE_LIST
from qaaudit.services.common.actor import team_choice, team_choices
from qaaudit.services.common.permissions import may
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.services.people.admin import (
    ADMIN,
    PersonDetails,
    PersonRow,
    ValidationFailed,
    add_person,
    person_row,
    update_person,
)
from qaaudit.store.errors import ConflictError, StoreError
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.theme import set_flag
from qaaudit.ui.forms.ui_person_dialog import Ui_PersonDialog


class PersonDialog(QDialog):
    """``person`` None adds someone new; otherwise edits that person. ``saved`` holds the
    stored person once the dialog is accepted."""

    def __init__(
        self, context: AppContext, person: PersonRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.person_id = person.id if person else None
        self.started_from = person.details if person else None
        self.saved: PersonRow | None = None
        self.setWindowTitle(f"Edit {person.name}" if person else "Add a person")
        set_flag(self.ui.loginHint, "role", "pageSubtitle")
        set_flag(self.ui.problemLabel, "role", "problem")
        self.role_checks: dict[str, QCheckBox] = {}
        self._build_roles()
        self._fill_teams(person.team_id if person else None)
        self._show(person.details if person else PersonDetails("", ""))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.loginEdit.setFocus()

    def _build_roles(self) -> None:
        may_grant_admin = may(self.context.actor, ADMINISTRATORS)
        previous: QWidget = self.ui.teamCombo
        for role in ROLE_LIST:
            check = QCheckBox(role.label)
            check.setObjectName(f"role_{role.key}")
            check.setAccessibleDescription(role.may)
            sentence = QLabel(role.may)
            sentence.setWordWrap(True)
            sentence.setIndent(24)  # under the check box's text, not its box
            set_flag(sentence, "role", "pageSubtitle")
            self.ui.rolesLayout.addWidget(check)
            self.ui.rolesLayout.addWidget(sentence)
            if role.key == ADMIN and not may_grant_admin:
                check.setEnabled(False)
                check.setToolTip(permission(ADMINISTRATORS).refusal)
            QWidget.setTabOrder(previous, check)
            previous = check
            self.role_checks[role.key] = check
        QWidget.setTabOrder(previous, self.ui.activeCheck)

    def _fill_teams(self, current: int | None) -> None:
        combo = self.ui.teamCombo
        combo.addItem("No team yet", None)
        with self.context.db.reading() as session:
            choices = team_choices(session)
            if current is not None and all(t.id != current for t in choices):
                kept = team_choice(session, current)
                if kept is not None:
                    combo.addItem(f"{kept.label} (inactive)", kept.id)
        for team in choices:
            combo.addItem(team.label, team.id)

    def _show(self, details: PersonDetails) -> None:
        self.ui.loginEdit.setText(details.login)
        self.ui.nameEdit.setText(details.name)
        self.ui.emailEdit.setText(details.email)
        self.ui.teamCombo.setCurrentIndex(max(0, self.ui.teamCombo.findData(details.team_id)))
        for key, check in self.role_checks.items():
            check.setChecked(key in details.roles)
        self.ui.activeCheck.setChecked(details.active)

    def details(self) -> PersonDetails:
        """What is on screen."""
        team = self.ui.teamCombo.currentData()
        return PersonDetails(
            login=self.ui.loginEdit.text(),
            name=self.ui.nameEdit.text(),
            email=self.ui.emailEdit.text(),
            team_id=int(team) if team is not None else None,
            roles=frozenset(k for k, c in self.role_checks.items() if c.isChecked()),
            active=self.ui.activeCheck.isChecked(),
        )

    def save(self) -> None:
        self._clear_problems()
        wanted = self.details()
        try:
            with self.context.db.writing() as session:
                if self.person_id is None or self.started_from is None:
                    self.saved = add_person(session, self.context.actor, wanted)
                else:
                    self.saved = update_person(
                        session, self.context.actor, self.person_id, self.started_from, wanted
                    )
        except ValidationFailed as failed:
            self._show_problems(failed)
            return
        except ConflictError as conflict:
            self._conflict(conflict)
            return
        except NotAllowed as refusal:
            self.ui.problemLabel.setText(str(refusal))
            return
        except StoreError as fault:
            self.ui.problemLabel.setText(fault.message)
            return
        self.accept()

    def _field(self, name: str) -> QWidget:
        fields: dict[str, QWidget] = {
            "login": self.ui.loginEdit,
            "name": self.ui.nameEdit,
            "email": self.ui.emailEdit,
            "team": self.ui.teamCombo,
            "roles": self.ui.rolesGroup,
        }
        return fields.get(name, self.ui.loginEdit)

    def _show_problems(self, failed: ValidationFailed) -> None:
        self.ui.problemLabel.setText("\n".join(p.message for p in failed.problems))
        for problem in failed.problems:
            set_flag(self._field(problem.field), "problem", True)
        first = self._field(failed.problems[0].field)
        if first is self.ui.rolesGroup:
            first = next(iter(self.role_checks.values()))
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_problems(self) -> None:
        self.ui.problemLabel.setText("")
        for name in ("login", "name", "email", "team", "roles"):
            set_flag(self._field(name), "problem", False)

    def _conflict(self, conflict: ConflictError) -> None:
        """Say what the other person changed, keep this person's choices on screen, and
        let a second Save put them over the other change knowingly."""
        lines = [conflict.message, ""]
        lines += [
            f"{field}: now “{stored}”; you chose “{mine}”."
            for field, mine, stored in conflict.differences
        ]
        lines += [
            "",
            "Press Save again to save your choices over theirs, or Cancel to keep theirs.",
        ]
        self.ui.problemLabel.setText("\n".join(lines))
        if self.person_id is not None:
            with self.context.db.reading() as session:
                self.started_from = person_row(session, self.person_id).details
