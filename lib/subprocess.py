"""Start child processes, talk to them through pipes and collect their exit status.

Krait's implementation for POSIX: the child is made with os.fork() and finishes its set-up
(standard streams, working directory, signals, descriptors) in Python before os.execve().
A close-on-exec "report" pipe tells the parent whether the exec happened; when it did not,
the child writes the failure there and leaves with os._exit(), so it never runs the parent's
atexit handlers nor flushes the parent's buffers. With no select() available,
communicate() moves data with one helper thread per pipe.
"""

import errno
import os
import sys
import threading
import time
import types

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_mswindows = False
_SHELL = '/system/bin/sh' if hasattr(sys, 'getandroidapilevel') else '/bin/sh'
_CHUNK = 65536


# ----- exceptions and results -----

class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """A checked child exited with a non-zero status (or was killed by a signal).

    returncode, cmd, output (alias stdout) and stderr describe the run.
    """

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            import signal
            try:
                name = signal.Signals(-code)
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
            return "Command '%s' died with %r." % (self.cmd, name)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)

    @property
    def stdout(self):
        """The same object as output."""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """A wait on a child lasted longer than its timeout.

    cmd, timeout, output (alias stdout) and stderr describe the run.
    """

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    """What run() returns: args, returncode, and the captured stdout/stderr (or None)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        fields = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        for name in ('stdout', 'stderr'):
            value = getattr(self, name)
            if value is not None:
                fields.append('{}={!r}'.format(name, value))
        return '{}({})'.format(type(self).__name__, ', '.join(fields))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError unless the exit status is 0."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# ----- convenience functions -----

def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it, and return its exit status."""
    with Popen(*popenargs, **kwargs) as proc:
        try:
            return proc.wait(timeout=timeout)
        except:
            proc.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but raise CalledProcessError for a non-zero status; returns 0."""
    status = call(*popenargs, **kwargs)
    if status:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(status, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its standard output; non-zero status raises."""
    for forbidden in ('stdout', 'check'):
        if forbidden in kwargs:
            raise ValueError(f'{forbidden} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        textual = any(kwargs.get(k) for k in ('universal_newlines', 'text', 'encoding', 'errors'))
        kwargs['input'] = '' if textual else b''
    done = run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs)
    return done.stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command to completion and return a CompletedProcess.

    input is sent to its stdin, capture_output pipes stdout and stderr, timeout kills the
    child and raises TimeoutExpired, check=True raises CalledProcessError on failure.
    """
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with '
                             'capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as proc:
        try:
            out, err = proc.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # The exception already holds what was read before the deadline.
            proc.kill()
            proc.wait()
            raise
        except:
            proc.kill()
            raise
        status = proc.poll()
        if check and status:
            raise CalledProcessError(status, proc.args, output=out, stderr=err)
    return CompletedProcess(proc.args, status, out, err)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run cmd in the shell; return (exit status, output with stderr merged, minus one
    trailing newline)."""
    try:
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as failed:
        text = failed.output
        status = failed.returncode
    if text.endswith('\n'):
        text = text[:-1]
    return status, text


def getoutput(cmd, *, encoding=None, errors=None):
    """The output part of getstatusoutput(cmd)."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Join arguments into one command line quoted as the MS C runtime parses it."""
    words = []
    for arg in map(os.fsdecode, seq):
        quoted = not arg or ' ' in arg or '\t' in arg
        pieces = []
        slashes = 0
        for ch in arg:
            if ch == '\\':
                slashes += 1
                continue
            if ch == '"':
                # Backslashes before a quote are escaped, and so is the quote.
                pieces.append('\\' * (2 * slashes + 1))
            elif slashes:
                pieces.append('\\' * slashes)
            pieces.append(ch)
            slashes = 0
        if slashes:
            # Trailing backslashes are doubled when a closing quote follows them.
            pieces.append('\\' * (2 * slashes if quoted else slashes))
        word = ''.join(pieces)
        words.append('"' + word + '"' if quoted else word)
    return ' '.join(words)


# ----- reaping children whose Popen was dropped while they ran -----

