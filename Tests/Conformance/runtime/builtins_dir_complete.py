# dir(builtins) lists exactly the builtins module's names (a module's dir() is
# its dict's keys, sorted), and the names added for completeness behave.
import builtins

names = sorted(dir(builtins))
print(names)
print(len(names), names == sorted(builtins.__dict__))
print(all(hasattr(builtins, n) for n in names))
# What is callable in CPython's builtins (classes, functions, exit, help, ...).
print([n for n in names if callable(getattr(builtins, n))])
print([n for n in names if not callable(getattr(builtins, n))])
print(type(aiter).__name__, type(anext).__name__, type(breakpoint).__name__, memoryview)
print(repr(exit), repr(quit), sep="\n")
print(repr(license))
print(repr(help))
print(repr(credits))
print(type(exit).__module__, type(exit).__qualname__, sorted(vars(exit)))
print(type(license).__qualname__, type(help).__qualname__)
print(repr(builtins.__package__), builtins.__loader__)
print(builtins.__spec__)
print(builtins.__spec__.name, builtins.__spec__.origin, builtins.__spec__.loader is builtins.__loader__)
for code in [(), (3,), ("bye",)]:
    try:
        exit(*code)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
try:
    quit(code=4)
except SystemExit as e:
    print("SystemExit", e.code)
print(breakpoint.__name__, aiter.__name__, anext.__name__)
# dir() of another module, and of a module whose dict has a __dir__.
import sys
print(dir(sys) == sorted(sys.__dict__))
m = type(sys)("m")
m.__dir__ = lambda: ["b", "a"]
print(dir(m))
