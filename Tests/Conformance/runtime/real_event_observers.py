# An event system: observable attributes as descriptors that notify
# subscribers, weak-style unsubscription by handle, event classes with
# __init_subclass__ registration, and a handler that raises (collected
# into an ExceptionGroup at the end).
class Event:
    kinds = {}

    def __init_subclass__(cls, kind, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Event.kinds[kind] = cls

    def __init__(self, source, **data):
        self.source = source
        self.data = data

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(self.data.items()))
        return f"{type(self).__name__}({items})"


class Changed(Event, kind="changed"):
    pass


class Deleted(Event, kind="deleted"):
    pass


class Bus:
    def __init__(self):
        self.handlers = {}
        self.next_id = 0
        self.failures = []

    def subscribe(self, kind, handler):
        self.next_id += 1
        self.handlers.setdefault(kind, {})[self.next_id] = handler
        return self.next_id

    def unsubscribe(self, kind, handle):
        del self.handlers[kind][handle]

    def publish(self, event):
        for handle, handler in list(self.handlers.get(event.kind, {}).items()):
            try:
                handler(event)
            except Exception as e:
                e.add_note(f"handler {handle} for {event.kind}")
                self.failures.append(e)


class Observable:
    """A data descriptor that publishes a Changed event on every assignment."""

    def __set_name__(self, owner, name):
        self.name = name
        owner.observed = getattr(owner, "observed", ()) + (name,)

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)

    def __set__(self, obj, value):
        old = obj.__dict__.get(self.name)
        obj.__dict__[self.name] = value
        if old != value:
            obj.bus.publish(Changed(obj, field=self.name, old=old, new=value))

    def __delete__(self, obj):
        old = obj.__dict__.pop(self.name)
        obj.bus.publish(Deleted(obj, field=self.name, old=old))


class Document:
    title = Observable()
    body = Observable()

    def __init__(self, bus, title):
        self.bus = bus
        self.title = title

    def __repr__(self):
        return f"Document({self.title!r})"


class Recorder:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def __call__(self, event):
        self.seen.append(event)
        print(f"  {self.name} got {event!r} from {event.source!r}")


bus = Bus()
log = Recorder("log")
audit = Recorder("audit")
h_log = bus.subscribe("changed", log)
bus.subscribe("changed", audit)
bus.subscribe("deleted", audit)


def picky(event):
    if event.data.get("new") == "":
        raise ValueError("empty values are not allowed")


bus.subscribe("changed", picky)
doc = Document(bus, "Draft")
doc.body = "hello"
doc.body = "hello"
doc.title = "Final"
bus.unsubscribe("changed", h_log)
doc.body = ""
del doc.body
print(Document.observed, sorted(Event.kinds), Changed.kind)
print(len(log.seen), len(audit.seen), [e.kind for e in audit.seen])
print(doc.body, vars(doc).keys() - {"bus"})
try:
    class Broken(Event):
        pass
except TypeError as e:
    print("TypeError:", e)
if bus.failures:
    raise ExceptionGroup("handlers failed", bus.failures)
