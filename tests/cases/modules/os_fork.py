# os.fork and reaping: waitpid/wait/wait3/wait4, exit codes (normal, non-zero, sys.exit in the
# child, killed by a signal), WNOHANG on a running child, ChildProcessError with no children,
# register_at_fork ordering, execv/execve in a child, and the argument errors.
# Output order is deterministic: stdout is flushed before every fork and the parent prints
# only after reaping the child.
import errno
import os
import sys

SIGKILL = 9
SIGTERM = 15
parent = os.getpid()


def fork():
    sys.stdout.flush()
    return os.fork()


def report(label, status):
    print(label, 'exited:', os.WIFEXITED(status), 'signaled:', os.WIFSIGNALED(status),
          'stopped:', os.WIFSTOPPED(status), 'exitcode:', os.waitstatus_to_exitcode(status))


# A child that exits 0 after printing; fork returns 0 there and the child's pid here.
pid = fork()
if pid == 0:
    print('child: fork returned 0, parent is', 'the starter' if os.getppid() == parent else '?')
    sys.stdout.flush()
    os._exit(0)
waited, status = os.waitpid(pid, 0)
print('parent: pid > 0', pid > 0, 'not mine', pid != os.getpid(), 'waited is pid', waited == pid)
report('zero', status)
print('WEXITSTATUS', os.WEXITSTATUS(status))

# Non-zero exit through os._exit, reaped by os.wait().
pid = fork()
if pid == 0:
    os._exit(3)
waited, status = os.wait()
report('three', status)
print('WEXITSTATUS', os.WEXITSTATUS(status), 'raw status', status, waited == pid)

# sys.exit in the child ends it through normal interpreter shutdown: buffered output is
# flushed and the status is the exit code.
pid = fork()
if pid == 0:
    print('child: leaving through sys.exit(5), unflushed')
    sys.exit(5)
_, status = os.waitpid(pid, 0)
report('sys.exit', status)

# An uncaught exception in the child: status 1. Its traceback goes to stderr, which is sent
# to /dev/null so the expected output does not depend on paths.
pid = fork()
if pid == 0:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    raise RuntimeError('child fails')
_, status = os.waitpid(pid, 0)
report('uncaught', status)

# A child that kills itself with SIGKILL.
pid = fork()
if pid == 0:
    os.kill(os.getpid(), SIGKILL)
    os._exit(0)
_, status = os.waitpid(pid, 0)
report('killed', status)
print('WTERMSIG', os.WTERMSIG(status))

# WNOHANG on a child blocked reading a pipe: (0, 0); then SIGTERM it and reap it.
r, w = os.pipe()
pid = fork()
if pid == 0:
    os.close(w)
    os.read(r, 1)
    os._exit(0)
os.close(r)
print('WNOHANG while running:', os.waitpid(pid, os.WNOHANG))
os.kill(pid, SIGTERM)
_, status = os.waitpid(pid, 0)
os.close(w)
report('terminated', status)
print('WTERMSIG', os.WTERMSIG(status))

# WNOHANG after the child has ended reaps it; the pipe tells us it ended.
r, w = os.pipe()
pid = fork()
if pid == 0:
    os.close(r)
    os._exit(9)
os.close(w)
os.read(r, 1)  # EOF once the child has exited
os.close(r)
while True:
    waited, status = os.waitpid(pid, os.WNOHANG)
    if waited:
        break
report('nohang reaped', status)

# wait3 and wait4 also return the resource usage.
pid = fork()
if pid == 0:
    os._exit(4)
waited, status, usage = os.wait4(pid, 0)
print('wait4:', waited == pid, os.waitstatus_to_exitcode(status), type(usage).__name__,
      len(usage), usage.ru_utime >= 0.0, usage.ru_maxrss >= 0)
pid = fork()
if pid == 0:
    os._exit(6)
waited, status, usage = os.wait3(0)
print('wait3:', waited == pid, os.waitstatus_to_exitcode(status), isinstance(usage.ru_stime, float))

