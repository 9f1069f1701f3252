# A plugin system: plugins register themselves through __init_subclass__,
# declare options as class keywords, and are looked up, ordered and run by
# name; abstract intermediates are skipped.
class PluginError(Exception):
    pass


class Plugin:
    registry = {}
    _order = 0

    def __init_subclass__(cls, /, name=None, priority=50, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.abstract = abstract
        if abstract:
            print(f"skip abstract {cls.__qualname__}")
            return
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise PluginError(f"duplicate plugin name {key!r} ({cls.__name__} vs {Plugin.registry[key].__name__})")
        Plugin._order += 1
        cls.plugin_name = key
        cls.priority = priority
        cls.seq = Plugin._order
        Plugin.registry[key] = cls
        print(f"registered {key!r} -> {cls.__qualname__} (priority {priority})")

    def __init__(self, **options):
        self.options = options

    def run(self, text):
        raise NotImplementedError(f"{type(self).__name__}.run")

    def __repr__(self):
        opts = ", ".join(f"{k}={v!r}" for k, v in sorted(self.options.items()))
        return f"<plugin {self.plugin_name}{' ' + opts if opts else ''}>"

    @classmethod
    def create(cls, key, **options):
        try:
            plugin_cls = cls.registry[key]
        except KeyError:
            raise PluginError(f"unknown plugin {key!r}") from None
        return plugin_cls(**options)

    @classmethod
    def ordered(cls):
        return sorted(cls.registry.values(), key=lambda p: (p.priority, p.seq))


class TextPlugin(Plugin, abstract=True):
    def run(self, text):
        return self.transform(text)


class Upper(TextPlugin, priority=10):
    def transform(self, text):
        return text.upper()


class Reverse(TextPlugin, name="rev"):
    def transform(self, text):
        return text[::-1]


class Replace(TextPlugin, name="replace", priority=5):
    def transform(self, text):
        old = self.options.get("old", " ")
        new = self.options.get("new", "_")
        return text.replace(old, new)


class Counter(Plugin, priority=90):
    def __init__(self, **options):
        super().__init__(**options)
        self.seen = 0

    def run(self, text):
        self.seen += len(text)
        return f"{text} [{self.seen}]"


class Broken(Plugin, name="broken", priority=99):
    pass


print(sorted(Plugin.registry))
print([p.plugin_name for p in Plugin.ordered()])
print(TextPlugin.abstract, Upper.abstract, hasattr(TextPlugin, "plugin_name"), Upper.seq, Counter.seq)

try:
    class Dup(Plugin, name="rev"):
        pass
except PluginError as e:
    print("PluginError:", e)
print("Dup" in [c.__name__ for c in Plugin.registry.values()])

try:
    class Wrong(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Pipeline:
    def __init__(self, *specs):
        self.plugins = []
        for spec in specs:
            if isinstance(spec, str):
                spec = (spec, {})
            key, opts = spec
            self.plugins.append(Plugin.create(key, **opts))

    def __call__(self, text):
        for plugin in self.plugins:
            try:
                new = plugin.run(text)
            except NotImplementedError as e:
                print(f"  {plugin!r} not implemented: {e}")
                continue
            print(f"  {plugin!r}: {text!r} -> {new!r}")
            text = new
        return text

    def __len__(self):
        return len(self.plugins)

    def __getitem__(self, i):
        return self.plugins[i]


pipe = Pipeline("upper", ("replace", {"old": "L", "new": "1"}), "rev", "counter", "broken")
print(len(pipe), pipe[0], pipe[-1], [type(p).__name__ for p in pipe])
print(pipe("hello world"))
print(pipe("abc"))
print(pipe[3].seen)
try:
    Pipeline("upper", "missing")
except PluginError as e:
    print("PluginError:", e, e.__cause__, e.__suppress_context__)


def sorted_pipeline():
    return Pipeline(*[p.plugin_name for p in Plugin.ordered() if p.plugin_name != "broken"])


print([p.plugin_name for p in sorted_pipeline()])
print(sorted_pipeline()("a b"))


class Late(Plugin, name="late", priority=1):
    def run(self, text):
        return "<" + text + ">"


print([p.plugin_name for p in Plugin.ordered()][:3], Late.seq)
print(isinstance(Plugin.create("late"), TextPlugin), issubclass(Late, Plugin))
print({k: v.priority for k, v in sorted(Plugin.registry.items())})
