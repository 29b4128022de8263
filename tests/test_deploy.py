"""deploy/: the compose file names the three services and wires them as the README says, and every
`funnel` command line in deploy/README.md parses with today's CLI (a renamed flag breaks this test,
not an operator's deployment)."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"


def test_compose_wires_the_app_to_chroma_and_vllm():
    c = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    assert set(c["services"]) == {"chroma", "vllm", "app"}
    env = c["services"]["app"]["environment"]
    assert env["FUNNEL_STORE_URL"] == "http://chroma:8100" and env["FUNNEL_OPENAI_BASE_URL"] == "http://vllm:8000/v1"
    assert "8100" in " ".join(c["services"]["chroma"]["command"])  # not vLLM's 8000
    assert (DEPLOY / "Dockerfile").exists()


def test_every_funnel_command_in_the_deploy_readme_parses():
    from surfaces.cli import build_parser

    text = (DEPLOY / "README.md").read_text()
    lines = [m.group(1) for m in re.finditer(r"(?m)^(?:[A-Z_]+=\S+ )*(funnel [^\n#]+?)\s*(?:\\\n[^\n]*)?$", text)]
    assert len(lines) >= 4
    parser = build_parser()
    for line in lines:
        argv = [a for a in shlex.split(line)[1:] if a != "\\"]
        parser.parse_args(argv)  # SystemExit on an unknown flag
