"""The funnel catalog: stages, error codes and the bilingual glossary, loaded from `data/funnel/*.yaml`.

This is our own structured knowledge of the onboarding funnel. It drives stage matching
(aliases), chunk tagging at ingest, cross-lingual query expansion and the deterministic reasoner.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, PrivateAttr

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "data" / "funnel"


def norm_key(name: str) -> str:
    """Case- and separator-insensitive key: `Video KYC`, `video_kyc`, `VIDEO-KYC` → `videokyc`."""
    return re.sub(r"[\s_\-./]+", "", name.strip().lower())


class Hours(BaseModel):
    """Service window in IST, 24h `HH:MM`. `best_*` is the slot with the shortest queues."""

    start: str
    end: str
    best_start: str | None = None
    best_end: str | None = None


class DropReason(BaseModel):
    id: str
    en: str
    hi: str
    steps_en: list[str] = Field(default_factory=list)
    steps_hi: list[str] = Field(default_factory=list)
    weight: float = 0.5  # prior plausibility when no error code explains the drop
    code: str | None = None  # the error code that names the same cause (one id when reasons are counted)
    # `en`/`hi` describe the cause to an agent ("The customer tried when no agent was available");
    # a nudge speaks to the customer, so it uses these when the description is about them
    to_customer_en: str | None = None
    to_customer_hi: str | None = None


class Stage(BaseModel):
    id: str
    name: str
    name_hi: str
    order: int
    aliases: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)  # English terms that tag a chunk with this stage
    requires_en: list[str] = Field(default_factory=list)
    requires_hi: list[str] = Field(default_factory=list)
    hours: Hours | None = None
    validity_days: int | None = None  # how long a completed step stays valid, when the doc says so
    common_reasons: list[DropReason] = Field(default_factory=list)
    next_step_en: str = ""
    next_step_hi: str = ""


class ErrorCode(BaseModel):
    code: str
    stage: str
    family: str  # document | pan | aadhaar | otp | face | liveness | camera | location | network | session | agent | activation | profile
    aliases: list[str] = Field(default_factory=list)
    title_en: str
    title_hi: str
    cause_en: str
    cause_hi: str
    fix_en: list[str]
    fix_hi: list[str]
    keywords: list[str] = Field(default_factory=list)  # terms to find the matching passage
    retryable: bool = True
    severity: float = 0.7  # how strongly this code alone explains a drop (0..1)


class Catalog(BaseModel):
    stages: list[Stage]
    error_codes: list[ErrorCode]
    glossary: dict[str, list[str]] = Field(default_factory=dict)  # Hindi/Hinglish term → English terms
    scope: dict[str, list[str]] = Field(default_factory=dict)  # brands / price_words (rag/scope.py)
    _sidx: dict[str, Stage] | None = PrivateAttr(default=None)
    _cidx: dict[str, ErrorCode] | None = PrivateAttr(default=None)

    def stage(self, name: str) -> Stage | None:
        """Canonical stage for any alias, or None."""
        return self._stage_index().get(norm_key(name))

    def error(self, code: str) -> ErrorCode | None:
        return self._code_index().get(norm_key(code))

    def stage_names(self) -> list[str]:
        return [s.id for s in sorted(self.stages, key=lambda s: s.order)]

    def _stage_index(self) -> dict[str, Stage]:
        if self._sidx is None:
            # the Hindi name too: the app shows it, so ops files carry it back ("वीडियो केवाईसी")
            self._sidx = {norm_key(a): s for s in self.stages for a in [s.id, s.name, s.name_hi, *s.aliases] if a}
        return self._sidx

    def _code_index(self) -> dict[str, ErrorCode]:
        if self._cidx is None:
            self._cidx = {norm_key(a): e for e in self.error_codes for a in [e.code, *e.aliases]}
        return self._cidx


def load_catalog(directory: str | Path | None = None) -> Catalog:
    d = Path(directory) if directory else DEFAULT_DIR
    return _load(str(d.resolve()))


@lru_cache(maxsize=4)
def _load(directory: str) -> Catalog:
    d = Path(directory)
    stages = yaml.safe_load((d / "stages.yaml").read_text(encoding="utf-8"))["stages"]
    codes = yaml.safe_load((d / "error_codes.yaml").read_text(encoding="utf-8"))["error_codes"]
    glossary: dict = {}
    # general card/banking vocabulary first, so the product glossary wins on a shared key
    for name in ("glossary_general.yaml", "glossary.yaml"):
        gpath = d / name
        if gpath.exists():
            glossary.update(yaml.safe_load(gpath.read_text(encoding="utf-8"))["glossary"] or {})
    spath = d / "scope.yaml"
    scope = yaml.safe_load(spath.read_text(encoding="utf-8")) if spath.exists() else {}
    return Catalog(stages=stages, error_codes=codes, glossary=glossary, scope=scope or {})
