# Instance attributes (names, order, simple values) of shlex, TextWrapper, SequenceMatcher, Differ, HtmlDiff, Template.
import shlex, textwrap, difflib, string
for o in (shlex.shlex("a"), shlex.shlex("a", posix=True, punctuation_chars=True), textwrap.TextWrapper(), difflib.SequenceMatcher(None, "ab", "bc"), difflib.Differ(), difflib.HtmlDiff(), string.Template("x")):
    d = vars(o)
    print(type(o).__name__, sorted(d))
    print({k: v for k, v in d.items() if isinstance(v, (str, int, bool, type(None), float))})
