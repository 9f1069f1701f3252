# A Richards-style operating-system simulation: a scheduler runs six tasks
# (an idle task, a worker, two handlers, two devices) that pass packets to
# each other through queues. Object-heavy: attribute access, method calls,
# small classes with subclasses.

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5

KIND_DEVICE = 0
KIND_WORK = 1

DATA_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        """Puts this packet at the end of `queue`; returns the new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.link = None
        self.packet_pending = queue is not None
        self.waiting = False
        self.held = False

    def is_blocked(self):
        return self.held or (self.waiting and not self.packet_pending)

    def take_packet(self):
        """A waiting task with a packet in its queue gets the first one."""
        if self.waiting and self.packet_pending:
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.waiting = False
            return packet
        return None

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, count):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.seed = 1
        self.count = count

    def run(self, packet):
        s = self.scheduler
        self.count -= 1
        if self.count == 0:
            return s.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return s.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        s = self.scheduler
        if packet is None:
            return s.wait_current()
        if self.destination == HANDLER_A:
            self.destination = HANDLER_B
        else:
            self.destination = HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return s.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        s = self.scheduler
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            index = work.datum
            if index >= DATA_SIZE:
                self.work = work.link
                return s.send(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.datum = work.data[index]
                work.datum = index + 1
                return s.send(device)
        return s.wait_current()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.pending = None

    def run(self, packet):
        s = self.scheduler
        if packet is None:
            pending = self.pending
            if pending is None:
                return s.wait_current()
            self.pending = None
            return s.send(pending)
        self.pending = packet
        s.output(packet.datum)
        return s.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.head = None
        self.current = None
        self.sent = 0
        self.holds = 0
        self.output_sum = 0
        self.output_count = 0

    def add(self, task, waiting, held):
        task.waiting = waiting
        task.held = held
        self.tasks[task.ident] = task
        # Keep the list ordered by priority, highest first.
        if self.head is None or task.priority > self.head.priority:
            task.link = self.head
            self.head = task
            return
        t = self.head
        while t.link is not None and t.link.priority >= task.priority:
            t = t.link
        task.link = t.link
        t.link = task

    def run(self):
        task = self.head
        while task is not None:
            if task.is_blocked():
                task = task.link
            else:
                self.current = task
                task = task.run(task.take_packet())

    # Operations the tasks ask for; each returns the task to run next.

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def hold_current(self):
        self.holds += 1
        self.current.held = True
        return self.current.link

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.tasks[packet.ident]
        self.sent += 1
        packet.ident = self.current.ident
        target.queue = packet.append_to(target.queue)
        if not target.packet_pending:
            target.packet_pending = True
            if target.priority > self.current.priority:
                return target
        return self.current

    def output(self, value):
        self.output_count += 1
        self.output_sum = (self.output_sum * 31 + value) & 0xFFFFFFFF


def simulate(count):
    s = Scheduler()
    s.add(IdleTask(s, IDLE, 0, None, count), False, False)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    s.add(WorkerTask(s, WORKER, 1000, work), True, False)
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000),
                                      (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, KIND_DEVICE)
        s.add(HandlerTask(s, handler, priority, queue), True, False)
    s.add(DeviceTask(s, DEVICE_A, 4000, None), True, False)
    s.add(DeviceTask(s, DEVICE_B, 5000, None), True, False)
    s.run()
    return s.sent, s.holds, s.output_count, s.output_sum


def main():
    results = []
    for _ in range(25):
        results.append(simulate(10000))
    first = results[0]
    same = all(r == first for r in results)
    print("richards checksum", same, first)


main()
