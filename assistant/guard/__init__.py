"""Guardrails: PII masking, prompt-injection heuristics and answer compliance checks (pure Python)."""
from assistant.guard.compliance import RULES, Violation, check, dropped_numbers, is_compliant, numbers_in
from assistant.guard.injection import injection_score, is_injection, neutralize, passage_is_suspicious
from assistant.guard.pii import MASKS, PiiMatch, contains_pii, find_pii, mask_obj, mask_pii

__all__ = [
    "PiiMatch", "find_pii", "mask_pii", "mask_obj", "contains_pii", "MASKS",
    "injection_score", "is_injection", "neutralize", "passage_is_suspicious",
    "Violation", "RULES", "check", "dropped_numbers", "is_compliant", "numbers_in",
]
