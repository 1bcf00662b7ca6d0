"""Cold start: how long `repwatch --help` and one `repwatch check` take from a fresh process, and a
check through an already loaded Classifier (what the dashboard's Check page does).

    python benchmarks/cold_start.py                 # 3 runs of each, the median reported
    python benchmarks/cold_start.py --runs 5
    python benchmarks/cold_start.py --warm-only --warm-threads 1   # the warm check on one torch thread

The model cache must already be converted (run `repwatch check "x"` once). Each command runs as a
subprocess from a directory without a config.yaml, as a user's first try would. rss_mb is the peak
resident memory of the cold check process. Targets (issue 14): help < 0.5 s, cold check < 3 s,
warm check < 100 ms. Last line:
RESULT help_s=.. check_cold_s=.. check_warm_ms=.. rss_mb=..
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = "De levering was twee weken te laat."
WARM_TEXTS = ("De levering was twee weken te laat.", "Leveringen kom raskt, veldig fornøyd!",
              "Prima fiets, maar de app crasht steeds.")


def repwatch() -> list[str]:
    found = Path(sys.executable).with_name("repwatch")
    return [str(found)] if found.exists() else [shutil.which("repwatch") or "repwatch"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], cwd: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system, all threads) and the peak RSS in MB of one run
    (ru_maxrss of all children so far: the check runs come after the lighter --help runs)."""
    cpu, started = _children_cpu(), time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env={**os.environ, "COLUMNS": "100"})
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()[-400:]}")
    return elapsed, _children_cpu() - cpu, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def warm_ms(runs: int, threads: int | None = None) -> tuple[float, float]:
    """Median wall and CPU milliseconds of one single-text check through a loaded Classifier
    (with `threads`, torch's intra-op threads are set to that after loading)."""
    import torch

    from models.classifier import Classifier

    classifier = Classifier().load()
    if threads:
        torch.set_num_threads(threads)
    classifier.classify([SENTENCE])  # the first call warms torch's kernels
    wall, cpu = [], []
    for i in range(runs * 5):
        started, cpu_started = time.perf_counter(), time.process_time()
        classifier.classify([WARM_TEXTS[i % len(WARM_TEXTS)]])
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--warm-threads", type=int, default=None,
                        help="torch threads for the warm check (default: as the encoder sets them, one per core)")
    parser.add_argument("--warm-only", action="store_true", help="only the warm check")
    args = parser.parse_args()
    command = repwatch()
    if args.warm_only:
        warm, warm_cpu = warm_ms(args.runs, args.warm_threads)
        print(f"RESULT check_warm_ms={warm:.0f} check_warm_cpu_ms={warm_cpu:.0f} threads={args.warm_threads or 'default'}")
        return
    with tempfile.TemporaryDirectory() as empty:
        cwd = Path(empty)
        helps = [timed([*command, "--help"], cwd) for _ in range(args.runs)]
        timed([*command, "check", "warm the page cache"], cwd)  # the first check after a conversion writes caches
        cold = [timed([*command, "check", SENTENCE], cwd) for _ in range(args.runs)]
    help_s, help_cpu = statistics.median(h[0] for h in helps), statistics.median(h[1] for h in helps)
    check_s, check_cpu = statistics.median(c[0] for c in cold), statistics.median(c[1] for c in cold)
    rss = max(c[2] for c in cold)
    warm, warm_cpu = warm_ms(args.runs, args.warm_threads)
    # CPU time is printed too: on a shared, loaded machine the wall clock measures the neighbours.
    print(json.dumps({"help_s": help_s, "help_cpu_s": help_cpu, "check_cold_s": check_s, "check_cold_cpu_s": check_cpu,
                      "check_warm_ms": warm, "check_warm_cpu_ms": warm_cpu, "rss_mb": rss,
                      "cpu_count": os.cpu_count(), "load_avg": os.getloadavg()[0]}))
    print(f"RESULT help_s={help_s:.2f} check_cold_s={check_s:.2f} check_warm_ms={warm:.0f} rss_mb={rss:.0f} "
          f"help_cpu_s={help_cpu:.2f} check_cold_cpu_s={check_cpu:.2f} check_warm_cpu_ms={warm_cpu:.0f}")


if __name__ == "__main__":
    main()
