try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
raise "just a string"
