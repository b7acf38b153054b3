import signal

# A test runner started in the background may hand SIGINT down as ignored; install the
# default Python handler explicitly.
signal.signal(signal.SIGINT, signal.default_int_handler)

print(signal.SIGINT, repr(signal.SIGINT), repr(signal.SIG_IGN), repr(signal.SIG_UNBLOCK))
print(signal.getsignal(signal.SIGINT))
print(signal.getsignal(signal.SIGUSR1), repr(signal.getsignal(signal.SIGUSR1)))
print(len(signal.Signals.__members__), signal.Signals(15), signal.Signals["SIGKILL"].value)
print(signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGINT))
print(signal.SIGCHLD in signal.valid_signals(), signal.SIGKILL in signal.valid_signals())


def handler(signum, frame):
    print("handler got", signal.Signals(signum).name, frame is not None)


old = signal.signal(signal.SIGUSR1, handler)
print(repr(old), signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(handler))
signal.raise_signal(signal.SIGUSR1)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
for args in [(signal.SIGKILL, signal.SIG_IGN), (99, handler), (0, handler), (signal.SIGUSR1, 7), (signal.SIGUSR1, "x")]:
    try:
        signal.signal(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
print(signal.alarm(0))
blocked = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
print(blocked, signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2]))
print(signal.default_int_handler.__module__ if hasattr(signal.default_int_handler, "__module__") else None)
