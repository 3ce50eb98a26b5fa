"""Prints raw, gzip and brotli sizes of what a visitor downloads from dist/.

`widget` is what vn-domain-assistant.js loads (the budget applies to it); the demo
pages are listed apart. The verdict against the budget (150 KB gzip, goal 100 KB)
is always printed; with --enforce the exit status is 1 over the budget.
"""

import argparse
import gzip
import subprocess
import sys
from pathlib import Path

BUDGET_GZIP = 150_000
GOAL_GZIP = 100_000
WIDGET = ["vn-domain-assistant.js", "vn_domain_assistant.js", "vn_domain_assistant_bg.wasm"]


def brotli_size(data: bytes) -> int:
    out = subprocess.run(["brotli", "-c", "-q", "11"], input=data, capture_output=True, check=True)
    return len(out.stdout)


def sizes(path: Path) -> tuple[int, int, int]:
    data = path.read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=9, mtime=0)), brotli_size(data)


def table(title: str, files: list[Path]) -> tuple[int, int, int]:
    print(f"{title:<34}{'raw':>10}{'gzip':>10}{'brotli':>10}")
    total = [0, 0, 0]
    for f in files:
        row = sizes(f)
        total = [a + b for a, b in zip(total, row)]
        print(f"  {f.name:<32}{row[0]:>10,}{row[1]:>10,}{row[2]:>10,}")
    print(f"  {'total':<32}{total[0]:>10,}{total[1]:>10,}{total[2]:>10,}")
    return total[0], total[1], total[2]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dist")
    ap.add_argument("--enforce", action="store_true", help="exit 1 over the budget")
    args = ap.parse_args()
    dist = Path(args.dist)
    widget = [dist / n for n in WIDGET]
    missing = [str(f) for f in widget if not f.exists()]
    if missing:
        print(f"size: missing {', '.join(missing)}: run make build", file=sys.stderr)
        return 2
    _, gz, _ = table("widget (what the module loads)", widget)
    # SRI.txt is for integrators, not downloaded by visitors.
    others = sorted(p for p in dist.iterdir() if p.is_file() and p.name not in WIDGET and p.suffix != ".txt")
    if others:
        table("demo and iframe pages", others)
    verdict = "within" if gz <= BUDGET_GZIP else "OVER"
    goal = "meets" if gz <= GOAL_GZIP else "misses"
    print(f"size: widget {gz:,} B gzip: {verdict} the budget of {BUDGET_GZIP:,} B, {goal} the goal of {GOAL_GZIP:,} B")
    return 1 if args.enforce and gz > BUDGET_GZIP else 0


if __name__ == "__main__":
    sys.exit(main())
