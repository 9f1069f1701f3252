assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("caught without message:", repr(e), e.args)
x = 5
assert isinstance(x, int) and x > 0
print("done")
