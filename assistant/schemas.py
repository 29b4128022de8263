"""Request and response schemas (pydantic v2), as DESIGN.md specifies them.

Only `stage_dropped` is required in a user state. Stage names are resolved against the catalog
later (assistant.state), because validity depends on the catalog, not on the schema.
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from assistant.guard.pii import contains_pii, mask_pii

Language = Literal["en", "hi"]
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
Style = Literal["explanatory", "cta", "empathetic", "compliance_safe"]


class UserState(BaseModel):
    # Unknown keys are ignored (they may carry personal data we have no use for).
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    user_id: str | None = Field(None, max_length=64, description="opaque id; never an Aadhaar/PAN/phone")
    stage_dropped: str = Field(..., min_length=1, max_length=100, description="stage name or alias, e.g. VKYC")
    timestamp: datetime | None = Field(None, description="ISO 8601; a time without zone is read as IST")
    error_code_history: list[str] = Field(default_factory=list, max_length=50, description="oldest first")
    device: str | None = Field(None, max_length=40)
    language: Language = "en"
    # A date without a time ("2025-03-14") parses as midnight; time-of-day rules must not read it.
    _date_only: bool = PrivateAttr(default=False)

    @model_validator(mode="wrap")
    @classmethod
    def _note_date_only(cls, data, handler):
        m = handler(data)
        ts = data.get("timestamp") if isinstance(data, dict) else None
        if isinstance(ts, str) and _DATE_ONLY.match(ts.strip()):
            m._date_only = True
        return m

    @property
    def time_of_day_known(self) -> bool:
        return self.timestamp is not None and not self._date_only

    @field_validator("error_code_history")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        out = []
        for c in v:
            c = c.strip()
            if not c:
                continue
            if len(c) > 64:
                raise ValueError("an error code is longer than 64 characters")
            out.append(mask_pii(c))  # unknown codes are echoed in replies: never an Aadhaar/PAN/phone
        return out

    @field_validator("user_id", mode="before")
    @classmethod
    def _user_id(cls, v):
        # ops exports often carry numeric ids; and an id that is a phone/PAN/Aadhaar is masked, because
        # the id is copied into every output row and the audit log
        if isinstance(v, int) and not isinstance(v, bool):
            v = str(v)
        return mask_pii(v.strip()) if isinstance(v, str) else v

    @field_validator("language", mode="before")
    @classmethod
    def _lang(cls, v):
        if v is None:
            return "en"
        v = str(v).strip().lower()
        return {"english": "en", "hindi": "hi", "hinglish": "hi", "en-in": "en", "hi-in": "hi"}.get(v, v)


class Citation(BaseModel):
    source: str
    page: int
    section: str
    chunk_id: str
    quote: str
    page_end: int | None = Field(None, description="last page, when the passage runs past a page break")


class Usage(BaseModel):
    latency_ms: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    provider: str = "none"
    model: str = ""
    cache_hit: bool = False


class DropPrediction(BaseModel):
    user_id: str | None
    stage: str
    stage_name: str
    predicted_drop_reason: str
    reason_code: str  # an error code or a stage reason id
    # the one catalog id a reason is counted under (a stage reason that names an error code's cause is
    # counted as that code), and what the reason rests on: the user's error codes, the attempt time, or
    # only the stage's most common reasons (no usable evidence)
    reason_group: str = ""
    basis: Literal["error_code", "attempt_time", "stage_default"] = "stage_default"
    secondary_reasons: list[str]
    explanation: str
    nudge_message: str
    steps_to_fix: list[str]
    confidence_score: float = Field(ge=0, le=1)
    citations: list[Citation]
    message: str  # conversational, in the user's language
    language: Language
    fallback: bool = False
    unknown_error_codes: list[str] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)


class NudgeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    state: UserState | None = None
    stage: str | None = Field(None, max_length=100)
    reason: str | None = Field(None, max_length=100, description="error code or reason id; default: predicted from state")
    languages: list[Language] = Field(default_factory=lambda: ["en", "hi"])
    styles: list[Style] = Field(default_factory=lambda: ["explanatory", "cta", "empathetic", "compliance_safe"])
    name: str | None = Field(None, max_length=40, description="first name for personalisation")
    use_llm: bool = False

    @field_validator("name")
    @classmethod
    def _name(cls, v: str | None) -> str | None:
        v = (v or "").strip() or None
        if v and (any(ch.isdigit() for ch in v) or contains_pii(v)):  # "नौ आठ सात …" spells a phone number
            # an ID or phone number typed into the name field would be copied into every draft
            raise ValueError("a first name has no digits (never put an ID or phone number into a message)")
        return v


class Nudge(BaseModel):
    style: Style
    language: Language
    text: str
    chars: int
    compliant: bool
    violations: list[str] = Field(default_factory=list, description="compliance rules the draft breaks (empty when compliant)")
    citations: list[Citation]
    sms_encoding: Literal["GSM-7", "UCS-2"] = "GSM-7"
    sms_segments: int = 1  # what the draft costs as an SMS (Hindi is UCS-2: 70 characters a segment)
    fits: list[str] = Field(default_factory=list, description="channels it fits whole: sms (one segment), push, whatsapp")
    warnings: list[str] = Field(default_factory=list, description="what to fix before sending, e.g. placeholder_link")


class NudgeResponse(BaseModel):
    user_id: str | None
    stage: str
    reason_code: str
    reason: str
    nudges: list[Nudge]
    status: Literal["draft"] = "draft"  # nudges are drafts for a person to approve; never sent by the system
    usage: Usage = Field(default_factory=Usage)


class ChatTurn(BaseModel):
    user: str = Field(..., max_length=4000)
    assistant: str = Field(..., max_length=8000)


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str = Field(..., max_length=4000)
    state: UserState | None = None
    history: list[ChatTurn] = Field(default_factory=list, max_length=20)
    stream: bool = False
    use_llm: bool | None = None

    @field_validator("query")
    @classmethod
    def _nonempty(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("query is empty")
        return v


class ChatReply(BaseModel):
    answer: str
    citations: list[Citation]
    intent: str
    language: str  # en | hi | hinglish
    fallback: bool
    confidence: float
    usage: Usage = Field(default_factory=Usage)


