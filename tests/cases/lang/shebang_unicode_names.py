#!/usr/bin/env python3
# A shebang line is a comment; a UTF-8 BOM-less file with non-ASCII names.
π = 3.14159
naïve = "ok"
class Ünïcode:
    größe = 2
print(π, naïve, Ünïcode.größe, Ünïcode.__name__)
print("日本語", len("日本語"), "日本語".encode())
