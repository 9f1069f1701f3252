#!/usr/bin/env python3
"""Record CPython 3.11's symbol tables and compile-time errors for the unit tests.

Writes Tests/AnhingaCompilerTests/SymbolTableRecorded.swift with two tables:

  recordedScopes     source -> a dump of python3's `symtable.symtable(source, ...)`:
                     one line per scope (depth-first, children in CPython's order)
                     `<indent><kind> <name>`, then one line per symbol, sorted by
                     name, `<indent>  <name> <scope> <flags>` where scope is
                     CPython's number (LOCAL=1, GLOBAL_EXPLICIT=2, GLOBAL_IMPLICIT=3,
                     FREE=4, CELL=5) and flags its DEF_*/USE bits (DEF_FREE left out);
  recordedErrors     source -> the SyntaxError `compile(source, 'snippet', 'exec')`
                     raises: message, lineno, offset, end_lineno, end_offset
                     (a missing end is recorded as the start).

    Scripts/record_symtable_tests.py          rewrite the Swift file
    Scripts/record_symtable_tests.py --check  fail if it is not current
"""
import sys
import symtable
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "Tests" / "AnhingaCompilerTests" / "SymbolTableRecorded.swift"
KIND = {0: "function", 1: "class", 2: "module", 3: "annotation"}
FLAG_MASK = 0x3FF & ~0x20  # DEF_GLOBAL .. DEF_COMP_ITER, without DEF_FREE (unused in 3.11)

SCOPE_SNIPPETS = [
    "x = 1\nprint(x)\n",
    "def f(a, b=1, *args, c, d=2, **kw):\n    return a + b + c + d + len(args) + len(kw)\n",
    "def f(a, /, b):\n    pass\n",
    "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n",
    "def outer():\n    x = 1\n    def middle():\n        def inner():\n            return x\n        return inner\n    return middle\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n    return inner\n",
    "x = 0\ndef f():\n    global x\n    x = 1\n",
    "def f():\n    global y\n    def g():\n        return y\n    return g\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        return x\n    def h():\n        return x\n",
    "class C:\n    x = 1\n    def m(self):\n        return x\n",
    "class C:\n    def m(self):\n        return super().m()\n",
    "class C:\n    def m(self):\n        return __class__\n",
    "class C:\n    x = 1\n    y = [x for _ in range(3)]\n    z = [a for a in range(x)]\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n",
    "def f():\n    class C:\n        x = 1\n        def m(self):\n            return x\n    x = 2\n    return C\n",
    "class C:\n    __private = 1\n    def __m(self):\n        return self.__private, __other\n",
    "class _:\n    __x = 1\n",
    "[x * y for x in range(3) for y in range(x)]\n",
    "{k: v for k, v in items if k}\n",
    "{x for x in s}\n",
    "g = (x for x in range(10) if x % 2)\n",
    "def f(n):\n    return [i for i in range(n) if i < n]\n",
    "def f():\n    return [(y := x) for x in range(3)], y\n",
    "[(y := x) for x in range(3)]\n",
    "def f():\n    global y\n    return [(y := x) for x in range(3)]\n",
    "def f():\n    return [[x + y for x in range(3)] for y in range(3)]\n",
    "lambda x, y=1: x + y\n",
    "def f(a=lambda: b):\n    return lambda: a\n",
    "def f():\n    yield 1\n",
    "async def f():\n    await g()\n    async for x in y:\n        pass\n    async with z as w:\n        pass\n",
    "import os.path\nimport sys as system\nfrom collections import OrderedDict as OD, deque\n",
    "def f():\n    import os\n    from sys import path\n    return os, path\n",
    "x: int = 1\ny: str\ndef f():\n    z: int = 2\n    w: float\n",
    "try:\n    pass\nexcept ValueError as e:\n    print(e)\n",
    "with open(f) as (a, b):\n    pass\n",
    "for i, (j, k) in pairs:\n    del i\n",
    "match command:\n    case [x, *rest]:\n        pass\n    case {'k': v, **others}:\n        pass\n    case Point(x=px) as p:\n        pass\n    case str() | bytes():\n        pass\n",
    "def f(x):\n    def g():\n        def h():\n            return x\n        return h\n    return g\n",
    "def f():\n    def g():\n        return h()\n    def h():\n        return g()\n    return g\n",
    "def f(*, a):\n    def g(**kw):\n        return a, kw\n",
    "x = 1\ndef f():\n    print(x)\n    def g():\n        x = 2\n        return x\n",
    "def f():\n    x = 1\n    return (lambda: x)\n",
    "def f():\n    x = 1\n    return (x for _ in range(3))\n",
    "class A:\n    class B:\n        def m(self):\n            return B, A\n",
    "def deco(f): return f\n@deco\ndef f(): pass\n@deco\nclass C: pass\n",
    "def f():\n    x = [y for y in range(3)]\n    return [lambda: y for y in x]\n",
    "def f():\n    a = 1\n    def g():\n        nonlocal a\n        def h():\n            return a\n        return h\n",
    "class C:\n    def f(self):\n        x = 1\n        class D:\n            def g(self):\n                return x, __class__\n",
    "async def f():\n    return [x async for x in aiter()]\n",
    "def f():\n    super = 1\n    return super\n",
    "def f():\n    return super\n",
    "x = y = 1\na, *b = c\nfoo.bar = baz[qux] = 3\n",
    "def f():\n    try:\n        pass\n    except* E as e:\n        pass\n",
    "print(f'{x!r:>{width}}')\n",
]

