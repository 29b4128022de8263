"""User state → a resolved state: canonical stage, known/unknown error codes, time in IST.

Why IST: the funnel's service hours (video-KYC agents 9 AM–11 PM) are Indian times, and users'
timestamps arrive in UTC or without a zone; a naive time is read as IST, as DESIGN.md specifies.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta, timezone
from typing import Any

from pydantic import ValidationError

from domain.catalog import Catalog, ErrorCode, Stage
from assistant.guard.pii import mask_pii
from assistant.schemas import UserState

IST = timezone(timedelta(hours=5, minutes=30), "IST")


class StateError(ValueError):
    """An invalid user state; `field` names what is wrong (for HTTP 422 and batch rejects)."""

    def __init__(self, field: str, message: str):
        message = mask_pii(message)  # messages quote the bad value, which may be an ID or a phone number
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "error": self.message}


class TooLong(StateError):
    """A request field over its token budget (Settings.max_query_tokens / max_history_tokens): a 422 naming
    the field, like any other bad field."""


@dataclass
class ResolvedState:
    raw: UserState
    stage: Stage
    codes: list[ErrorCode]  # known codes, oldest first (repeats kept)
    unknown_codes: list[str] = field(default_factory=list)
    local_time: datetime | None = None  # in IST

    @property
    def language(self) -> str:
        return self.raw.language

    def in_language(self, language: str) -> "ResolvedState":
        """The same state answered in another language (resolution does not depend on it)."""
        return replace(self, raw=self.raw.model_copy(update={"language": language}))

    def public(self) -> dict[str, Any]:
        """What may be shown to an LLM: no free text beyond codes, stage and device."""
        return {"stage": self.stage.id, "error_code_history": [c.code for c in self.codes] + self.unknown_codes,
                "device": self.raw.device, "local_time_ist": self.local_time.strftime("%H:%M") if self.local_time else None,
                "language": self.language}


def parse_state(data: Any) -> UserState:
    """Validate a raw state (dict or JSON text); raises StateError naming the first bad field."""
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as e:
            raise StateError("body", f"not valid JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
        except RecursionError:
            raise StateError("body", "JSON nested too deeply (a user state is a flat object)") from None
        except UnicodeDecodeError as e:
            raise StateError("body", f"not UTF-8 text (byte {e.start})") from None
    if not isinstance(data, dict):
        raise StateError("body", f"a user state must be a JSON object, not {type(data).__name__}")
    try:
        return UserState.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        loc = ".".join(str(x) for x in err["loc"]) or "body"
        msg = err["msg"]
        if err["type"] == "missing":
            msg = "is required (the stage where the user stopped, e.g. VKYC)"
        elif loc == "timestamp":
            msg = f"not an ISO 8601 time ({err['msg']}); example: 2025-03-14T10:22:00Z"
        elif loc == "language":
            msg = "must be 'en' or 'hi'"
        return _raise(loc, msg)


def _raise(field_: str, msg: str):
    raise StateError(field_, msg)


def resolve(state: UserState, catalog: Catalog) -> ResolvedState:
    stage = catalog.stage(state.stage_dropped)
    if stage is None:
        raise StateError("stage_dropped", f"unknown stage {state.stage_dropped!r}; known stages: {', '.join(catalog.stage_names())} "
                                          "(aliases such as VKYC, video_kyc, KYC_verification_pending also work)")
    known, unknown = [], []
    for c in state.error_code_history:
        e = catalog.error(c)
        if e:
            known.append(e)
        elif c not in unknown:
            unknown.append(c)
    return ResolvedState(state, stage, known, unknown, to_ist(state.timestamp) if state.time_of_day_known else None)


def to_ist(ts: datetime | None) -> datetime | None:
    if ts is None:
        return None
    if ts.tzinfo is None:
        return ts.replace(tzinfo=IST)
    return ts.astimezone(IST)


def within(t: datetime, start: str, end: str) -> bool:
    s, e = time.fromisoformat(start), time.fromisoformat(end)
    return s <= t.time().replace(tzinfo=None) < e
