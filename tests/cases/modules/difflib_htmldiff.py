# difflib.HtmlDiff: make_file with charsets, descriptions, context edge cases, wrapping inside highlights, _mdiff rows.
import difflib

a = """line one
line two has some text
the third line\tis tabbed
fourth
fifth line here
sixth
seventh
eighth line
ninth
tenth line is quite long and will need to be wrapped around somewhere
eleventh
twelfth""".splitlines(True)
b = """line one
line 2 has some text
the third line\tis   tabbed
fourth
fifth line here
inserted line
sixth
seventh
8th line
ninth
tenth line is quite long and will need to be WRAPPED around somewhere else
eleventh
twelfth
thirteenth caf\u00e9""".splitlines(True)
H = difflib.HtmlDiff
print(H().make_file(a, b, "from.txt", "to.txt"))
print(H(tabsize=2, wrapcolumn=16).make_file(a, b, "f\u00e9", "t", context=True, numlines=1, charset="ascii"))
print(H(wrapcolumn=7).make_table(["abcdefghijkl\n", "same\n"], ["abcXefghiYkl\n", "same\n"]))
print(H(wrapcolumn=3).make_table(["abcdef\n"], ["abXdef\n"]))
print(H().make_table(a, a, context=True))
print(H().make_table(a, a, "x", "y"))
print(H().make_table([], ["x\n"], context=True, numlines=0))
print(H().make_table(a, b, context=True, numlines=0))
print(H().make_table(["x"], ["y"], "", "", True))
for row in difflib._mdiff(a, b):
    print(row)
for row in difflib._mdiff(a, b, 1):
    print(row)
for row in difflib._mdiff(["a\n", "b\n", "c\n"], ["x\n", "b\n", "d\n", "e\n", "f\n"], 0):
    print(row)
print(H.__module__, H.make_table.__qualname__, difflib.HtmlDiff._default_prefix)
