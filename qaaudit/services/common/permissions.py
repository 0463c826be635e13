"""The permission table applied to the person at the screen: ``require`` before a service
writes anything, ``may`` where the window or a command decides what to offer."""

from __future__ import annotations

from qaaudit.domain.permissions import permission
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.refusals import NotAllowed


def may(actor: Actor, operation: str) -> bool:
    """Whether the person's roles let them do ``operation`` at all (a service may still
    refuse it for the record in hand: someone else's draft, another service area)."""
    return permission(operation).allows(actor.roles)


def require(actor: Actor, operation: str) -> None:
    """Refuse, in the table's plain sentence, an operation the person's roles do not allow.
    Called first, so that a refused operation has written nothing."""
    found = permission(operation)
    if not found.allows(actor.roles):
        raise NotAllowed(found.refusal)
