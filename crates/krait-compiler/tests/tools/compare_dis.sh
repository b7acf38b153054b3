#!/bin/sh
# Diff Krait's plain disassembly of each given file against CPython 3.11's.
# Usage: compare_dis.sh FILE... (run from the workspace root after building the kdis example)
here=$(dirname "$0")
kdis=${KDIS:-target/debug/examples/kdis}
for f in "$@"; do
    a=$(mktemp); b=$(mktemp)
    python3 "$here/pydis_plain.py" "$f" > "$a" 2>/dev/null || { echo "SKIP $f (python3 rejects it)"; rm -f "$a" "$b"; continue; }
    "$kdis" --plain "$f" > "$b" 2>&1
    if cmp -s "$a" "$b"; then echo "SAME $f"; else echo "DIFF $f $(diff "$a" "$b" | grep -c '^[<>]')"; fi
    rm -f "$a" "$b"
done
