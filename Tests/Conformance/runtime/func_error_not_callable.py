count = 5
print(count)
print(callable(count), callable(print))
print(abs(count))
print(count())