ERROR_SNIPPETS = [
    "def f(a, b, a): pass\n",
    "def f(a, *, a): pass\n",
    "def f(a, /, b, *c, d, **a): pass\n",
    "lambda a, a: 1\n",
    "f(a=1, a=2)\n",
    "f(**x, a=1, b=2, a=3)\n",
    "f(__debug__=1)\n",
    "__debug__ = 1\n",
    "del __debug__\n",
    "def f(__debug__): pass\n",
    "x.__debug__ = 1\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(x):\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    x: int\n    global x\n",
    "def f():\n    global x\n    x: int\n",
    "def f():\n    def g():\n        nonlocal x\n",
    "nonlocal x\n",
    "class C:\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f():\n    from os import *\n",
    "a, *b, *c = d\n",
    "*a = b\n",
    "*a\n",
    "for *x in y: pass\n",
    "[(yield) for x in y]\n",
    "{(yield) for x in y}\n",
    "{(yield): 1 for x in y}\n",
    "((yield) for x in y)\n",
    "def f():\n    [x async for x in y]\n",
    "def f():\n    [[x async for x in y] for z in w]\n",
    "def f():\n    await x\n",
    "await x\n",
    "def f():\n    lambda: await x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from x\n",
    "def f():\n    async with x: pass\n",
    "def f():\n    async for x in y: pass\n",
    "[x for x in (y := [1])]\n",
    "class C:\n    [(y := 1) for x in z]\n",
    "[(x := 1) for x in z]\n",
    "[j for i in range(5) if (j := i) for j in range(5)]\n",
    "from __future__ import braces\n",
    "from __future__ import spam\n",
    "x = 1\nfrom __future__ import annotations\n",
    "from __future__ import annotations; import os; from __future__ import division\n",
    "from __future__ import annotations\ndef f(x: (yield)): pass\n",
    "break\n",
    "continue\n",
    "while 1:\n    def f():\n        break\n",
    "return\n",
    "yield\n",
    "class C:\n    yield 1\n",
    "x = 1 if (yield) else 2\n",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "try:\n    pass\nexcept* E:\n    break\n",
    "match x:\n    case y: pass\n    case 1: pass\n",
    "match x:\n    case _: pass\n    case 1: pass\n",
    "match x:\n    case [a, a]: pass\n",
    "match x:\n    case 1 | a: pass\n",
    "match x:\n    case {'a': 1, 'a': 2}: pass\n",
    "match x:\n    case {1: _, True: _}: pass\n",
    "match x:\n    case C(a=1, a=2): pass\n",
    "match x:\n    case [*a, *b]: pass\n",
    "é = 1; return é\n",
    "for a in b:\n" + "".join("    " * i + f"  for a{i} in b:\n" for i in range(1, 21)) + "    " * 21 + "pass\n",
]


def scope_dump(table, depth=0):
    indent = "  " * depth
    lines = [f"{indent}{KIND[table._table.type]} {table.get_name()}"]
    for symbol in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        flags = symbol._Symbol__flags & FLAG_MASK
        lines.append(f"{indent}  {symbol.get_name()} {symbol._Symbol__scope} {flags}")
    for child in table.get_children():
        lines.extend(scope_dump(child, depth + 1))
    return lines


def recorded_error(source):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(source, "snippet", "exec", dont_inherit=True)
    except SyntaxError as error:
        end_lineno = error.end_lineno if error.end_lineno is not None else error.lineno
        end_offset = error.end_offset if error.end_offset is not None else error.offset
        return error.msg, error.lineno, error.offset, end_lineno, end_offset
    sys.exit(f"record_symtable_tests: no SyntaxError for {source!r}")


def swift_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def render():
    out = ["// Generated by Scripts/record_symtable_tests.py from python3's symtable and compile(). Do not edit.",
           "",
           "/// (source, python3's symbol table dump)",
           "let recordedScopes: [(source: String, dump: String)] = ["]
    for source in SCOPE_SNIPPETS:
        dump = "\n".join(scope_dump(symtable.symtable(source, "snippet", "exec")))
        out.append(f"    ({swift_string(source)},")
        out.append(f"     {swift_string(dump)}),")
    out += ["]", "", "/// (source, message, lineno, offset, endLineno, endOffset) as compile() reports them",
            "let recordedErrors: [(source: String, message: String, lineno: Int, offset: Int, "
            "endLineno: Int, endOffset: Int)] = ["]
    for source in ERROR_SNIPPETS:
        message, lineno, offset, end_lineno, end_offset = recorded_error(source)
        out.append(f"    ({swift_string(source)}, {swift_string(message)}, "
                   f"{lineno}, {offset}, {end_lineno}, {end_offset}),")
    out.append("]")
    return "\n".join(out) + "\n"


def main():
    text = render()
    if "--check" in sys.argv[1:]:
        if not OUTPUT.exists() or OUTPUT.read_text() != text:
            sys.exit(f"record_symtable_tests: {OUTPUT.relative_to(REPO)} is stale; run the script")
        return
    OUTPUT.write_text(text)
    print(f"wrote {OUTPUT.relative_to(REPO)}: {len(SCOPE_SNIPPETS)} symbol tables, {len(ERROR_SNIPPETS)} errors")


if __name__ == "__main__":
    main()
