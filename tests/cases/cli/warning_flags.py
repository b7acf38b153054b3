# -W options: default (once per location), error, ignore, and PYTHONWARNINGS.
import os
import subprocess
import sys

code = "import warnings\nfor i in range(2):\n    warnings.warn('careful', UserWarning)\nprint('finished')"
base = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
for args, env in [([], {}), (["-W", "error"], {}), (["-W", "ignore"], {}), (["-W", "always"], {}), ([], {"PYTHONWARNINGS": "error"}),
                  (["-W", "ignore::DeprecationWarning"], {})]:
    done = subprocess.run([sys.executable, *args, "-c", code], capture_output=True, text=True, env=dict(base, **env))
    err = done.stderr.strip().splitlines()
    print(args, env, done.returncode, repr(done.stdout), err[-1] if err else "", len(err))
