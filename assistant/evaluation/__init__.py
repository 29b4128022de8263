"""`funnel eval`: metrics, LLM judge, report and the regression gate over data/eval/."""
