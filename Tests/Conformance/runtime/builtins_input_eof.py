try:
    line = input()
except EOFError as e:
    print("EOFError:", repr(str(e)))
print("continued")
