"""Assembles dist/ from wasm-bindgen's output and the sources (see tools/build.sh).

Usage: dist.py BINDGEN_OUT DIST, where BINDGEN_OUT has one folder per build,
`<lang>.<family>` for each language of LANGS and family of FAMILIES; `dist.py
--builds` prints them (tools/build.sh builds one wasm for each).

The element module gets style/widget.css inlined as a string (it becomes a
constructed stylesheet: no extra request, allowed by strict CSPs). The two modules
a visitor downloads (the element module, with its stylesheet, and wasm-bindgen's
glue) are minified by esbuild: -4.7 KB gzip, nothing else changed (no bundling, no
syntax lowering); js/ and style/ are the readable sources. Each file a visitor's
browser loads also gets precompressed copies beside it (`.br`, brotli quality 11;
`.gz`, gzip -9) for static hosts that serve them (nginx `brotli_static`/
`gzip_static`); tools/serve.mjs does. dist/ is replaced as a whole, so no stale
file from an earlier build survives.
"""

import base64
import gzip
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# file in the repository -> file in dist/
COPIED = {
    "index.html": "index.html",
    "embed.html": "embed.html",
    "js/embed.js": "embed.js",
    "js/demo.js": "demo.js",
    "style/demo.css": "demo.css",
    "style/embed.css": "embed.css",
}


# The widget's languages: one wasm each, with that language's texts only.
LANGS = ["vi", "en", "km"]
# Build families, by the element's `mode`: "journey" for the visitor's journey
# (built without the other modes' code), "assisted" for mode="assisted", "check"
# for mode="check" and mode="roster" (the go-live checks, without the journey). A
# visitor downloads one language of one family.
FAMILIES = ["journey", "assisted", "check"]


def builds() -> list[str]:
    """Every wasm tools/build.sh builds, as `<lang>.<family>`."""
    return [f"{lang}.{family}" for lang in LANGS for family in FAMILIES]


def suffix(family: str) -> str:
    """What a family adds to its file names (the journey's are the plain ones)."""
    return "" if family == "journey" else f".{family}"


def wasm_name(lang: str, family: str = "journey") -> str:
    """The wasm holding `lang`'s texts and `family`'s code, as the element module
    asks for it."""
    return f"vn_domain_assistant_bg.{lang}{suffix(family)}.wasm"


def glue_name(family: str = "journey") -> str:
    """wasm-bindgen's glue for `family` (the same file for every language)."""
    return f"vn_domain_assistant{suffix(family)}.js"


def loaded(langs: list[str] = LANGS, families: list[str] = FAMILIES) -> list[str]:
    """The files the element module loads for `langs` and `families`, in dist/: the
    element module, each family's glue, and each language's wasm of each family."""
    return (["vn-domain-assistant.js"] + [glue_name(f) for f in families]
            + [wasm_name(l, f) for f in families for l in langs])


def gzipped(data: bytes) -> bytes:
    """gzip -9, without a timestamp (reproducible)."""
    return gzip.compress(data, compresslevel=9, mtime=0)


BROTLI = (
    "const z = require('zlib'); process.stdout.write(z.brotliCompressSync(require('fs').readFileSync(0),"
    " { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_LGWIN]: 24 } }))"
)


def brotli(data: bytes) -> bytes:
    """Brotli at quality 11 (Node's zlib: no tool beyond Node needed)."""
    return subprocess.run(["node", "-e", BROTLI], input=data, capture_output=True, check=True).stdout


def precompress(path: Path) -> None:
    """Writes `path`.gz and `path`.br, as a static host serves them."""
    data = path.read_bytes()
    path.with_name(path.name + ".gz").write_bytes(gzipped(data))
    path.with_name(path.name + ".br").write_bytes(brotli(data))


def minify(text: str, loader: str) -> str:
    """`text` (JavaScript module or CSS) minified by esbuild, non-ASCII kept as is."""
    esm = ["--format=esm"] if loader == "js" else []
    return subprocess.run(
        [str(ROOT / "node_modules/.bin/esbuild"), f"--loader={loader}", "--minify",
         "--charset=utf8", "--log-level=warning", *esm],
        input=text, capture_output=True, text=True, check=True, encoding="utf-8",
    ).stdout


def main(bindgen_out: str, dist: str) -> None:
    src = Path(bindgen_out)
    staging = ROOT / (dist + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()

    # One wasm per language and family; wasm-bindgen's glue must be the same file
    # for every language of a family, since the element module imports that one
    # file for each of them.
    for family in FAMILIES:
        glue = {lang: (src / f"{lang}.{family}" / "vn_domain_assistant.js").read_bytes() for lang in LANGS}
        if len(set(glue.values())) != 1:
            sys.exit(f"dist.py: wasm-bindgen glue of {family} differs between languages {', '.join(LANGS)}")
        (staging / glue_name(family)).write_text(
            minify(glue[LANGS[0]].decode("utf-8"), "js"), encoding="utf-8")
        for lang in LANGS:
            shutil.copy2(src / f"{lang}.{family}" / "vn_domain_assistant_bg.wasm",
                         staging / wasm_name(lang, family))

    element = (ROOT / "js/vn-domain-assistant.js").read_text(encoding="utf-8")
    css = (ROOT / "style/widget.css").read_text(encoding="utf-8")
    marker = "__VNDA_CSS__"
    if element.count(marker) != 1:
        sys.exit("dist.py: js/vn-domain-assistant.js must contain __VNDA_CSS__ exactly once")
    element = element.replace(marker, json.dumps(minify(css, "css").strip(), ensure_ascii=False))
    (staging / "vn-domain-assistant.js").write_text(minify(element, "js"), encoding="utf-8")

    for source, target in COPIED.items():
        shutil.copy2(ROOT / source, staging / target)

    # Subresource Integrity hashes for hosts that pin the files they embed.
    # (Integrity is checked on the decoded body, so it holds for the .br/.gz copies.)
    lines = []
    for name in loaded():
        digest = hashlib.sha384((staging / name).read_bytes()).digest()
        lines.append(f"sha384-{base64.b64encode(digest).decode()}  {name}\n")
        precompress(staging / name)
    (staging / "SRI.txt").write_text("".join(lines), encoding="ascii")

    # For integrators: custom-elements.json, the TypeScript declarations and the
    # npm package's package.json (`npm pack dist`), from types/element.mjs.
    subprocess.run(["node", str(ROOT / "tools/package.mjs"), str(staging)], check=True)

    final = ROOT / dist
    shutil.rmtree(final, ignore_errors=True)
    staging.rename(final)


if __name__ == "__main__":
    if sys.argv[1:] == ["--builds"]:
        print(" ".join(builds()))
    else:
        main(sys.argv[1], sys.argv[2])
