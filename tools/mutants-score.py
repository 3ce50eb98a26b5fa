#!/usr/bin/env python3
"""The mutation score per core module, from cargo-mutants' mutants.out/outcomes.json.

    python3 tools/mutants-score.py [mutants.out] [--min 95]

Prints one row per module (src/date.rs -> date, src/names/*.rs -> names): mutants,
caught, missed, timeouts, unviable, the score (caught + timeouts of the viable
ones, as cargo-mutants counts a timeout as caught) and the time spent on them.
Writes every survivor (missed, then timed out), by module, to
mutants.out/survivors.txt. With --min N, exits 1 when a module scores below N %.
"""

import json
import sys
from collections import defaultdict
from pathlib import Path


def module(path):
    parts = Path(path).parts
    if len(parts) >= 2 and parts[0] == "src":
        rest = parts[1:]
        return Path(rest[0]).stem if len(rest) == 1 else rest[0]
    return path


def main(argv):
    out = Path("mutants.out")
    minimum = None
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--min":
            minimum = float(args.pop(0))
        else:
            out = Path(a)
    outcomes = json.loads((out / "outcomes.json").read_text())["outcomes"]
    rows = defaultdict(lambda: defaultdict(float))
    survivors = defaultdict(list)
    keys = {
        "CaughtMutant": "caught",
        "MissedMutant": "missed",
        "Timeout": "timeout",
        "Unviable": "unviable",
    }
    for o in outcomes:
        scenario = o["scenario"]
        if not isinstance(scenario, dict):
            continue  # the baseline
        m = scenario["Mutant"]
        mod = module(m["file"])
        row = rows[mod]
        row["mutants"] += 1
        row[keys.get(o["summary"], "other")] += 1
        row["secs"] += sum(p.get("duration") or 0 for p in o.get("phase_results", []))
        if o["summary"] in ("MissedMutant", "Timeout"):
            what = "missed" if o["summary"] == "MissedMutant" else "timeout"
            survivors[mod].append(f"{what}: {m['name']}")

    if not rows:
        print("mutants: no mutants in this run")
        return 0
    header = f"{'module':<14}{'mutants':>8}{'caught':>8}{'missed':>8}{'timeout':>8}{'unviable':>9}{'score':>8}{'time':>8}"
    print(header)
    print("-" * len(header))
    total = defaultdict(float)
    below = []
    for mod in sorted(rows):
        r = rows[mod]
        for k, v in r.items():
            total[k] += v
        score = fmt_score(r)
        print(row_line(mod, r, score))
        viable = r["mutants"] - r["unviable"]
        if minimum is not None and viable and 100 * (r["caught"] + r["timeout"]) / viable < minimum:
            below.append(mod)
    print("-" * len(header))
    print(row_line("all", total, fmt_score(total)))

    lines = []
    for mod in sorted(survivors):
        lines.append(f"# {mod}")
        lines.extend(survivors[mod])
    path = out / "survivors.txt"
    path.write_text("\n".join(lines) + ("\n" if lines else ""))
    n = sum(len(v) for v in survivors.values())
    print(f"\n{n} survivor(s) written to {path}")
    if below:
        print(f"below {minimum:g} %: {', '.join(below)}")
        return 1
    return 0


def fmt_score(r):
    viable = r["mutants"] - r["unviable"]
    if not viable:
        return "-"
    return f"{100 * (r['caught'] + r['timeout']) / viable:.1f}%"


def row_line(name, r, score):
    secs = int(r["secs"])
    time = f"{secs // 60}m{secs % 60:02d}s"
    return (
        f"{name:<14}{int(r['mutants']):>8}{int(r['caught']):>8}{int(r['missed']):>8}"
        f"{int(r['timeout']):>8}{int(r['unviable']):>9}{score:>8}{time:>8}"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
