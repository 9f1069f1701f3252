# a handler raises while part of the group is unhandled: the new group that
# leaves the function has no traceback entry for it, its members keep theirs
def work():
    try:
        raise ExceptionGroup("batch", [ValueError("v"), KeyError("k")])
    except* ValueError:
        raise RuntimeError("handler failed")

def main():
    work()

main()
