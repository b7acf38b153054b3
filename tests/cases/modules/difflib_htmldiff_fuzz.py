# difflib.HtmlDiff: pseudo-random line lists through make_table/make_file with every option.
import difflib, zlib, sys

state = 77
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

words = ["alpha\n", "beta\n", "gamma\n", "delta\n", "\n", "", "alpha beta\n", "alpha  bet\n", "\tgamma x\n", "gamma y\n",
         "a<b>&c\n", "  spaced  \n", "tab\there\tand\tthere\n", "x" * 30 + "\n", "y" * 25 + "z" * 10 + "\n",
         "caf\u00e9 \u00fc\n", "end", "alphabet soup\n", "alphabet soap\n", "betamax\n", "\x00nul\n", "gamma y z w\n", "ctl\x01x\n", "cr\r\n", "ff\x0c \n", "trail \t\n", "\t\n", "a\x01\x00b\n"]
full = "-v" in sys.argv
for trial in range(400):
    a = [words[rnd(len(words))] for _ in range(rnd(12))]
    b = [words[rnd(len(words))] for _ in range(rnd(12))]
    if rnd(3) == 0:
        b = a[:rnd(len(a) + 1)] + b[:rnd(4)] + a[rnd(len(a) + 1):]
    tabsize = [8, 4, 1, 0][rnd(4)]
    wrap = [None, None, 10, 20, 5, 0][rnd(6)]
    context = bool(rnd(2))
    numlines = rnd(4)
    junk = [None, difflib.IS_LINE_JUNK][rnd(2)]
    charjunk = [difflib.IS_CHARACTER_JUNK, None][rnd(2)]
    h = difflib.HtmlDiff(tabsize, wrap, junk, charjunk)
    t = h.make_table(a, b, ["", "A"][rnd(2)], ["", "B\t<"][rnd(2)], context=context, numlines=numlines)
    if full:
        print(trial, t)
    else:
        print(trial, zlib.crc32(t.encode()))
print(difflib.HtmlDiff._default_prefix)
