"""`funnel score --engine ray`: a real local Ray (2 CPUs) scores 2,000 states with broken rows into the
same results and rejects as the local engine, and a killed run resumes with nothing lost or doubled."""
from __future__ import annotations

import json
import random

import pytest

ray = pytest.importorskip("ray")

from assistant.service import FunnelService  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from surfaces.batch import ray_engine  # noqa: E402
from surfaces.batch.job import score_file  # noqa: E402

STAGES = ["eKYC", "liveliness", "additional_details", "VKYC", "otp", "MOON_LANDING"]
CODES = ["OCR_FAIL", "PAN_NAME_MISMATCH", "AADHAAR_OTP_TIMEOUT", "CAMERA_PERMISSION_DENIED", "VKYC_AGENT_UNAVAILABLE", "NOT_A_CODE"]


@pytest.fixture(scope="module")
def ray_local():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def states(tmp_path_factory) -> tuple:
    rnd = random.Random(7)
    lines = []
    for i in range(2000):
        r = rnd.random()
        if r < 0.02:
            lines.append('{"broken json')
        elif r < 0.03:
            lines.append("")
        elif r < 0.04:
            lines.append(json.dumps({"user_id": f"U{i}"}))  # no stage: rejected with the field
        else:
            lines.append(json.dumps({"user_id": f"U{i}", "stage_dropped": rnd.choice(STAGES),
                                     "error_code_history": rnd.sample(CODES, rnd.randint(0, 2)),
                                     "timestamp": f"2025-03-14T{rnd.randint(0, 23):02d}:10:00Z"}))
    src = tmp_path_factory.mktemp("ray") / "states.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src, len(lines)


@pytest.fixture(scope="module")
def svc(tiny_index):
    return FunnelService(Settings(provider="none", embedder="hash", index_dir=str(tiny_index), audit_log=""))


def _read(path):
    return path.read_text(encoding="utf-8").splitlines()


def test_ray_scores_the_same_rows_as_the_local_engine(ray_local, states, svc, tmp_path, monkeypatch):
    src, n = states
    monkeypatch.setattr(ray_engine, "LINES_PER_BLOCK", 300)  # several blocks for two actors
    local = score_file(svc, src, tmp_path / "local.jsonl")
    remote = score_file(svc, src, tmp_path / "ray.jsonl", engine="ray", workers=2)
    assert _read(tmp_path / "ray.jsonl") == _read(tmp_path / "local.jsonl")
    assert _read(tmp_path / "ray.rejects.jsonl") == _read(tmp_path / "local.rejects.jsonl")
    assert (remote.scored, remote.rejected, remote.blank_lines, remote.total) == (local.scored, local.rejected, local.blank_lines, n)
    assert remote.rejected > 0 and remote.scored + remote.rejected + remote.blank_lines == n


def test_a_killed_ray_run_resumes_without_loss_or_duplicates(ray_local, states, svc, tmp_path, monkeypatch):
    src, n = states
    monkeypatch.setattr(ray_engine, "LINES_PER_BLOCK", 300)
    real = ray_engine.score_lines

    def killed(*a, **kw):
        for i, item in enumerate(real(*a, **kw)):
            if i == 1000:
                raise KeyboardInterrupt("killed")
            yield item

    monkeypatch.setattr(ray_engine, "score_lines", killed)
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        score_file(svc, src, out, engine="ray", workers=2)
    monkeypatch.setattr(ray_engine, "score_lines", real)
    s = score_file(svc, src, out, resume=True, engine="ray", workers=2)
    lines = [json.loads(x)["line"] for x in _read(out) + _read(tmp_path / "out.rejects.jsonl")]
    assert len(lines) == len(set(lines)) == n - s.blank_lines  # every non-blank line once
    assert s.resumed > 0 and s.total == n
    local = score_file(svc, src, tmp_path / "local.jsonl")
    assert sorted(_read(out)) == sorted(_read(tmp_path / "local.jsonl"))
    assert local.scored == s.scored


def test_ingest_on_ray_builds_the_same_index_as_the_local_ingest(ray_local, tiny_docs, hash_embedder, catalog, tmp_path):
    """`funnel ingest --engine ray`: the vectors come from Ray actors, in order, and equal the local ones."""
    import numpy as np

    from ingest.pipeline import current_build, ingest

    local = ingest([tiny_docs], tmp_path / "local", hash_embedder, catalog, progress=False)
    on_ray = ingest([tiny_docs], tmp_path / "ray", hash_embedder, catalog, progress=False, engine="ray", workers=2)
    assert on_ray.embedded == local.embedded > 0 and on_ray.build == local.build  # same content key: the same build
    a = np.load(current_build(tmp_path / "local") / "vectors.npy")
    b = np.load(current_build(tmp_path / "ray") / "vectors.npy")
    assert a.shape == b.shape and np.allclose(a, b)
    again = ingest([tiny_docs], tmp_path / "ray", hash_embedder, catalog, progress=False, engine="ray", workers=2)
    assert again.status == "unchanged" and again.embedded == 0  # cached by text hash: nothing sent to Ray
