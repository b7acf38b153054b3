# SystemExit from inside nested functions and finally clauses; the last exit code wins.
import sys


def inner():
    try:
        sys.exit(5)
    finally:
        print("inner finally")


def outer():
    try:
        inner()
    except SystemExit as e:
        print("caught exit", e.code)
        sys.exit(e.code + 1)


outer()