_active = []


def _cleanup():
    for pid in _active[:]:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            done = pid
        if done == pid:
            _active.remove(pid)


def _exit_code(status):
    if os.WIFSTOPPED(status):
        return -os.WSTOPSIG(status)
    return os.waitstatus_to_exitcode(status)


def _text_encoding():
    import io
    return getattr(io, '_LOCALE_ENCODING', None) or 'utf-8'


def _as_bytes_arg(value):
    raw = os.fsencode(value)
    if b'\0' in raw:
        raise ValueError('embedded null byte')
    return raw


# ----- what the child does between fork and exec -----

def _lift(fd):
    """A close-on-exec duplicate of fd numbered 3 or above."""
    low = []
    copy = os.dup(fd)
    while copy < 3:
        low.append(copy)
        copy = os.dup(fd)
    for spare in low:
        os.close(spare)
    return copy


def _open_fds():
    try:
        return [int(name) for name in os.listdir('/proc/self/fd')]
    except OSError:
        return None


def _close_all_but(keep):
    found = _open_fds()
    if found is None:
        lo = 3
        for fd in sorted(keep) + [65536]:
            if fd >= lo:
                os.closerange(lo, fd)
                lo = fd + 1
        return
    for fd in found:
        if fd > 2 and fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass


def _child_main(plan, report_fd):
    """Runs in the forked child: set up, exec, or report on report_fd why not. Never returns."""
    progress = ['setup']
    try:
        try:
            code = _setup_and_exec(plan, report_fd, progress)
            message = 'OSError:%d:exec' % code
        except OSError as exc:
            if progress[0] == 'preexec':
                message = 'SubprocessError:0:preexec'
            else:
                message = 'OSError:%d:%s' % (exc.errno or 0, progress[0])
        except BaseException:
            message = 'SubprocessError:0:%s' % progress[0]
        os.write(report_fd, message.encode('ascii'))
    finally:
        os._exit(255)


def _setup_and_exec(plan, report_fd, progress):
    """The child's side of the plan; returns the errno of the failed exec."""
    # Duplicate every source above 2 first so that placing one stream cannot overwrite
    # the source of another.
    moves = [(_lift(src), dst) for src, dst in plan['streams'] if src != dst]
    for src, dst in moves:
        os.dup2(src, dst)
    for src, dst in plan['streams']:
        if src == dst:
            os.set_inheritable(dst, True)
    if plan['cwd'] is not None:
        os.chdir(plan['cwd'])
    if plan['umask'] >= 0:
        os.umask(plan['umask'])
    # No imports here: another thread of the parent may have held the import lock at fork.
    set_handler, default = plan['signal_api']
    for signum in plan['restore']:
        try:
            set_handler(signum, default)
        except ValueError:
            pass
    if plan['new_session']:
        os.setsid()
    if plan['pgroup'] >= 0:
        os.setpgid(0, plan['pgroup'])
    if plan['preexec'] is not None:
        progress[0] = 'preexec'
        plan['preexec']()
        progress[0] = 'setup'
    if plan['close_fds']:
        _close_all_but(set(plan['pass_fds']) | {report_fd})
    for fd in plan['pass_fds']:
        os.set_inheritable(fd, True)
    progress[0] = 'exec'
    first_error = last_error = None
    argv, env = plan['argv'], plan['env']
    for path in plan['candidates']:
        try:
            if env is None:
                os.execv(path, argv)
            else:
                os.execve(path, argv, env)
        except OSError as exc:
            last_error = exc.errno
            # A missing file or directory lets the search go on; anything else is the
            # answer unless a later candidate runs.
            if first_error is None and exc.errno not in (errno.ENOENT, errno.ENOTDIR):
                first_error = exc.errno
    return first_error or last_error or errno.ENOENT


# ----- Popen -----