# No children left.
for name, call in [('waitpid(-1, 0)', lambda: os.waitpid(-1, 0)), ('wait()', os.wait),
                   ('wait3(0)', lambda: os.wait3(0)), ('waitpid(WNOHANG)', lambda: os.waitpid(-1, os.WNOHANG)),
                   ('waitpid(own pid)', lambda: os.waitpid(os.getpid(), 0))]:
    try:
        call()
    except ChildProcessError as e:
        print(name, '->', type(e).__name__, e.errno == errno.ECHILD, e)

# register_at_fork: 'before' hooks run newest first, the 'after' hooks oldest first.
events = []
os.register_at_fork(before=lambda: events.append('before 1'),
                    after_in_parent=lambda: events.append('parent 1'),
                    after_in_child=lambda: events.append('child 1'))
os.register_at_fork(before=lambda: events.append('before 2'),
                    after_in_parent=lambda: events.append('parent 2'),
                    after_in_child=lambda: events.append('child 2'))
pid = fork()
if pid == 0:
    print('child events:', events)
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print('parent events:', events)

# exec in a child: the exit code of the new program, a failed exec, and an environment.
pid = fork()
if pid == 0:
    os.execv('/bin/sh', ['sh', '-c', 'exit 12'])
_, status = os.waitpid(pid, 0)
print('execv exit code:', os.waitstatus_to_exitcode(status))
pid = fork()
if pid == 0:
    try:
        os.execv('/nonexistent/program', ['program'])
    except OSError as e:
        print('child: execv failed:', type(e).__name__, e)
        sys.stdout.flush()
    os._exit(2)
_, status = os.waitpid(pid, 0)
print('failed exec exit code:', os.waitstatus_to_exitcode(status))
pid = fork()
if pid == 0:
    os.execve('/bin/sh', ['sh', '-c', 'echo "KRAIT_VAR=$KRAIT_VAR"'], {'KRAIT_VAR': 'set'})
_, status = os.waitpid(pid, 0)
print('execve exit code:', os.waitstatus_to_exitcode(status))

# Wait-status helpers on made-up statuses.
for status in [0, 256, 3 << 8, 9, 15 | 0x80, 0x137f, 0xffff]:
    print(hex(status), os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
          os.WTERMSIG(status), os.WIFSTOPPED(status), os.WSTOPSIG(status),
          os.WCOREDUMP(status), os.WIFCONTINUED(status))
print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED, os.getpgid(0) == os.getpgrp(), os.getsid(0) >= 0)

# Argument errors.
errors = [
    lambda: os.fork(1),
    lambda: os.waitpid(1),
    lambda: os.waitpid(pid=1, options=0),
    lambda: os.wait(1),
    lambda: os.wait3(),
    lambda: os.wait4(1),
    lambda: os.waitstatus_to_exitcode(0x7f),
    lambda: os.waitstatus_to_exitcode(0x137f),
    lambda: os.waitstatus_to_exitcode(-1),
    lambda: os.waitstatus_to_exitcode('x'),
    lambda: os.waitstatus_to_exitcode(status=1 << 40),
    lambda: os.WIFEXITED(),
    lambda: os.WEXITSTATUS(1.5),
    lambda: os._exit(),
    lambda: os.kill(1),
    lambda: os.kill(pid=1, signal=0),
    lambda: os.register_at_fork(),
    lambda: os.register_at_fork(before=None),
    lambda: os.register_at_fork(after_in_child=1),
    lambda: os.register_at_fork(print),
    lambda: os.register_at_fork(foo=print),
    lambda: os.execv('/bin/sh', []),
    lambda: os.execv('/bin/sh', ['']),
    lambda: os.execv('/bin/sh', 'sh'),
    lambda: os.execv('/bin/sh', ['sh', 3]),
    lambda: os.execve('/bin/sh', ['sh'], 3),
    lambda: os.execve('/bin/sh', ['sh'], {'A=B': 'c'}),
    lambda: os.execve('/nonexistent', ['x'], {}),
    lambda: os.getppid(1),
    lambda: os.setsid(1),
    lambda: os.getsid(),
]
for call in errors:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(os.WIFEXITED(status=0), os.waitstatus_to_exitcode(status=3 << 8))
