# Slices compare as (start, stop, step) tuples and are unhashable.
print(slice(1, 5) == slice(1, 5), slice(1, 5) != slice(1, 6), slice(1, 5) < slice(1, 6), slice(2) > slice(1))
print(slice(1) == (None, 1, None), slice(None) == slice(None, None, None))
try: slice(1) < 3
except TypeError as e: print(e)
try: hash(slice(1))
except TypeError as e: print(e)
try: slice(None) < slice(1)
except TypeError as e: print(e)
