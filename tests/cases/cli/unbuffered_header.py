# krait-test: flags=-u -B
# Flags before the script name: sys.flags reflects them and sys.argv holds only the script and its arguments.
import sys

print(sys.flags.dont_write_bytecode, sys.argv)
print("stdout line", flush=False)
print("stderr line", file=sys.stderr)
print(sys.stdout.line_buffering, sys.stdout.write_through)
