"""The vraem-claims benchmark: a synthetic project, whole-process timings, memory, recall.

Usage: python bench/run.py [--claims 100000] [--runs 3] [--only lint,duplicates] ...
       python bench/run.py --claims 2000 --runs 1          # smoke test, under a minute
       python bench/run.py --scaling 10000,100000 --keep   # lint time per 10x claims
       python bench/run.py --claims 1000000 --generate-only --keep

See bench/README.md for what each figure means. Every command runs as its own
process, the way a user runs it, from the generated project's folder with the
package under test first on PYTHONPATH (`--tool-root`, default: this checkout).
Wall time is the median of `--runs` runs; peak memory is the child's maximum
resident set size as the kernel reports it through wait4 (what `/usr/bin/time -f
%M` prints), so no wrapper process and no psutil are needed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # the generator, beside this script

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
RESULTS_SCHEMA = 1

# What --only may name. Tool commands run as `python -m vraem_claims ...`.
TOOL_COMMANDS = (
    "lint",
    "duplicates",
    "conflicts",
    "export",
    "help",
    "version",
    "shipped",
    "shipped-cached",
)
REFERENCES = ("yaml", "pass")
SHIPPED = ("shipped", "shipped-cached")
ALL_NAMES = (*TOOL_COMMANDS, *REFERENCES)

YAML_PARSE = """\
import pathlib, sys, yaml
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.yaml")):
    with path.open("rb") as handle:
        yaml.load(handle, Loader=yaml.CSafeLoader)
