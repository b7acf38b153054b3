# Interpreter flags and environment: -u ordering, -B, -E with PYTHONPATH, -O and __debug__, -q, -V.
import os
import re
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
code = "import sys; print('out1'); print('err1', file=sys.stderr); print('out2')"
for flags in ([], ["-u"]):
    done = subprocess.run([sys.executable, *flags, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(flags, repr(done.stdout))
done = subprocess.run([sys.executable, "-B", "-c", "import sys; print(sys.flags.dont_write_bytecode, sys.dont_write_bytecode)"],
                      capture_output=True, text=True)
print("-B:", done.stdout.strip())
env = dict(os.environ, PYTHONPATH=os.path.join(here, "climod"))
for flags in ([], ["-E"]):
    done = subprocess.run([sys.executable, *flags, "-c", "import helper_on_path as h; print(h.WHERE)"], capture_output=True, text=True, env=env)
    print(flags, done.returncode, done.stdout.strip() or done.stderr.strip().splitlines()[-1])
done = subprocess.run([sys.executable, "-O", "-c", "assert False, 'not raised'; print(__debug__, 'assert skipped')"], capture_output=True, text=True)
print("-O:", done.stdout.strip())
done = subprocess.run([sys.executable, "-c", "assert False, 'raised'"], capture_output=True, text=True)
print("no -O:", done.returncode, done.stderr.strip().splitlines()[-1])
done = subprocess.run([sys.executable, "-q", "-c", "print('quiet ok')"], capture_output=True, text=True)
print("-q:", done.stdout.strip(), repr(done.stderr))
for flag in ("-V", "--version"):
    done = subprocess.run([sys.executable, flag], capture_output=True, text=True)
    print(flag, done.returncode, bool(re.fullmatch(r"Python 3\.11\.\d+\n", done.stdout)), repr(done.stderr))
done = subprocess.run([sys.executable, "-c", "import sys; print(sys.flags.quiet, sys.flags.optimize)"], capture_output=True, text=True)
print(done.stdout.strip())
done = subprocess.run([sys.executable, "--no-such-option"], capture_output=True, text=True)
print("bad option exit", done.returncode, done.stderr.splitlines()[0].replace(sys.executable, "INTERP"))
