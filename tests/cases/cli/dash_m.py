# krait -m MODULE args: runs as __main__, sys.argv[0] is the module's path, packages run __main__.py, errors.
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))


def run(*args, cwd=None):
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd)
    out = done.stdout.replace(sys.executable, "INTERP")
    err = done.stderr.replace(sys.executable, "INTERP").replace(here + os.sep, "")
    print(f"exit {done.returncode}")
    print(out, end="")
    print(err, end="")


run("-m", "greet", "x", "--flag", cwd=os.path.join(here, "climod"))
run("-m", "climod.greet", "y")
run("-m", "apppkg", "1", "2", cwd=os.path.join(here, "climod"))
run("-m", "no_such_module_here")
run("-m", "climod.helper_on_path")
done = subprocess.run([sys.executable, "-m", "json.tool", "--sort-keys"], input='{"b": 1, "a": [1, 2]}', capture_output=True, text=True)
print(done.returncode, done.stdout, end="")
