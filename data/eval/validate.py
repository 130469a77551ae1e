#!/usr/bin/env python3
"""validate.py FILE.gold.json...  Checks gold annotations of the evaluation corpus
(format: data/eval/FORMAT.md): the JSON shape, the enumerations, and that every
quoted text and sentence is an exact substring of the article text beside it.
Prints one line per problem (file: problem) and a word count; exit 1 on any problem."""
import json, os, re, sys

STANCES_BLAME = {"asserts", "denies", "reports"}
STANCES_POS = {"demand", "offer", "acceptance", "rejection", "redline"}
ACTOR_TYPES = {"person", "state", "organisation"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check(path):
    errs = []
    txt_path = path[: -len(".gold.json")] + ".txt"
    if not os.path.isfile(txt_path):
        return [f"{path}: no article text {os.path.basename(txt_path)} beside it"], 0
    text = open(txt_path, encoding="utf-8").read()
    try:
        g = json.load(open(path, encoding="utf-8"))
    except json.JSONDecodeError as e:
        return [f"{path}: line {e.lineno}: not JSON: {e.msg}"], 0

    def err(msg):
        errs.append(f"{path}: {msg}")

    def need_sub(where, s):
        if not isinstance(s, str) or not s:
            err(f"{where}: missing text")
        elif s not in text:
            err(f"{where}: not an exact substring of the article: {s[:80]!r}")

    def need_name(where, s):
        if not isinstance(s, str) or not s.strip():
            err(f"{where}: missing name")

    for k in ("author", "style", "meta", "actors", "territories", "documents", "quotes", "blame", "positions", "figures"):
        if k not in g:
            err(f"missing key {k!r}")
    extra = set(g) - {"author", "style", "notes", "meta", "actors", "territories", "documents", "quotes", "blame", "positions", "figures"}
    if extra:
        err(f"unknown keys {sorted(extra)}")
    meta = g.get("meta") or {}
    for k in meta:
        if k not in ("title", "publisher", "author", "datePublished", "url", "republicationOf"):
            err(f"meta: unknown key {k!r}")
    d = meta.get("datePublished")
    if d is not None and not (isinstance(d, str) and DATE.match(d)):
        err(f"meta.datePublished: {d!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if meta.get("title") is not None:
        need_sub("meta.title", meta["title"])
    for i, a in enumerate(g.get("actors", [])):
        need_name(f"actors[{i}].name", a.get("name"))
        if a.get("type") not in ACTOR_TYPES:
            err(f"actors[{i}].type: {a.get('type')!r} not one of {sorted(ACTOR_TYPES)}")
    for key in ("territories", "documents"):
        for i, t in enumerate(g.get(key, [])):
            need_name(f"{key}[{i}]", t)
    for i, q in enumerate(g.get("quotes", [])):
        need_name(f"quotes[{i}].speaker", q.get("speaker"))
        need_sub(f"quotes[{i}].text", q.get("text"))
    for i, b in enumerate(g.get("blame", [])):
        need_name(f"blame[{i}].blamed", b.get("blamed"))
        need_name(f"blame[{i}].attributed_by", b.get("attributed_by"))
        if b.get("stance") not in STANCES_BLAME:
            err(f"blame[{i}].stance: {b.get('stance')!r} not one of {sorted(STANCES_BLAME)}")
        need_name(f"blame[{i}].negotiation", b.get("negotiation"))
        need_sub(f"blame[{i}].sentence", b.get("sentence"))
    for i, p in enumerate(g.get("positions", [])):
        need_name(f"positions[{i}].holder", p.get("holder"))
        if p.get("stance") not in STANCES_POS:
            err(f"positions[{i}].stance: {p.get('stance')!r} not one of {sorted(STANCES_POS)}")
        need_name(f"positions[{i}].issue", p.get("issue"))
        need_name(f"positions[{i}].source", p.get("source"))
        need_sub(f"positions[{i}].sentence", p.get("sentence"))
    for i, f in enumerate(g.get("figures", [])):
        nums = [f.get(k) for k in ("value", "min", "max") if f.get(k) is not None]
        if not nums:
            err(f"figures[{i}]: needs value, or min and/or max")
        for n in nums:
            if not isinstance(n, (int, float)) or isinstance(n, bool):
                err(f"figures[{i}]: {n!r} is not a number")
        for k in ("unit", "measures", "according_to"):
            need_name(f"figures[{i}].{k}", f.get(k))
        need_sub(f"figures[{i}].sentence", f.get("sentence"))
    return errs, len(re.findall(r"\b\w+\b", text))


def main(args):
    if not args:
        print(__doc__.strip()); return 2
    files = []
    for a in args:
        if os.path.isdir(a):
            files += sorted(os.path.join(a, f) for f in os.listdir(a) if f.endswith(".gold.json"))
        else:
            files.append(a)
    problems, words = 0, 0
    for f in files:
        errs, w = check(f)
        words += w
        for e in errs:
            print(e)
        problems += len(errs)
    print(f"{len(files)} articles, {words} words, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
