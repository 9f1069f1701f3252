try:
    raise ValueError("bad input")
except ValueError as e:
    e.add_note("while parsing line 3")
    raise
