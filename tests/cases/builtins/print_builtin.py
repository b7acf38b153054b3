# print: sep, end, file (stderr and StringIO), flush, objects with __str__, empty print.
import io
import sys

print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" <- same line")
print("x", "y", sep="", end="!\n")
print()
print(1, 2.5, None, True, [1, "s"], {"k": (1,)}, sep=" | ")
print("to stderr", file=sys.stderr)
buf = io.StringIO()
print("into", "buffer", sep=",", file=buf)
print("second", file=buf, end="")
print(repr(buf.getvalue()))
print("flushed", flush=True)
print(*range(5))
print(*[], sep="x")
print("sep None", "works", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
try:
    print("x", file="notafile")
except AttributeError as e:
    print(e)


class S:
    def __str__(self):
        return "custom __str__"


print(S(), [S()].__len__())
print("unicode ✓ 日本", "\u00e9")
sys.stdout.write("via sys.stdout.write\n")
n = sys.stdout.write("abc\n")
print(n)
print("tab\tand\\backslash")
print("stderr again", file=sys.stderr, sep="", end="\n")
print(file=sys.stderr)
print("done", file=None)
