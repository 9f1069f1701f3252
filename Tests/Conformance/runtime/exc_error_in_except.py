try:
    result = 1 / 0
except ZeroDivisionError:
    print("handling")
    log = undefined_logger
