# A small matrix class with full operator overloading: + - * @ ** (and the
# reflected and in-place forms), unary minus, ==, abs, indexing with tuples,
# iteration, hashing of an immutable value, and errors for mismatched shapes.
class ShapeError(ValueError):
    pass


class Matrix:
    __slots__ = ("rows", "_cells")

    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ShapeError("rows must be non-empty and of equal length")
        self.rows = len(rows)
        self._cells = tuple(tuple(r) for r in rows)

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def cols(self):
        return len(self._cells[0])

    @property
    def shape(self):
        return (self.rows, self.cols)

    def __repr__(self):
        return f"Matrix({[list(r) for r in self._cells]})"

    def __str__(self):
        width = max(len(str(v)) for row in self._cells for v in row)
        return "\n".join("[" + " ".join(f"{v:>{width}}" for v in row) + "]" for row in self._cells)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            return self._cells[i][j]
        return list(self._cells[key])

    def __iter__(self):
        for row in self._cells:
            yield list(row)

    def __len__(self):
        return self.rows

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self._cells == other._cells

    def __hash__(self):
        return hash(self._cells)

    def _zip(self, other, op, symbol):
        if isinstance(other, Matrix):
            if other.shape != self.shape:
                raise ShapeError(f"cannot {symbol} {self.shape} and {other.shape}")
            return Matrix([[op(a, b) for a, b in zip(r, s)] for r, s in zip(self._cells, other._cells)])
        if isinstance(other, (int, float)):
            return Matrix([[op(a, other) for a in r] for r in self._cells])
        return NotImplemented

    def __add__(self, other):
        return self._zip(other, lambda a, b: a + b, "add")

    __radd__ = __add__

    def __sub__(self, other):
        return self._zip(other, lambda a, b: a - b, "subtract")

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        if isinstance(other, Matrix):
            return self._zip(other, lambda a, b: a * b, "multiply")
        return self._zip(other, lambda a, b: a * b, "scale")

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.cols != other.rows:
            raise ShapeError(f"cannot matmul {self.shape} and {other.shape}")
        columns = list(zip(*other._cells))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in columns] for row in self._cells])

    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            return NotImplemented
        result = Matrix.identity(self.rows)
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return sum(abs(v) for row in self._cells for v in row)

    def transpose(self):
        return Matrix(zip(*self._cells))


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(repr(a + b), repr(a - 1), repr(10 - a))
print(repr(a * 2), repr(2 * a), repr(a * b))
print(repr(a @ b), repr(b @ a), repr(a ** 3), repr(b ** 0))
print(repr(-a), abs(-a), a == Matrix([[1, 2], [3, 4]]), a != b, a == "a")
print(a[1, 0], a[0], list(a), len(a), a.shape, repr(a.transpose()))
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1])
acc = a
acc += 1
acc @= b
print(repr(acc), repr(a))
print(len({a, Matrix([[1, 2], [3, 4]]), b}))
wide = Matrix([[1, 2, 3]])
for attempt in (lambda: a + wide, lambda: a @ wide, lambda: a @ 2, lambda: a ** -1, lambda: Matrix([[1], [1, 2]]),
                lambda: setattr(a, "extra", 1)):
    try:
        attempt()
    except (ShapeError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(repr(wide @ Matrix([[1], [0], [2]])), repr(Matrix.identity(3)))
