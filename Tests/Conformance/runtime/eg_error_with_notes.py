def step(n):
    e = RuntimeError(f"step {n} failed")
    e.add_note(f"step {n} had input {n * 10}")
    return e

group = ExceptionGroup("pipeline", [step(1), step(2)])
group.add_note("the whole pipeline was aborted")
group.add_note("retry later")
raise group
