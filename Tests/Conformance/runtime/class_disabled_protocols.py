# Setting a protocol dunder to None switches the protocol off (iteration,
# containment, calling, repr, truth, equality, len), and __len__ must give
# a non-negative int that fits.
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
for attempt in (lambda: iter(NoIter()), lambda: list(NoIter()), lambda: 1 in NoIter()):
    try: attempt()
    except TypeError as e: print("TypeError:", e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try: 1 in NoContains()
except TypeError as e: print("TypeError:", e)
class BigLen:
    def __len__(self): return 2**70
try: len(BigLen())
except OverflowError as e: print("OverflowError:", e)
class StrLen:
    def __len__(self): return "3"
try: len(StrLen())
except TypeError as e: print("TypeError:", e)
class FloatLen:
    def __len__(self): return 3.0
try: len(FloatLen())
except TypeError as e: print("TypeError:", e)
class BoolLen:
    def __len__(self): return True
print(len(BoolLen()))
class NoCall:
    __call__ = None
try: NoCall()()
except TypeError as e: print("TypeError:", e)
class NoNext:
    def __iter__(self): return self
try: iter(NoNext())
except TypeError as e: print("TypeError:", e)
class NoneRepr:
    __repr__ = None
try: repr(NoneRepr())
except TypeError as e: print("TypeError:", e)
class NoBool:
    __bool__ = None
try: bool(NoBool())
except TypeError as e: print("TypeError:", e)
class NoEq:
    __eq__ = None
try: print(NoEq() == 1)
except TypeError as e: print("TypeError:", e)
class NoLen:
    __len__ = None
try: len(NoLen())
except TypeError as e: print("TypeError:", e)
