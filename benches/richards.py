# A Richards-like OO workload: an idle task, a worker, two handlers and two devices exchange
# packets through a priority scheduler (own simplified formulation of the classic benchmark).
WORK, DEVICE = 0, 1


class Packet:
    __slots__ = ("link", "owner", "kind", "datum", "data")

    def __init__(self, owner, kind):
        self.link = None
        self.owner = owner
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]


class Queue:
    """A singly linked packet queue (the original chains packets through their link field)."""

    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def push(self, packet):
        packet.link = None
        if self.tail is None:
            self.head = self.tail = packet
        else:
            self.tail.link = packet
            self.tail = packet
        self.size += 1

    def pop(self):
        packet = self.head
        self.head = packet.link
        if self.head is None:
            self.tail = None
        self.size -= 1
        return packet


class Task:
    def __init__(self, scheduler, ident, priority):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.inbox = Queue()
        self.held = False
        self.runs = 0

    def runnable(self):
        return not self.held and self.inbox.size > 0

    def send(self, packet, ident):
        packet.owner = self.ident
        self.scheduler.tasks[ident].inbox.push(packet)


class IdleTask(Task):
    def __init__(self, scheduler, ident, count):
        super().__init__(scheduler, ident, 0)
        self.count = count
        self.control = 1

    def runnable(self):
        return True

    def run(self):
        self.count -= 1
        if self.count == 0:
            self.scheduler.stopped = True
            return
        if self.control & 1:
            self.control = (self.control >> 1) ^ 0xD008
            self.scheduler.release("devB")
        else:
            self.control >>= 1
            self.scheduler.release("devA")


class WorkerTask(Task):
    def __init__(self, scheduler, ident):
        super().__init__(scheduler, ident, 1000)
        self.destination = "handlerA"
        self.count = 0

    def run(self):
        packet = self.inbox.pop()
        self.destination = "handlerB" if self.destination == "handlerA" else "handlerA"
        packet.datum = 0
        for i in range(4):
            self.count = self.count + 1 if self.count < 26 else 1
            packet.data[i] = 64 + self.count
        self.send(packet, self.destination)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, device):
        super().__init__(scheduler, ident, priority)
        self.device = device
        self.work = Queue()
        self.devices = Queue()

    def runnable(self):
        return self.inbox.size > 0 or (self.work.size > 0 and self.devices.size > 0)

    def run(self):
        while self.inbox.size:
            packet = self.inbox.pop()
            (self.work if packet.kind == WORK else self.devices).push(packet)
        if self.work.size and self.devices.size:
            work = self.work.head
            if work.datum >= 4:
                self.send(self.work.pop(), "worker")
                return
            device = self.devices.pop()
            device.datum = work.data[work.datum]
            work.datum += 1
            self.send(device, self.device)


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, handler):
        super().__init__(scheduler, ident, priority)
        self.handler = handler
        self.output = 0

    def run(self):
        packet = self.inbox.pop()
        self.output = (self.output * 31 + packet.datum) & 0xFFFFFF
        self.held = True
        self.send(packet, self.handler)


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.stopped = False
        self.switches = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def release(self, ident):
        self.tasks[ident].held = False

    def run(self):
        while not self.stopped:
            for task in self.order:
                if task.runnable():
                    task.runs += 1
                    self.switches += 1
                    task.run()
                    break


def run_once(idle_count):
    s = Scheduler()
    s.add(IdleTask(s, "idle", idle_count))
    s.add(WorkerTask(s, "worker"))
    s.add(HandlerTask(s, "handlerA", 2000, "devA"))
    s.add(HandlerTask(s, "handlerB", 3000, "devB"))
    s.add(DeviceTask(s, "devA", 4000, "handlerA"))
    s.add(DeviceTask(s, "devB", 5000, "handlerB"))
    for _ in range(2):
        s.tasks["worker"].inbox.push(Packet("idle", WORK))
    for handler in ("handlerA", "handlerB"):
        for _ in range(3):
            s.tasks[handler].inbox.push(Packet("idle", DEVICE))
    s.run()
    return s.switches, sum(t.runs for t in s.order), s.tasks["devA"].output ^ s.tasks["devB"].output


def main():
    totals = [0, 0, 0]
    for i in range(20):
        result = run_once(20000 + i)
        for k in range(3):
            totals[k] += result[k]
    print("switches", totals[0], "runs", totals[1], "output", totals[2])


main()
