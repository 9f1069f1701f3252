# CPython's "perhaps you missed a comma?" SyntaxWarnings (a literal called or
# indexed as nothing of its type can be) and the always-true assert; the
# code that would fail is never run here.
def never_called():
    pairs = [(1, 2) (3, 4)]
    names = ["a" "b", "c" [0]]
    grid = [[1, 2] [0, 1]]
    n = 5[0]
    assert (len(pairs), "pairs must not be empty")
    return pairs, names, grid, n


print("compiled fine; the warnings above came from the compiler")
try:
    [(1, 2) (3, 4)]
except TypeError as e:
    print("TypeError:", e)
