"""Shared fixtures: a tiny knowledge file and an index of it built with the fake `hash` embedder.

Everything here is model-free and takes well under a second; tests that need the real e5
embedder build their own index and carry `@pytest.mark.slow`.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

TINY_MD = """\
# Video KYC

## Timings

Agents are available from 9 AM to 11 PM every day. The quietest slot is between 12 PM and 3 PM.

**Q: What do I need for the video call?**
Keep your original PAN card and a plain white paper and pen ready. Sit in a well lit room.

## Rejections

If the agent rejects the call, wait for the SMS and then retry the Video KYC after 24 hours.

# eKYC with Aadhaar

1. Enter your Aadhaar number in the app.
2. Type the OTP sent to the mobile number linked to Aadhaar.

**Q: Why is the Aadhaar OTP not coming?**
The Aadhaar is usually linked to an old mobile number. Update it at an Aadhaar centre first.

# Card offers

The card has no joining fee and a lifetime free membership. You get cashback on UPI spends.

**Q: What are the fees for the card?**
There is no joining fee and no annual fee on the current offer.
"""


@pytest.fixture(scope="session")
def hash_embedder():
    from rag.embedder import get_embedder

    return get_embedder("hash")


@pytest.fixture(scope="session")
def catalog():
    from domain.catalog import load_catalog

    return load_catalog()


@pytest.fixture(scope="session")
def tiny_docs(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("docs")
    (d / "tiny.md").write_text(TINY_MD, encoding="utf-8")
    return d


@pytest.fixture(scope="session")
def tiny_index(tmp_path_factory, tiny_docs, hash_embedder, catalog) -> Path:
    """An index folder of `tiny.md` (hash embedder). Treat as read-only."""
    from ingest.pipeline import ingest

    d = tmp_path_factory.mktemp("index")
    ingest([tiny_docs], d, hash_embedder, catalog, progress=False)
    return d


@pytest.fixture(scope="session")
def tiny_retrievers(tiny_index, hash_embedder, catalog):
    """All four retrievers over one loaded tiny index, keyed by name."""
    from rag.index import Index
    from rag.loader import load_retriever
    from rag.retriever import RETRIEVERS

    index = Index.load(tiny_index)
    yield {name: load_retriever(tiny_index, name, embedder=hash_embedder, catalog=catalog, index=index) for name in RETRIEVERS}
    index.store.close()


def load_bench(name: str):
    """A script of bench/ as a module (bench/ is not a package), for tests of its pure helpers."""
    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location(f"bench_{name}", root / "bench" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
