# subprocess pipe objects: buffering modes, pipelines between children, the parent's own streams.
import io
import subprocess
import sys

PY = sys.executable

print("parent line", flush=True)
subprocess.run([PY, "-c", "print('child writes to the inherited stdout')"])
subprocess.run([PY, "-c", "print('child given sys.stdout')"], stdout=sys.stdout)
subprocess.run([PY, "-c", "import sys; print('child stderr sent to stdout', file=sys.stderr)"], stderr=sys.stdout)
subprocess.run("echo from the shell; echo shell err 1>&2", shell=True, stderr=subprocess.STDOUT)
sys.stdout.flush()

# a pipeline: the first child's stdout feeds the second child's stdin
first = subprocess.Popen(["printf", "pear\\napple\\nfig\\n"], stdout=subprocess.PIPE)
second = subprocess.Popen(["sort"], stdin=first.stdout, stdout=subprocess.PIPE, text=True)
first.stdout.close()
print(repr(second.communicate()[0]), first.wait(), second.returncode)

# three stages with Python children
stage1 = subprocess.Popen([PY, "-c", "for i in range(5): print(i)"], stdout=subprocess.PIPE)
stage2 = subprocess.Popen([PY, "-c", "import sys\nfor line in sys.stdin: print(int(line) ** 2)"],
                          stdin=stage1.stdout, stdout=subprocess.PIPE)
stage3 = subprocess.Popen([PY, "-c", "import sys; print(sum(int(x) for x in sys.stdin))"],
                          stdin=stage2.stdout, stdout=subprocess.PIPE, text=True)
stage1.stdout.close()
stage2.stdout.close()
print(stage3.communicate(), stage1.wait(), stage2.wait())

# bufsize: 0 gives raw files, 1 line buffering in text mode, default buffered
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
print(type(p.stdin).__name__, type(p.stdout).__name__)
p.stdin.write(b"raw bytes\n")
print(p.stdout.read(10))
p.stdin.close()
print(p.stdout.read(), p.wait())
p.stdout.close()

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
print(p.stdin.line_buffering, isinstance(p.stdin, io.TextIOWrapper))
p.stdin.write("sent at the newline\n")
print(repr(p.stdout.readline()))
p.stdin.close()
p.wait()
p.stdout.close()

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(type(p.stdin).__name__, type(p.stdout).__name__)
p.stdin.write(b"held in the buffer\n")
p.stdin.flush()
print(p.stdout.readline())
p.stdin.close()
p.wait()
p.stdout.close()

# reading stdout line by line while the child is still producing
p = subprocess.Popen([PY, "-u", "-c", "import time\nfor i in range(3):\n    print('tick', i)\n    time.sleep(0.05)"],
                     stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print("got", line.rstrip())
p.stdout.close()
print(p.wait())

# text mode with a different encoding both ways
done = subprocess.run([PY, "-c", "import os; print(list(os.read(0, 100)))"],
                      input="\u00e9\u00e8", capture_output=True, encoding="latin-1")
print(done.stdout.strip(), done.stderr)
done = subprocess.run(["cat"], input="\u00e9\u00e8", capture_output=True, encoding="utf-16-le")
print(repr(done.stdout))
done = subprocess.run(["cat"], input="\u20ac", capture_output=True, encoding="ascii", errors="replace")
print(repr(done.stdout))