class Popen:
    """A child process running a program, with optional pipes to its standard streams.

    stdin, stdout and stderr are None (inherit), PIPE, DEVNULL, STDOUT (stderr only), a
    descriptor or a file object; the pipes the parent keeps are the attributes of the same
    names, text streams when text/universal_newlines/encoding/errors ask for text.
    """

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        _cleanup()
        self._child_created = False
        self._input = None
        self._communication_started = False
        self._helpers = None
        self._waitpid_lock = threading.Lock()
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")

        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = _text_encoding()
        line_buffering = False
        if self.text_mode and bufsize == 1:
            line_buffering = True
            bufsize = -1

        if process_group is None:
            process_group = -1
        if user is not None or group is not None or extra_groups is not None:
            raise NotImplementedError("user, group and extra_groups are not supported by Krait")
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True

        self._devnull = None
        ours, theirs, child_ends = self._plumbing(stdin, stdout, stderr)
        try:
            import io
            for name, fd, mode in zip(('stdin', 'stdout', 'stderr'), ours, ('wb', 'rb', 'rb')):
                if fd == -1:
                    continue
                stream = io.open(fd, mode, bufsize)
                if self.text_mode:
                    if mode == 'wb':
                        stream = io.TextIOWrapper(stream, write_through=True,
                                                  line_buffering=line_buffering,
                                                  encoding=encoding, errors=errors)
                    else:
                        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
                setattr(self, name, stream)
            self._spawn(args, executable, preexec_fn, close_fds, tuple(pass_fds), cwd, env,
                        shell, theirs, child_ends, restore_signals, umask,
                        start_new_session, process_group)
        except:
            for stream in (self.stdin, self.stdout, self.stderr):
                if stream is not None:
                    try:
                        stream.close()
                    except OSError:
                        pass
            for name, fd in zip(('stdin', 'stdout', 'stderr'), ours):
                if fd != -1 and getattr(self, name) is None:
                    _quiet_close(fd)
            if not self._child_created:
                for fd in child_ends:
                    _quiet_close(fd)
                if self._devnull is not None:
                    _quiet_close(self._devnull)
                    self._devnull = None
            raise

    # -- descriptors --

    def _null_fd(self):
        if self._devnull is None:
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    def _plumbing(self, stdin, stdout, stderr):
        """Return (parent fds, child fds, child fds made here) for the three streams."""
        ours = [-1, -1, -1]
        theirs = [-1, -1, -1]
        made = []
        for index, spec in enumerate((stdin, stdout, stderr)):
            if spec is None:
                continue
            if index == 2 and spec == STDOUT:
                theirs[2] = theirs[1] if theirs[1] != -1 else sys.__stdout__.fileno()
            elif spec == PIPE:
                read_end, write_end = os.pipe()
                if index == 0:
                    theirs[0], ours[0] = read_end, write_end
                else:
                    theirs[index], ours[index] = write_end, read_end
                made.append(theirs[index])
            elif spec == DEVNULL:
                theirs[index] = self._null_fd()
            elif isinstance(spec, int):
                theirs[index] = spec
            else:
                theirs[index] = spec.fileno()
        return ours, theirs, made

    # -- starting the child --

    def _spawn(self, args, executable, preexec_fn, close_fds, pass_fds, cwd, env, shell,
               theirs, child_ends, restore_signals, umask, start_new_session,
               process_group):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = [_SHELL, '-c'] + args
            if executable:
                args[0] = executable
        program = args[0] if executable is None else executable
        if hasattr(sys, 'audit'):
            sys.audit("subprocess.Popen", program, args, cwd, env)

        argv = [_as_bytes_arg(a) for a in args]
        if env is None:
            child_env = None
        else:
            child_env = {}
            for key, value in env.items():
                key = _as_bytes_arg(key)
                if b'=' in key:
                    raise ValueError("illegal environment variable name")
                child_env[key] = _as_bytes_arg(value)
        program_b = _as_bytes_arg(program)
        if os.path.dirname(program_b):
            candidates = [program_b]
        else:
            candidates = [os.path.join(os.fsencode(d), program_b)
                          for d in os.get_exec_path(env)]
        import signal
        restore = []
        if restore_signals:
            restore = [getattr(signal, n) for n in ('SIGPIPE', 'SIGXFZ', 'SIGXFSZ')
                       if hasattr(signal, n)]
        plan = {
            'streams': [(fd, target) for target, fd in enumerate(theirs) if fd != -1],
            'cwd': None if cwd is None else os.fsencode(cwd),
            'umask': umask,
            'restore': restore,
            'signal_api': (signal.signal, signal.SIG_DFL),
            'new_session': start_new_session,
            'pgroup': process_group,
            'preexec': preexec_fn,
            'close_fds': close_fds,
            'pass_fds': sorted(set(pass_fds)),
            'argv': argv,
            'env': child_env,
            'candidates': candidates,
        }

        report_read, report_write = os.pipe()
        report_write = _lift_parent(report_write)
        try:
            try:
                pid = os.fork()
                if pid == 0:
                    _child_main(plan, report_write)
                self.pid = pid
                self._child_created = True
            finally:
                os.close(report_write)
                if self._child_created:
                    for fd in child_ends:
                        _quiet_close(fd)
                    if self._devnull is not None:
                        _quiet_close(self._devnull)
                        self._devnull = None
            report = bytearray()
            while len(report) < 50000:
                piece = os.read(report_read, 50000)
                if not piece:
                    break
                report += piece
        finally:
            os.close(report_read)
        if report:
            self._reap_failed_child()
            self._raise_child_failure(bytes(report), program, cwd)

    def _reap_failed_child(self):
        try:
            pid, status = os.waitpid(self.pid, 0)
            if pid == self.pid:
                self._set_status(status)
            else:
                self.returncode = sys.maxsize
        except ChildProcessError:
            pass

    def _raise_child_failure(self, report, program, cwd):
        try:
            kind, code, stage = report.decode('ascii').split(':', 2)
            code = int(code)
        except ValueError:
            raise SubprocessError('Bad exception data from child: %r' % report) from None
        if kind != 'OSError':
            if stage == 'preexec':
                raise SubprocessError('Exception occurred in preexec_fn.')
            raise SubprocessError('Exception occurred in the child before exec.')
        message = os.strerror(code) if code else ''
        raise OSError(code, message, program if stage == 'exec' else cwd)

    # -- status --

    def _set_status(self, status):
        self.returncode = _exit_code(status)

    def poll(self):
        """Return the exit status if the child has ended, else None."""
        if self.returncode is None and self._child_created:
            if not self._waitpid_lock.acquire(False):
                return None
            try:
                if self.returncode is not None:
                    return self.returncode
                try:
                    pid, status = os.waitpid(self.pid, os.WNOHANG)
                except ChildProcessError:
                    # SIGCHLD ignored or the child reaped elsewhere: the status is lost.
                    self.returncode = 0
                else:
                    if pid == self.pid:
                        self._set_status(status)
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def _blocking_wait(self):
        with self._waitpid_lock:
            while self.returncode is None:
                try:
                    pid, status = os.waitpid(self.pid, 0)
                except ChildProcessError:
                    self.returncode = 0
                    break
                if pid == self.pid:
                    self._set_status(status)

    def wait(self, timeout=None):
        """Wait for the child to end and return its exit status.

        With a timeout (seconds), raise TimeoutExpired if it is still running then.
        """
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            self._blocking_wait()
            return self.returncode
        deadline = time.monotonic() + timeout
        pause = 0.0005
        while True:
            if self.poll() is not None:
                return self.returncode
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            pause = min(pause * 2, left, 0.05)
            time.sleep(pause)

    def send_signal(self, sig):
        """Send signal sig to the child unless it has already been reaped."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Send SIGTERM to the child."""
        import signal
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Send SIGKILL to the child."""
        import signal
        self.send_signal(signal.SIGKILL)

    # -- talking to the child --

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout and stderr to their end, and wait for the child.

        Returns (stdout_data, stderr_data); a stream that is not a pipe gives None. With a
        timeout, TimeoutExpired is raised and a later call picks up where this one stopped.
        """
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        pipes = [s for s in (self.stdin, self.stdout, self.stderr) if s is not None]
        if timeout is None and not self._communication_started and len(pipes) < 2:
            out = err = None
            if self.stdin is not None:
                self._write_and_close_stdin(input)
            elif self.stdout is not None:
                out = self.stdout.read()
                self.stdout.close()
            elif self.stderr is not None:
                err = self.stderr.read()
                self.stderr.close()
            self.wait()
            return out, err

        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            out, err = self._exchange(input, deadline, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=None if deadline is None else max(deadline - time.monotonic(), 0))
        return out, err

    def _write_and_close_stdin(self, data):
        if data:
            try:
                self.stdin.write(data)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def _exchange(self, input, deadline, timeout):
        if self._helpers is None:
            self._helpers = self._start_helpers(input)
        threads, chunks = self._helpers
        for thread in threads:
            thread.join(None if deadline is None else max(deadline - time.monotonic(), 0))
            if thread.is_alive():
                out = chunks.get('stdout')
                err = chunks.get('stderr')
                raise TimeoutExpired(self.args, timeout,
                                     output=b''.join(out) if out else None,
                                     stderr=b''.join(err) if err else None)
        results = []
        for name in ('stdout', 'stderr'):
            stream = getattr(self, name)
            if stream is None:
                results.append(None)
                continue
            data = b''.join(chunks[name])
            if self.text_mode:
                data = data.decode(stream.encoding, stream.errors)
                data = data.replace('\r\n', '\n').replace('\r', '\n')
            stream.close()
            results.append(data)
        return tuple(results)

    def _start_helpers(self, input):
        """Start the threads that feed stdin and drain stdout/stderr.

        Each thread works on its own duplicate of the descriptor, so closing the file
        objects here can never pull a descriptor out from under it.
        """
        threads = []
        chunks = {}
        if self.stdin is not None:
            payload = None
            if input:
                if self.text_mode:
                    input = input.encode(self.stdin.encoding, self.stdin.errors)
                payload = memoryview(input).cast('B')
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if payload is not None and len(payload):
                fd = os.dup(self.stdin.fileno())
                threads.append(threading.Thread(target=_feed, args=(fd, payload),
                                                name='subprocess stdin', daemon=True))
            try:
                self.stdin.close()
            except BrokenPipeError:
                pass
        for name in ('stdout', 'stderr'):
            stream = getattr(self, name)
            if stream is None:
                continue
            sink = chunks[name] = []
            if stream.closed:
                continue
            fd = os.dup(stream.fileno())
            threads.append(threading.Thread(target=_drain, args=(fd, sink),
                                            name='subprocess ' + name, daemon=True))
        for thread in threads:
            thread.start()
        return threads, chunks

    # -- context manager, repr, finalization --

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout is not None:
            self.stdout.close()
        if self.stderr is not None:
            self.stderr.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            self.wait()

    def __repr__(self):
        text = f"<{type(self).__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(text) > 80:
            text = text[:76] + "...>"
        return text

    def __del__(self):
        if not self._child_created or self.returncode is not None:
            return
        try:
            if self.poll() is None:
                import warnings
                warnings.warn("subprocess %s is still running" % self.pid,
                              ResourceWarning, source=self)
                _active.append(self.pid)
        except Exception:
            pass

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)


def _quiet_close(fd):
    try:
        os.close(fd)
    except OSError:
        pass


def _lift_parent(fd):
    """Keep the report pipe's write end off 0-2, where the child's streams go."""
    if fd > 2:
        return fd
    moved = _lift(fd)
    os.close(fd)
    return moved


def _feed(fd, payload):
    """Thread body: write payload to fd, stopping quietly if the reader went away."""
    try:
        done = 0
        while done < len(payload):
            done += os.write(fd, payload[done:done + _CHUNK])
    except (BrokenPipeError, OSError):
        pass
    finally:
        os.close(fd)


def _drain(fd, sink):
    """Thread body: read fd to end of file, appending the pieces to sink."""
    try:
        while True:
            piece = os.read(fd, _CHUNK)
            if not piece:
                break
            sink.append(piece)
    except OSError:
        pass
    finally:
        os.close(fd)
