def inner():
    raise ValueError("original")

def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it")
        raise

try:
    middle()
except ValueError as e:
    print("outer caught:", e)
try:
    try:
        raise TypeError("first")
    except TypeError as e:
        err = e
    raise err
except TypeError as e2:
    print("re-raised stored:", e2, e2 is err)
