try:
    raise ValueError("temp")
except ValueError as err:
    print("inside", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
err = "kept?"
try:
    raise TypeError
except TypeError as err:
    pass
print("err" in dir())
