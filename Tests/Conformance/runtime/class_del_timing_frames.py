# When __del__ runs relative to the code around it: a failing function's
# locals live until its exception has been handled, a returning one's die
# at the return, loop rebinding and del free at once.
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def fails():
    r = R("in failing frame")
    raise ValueError("boom")
try:
    fails()
except ValueError:
    print("handling")
print("after except")
def returns():
    r = R("returned frame")
    return 1
x = returns()
print("after return")
for i in range(2):
    obj = R(f"loop {i}")
print("after loop")
with open("/dev/null") as f:
    tmp = R("in with")
del tmp
print("end")
