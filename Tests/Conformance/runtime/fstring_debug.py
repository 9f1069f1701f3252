x = 10
y = 3
print(f"{x=}")
print(f"{x + y=}")
print(f"{x / y=:.2f}")
print(f"{x = }")
name = "Ann"
print(f"{name=!s} {name=}")
print(f"{[1, 2]=}")
