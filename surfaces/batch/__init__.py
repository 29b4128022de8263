"""Batch scoring: user states (JSONL or CSV) → predictions (JSONL), streaming and resumable.

- `reading`: physical lines → rows, or rejects naming the line and the reason (JSONL/CSV readers).
- `job`: the resumable job — paths and flags checked before anything is written, output, rejects,
  the input's fingerprint sidecar, `--resume`, the summary, and `on_progress(done, total)` for the
  CLI's bar and the browser app's overlay.
- `scoring`: one row → `FunnelService.predict`, in this process or a pool of workers.
"""
from surfaces.batch.job import (JobPaths, OnProgress, Summary, check_job, check_paths, count_lines, fingerprint,
                                score_file)
from surfaces.batch.reading import BadLine, BatchInputError, is_csv, preview, read_rows
from surfaces.batch.scoring import score_row

__all__ = ["BadLine", "BatchInputError", "JobPaths", "OnProgress", "Summary", "check_job", "check_paths", "count_lines",
           "fingerprint", "is_csv", "preview", "read_rows", "score_file", "score_row"]
