def attempt(x):
    try:
        print("trying", x)
        result = 10 // x
    except ZeroDivisionError:
        print("division by zero")
        return "failed"
    else:
        print("no error, result", result)
        return result
    finally:
        print("finally for", x)

print(attempt(2))
print(attempt(0))
