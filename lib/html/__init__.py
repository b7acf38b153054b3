"""General functions for HTML manipulation: escape and unescape."""

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """Replace &, < and > in s with HTML-safe sequences; with quote, also " and '."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# HTML5 tokenizer rules for numeric references (section "numeric character reference end
# state"): C1 controls are read as Windows-1252, and a few code points are dropped.
_WIN1252_C1 = ("\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
               "\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014"
               "\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178")
_SPECIAL_NUMBERS = {0x00: "\ufffd", 0x0d: "\r"}
_NAME_STOP = "\t\n\f <&#;"
_HEX = "0123456789abcdefABCDEF"
_html5 = None


def _code_point_text(num):
    if num in _SPECIAL_NUMBERS:
        return _SPECIAL_NUMBERS[num]
    if 0x80 <= num <= 0x9f:
        return _WIN1252_C1[num - 0x80]
    if num > 0x10FFFF or 0xD800 <= num <= 0xDFFF:
        return "\ufffd"
    if (num <= 0x08 or num == 0x0b or 0x0e <= num <= 0x1f or num == 0x7f
            or 0xFDD0 <= num <= 0xFDEF or (num & 0xFFFE) == 0xFFFE):
        return ""
    return chr(num)


def _numeric_ref(s, pos, n):
    """s[pos] is '#' after '&'; return (replacement, end) or None when not a reference."""
    start = pos + 1
    if start < n and s[start] in "xX":
        start += 1
        digits = _HEX
        base = 16
    else:
        digits = "0123456789"
        base = 10
    end = start
    while end < n and s[end] in digits:
        end += 1
    if end == start:
        return None
    text = _code_point_text(int(s[start:end], base))
    if end < n and s[end] == ";":
        end += 1
    return text, end


def _named_ref(s, pos, n):
    """s[pos:] follows '&'; return (replacement, end) or None when nothing can match."""
    global _html5
    end = pos
    limit = min(n, pos + 32)
    while end < limit and s[end] not in _NAME_STOP:
        end += 1
    if end == pos:
        return None
    if end < n and s[end] == ";":
        end += 1
    if _html5 is None:
        from html.entities import html5 as table
        _html5 = table
    name = s[pos:end]
    found = _html5.get(name)
    if found is not None:
        return found, end
    # The longest known prefix (of at least two characters) wins; the rest stays text.
    for cut in range(len(name) - 1, 1, -1):
        found = _html5.get(name[:cut])
        if found is not None:
            return found + name[cut:], end
    return "&" + name, end


def unescape(s):
    """Replace the named and numeric character references in s (&gt;, &#62;, &#x3e;)
    by their characters, following the HTML5 rules, including references missing
    their ';'."""
    if "&" not in s:
        return s
    parts = []
    n = len(s)
    i = 0
    while True:
        amp = s.find("&", i)
        if amp < 0:
            parts.append(s[i:])
            break
        parts.append(s[i:amp])
        pos = amp + 1
        if pos < n and s[pos] == "#":
            hit = _numeric_ref(s, pos, n)
        else:
            hit = _named_ref(s, pos, n)
        if hit is None:
            parts.append("&")
            i = pos
        else:
            parts.append(hit[0])
            i = hit[1]
    return "".join(parts)
