# krait-test: stdin=input_stdin.txt
# input() and sys.stdin reading from a redirected stdin: input() does not echo the prompt's newline, EOFError at end.
import sys

name = input("name? ")
print()
print("hello", name)
age = int(input())
print("next year", age + 1)
line = sys.stdin.readline()
print(repr(line))
rest = sys.stdin.read()
print(repr(rest))
try:
    input("more? ")
except EOFError as e:
    print()
    print("EOFError", repr(e))
print(sys.stdin.readline() == "", sys.stdin.isatty())
