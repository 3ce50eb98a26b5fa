"""Prints raw, gzip and brotli sizes of what a visitor downloads from dist/.

What vn-domain-assistant.js loads depends on the page's language: the element
module, the wasm-bindgen glue and the wasm of that language (one per language,
each with its own texts only). Each language is listed; the budget applies to the
heaviest. The demo pages are listed apart. The verdict against the hard cap
(250 KB gzip, the maintainers' decision: make test fails above it) and the goal
(150 KB gzip) is always printed; with --enforce the exit status is 1 over the cap.
"""

import argparse
import sys
from pathlib import Path

# The same compression dist.py writes the .gz/.br copies with.
from dist import FAMILIES, LANGS, brotli, gzipped, loaded

CAP_GZIP = 250_000
GOAL_GZIP = 150_000


def sizes(path: Path) -> tuple[int, int, int]:
    data = path.read_bytes()
    return len(data), len(gzipped(data)), len(brotli(data))


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
    widget = set(loaded())
    missing = sorted(n for n in widget if not (dist / n).exists())
    if missing:
        print(f"size: missing {', '.join(missing)}: run make build", file=sys.stderr)
        return 2
    heaviest = ("", 0)
    for family in FAMILIES:
        for lang in LANGS:
            what = f'lang="{lang}"' + {"journey": "", "assisted": ' mode="assisted"',
                                       "check": ' mode="check" or "roster"'}[family]
            _, gz, _ = table(f"widget, {what}", [dist / n for n in loaded([lang], [family])])
            heaviest = max(heaviest, (what, gz), key=lambda t: t[1])
    # SRI.txt is for integrators, not downloaded by visitors; .br/.gz are the listed
    # files precompressed (what a host that serves them sends: the columns above).
    others = sorted(p for p in dist.iterdir()
                    if p.is_file() and p.name not in widget and p.suffix not in (".txt", ".br", ".gz"))
    if others:
        table("demo and iframe pages", others)
    what, gz = heaviest
    verdict = f"within the cap by {CAP_GZIP - gz:,} B" if gz <= CAP_GZIP else f"OVER the cap by {gz - CAP_GZIP:,} B"
    goal = "meets" if gz <= GOAL_GZIP else "misses"
    print(f"size: widget {gz:,} B gzip ({what}, the heaviest): {verdict} ({CAP_GZIP:,} B), {goal} the goal of {GOAL_GZIP:,} B")
    return 1 if args.enforce and gz > CAP_GZIP else 0


if __name__ == "__main__":
    sys.exit(main())
