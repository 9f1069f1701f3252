counter = 0
def bad_increment():
    counter += 1
try:
    bad_increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        x = "set"
    return x
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(e)
print(issubclass(UnboundLocalError, NameError))
