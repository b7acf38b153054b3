# subprocess with sys.executable: run with capture, check, input, returncode, CalledProcessError, Popen.communicate.
import subprocess
import sys

done = subprocess.run([sys.executable, "-c", "print('child says hi')"], capture_output=True, text=True)
print(done.returncode, repr(done.stdout), repr(done.stderr), type(done).__name__, done.args[1:])
done = subprocess.run([sys.executable, "-c", "import sys; sys.stdout.write(sys.stdin.read()[::-1])"], input="abc", capture_output=True, text=True)
print(repr(done.stdout))
out = subprocess.check_output([sys.executable, "-c", "print(6 * 7)"])
print(out, out.decode().strip())
try:
    subprocess.run([sys.executable, "-c", "import sys; sys.exit(3)"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, str(e).replace(sys.executable, "INTERP"))
p = subprocess.Popen([sys.executable, "-c", "import sys; print(sys.stdin.readline().upper(), end=''); sys.exit(2)"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
stdout, stderr = p.communicate("popen line\n")
print(repr(stdout), stderr, p.returncode, p.wait())
done = subprocess.run([sys.executable, "-c", "import sys; print('err', file=sys.stderr)"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(done.stdout)
try:
    subprocess.run([sys.executable, "-c", "import time; time.sleep(5)"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", 0 < e.timeout <= 0.2)
try:
    subprocess.run(["/nonexistent/program"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
print(subprocess.run("echo shell $((1+2))", shell=True, capture_output=True, text=True).stdout, end="")
print(subprocess.DEVNULL, subprocess.PIPE, subprocess.STDOUT)
