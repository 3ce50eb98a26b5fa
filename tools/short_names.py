"""Shortens the names the wasm and its wasm-bindgen glue share.

Usage: short_names.py DIR, where DIR holds wasm-bindgen's output
(vn_domain_assistant_bg.wasm and vn_domain_assistant.js); both are rewritten.

wasm-bindgen names each import after the JS function it calls plus a 16-digit hash
(`__wbg_fetch_e2b6e2eeba0ac3eb`), and each closure-call export after its full Rust
type (up to 340 characters). Every such name is written in the wasm's import or
export section and again in the glue, and the hashes do not compress: together
4.7 KB gzip of the Khmer journey (wasm -2,757 B, minified glue -1,995 B). Here each
of those names becomes `_<n>`, numbered in sorted order of the old names, so the
same set of names (the same glue) always gives the same new names: the glue stays
identical for every language of a family (tools/dist.py checks it). Names the
element module uses (`mount`, `mountedCount`, `Widget`, `memory`, …) carry no
hash and are kept; so are the import module names.
"""

import re
import sys
from pathlib import Path


def leb(data: bytes, i: int) -> tuple[int, int]:
    """The unsigned LEB128 number at `i`, and where it ends."""
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def uleb(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)

# A wasm-bindgen hash at the end of a name, or a closure-call export's type path.
RENAMED = re.compile(r"_[0-9a-f]{16}_*$|^wasm_bindgen_[0-9a-f]{16}___")


def limits(body: bytes, k: int) -> int:
    flags, k = leb(body, k)
    _, k = leb(body, k)
    return leb(body, k)[1] if flags & 1 else k


def entries(body: bytes, section: int) -> list[tuple[bytes | None, str, bytes]]:
    """An import section's (module, name, rest) or an export section's (None, name, rest)."""
    count, k = leb(body, 0)
    out = []
    for _ in range(count):
        module = None
        if section == 2:
            length, k = leb(body, k)
            module = body[k:k + length]
            k += length
        length, k = leb(body, k)
        name = body[k:k + length].decode()
        k += length
        start = k
        kind = body[k]
        k += 1
        if section == 7 or kind in (0, 4):  # export index; function or tag type
            if section == 2 and kind == 4:
                k += 1
            _, k = leb(body, k)
        elif kind == 1:  # table: reftype, limits
            k = limits(body, k + 1)
        elif kind == 2:  # memory: limits
            k = limits(body, k)
        elif kind == 3:  # global: valtype, mutability
            k += 2
        else:
            raise ValueError(f"unknown import kind {kind}")
        out.append((module, name, body[start:k]))
    return out


def sections(wasm: bytes) -> list[tuple[int, bytes]]:
    if wasm[:4] != b"\0asm":
        raise ValueError("not a wasm module")
    out, i = [], 8
    while i < len(wasm):
        size, start = leb(wasm, i + 1)
        out.append((wasm[i], wasm[start:start + size]))
        i = start + size
    return out


def shorten(wasm: bytes, glue: str) -> tuple[bytes, str, int]:
    parts = sections(wasm)
    old = sorted({name for section, body in parts if section in (2, 7)
                  for _, name, _ in entries(body, section) if RENAMED.search(name)})
    new = {name: f"_{n:x}" for n, name in enumerate(old)}
    out = bytearray(wasm[:8])
    for section, body in parts:
        if section in (2, 7):
            rewritten = bytearray(uleb(len(entries(body, section))))
            for module, name, rest in entries(body, section):
                if module is not None:
                    rewritten += uleb(len(module)) + module
                short = new.get(name, name).encode()
                rewritten += uleb(len(short)) + short + rest
            body = bytes(rewritten)
        out += bytes([section]) + uleb(len(body)) + body
    # Whole identifiers only; the longest first, so no name is cut inside another.
    for name in sorted(old, key=len, reverse=True):
        glue, found = re.subn(r"(?<![\w$])" + re.escape(name) + r"(?![\w$])", new[name], glue)
        if not found:
            raise ValueError(f"{name} is not in the glue")
    return bytes(out), glue, len(old)


def main() -> int:
    folder = Path(sys.argv[1])
    wasm_path = folder / "vn_domain_assistant_bg.wasm"
    glue_path = folder / "vn_domain_assistant.js"
    wasm, glue, count = shorten(wasm_path.read_bytes(), glue_path.read_text())
    if not count:
        print("short_names: no wasm-bindgen name to shorten", file=sys.stderr)
        return 1
    wasm_path.write_bytes(wasm)
    glue_path.write_text(glue)
    return 0


if __name__ == "__main__":
    sys.exit(main())
