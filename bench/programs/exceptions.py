# Exceptions: raise and catch in a loop, try/except/else/finally,
# ValueError and KeyError raised by the program and by builtins,
# exception chaining with `from`, unwinding through frames (no classes).


def parse_number(text):
    if not text or not text.isdigit():
        raise ValueError("not a number: " + text)
    return int(text)


def lookup(table, key):
    if key not in table:
        raise KeyError(key)
    return table[key]


def checked_divide(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1) + 1


def main():
    table = {i: i * i for i in range(0, 100, 3)}
    texts = ["12", "x7", "", "345", "9a", "77"]
    caught_value = 0
    caught_key = 0
    finally_runs = 0
    else_runs = 0
    total = 0
    for i in range(450000):
        try:
            total += parse_number(texts[i % 6])
        except ValueError:
            caught_value += 1
        try:
            total += lookup(table, i % 100)
        except KeyError as e:
            caught_key += 1
            total += e.args[0]
        else:
            else_runs += 1
        finally:
            finally_runs += 1
        total += checked_divide(i, i % 5)
    # Builtins raising: int() on bad text, dict indexing, list indexing.
    builtin_errors = 0
    data = [1, 2, 3]
    for i in range(240000):
        try:
            int("12z" if i % 2 else "12")
        except ValueError:
            builtin_errors += 1
        try:
            table[i % 7 + 1000]
        except KeyError:
            builtin_errors += 1
        try:
            data[i % 5]
        except IndexError:
            builtin_errors += 1
    # Unwinding several frames, and re-raising with a cause.
    unwound = 0
    for i in range(50000):
        try:
            try:
                deep(i % 10)
            except ValueError as e:
                raise KeyError("wrapped") from e
        except KeyError as e:
            if isinstance(e.__cause__, ValueError):
                unwound += 1
    # A finally that runs on return.
    def with_finally(k):
        try:
            if k % 2:
                return k
            raise ValueError(k)
        except ValueError:
            return -k
        finally:
            pass
    fin_total = 0
    for i in range(240000):
        fin_total += with_finally(i)
    print("exceptions checksum", caught_value, caught_key, else_runs, finally_runs,
          total, builtin_errors, unwound, fin_total)


main()
