d = {k: (yield k) for k in "ab"}
