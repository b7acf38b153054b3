# Megabytes through subprocess pipes in both directions at once, without deadlock.
import hashlib
import subprocess
import sys

PY = sys.executable
MB = 1 << 20

data = bytes(range(256)) * (MB // 256)
digest = hashlib.sha256(data).hexdigest()[:16]

# cat echoes as it reads: neither side can finish writing before the other reads
done = subprocess.run(["cat"], input=data, capture_output=True)
print(len(done.stdout), done.stdout == data, done.stderr)

# a Python child echoing stdin to stdout and stderr: three pipes busy at once
echo = ("import os\n"
        "chunks = []\n"
        "while True:\n"
        "    b = os.read(0, 65536)\n"
        "    if not b:\n"
        "        break\n"
        "    chunks.append(b)\n"
        "    os.write(2, b[::-1])\n"
        "body = b''.join(chunks)\n"
        "view = memoryview(body)\n"
        "while view:\n"
        "    view = view[os.write(1, view):]\n")
p = subprocess.Popen([PY, "-c", echo], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(data)
print(p.returncode, len(out), out == data, len(err), hashlib.sha256(out).hexdigest()[:16] == digest)

# output far larger than a pipe buffer, with nothing written to stdin
big = subprocess.run([PY, "-c", "import os\nline = b'x' * 1023 + b'\\n'\nfor i in range(2048):\n    os.write(1, line)"],
                     stdout=subprocess.PIPE)
print(len(big.stdout), big.stdout.count(b"\n"))

# the same in text mode, with CRLF line ends translated
text_out = subprocess.run([PY, "-c", "import os\nfor i in range(50000):\n    os.write(1, b'line %d\\r\\n' % i)"],
                          capture_output=True, text=True).stdout
lines = text_out.split("\n")
print(len(text_out), len(lines), lines[0], lines[-2], "\r" in text_out)

# text input of a megabyte, with a multi-byte character
text_in = "\u00e9" * (MB // 2)
done = subprocess.run([PY, "-c", "import sys; t = sys.stdin.read(); print(len(t), t.count(\"\\u00e9\"), t[-2:])"],
                      input=text_in, capture_output=True, text=True, encoding="utf-8")
print(done.stdout, end="")

# a child that exits without reading its input: the rest is dropped without an error
done = subprocess.run([PY, "-c", "import os; os.read(0, 10); print('read ten')"], input=data, capture_output=True)
print(done.returncode, done.stdout)
done = subprocess.run(["true"], input=data)
print(done.returncode)

# a big input through stdin with the timeout path (threads) and no output pipes
p = subprocess.Popen(["wc", "-c"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(data * 2, timeout=60)[0].split())
