"""The funnel domain, the bottom floor: the catalog of stages, error codes and glossary
(`data/funnel/*.yaml`), the user-facing phrases in English and Hindi, and the LLM prompts that the app
and the training data share. It imports nothing of ours; everything above reads it."""
