class One:
    __match_args__ = ("a",)
    a = 1

class NoArgs:
    pass

class BadName:
    __match_args__ = (1,)

class Dup:
    __match_args__ = ("a",)
    a = 1

def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

def too_many():
    match One():
        case One(x, y):
            return x, y

def no_match_args():
    match NoArgs():
        case NoArgs(z):
            return z

def bad_name():
    match BadName():
        case BadName(z):
            return z

def duplicate():
    match Dup():
        case Dup(x, a=y):
            return x, y

def int_two():
    match 5:
        case int(a, b):
            return a

def not_a_class():
    f = print
    match 1:
        case f():
            return "?"

def str_ok():
    match "abc":
        case str(s):
            return s

for label, fn in [("too_many", too_many), ("no_match_args", no_match_args), ("bad_name", bad_name),
                  ("duplicate", duplicate), ("int_two", int_two), ("not_a_class", not_a_class),
                  ("str_ok", str_ok)]:
    attempt(label, fn)
