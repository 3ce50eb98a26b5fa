#!/usr/bin/env python3
"""Picks few inputs that keep the most coverage edges: a greedy set cover (largest
gain first, the smaller input on ties) over the COV lines of a libFuzzer merge
control file (-merge=1 -merge_control_file=FILE), stopping at every edge or at
MAX inputs. Prints the chosen paths, one a line; what they keep goes to stderr.

    cover.py CONTROL_FILE [MAX]
"""
import os
import sys


def main(control, most):
    with open(control) as f:
        lines = f.read().splitlines()
    n = int(lines[0])
    paths = lines[2 : 2 + n]
    edges = {}
    for line in lines[2 + n :]:
        kind, _, rest = line.partition(" ")
        if kind == "COV":
            i, *cov = rest.split()
            edges[int(i)] = set(map(int, cov))
    size = {i: os.path.getsize(paths[i]) for i in edges}
    left = set().union(*edges.values()) if edges else set()
    total, chosen = len(left), 0
    while left and chosen < most:
        best = max(edges, key=lambda i: (len(edges[i] & left), -size[i], -i))
        gain = edges[best] & left
        if not gain:
            break
        print(paths[best])
        left -= gain
        chosen += 1
    kept = total - len(left)
    share = 100 * kept / total if total else 100
    print(f"{chosen} inputs keep {kept} of {total} edges ({share:.1f}%)", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1 << 30)
