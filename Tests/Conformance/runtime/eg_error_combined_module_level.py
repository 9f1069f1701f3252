# at module level the combined group has no traceback at all
try:
    raise ExceptionGroup("batch", [ValueError("v"), KeyError("k"), OSError("o")])
except* ValueError:
    raise RuntimeError("handler failed")
except* OSError as e:
    e.add_note("this part is re-raised")
    raise
