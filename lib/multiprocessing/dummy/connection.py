"""multiprocessing.connection's interface over in-process queues."""

__all__ = ['Client', 'Listener', 'Pipe']

import time
from queue import Queue, Empty

families = [None]


class Connection(object):
    """One end of a pipe: send() feeds the peer's inbox, recv() reads ours."""

    def __init__(self, _in, _out):
        self._in = _in
        self._out = _out
        self._early = []
        self.send = self.send_bytes = _out.put

    def recv(self):
        if self._early:
            return self._early.pop(0)
        return self._in.get()

    recv_bytes = recv

    def poll(self, timeout=0.0):
        """True when recv() would not block, waiting up to `timeout`."""
        if self._early:
            return True
        try:
            if timeout is None:
                item = self._in.get()
            elif timeout <= 0:
                item = self._in.get_nowait()
            else:
                item = self._in.get(timeout=timeout)
        except Empty:
            return False
        self._early.append(item)
        return True

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    one, two = Queue(), Queue()
    return Connection(one, two), Connection(two, one)


class Listener(object):
    """Accepts Client() connections; its address is the queue they use."""

    def __init__(self, address=None, family=None, backlog=1):
        self._requests = Queue(backlog)

    def accept(self):
        return Connection(*self._requests.get())

    def close(self):
        self._requests = None

    @property
    def address(self):
        return self._requests

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address):
    inbox, outbox = Queue(), Queue()
    address.put((outbox, inbox))
    return Connection(inbox, outbox)
