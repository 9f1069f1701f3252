# A hand-written round-robin scheduler for coroutines: a virtual clock, a sleep
# awaitable, a FIFO queue with blocking get, task results, cancellation via
# throw(), and error reporting. No asyncio.

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Yield:
    def __await__(self):
        yield ("yield", None)

class Cancelled(Exception):
    pass

class Task:
    counter = 0
    def __init__(self, coro, name):
        Task.counter += 1
        self.id = Task.counter
        self.coro = coro
        self.name = name
        self.done = False
        self.result = None
        self.error = None
        self.wake_at = 0
        self.pending_value = None
        self.pending_throw = None
    def __repr__(self):
        status = "done" if self.done else "pending"
        return f"<Task {self.name} #{self.id} {status}>"

class Scheduler:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.waiting = {}
        self.tasks = []
        self.trace = []

    def spawn(self, coro, name):
        task = Task(coro, name)
        self.tasks.append(task)
        self.ready.append(task)
        return task

    def cancel(self, task):
        if task.done:
            return False
        task.pending_throw = Cancelled(f"{task.name} cancelled at t={self.now}")
        if task in self.sleeping:
            self.sleeping.remove(task)
            self.ready.append(task)
        for q, waiters in self.waiting.items():
            if task in waiters:
                waiters.remove(task)
                self.ready.append(task)
        return True

    def step(self, task):
        try:
            if task.pending_throw is not None:
                exc, task.pending_throw = task.pending_throw, None
                request = task.coro.throw(exc)
            else:
                value, task.pending_value = task.pending_value, None
                request = task.coro.send(value)
        except StopIteration as stop:
            task.done = True
            task.result = stop.value
            self.trace.append((self.now, task.name, "finished"))
            return
        except Exception as exc:
            task.done = True
            task.error = exc
            self.trace.append((self.now, task.name, f"failed {type(exc).__name__}"))
            return
        kind, arg = request
        if kind == "sleep":
            task.wake_at = self.now + arg
            self.sleeping.append(task)
        elif kind == "yield":
            self.ready.append(task)
        elif kind == "wait":
            self.waiting.setdefault(arg, []).append(task)
        else:
            raise RuntimeError(f"unknown request {kind}")

    def run(self, limit=100):
        while self.ready or self.sleeping or any(self.waiting.values()):
            if not self.ready:
                if not self.sleeping:
                    names = sorted(t.name for ws in self.waiting.values() for t in ws)
                    print(f"deadlock at t={self.now}: blocked {names}")
                    break
                self.now = min(t.wake_at for t in self.sleeping)
                due = [t for t in self.sleeping if t.wake_at <= self.now]
                self.sleeping = [t for t in self.sleeping if t.wake_at > self.now]
                self.ready.extend(sorted(due, key=lambda t: t.id))
            batch, self.ready = self.ready, []
            for task in batch:
                self.step(task)
            limit -= 1
            if limit == 0:
                print("step limit reached")
                break

class Queue:
    def __init__(self, sched, name):
        self.sched = sched
        self.name = name
        self.items = []
    def put(self, item):
        self.items.append(item)
        waiters = self.sched.waiting.get(self, [])
        if waiters:
            self.sched.ready.append(waiters.pop(0))
    def get(self):
        return QueueGet(self)

class QueueGet:
    def __init__(self, q):
        self.q = q
    def __await__(self):
        while not self.q.items:
            yield ("wait", self.q)
        return self.q.items.pop(0)

sched = Scheduler()
jobs = Queue(sched, "jobs")
log = []

async def producer(n):
    for i in range(n):
        await Sleep(2)
        log.append(f"t={sched.now} produce job{i}")
        jobs.put(f"job{i}")
    jobs.put(None)
    jobs.put(None)
    return f"produced {n}"

async def consumer(name, cost):
    handled = []
    while True:
        item = await jobs.get()
        if item is None:
            break
        log.append(f"t={sched.now} {name} start {item}")
        await Sleep(cost)
        handled.append(item)
    return handled

async def ticker():
    count = 0
    try:
        while True:
            await Sleep(3)
            count += 1
            log.append(f"t={sched.now} tick {count}")
    except Cancelled as c:
        log.append(f"ticker stopped: {c}")
        return count

async def spinner(rounds):
    for i in range(rounds):
        await Yield()
    return rounds

async def crasher():
    await Sleep(1)
    return {}["missing"]

async def supervisor(target):
    await Sleep(9)
    log.append(f"t={sched.now} supervisor cancels {target.name}: {sched.cancel(target)}")
    log.append(f"second cancel: {sched.cancel(target)}")

p = sched.spawn(producer(4), "producer")
c1 = sched.spawn(consumer("c1", 3), "c1")
c2 = sched.spawn(consumer("c2", 1), "c2")
t = sched.spawn(ticker(), "ticker")
s = sched.spawn(spinner(3), "spinner")
x = sched.spawn(crasher(), "crasher")
sched.spawn(supervisor(t), "supervisor")
sched.run()

for line in log:
    print(line)
print("--- trace")
for entry in sched.trace:
    print(entry)
print("--- results at t =", sched.now)
for task in sched.tasks:
    print(task, "result:", task.result, "error:", repr(task.error))

print("--- deadlock detection")
sched2 = Scheduler()
q2 = Queue(sched2, "never")
async def stuck(name):
    return await q2.get()
sched2.spawn(stuck("a"), "a")
sched2.spawn(stuck("b"), "b")
sched2.run()
for task in sched2.tasks:
    sched2.cancel(task)
sched2.run()
print([(tk.name, repr(tk.error)) for tk in sched2.tasks])