"""


# --------------------------------------------------------------------------- measuring


@dataclass(slots=True)
class Run:
    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    exit_code: int
    timed_out: bool = False


@dataclass(slots=True)
class Measurement:
    name: str
    argv: list[str]
    status: str = "ok"  # ok | not available | failed | timeout | skipped
    note: str = ""
    runs: list[Run] = field(default_factory=list)

    @property
    def seconds(self) -> list[float]:
        return [run.seconds for run in self.runs if not run.timed_out]

    def summary(self) -> dict[str, Any]:
        times = self.seconds
        rss = [run.peak_rss_mb for run in self.runs if not run.timed_out]
        return {
            "status": self.status,
            "note": self.note,
            "argv": self.argv,
            "runs": len(self.runs),
            "median_s": round(statistics.median(times), 4) if times else None,
            "min_s": round(min(times), 4) if times else None,
            "max_s": round(max(times), 4) if times else None,
            "cpu_median_s": round(statistics.median(r.cpu_seconds for r in self.runs), 4)
            if self.runs
            else None,
            "peak_rss_mb": round(max(rss), 1) if rss else None,
            "exit_codes": sorted({run.exit_code for run in self.runs}),
            "all_runs_s": [round(t, 4) for t in times],
        }

    @property
    def median(self) -> float | None:
        times = self.seconds
        return statistics.median(times) if times else None


def run_once(
    argv: Sequence[str],
    *,
    cwd: Path,
    env: dict[str, str],
    stdout: Path | None,
    timeout: float,
    memory_limit: int = 0,
) -> Run:
    """Run `argv` to completion; wall time, CPU time and peak RSS of the child (via wait4).

    With `memory_limit` (bytes), the child's address space is capped there, so a
    command that would exhaust the machine fails with MemoryError instead.
    """

    def limit_memory() -> None:
        if memory_limit:
            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))

    out = stdout.open("wb") if stdout is not None else subprocess.DEVNULL
    err_path = Path(tempfile.mkstemp(prefix="bench-err-")[1])
    timed_out = threading.Event()
    try:
        with err_path.open("wb") as err:
            started = time.perf_counter()
            process = subprocess.Popen(
                list(argv), cwd=cwd, env=env, stdout=out, stderr=err, preexec_fn=limit_memory
            )

            def kill() -> None:
                timed_out.set()
                process.kill()

            timer = threading.Timer(timeout, kill)
            timer.start()
            try:
                _, status, usage = os.wait4(process.pid, 0)
            finally:
                timer.cancel()
            elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # Popen must not wait again
    finally:
        if stdout is not None and not isinstance(out, int):
            out.close()
    error = err_path.read_text(encoding="utf-8", errors="replace")
    err_path.unlink()
    run = Run(
        seconds=elapsed,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        peak_rss_mb=usage.ru_maxrss / 1024,  # KiB on Linux
        exit_code=process.returncode,
        timed_out=timed_out.is_set(),
    )
    run_once.last_stderr = error  # type: ignore[attr-defined]  # read by measure()
    return run


def measure(
    name: str,
    argv: list[str],
    *,
    cwd: Path,
    env: dict[str, str],
    runs: int,
    timeout: float,
    stdout: Path | None = None,
    ok_codes: Iterable[int] = (0,),
    memory_limit: int = 0,
) -> Measurement:
    """`runs` timed runs of `argv`; stops early on a timeout or a failure."""
    result = Measurement(name, argv)
    allowed = set(ok_codes)
    for index in range(runs):
        run = run_once(
            argv,
            cwd=cwd,
            env=env,
            stdout=stdout if index == 0 else None,
            timeout=timeout,
            memory_limit=memory_limit,
        )
        result.runs.append(run)
        if run.timed_out:
            result.status = "timeout"
            result.note = f"killed after {timeout:g} s"
            break
        error: str = getattr(run_once, "last_stderr", "")
        crashed = "Traceback (most recent call last)" in error  # exit 1 is not always findings
        if run.exit_code not in allowed or crashed:
            result.status = "failed"
            stderr = error.strip().splitlines()
            result.note = f"exit code {run.exit_code}: " + (stderr[-1][:300] if stderr else "")
            if run.exit_code < 0:
                result.note = f"killed by signal {-run.exit_code}"
            if any("MemoryError" in line for line in stderr[-5:]):
                result.status = "out of memory"
                result.note = f"MemoryError at the --memory-limit of {memory_limit / 2**30:.2f} GiB"
            break
    return result


def tool_env(tool_root: Path, cache: Path | None = None) -> dict[str, str]:
    """The environment for tool runs: the package under test first on the path.

    `lint` keeps its results between runs; every timed run checks everything again
    (`VRAEM_CLAIMS_NO_CACHE`), except with a `cache` folder, for the repeated-lint row.
    """
    env = dict(os.environ)
    env.pop("VRAEM_CLAIMS_PROJECT", None)
    env.pop("VRAEM_CLAIMS_CACHE_DIR", None)
    if cache is None:
        env["VRAEM_CLAIMS_NO_CACHE"] = "1"
    else:
        env.pop("VRAEM_CLAIMS_NO_CACHE", None)
        env["VRAEM_CLAIMS_CACHE_DIR"] = str(cache)
    env["PYTHONPATH"] = os.pathsep.join(
        part for part in (str(tool_root), env.get("PYTHONPATH", "")) if part
    )
    return env


def command_available(
    python: str, command: str, env: dict[str, str], cwd: Path
) -> tuple[bool, str]:
    """Whether the tool has `command` (its `--help` exits 0)."""
    probe = subprocess.run(
        [python, "-m", "vraem_claims", command, "--help"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if probe.returncode == 0:
        return True, ""
    lines = (probe.stderr or probe.stdout).strip().splitlines()
    message = next((line.strip(" │|") for line in lines if "No such command" in line), "")
    return False, message or (lines[-1][:200] if lines else f"exit code {probe.returncode}")


# --------------------------------------------------------------------------- corpus


@dataclass(slots=True)
class Corpus:
    root: Path
    claims: int
    sources: int
    files: int
    seed: int
    generated_s: float | None  # when it was generated (also for a reused corpus)
    bytes_total: int
    bytes_seeds: int
    bytes_claims: int
    numeric: int | None = None

    def info(self) -> dict[str, Any]:
        data = asdict(self)
        data["root"] = str(self.root)
        data["mb_total"] = round(self.bytes_total / 1e6, 1)
        return data


def folder_bytes(folder: Path) -> int:
    return sum(entry.stat().st_size for entry in folder.rglob("*") if entry.is_file())


def corpus_for(
    base: Path, *, claims: int, sources: int, files: int, seed: int, reuse: bool
) -> Corpus:
    """The corpus for these parameters in `base`: generated, or reused when kept earlier."""
    root = base / f"corpus-{claims}-s{sources}-f{files}-seed{seed}"
    stamp = root / "generated.json"
    params = {"claims": claims, "sources": sources, "files": files, "seed": seed, "generator": 3}
    generated_s: float | None = None
    numeric: int | None = None
    if reuse and stamp.is_file() and json.loads(stamp.read_text())["params"] == params:
        print(f"reusing {root}", flush=True)
        kept = json.loads(stamp.read_text())
        numeric, generated_s = kept.get("numeric"), kept.get("seconds")
    else:
        if root.exists():
            shutil.rmtree(root)
        print(
            f"generating {claims:,} claims, {sources:,} sources, {files:,} files in {root} ...",
            flush=True,
        )
        started = time.perf_counter()
        stats = synth.generate(root, claims=claims, sources=sources, files=files, seed=seed)
        generated_s = time.perf_counter() - started
        numeric = stats.numeric
        stamp.write_text(
            json.dumps({"params": params, "seconds": generated_s, "numeric": numeric}) + "\n"
        )
        print(f"  generated in {generated_s:.1f} s", flush=True)
    seeds, claims_bytes = folder_bytes(root / "seeds"), folder_bytes(root / "claims")
    return Corpus(
        root,
        claims,
        sources,
        files,
        seed,
        generated_s,
        folder_bytes(root),
        seeds,
        claims_bytes,
        numeric,
    )


# --------------------------------------------------------------------------- recall


def _pair(a: Any, b: Any) -> frozenset[str] | None:
    if isinstance(a, str) and isinstance(b, str) and a != b:
        return frozenset((a, b))
    return None


def _recall(found: int, total: int) -> float | None:
    return round(found / total, 4) if total else None


def _pairs(items: list[dict[str, Any]]) -> set[frozenset[str]]:
    return {frozenset((item["a"], item["b"])) for item in items}


def _planted_recall(items: list[dict[str, Any]], reported: set[frozenset[str]]) -> dict[str, Any]:
    """How many planted pairs were reported, overall and by category."""
    by_category: dict[str, list[int]] = {}
    for item in items:
        counts = by_category.setdefault(item["category"], [0, 0])
        counts[1] += 1
        counts[0] += frozenset((item["a"], item["b"])) in reported
    found = sum(counts[0] for counts in by_category.values())
    planted = sum(counts[1] for counts in by_category.values())
    return {
        "planted": planted,
        "found": found,
        "recall": _recall(found, planted),
        "recall_by_category": {
            name: {"found": c[0], "planted": c[1], "recall": _recall(c[0], c[1])}
            for name, c in sorted(by_category.items())
        },
    }


def score_duplicates(data: Any, planted: dict[str, Any]) -> dict[str, Any]:
    """Recall of planted duplicate pairs; look-alikes and other pairs reported."""
    if not isinstance(data, dict) or not isinstance(data.get("pairs"), list):
        return {"note": "duplicates JSON has no `pairs` list; recall skipped"}
    if data.get("schema_version") != 1:
        note = f"schema_version is {data.get('schema_version')!r}, expected 1"
    else:
        note = ""
    reported: set[frozenset[str]] = set()
    for item in data["pairs"]:
        if not isinstance(item, dict):
            continue
        pair = _pair(item.get("keep"), item.get("merge")) or _pair(item.get("a"), item.get("b"))
        if pair is None and isinstance(item.get("ids"), list) and len(item["ids"]) == 2:
            pair = _pair(*item["ids"])
        if pair is not None:
            reported.add(pair)
    if data["pairs"] and not reported:
        return {"note": "duplicates pairs have no keep/merge ids; recall skipped"}
    planted_pairs = _pairs(planted["duplicates"])
    lookalikes = _pairs(planted["lookalikes"])
    return {
        "note": note,
        "reported_pairs": len(reported),
        **_planted_recall(planted["duplicates"], reported),
        "lookalikes_planted": len(lookalikes),
        "lookalikes_reported_as_duplicates": len(lookalikes & reported),
        "unplanted_reported": len(reported - set(planted_pairs) - lookalikes),
        "unplanted_examples": sorted(sorted(p) for p in reported - set(planted_pairs))[:10],
    }


def score_conflicts(data: Any, planted: dict[str, Any]) -> dict[str, Any]:
    """Recall of planted contradictions; contradictions reported between other claims."""
    if not isinstance(data, dict) or not isinstance(data.get("quantities"), list):
        return {"note": "conflicts JSON has no `quantities` list; recall skipped"}
    note = (
        ""
        if data.get("schema_version") == 1
        else f"schema_version is {data.get('schema_version')!r}"
    )
    contradictions: set[frozenset[str]] = set()
    groups_of: dict[str, set[int]] = {}
    kinds: Counter[str] = Counter()
    pairs_seen = False
    for index, quantity in enumerate(data["quantities"]):
        if not isinstance(quantity, dict):
            continue
        kinds[str(quantity.get("kind"))] += 1
        rows = quantity.get("rows") or []
        ids: list[str] = [
            row["claim_id"]
            for row in rows
            if isinstance(row, dict) and isinstance(row.get("claim_id"), str)
        ]
        for claim_id in ids:
            groups_of.setdefault(claim_id, set()).add(index)
        for item in quantity.get("pairs") or []:
            if not isinstance(item, dict):
                continue
            pairs_seen = True
            pair = _pair(item.get("a"), item.get("b"))
            if pair is not None and item.get("kind") == "contradiction":
                contradictions.add(pair)
        if not quantity.get("pairs") and quantity.get("kind") == "contradiction" and len(ids) == 2:
            contradictions.add(frozenset(ids))

    def grouped(pair: frozenset[str]) -> bool:
        a, b = sorted(pair)
        return bool(groups_of.get(a, set()) & groups_of.get(b, set()))

    if data["quantities"] and not pairs_seen:
        note = (
            note + "; " if note else ""
        ) + "no `pairs` in quantities: only 2-claim groups scored"
    planted_pairs = _pairs(planted["conflicts"])
    lookalikes = _pairs(planted["lookalikes"])
    duplicates = _pairs(planted["duplicates"])
    return {
        "note": note,
        "quantities": len(data["quantities"]),
        "quantities_by_kind": dict(sorted(kinds.items())),
        "contradiction_pairs_reported": len(contradictions),
        **_planted_recall(planted["conflicts"], contradictions),
        "grouped_but_not_contradiction": sum(
            1 for pair in planted_pairs if grouped(pair) and pair not in contradictions
        ),
        "lookalikes_grouped": sum(1 for pair in lookalikes if grouped(pair)),
        "duplicates_reported_as_contradictions": len(duplicates & contradictions),
        "unplanted_contradictions": len(contradictions - set(planted_pairs)),
        "unplanted_examples": sorted(sorted(p) for p in contradictions - set(planted_pairs))[:10],
    }


def load_json(path: Path) -> tuple[Any, str]:
    try:
        return json.loads(path.read_text(encoding="utf-8")), ""
    except (OSError, ValueError) as exc:
        return None, f"cannot read {path.name} as JSON: {exc}"


def lint_summary(path: Path) -> dict[str, Any]:
    data, problem = load_json(path)
    if problem:
        return {"note": problem}
    summary = data.get("summary") if isinstance(data, dict) else None
    if not isinstance(summary, dict):
        return {"note": "lint JSON has no `summary`"}
    keep = ("files", "claims", "sources", "findings", "by_severity", "by_rule")
    return {key: summary.get(key) for key in keep}


def recall_for(corpus: Corpus, outputs: Path, measured: dict[str, Measurement]) -> dict[str, Any]:
    planted = json.loads((corpus.root / "planted.json").read_text(encoding="utf-8"))
    result: dict[str, Any] = {
        "planted": {key: len(planted[key]) for key in ("duplicates", "conflicts", "lookalikes")}
    }
    for name, scorer in (("duplicates", score_duplicates), ("conflicts", score_conflicts)):
        m = measured.get(name)
        if m is None or m.status != "ok":
            result[name] = {"note": f"`{name}` {m.status if m else 'not run'}; recall skipped"}
            continue
        data, problem = load_json(outputs / f"{name}.json")
        result[name] = {"note": problem} if problem else scorer(data, planted)
    return result


# --------------------------------------------------------------------------- a benchmark run


def machine_info(python: str) -> dict[str, Any]:
    version = subprocess.run(
        [python, "-c", "import sys; print(sys.version.split()[0])"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    info: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "python": version,
        "python_executable": python,
        "platform": platform.platform(),
        "machine": platform.machine(),
    }
    try:
        meminfo = Path("/proc/meminfo").read_text().splitlines()[0].split()
        info["memory_gb"] = round(int(meminfo[1]) / 1024 / 1024, 1)
    except (OSError, IndexError, ValueError):
        pass
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
        info["cpu_model"] = cpu
    except (OSError, StopIteration):
        pass
    return info


def tool_version(python: str, env: dict[str, str], cwd: Path) -> str:
    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(argv), cwd=cwd, env=env, capture_output=True, text=True, check=False
        )

    done = run(python, "-m", "vraem_claims", "--version")
    where = run(python, "-c", "import vraem_claims; print(vraem_claims.__file__)")
    commit = run("git", "-C", str(cwd), "describe", "--always", "--dirty").stdout.strip()
    at = f", commit {commit}" if commit else ""
    return f"{done.stdout.strip() or done.stderr.strip()[-200:]} ({where.stdout.strip()}{at})"


def bench_corpus(
    corpus: Corpus,
    *,
    names: Sequence[str],
    python: str,
    tool_root: Path,
    runs: int,
    timeout: float,
    outputs: Path,
    memory_limit: int = 0,
) -> dict[str, Measurement]:
    """Time each chosen command on `corpus`; outputs of the first run go to `outputs/`."""
    outputs.mkdir(parents=True, exist_ok=True)
    env = tool_env(tool_root)
    cwd = corpus.root
    tool = [python, "-m", "vraem_claims"]
    # name: (argv, output file, exit codes that count as success, working directory)
    plan: dict[str, tuple[list[str], str | None, tuple[int, ...], Path]] = {
        "pass": ([python, "-c", "pass"], None, (0,), cwd),
        "yaml": ([python, "-c", YAML_PARSE, str(cwd / "claims")], None, (0,), cwd),
        "version": ([*tool, "--version"], None, (0,), cwd),
        "help": ([*tool, "--help"], None, (0,), cwd),
        "shipped": (
            [*tool, "lint", "--output-format", "json"],
            "shipped-lint.json",
            (0, 1),
            tool_root,
        ),
        "shipped-cached": (
            [*tool, "lint", "--output-format", "json"],
            "shipped-cached-lint.json",
            (0, 1),
            tool_root,
        ),
        "lint": ([*tool, "lint", "--output-format", "json"], "lint.json", (0, 1), cwd),
        "duplicates": ([*tool, "duplicates", "--format", "json"], "duplicates.json", (0,), cwd),
        "conflicts": ([*tool, "conflicts", "--format", "json"], "conflicts.json", (0,), cwd),
        "export": ([*tool, "export", "--format", "jsonl"], "export.jsonl", (0,), cwd),
    }
    # Compile the package's bytecode once, so no timed run pays for it.
    subprocess.run([*tool, "--help"], cwd=cwd, env=env, capture_output=True, check=False)
    measured: dict[str, Measurement] = {}
    for name in ALL_NAMES:
        if name not in names:
            continue
        argv, output, ok_codes, where = plan[name]
        run_env = env
        if name == "shipped-cached":
            # A first, untimed run fills the cache; the timed runs repeat it.
            run_env = tool_env(tool_root, cache=outputs / "lint-cache")
            subprocess.run(argv, cwd=where, env=run_env, capture_output=True, check=False)
        if name in ("duplicates", "conflicts", "export"):
            available, why = command_available(python, name, env, cwd)
            if not available:
                measured[name] = Measurement(name, argv, status="not available", note=why)
                print(f"  {name:<11} not available ({why})", flush=True)
                continue
        print(f"  {name:<11} x{runs} ...", end="", flush=True)
        result = measure(
            name,
            argv,
            cwd=where,
            env=run_env,
            runs=runs,
            timeout=timeout,
            stdout=outputs / output if output else None,
            ok_codes=ok_codes,
            memory_limit=memory_limit,
        )
        measured[name] = result
        median = result.median
        shown = f"{median:.3f} s" if median is not None else "-"
        print(
            f" {shown} {result.status if result.status != 'ok' else ''} {result.note}", flush=True
        )
    return measured


def ratio(a: Measurement | None, b: Measurement | None) -> float | None:
    if a is None or b is None or a.median is None or b.median is None or not b.median:
        return None
    if a.status != "ok" or b.status != "ok":
        return None
    return round(a.median / b.median, 2)


def ratios(measured: dict[str, Measurement]) -> dict[str, float | None]:
    return {
        "lint / yaml C-loader parse": ratio(measured.get("lint"), measured.get("yaml")),
        "--help / python -c pass": ratio(measured.get("help"), measured.get("pass")),
        "lint shipped corpus / --help": ratio(measured.get("shipped"), measured.get("help")),
        "lint shipped corpus, repeated / --help": ratio(
            measured.get("shipped-cached"), measured.get("help")
        ),
        "duplicates / yaml C-loader parse": ratio(measured.get("duplicates"), measured.get("yaml")),
        "conflicts / yaml C-loader parse": ratio(measured.get("conflicts"), measured.get("yaml")),
    }


# --------------------------------------------------------------------------- printing


def fmt_s(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if value < 100 else f"{value:.0f}"


def print_table(measured: dict[str, Measurement]) -> None:
    labels = {
        "lint": "vraem-claims lint (json)",
        "duplicates": "vraem-claims duplicates (json)",
        "conflicts": "vraem-claims conflicts (json)",
        "export": "vraem-claims export (jsonl)",
        "help": "vraem-claims --help",
        "version": "vraem-claims --version",
        "shipped": "lint, shipped corpus",
        "shipped-cached": "lint, shipped corpus, repeated",
        "yaml": "ref: yaml CSafeLoader, claims/",
        "pass": "ref: python -c pass",
    }
    rows = [("command", "median s", "min s", "max s", "cpu s", "peak MB", "status")]
    for name, m in measured.items():
        s = m.summary()
        rows.append(
            (
                labels.get(name, name),
                fmt_s(s["median_s"]),
                fmt_s(s["min_s"]),
                fmt_s(s["max_s"]),
                fmt_s(s["cpu_median_s"]),
                f"{s['peak_rss_mb']:.0f}" if s["peak_rss_mb"] is not None else "-",
                m.status + (f" ({m.note})" if m.note and m.status != "ok" else ""),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(6)]
    for index, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [row[i].rjust(widths[i]) for i in range(1, 6)]
        print("  ".join(cells) + "  " + row[6])
        if index == 0:
            print("  ".join("-" * w for w in widths) + "  ------")


def print_recall(label: str, recall: dict[str, Any]) -> None:
    print(f"\nrecall {label}: planted {recall['planted']}")
    dup = recall.get("duplicates", {})
    if dup.get("recall") is not None or "found" in dup:
        cats = ", ".join(
            f"{name} {c['found']}/{c['planted']}" for name, c in dup["recall_by_category"].items()
        )
        print(
            f"  duplicates: recall {dup['recall']} ({dup['found']}/{dup['planted']}; {cats}); "
            f"look-alikes reported as duplicates: {dup['lookalikes_reported_as_duplicates']}"
            f"/{dup['lookalikes_planted']}; other pairs reported: {dup['unplanted_reported']}"
        )
    if dup.get("note"):
        print(f"  duplicates: note: {dup['note']}")
    con = recall.get("conflicts", {})
    if "found" in con:
        cats = ", ".join(
            f"{name} {c['found']}/{c['planted']}" for name, c in con["recall_by_category"].items()
        )
        print(
            f"  conflicts: recall {con['recall']} ({con['found']}/{con['planted']}; {cats}); "
            f"grouped but not called contradictions: {con['grouped_but_not_contradiction']}; "
            f"other contradictions: {con['unplanted_contradictions']}; "
            f"look-alikes grouped: {con['lookalikes_grouped']}"
        )
    if con.get("note"):
        print(f"  conflicts: note: {con['note']}")


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Benchmark vraem-claims on a synthetic project (see bench/README.md)."
    )
    parser.add_argument(
        "--claims", type=int, default=100_000, help="claims to generate (default 100000)"
    )
    parser.add_argument(
        "--sources", type=int, help="source texts (default: claims/100, at least 5)"
    )
    parser.add_argument("--files", type=int, help="claim files (default: claims/100, at least 5)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per command (default 3)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument(
        "--out", type=Path, default=BENCH_DIR / "out", help="results folder (default bench/out)"
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep generated corpora (in OUT/corpora/) and reuse them when the parameters match",
    )
    parser.add_argument(
        "--only",
        help=f"comma-separated subset of: {', '.join(ALL_NAMES)} (default: all)",
    )
    parser.add_argument(
        "--all-pairs-sample",
        type=int,
        default=0,
        metavar="N",
        help="also measure recall on an N-claim corpus of the same generator (e.g. 10000)",
    )
    parser.add_argument(
        "--scaling",
        help="comma-separated claim counts (e.g. 10000,100000,1000000): time lint at each, "
        "report the time ratio per 10x claims",
    )
    parser.add_argument(
        "--generate-only", action="store_true", help="generate the corpus, time it, stop"
    )
    parser.add_argument(
        "--timeout", type=float, default=3600, help="seconds before a run is killed (default 3600)"
    )
    parser.add_argument(
        "--memory-limit",
        type=float,
        default=round(0.75 * physical_memory_gib(), 1),
        metavar="GIB",
        help="cap each run's address space at GIB GiB (default: 75%% of this machine's "
        "memory; 0: no cap); a run over it is reported as out of memory",
    )
    parser.add_argument(
        "--tool-root",
        type=Path,
        default=REPO_ROOT,
        help="checkout whose vraem_claims package is benchmarked (default: this one)",
    )
    parser.add_argument(
        "--python", default=sys.executable, help="interpreter for every run (default: this one)"
    )
    args = parser.parse_args(argv)
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = sorted(set(names) - set(ALL_NAMES))
        if unknown:
            parser.error(f"--only: unknown {', '.join(unknown)} (known: {', '.join(ALL_NAMES)})")
        args.names = names
    else:
        args.names = list(ALL_NAMES)
    if args.runs < 1 or args.claims < 10:
        parser.error("--runs must be at least 1 and --claims at least 10")
    args.tool_root = args.tool_root.resolve()
    args.memory_limit = int(args.memory_limit * 2**30)
    return args


def physical_memory_gib() -> float:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        return 0.0


def sizes_for(claims: int, args: argparse.Namespace, *, main: bool) -> tuple[int, int]:
    sources = args.sources if main and args.sources else synth.default_sources(claims)
    files = args.files if main and args.files else synth.default_files(claims)
    return sources, files


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="vraem-bench-"))
    base = args.out / "corpora" if args.keep else scratch
    env = tool_env(args.tool_root)
    results: dict[str, Any] = {
        "schema_version": RESULTS_SCHEMA,
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": machine_info(args.python),
        "tool": {
            "root": str(args.tool_root),
            "version": tool_version(args.python, env, args.tool_root),
        },
        "parameters": {
            key: (str(value) if isinstance(value, Path) else value)
            for key, value in vars(args).items()
            if key not in ("names",)
        }
        | {"only": args.names},
    }
    print(f"vraem-claims benchmark: {results['tool']['version']}")
    print(
        f"machine: {results['machine']['cpus']} CPUs, Python {results['machine']['python']}, "
        f"{results['machine']['platform']}"
    )
    try:
        if args.scaling:
            return run_scaling(args, base, scratch, results)
        sources, files = sizes_for(args.claims, args, main=True)
        corpus = corpus_for(
            base, claims=args.claims, sources=sources, files=files, seed=args.seed, reuse=args.keep
        )
        results["corpus"] = corpus.info()
        print(
            f"corpus: {corpus.claims:,} claims ({corpus.numeric or 0:,} numeric), {corpus.sources:,} "
            f"sources, {corpus.files:,} files; {corpus.bytes_total / 1e6:.1f} MB "
            f"(seeds {corpus.bytes_seeds / 1e6:.1f} MB, claims {corpus.bytes_claims / 1e6:.1f} MB)"
        )
        if args.generate_only:
            return write_results(args, results, f"generate-{args.claims}")
        outputs = scratch / "outputs"
        measured = bench_corpus(
            corpus,
            names=args.names,
            python=args.python,
            tool_root=args.tool_root,
            runs=args.runs,
            timeout=args.timeout,
            memory_limit=args.memory_limit,
            outputs=outputs,
        )
        results["commands"] = {name: m.summary() for name, m in measured.items()}
        results["ratios"] = ratios(measured)
        if "lint" in measured and measured["lint"].status == "ok":
            results["lint_findings"] = lint_summary(outputs / "lint.json")
        if "shipped" in measured and measured["shipped"].status == "ok":
            results["shipped_lint_findings"] = lint_summary(outputs / "shipped-lint.json")
        if all(name in measured and measured[name].status == "ok" for name in SHIPPED):
            # A repeated lint replays the cache: it must print what the full run printed.
            results["shipped_repeat_identical"] = (
                len({(outputs / f"{name}-lint.json").read_bytes() for name in SHIPPED}) == 1
            )
        results["recall"] = {str(args.claims): recall_for(corpus, outputs, measured)}
        if args.all_pairs_sample:
            n = args.all_pairs_sample
            s_sources, s_files = sizes_for(n, args, main=False)
            sample = corpus_for(
                base, claims=n, sources=s_sources, files=s_files, seed=args.seed, reuse=args.keep
            )
            print(f"sample for recall: {n:,} claims")
            sample_measured = bench_corpus(
                sample,
                names=[name for name in ("duplicates", "conflicts") if name in args.names],
                python=args.python,
                tool_root=args.tool_root,
                runs=1,
                timeout=args.timeout,
                memory_limit=args.memory_limit,
                outputs=scratch / "sample-outputs",
            )
            results["recall"][str(n)] = recall_for(
                sample, scratch / "sample-outputs", sample_measured
            )
            results["sample_commands"] = {name: m.summary() for name, m in sample_measured.items()}
        print()
        print_table(measured)
        print("\nratios:")
        for name, value in results["ratios"].items():
            print(f"  {name:<34} {value if value is not None else '-'}")
        if "lint_findings" in results:
            f = results["lint_findings"]
            print(
                f"\nlint findings on the synthetic corpus: {f.get('by_severity')} {f.get('by_rule')}"
            )
            if (f.get("by_severity") or {}).get("error"):
                print(
                    "  ERRORS on valid synthetic claims: see the lint output (a generator or tool bug)"
                )
        for size, recall in results["recall"].items():
            print_recall(f"at {int(size):,} claims", recall)
        return write_results(args, results, str(args.claims))
    finally:
        if args.keep:
            kept = args.out / "last-outputs"
            if (scratch / "outputs").exists():
                if kept.exists():
                    shutil.rmtree(kept)
                shutil.copytree(scratch / "outputs", kept)
        shutil.rmtree(scratch, ignore_errors=True)


def run_scaling(
    args: argparse.Namespace, base: Path, scratch: Path, results: dict[str, Any]
) -> int:
    sizes = sorted({int(part) for part in args.scaling.split(",") if part.strip()})
    rows: list[dict[str, Any]] = []
    for size in sizes:
        sources, files = sizes_for(size, args, main=False)
        corpus = corpus_for(
            base, claims=size, sources=sources, files=files, seed=args.seed, reuse=args.keep
        )
        print(f"corpus: {size:,} claims, {corpus.bytes_total / 1e6:.1f} MB")
        measured = bench_corpus(
            corpus,
            names=["lint", "yaml"],
            python=args.python,
            tool_root=args.tool_root,
            runs=args.runs,
            timeout=args.timeout,
            memory_limit=args.memory_limit,
            outputs=scratch / f"outputs-{size}",
        )
        findings = (
            lint_summary(scratch / f"outputs-{size}" / "lint.json")
            if measured["lint"].status == "ok"
            else {}
        )
        if findings:
            print(f"  lint findings: {findings.get('by_severity')} {findings.get('by_rule')}")
        rows.append(
            {
                "claims": size,
                "corpus": corpus.info(),
                "lint": measured["lint"].summary(),
                "lint_findings": findings,
                "yaml": measured["yaml"].summary(),
            }
        )
        if not args.keep:
            shutil.rmtree(corpus.root, ignore_errors=True)
    print("\n    claims   lint median s   peak MB   yaml s   per 10x claims")
    previous: dict[str, Any] | None = None
    for row in rows:
        lint = row["lint"]
        per10: float | None = None
        if previous is not None and lint["median_s"] and previous["lint"]["median_s"]:
            growth = row["claims"] / previous["claims"]
            per10 = round(
                (lint["median_s"] / previous["lint"]["median_s"]) ** (1 / math.log10(growth)), 2
            )
        row["lint_time_ratio_per_10x"] = per10
        verdict = (
            "" if per10 is None else ("  ok (<= 12)" if per10 <= 12 else "  over the 12x target")
        )
        print(
            f"{row['claims']:>10,}   {fmt_s(lint['median_s']):>13}   "
            f"{(lint['peak_rss_mb'] or 0):>7.0f}   {fmt_s(row['yaml']['median_s']):>6}   "
            f"{per10 if per10 is not None else '-'}{verdict}"
            + (f"  [{lint['status']}: {lint['note']}]" if lint["status"] != "ok" else "")
        )
        previous = row
    results["scaling"] = rows
    return write_results(args, results, "scaling-" + "-".join(str(s) for s in sizes))


def write_results(args: argparse.Namespace, results: dict[str, Any], tag: str) -> int:
    results["finished"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    path = args.out / f"results-{tag}.json"
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
