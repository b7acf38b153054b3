# difflib: SequenceMatcher (isjunk, autojunk, opcodes, groups, ratios), diffs, ndiff/restore, close matches, Differ.
import difflib

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

pairs = [("", ""), ("abc", ""), ("", "abc"), ("abcd", "bcde"), ("qabxcd", "abycdf"), ("private Thread currentThread;",
         "private volatile Thread currentThread;"), ("a" * 250 + "b", "b" + "a" * 250), (" abcd", "abcd abcd"),
         ("abxcd", "abcd"), ("the quick brown fox", "the quack brown fax"), (list(range(10)), [0, 1, 5, 6, 2, 3, 9]),
         ("aaaa", "aa"), ("ab" * 120, "ba" * 120), ("x y z", "x  y  z"), (tuple("hello"), tuple("yellow"))]
for a, b in pairs:
    for junk in [None, lambda c: c == " ", lambda c: c == "a"]:
        for aj in (True, False):
            sm = difflib.SequenceMatcher(junk, a, b, autojunk=aj)
            print(sm.get_matching_blocks(), sm.get_opcodes(), round(sm.ratio(), 6), round(sm.quick_ratio(), 6), round(sm.real_quick_ratio(), 6))
            print(list(sm.get_grouped_opcodes(1)), list(sm.get_grouped_opcodes(0)) if a or b else "", sm.find_longest_match(),
                  sm.find_longest_match(1, max(len(a) - 1, 1), 0, len(b)))
            print(sorted(sm.bjunk)[:5], sorted(sm.bpopular)[:5], len(sm.b2j))
sm = difflib.SequenceMatcher(None, "abcd", "abcd")
print(list(sm.get_grouped_opcodes()), sm.find_longest_match(0, 4, 0, 4), type(sm.find_longest_match()).__name__)
sm.set_seq1("zbcd"); print(sm.get_opcodes())
sm.set_seq2("zzzz"); print(sm.get_opcodes(), sm.a, sm.b)
sm.set_seqs("ab", "ba"); print(sm.get_opcodes())
m = sm.find_longest_match(); print(m, m.a, m.b, m.size, m._fields)
sm = difflib.SequenceMatcher(); print(sm.a, sm.b, sm.ratio(), sm.get_opcodes(), list(sm.get_grouped_opcodes()))
print(difflib.SequenceMatcher(None, [1, 2], [2, 1]).get_matching_blocks()[-1], type(difflib.SequenceMatcher.__class_getitem__(int)).__name__)

words = ["ape", "apple", "peach", "puppy", "appel", "applet", "maple", "", "APPLE"]
for w, n, c in [("appel", 3, 0.6), ("apple", 1, 0.0), ("wheel", 3, 0.6), ("", 2, 0.0), ("pe", 10, 0.1)]:
    show(lambda: difflib.get_close_matches(w, words, n, c))
show(lambda: difflib.get_close_matches("a", words, 0))
show(lambda: difflib.get_close_matches("a", words, 3, 1.5))
show(lambda: difflib.get_close_matches("a", words, 3, -0.1))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist), difflib.get_close_matches("accept", keyword.kwlist))

A = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
B = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine!\n", "ten\n", "eleven\n"]
for n in (0, 1, 3, 10):
    print("".join(difflib.unified_diff(A, B, "a.txt", "b.txt", "2020-01-01", "2021", n=n)))
    print("".join(difflib.context_diff(A, B, "a.txt", "b.txt", "d1", "d2", n=n)))
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.context_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff([], ["b\n"])), list(difflib.unified_diff(["a\n"], [])), list(difflib.unified_diff([], [])))
print(list(difflib.context_diff([], ["b\n"])), list(difflib.context_diff(["a\n"], [])), list(difflib.unified_diff(["x"], ["x"])))
show(lambda: list(difflib.unified_diff([b"a"], [b"b"])))
show(lambda: list(difflib.context_diff(["a"], ["b"], fromfile=b"x")))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\xff\n"], [b"b\n"], b"f\xfe", b"g")))
print(list(difflib.diff_bytes(difflib.context_diff, [b"a\n"], [b"b\n"], fromfiledate=b"today")))
show(lambda: list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"])))
show(lambda: list(difflib.diff_bytes(difflib.unified_diff, [b"a"], [b"b"], "x")))

x = ["one\n", "two\n", "three\n", "\tindented  line\n", "same\n", "abcdefg hijk\n", "extra\n"]
y = ["ore\n", "tree\n", "emu\n", "\tindented line\n", "same\n", "abcXefg hijkl\n"]
d = list(difflib.ndiff(x, y))
print("".join(d))
print("".join(difflib.restore(d, 1)) == "".join(x), "".join(difflib.restore(d, 2)) == "".join(y))
show(lambda: list(difflib.restore(d, 3)))
print("".join(difflib.ndiff(x, y, linejunk=difflib.IS_LINE_JUNK, charjunk=None)))
print("".join(difflib.Differ().compare(["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"])))
print("".join(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(
    ["  1. Beautiful is better than ugly.\n", "  2. Explicit is better than implicit.\n", "  3. Simple is better than complex.\n",
     "  4. Complex is better than complicated.\n"],
    ["  1. Beautiful is better than ugly.\n", "  3.   Simple is better than complex.\n", "  4. Complicated is better than complex.\n",
     "  5. Flat is better than nested.\n"])))
print(list(difflib.ndiff(["a\tb\n"], ["a b\n"])), list(difflib.ndiff(["abc"], ["abd"])), list(difflib.ndiff([], ["x"])))
for line in ["\n", "  #  \n", "#\n", "x\n", "  \n", "", " # x"]:
    print(repr(line), difflib.IS_LINE_JUNK(line), [difflib.IS_CHARACTER_JUNK(c) for c in " \tx\n"])
print(difflib.__all__)
print(difflib.Match(1, 2, 3), difflib.Differ.__module__)
