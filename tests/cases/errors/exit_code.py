# sys.exit(3): exit status 3, no traceback, finally blocks run, stdout flushed.
import sys

try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally runs before exit")
