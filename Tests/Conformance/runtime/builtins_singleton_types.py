# Calling the types of None, NotImplemented and Ellipsis gives the singleton.
try: type(None)(1)
except TypeError as e: print(e)
print(type(NotImplemented)() is NotImplemented, type(...)() is ...)
try: type(...)(1)
except TypeError as e: print(e)
