# Generator pipelines: generator functions, generator expressions,
# yield from, send-free iteration, sum/any/all/max over generators.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def lcg(seed, count):
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x


def evens(source):
    for v in source:
        if v % 2 == 0:
            yield v


def scaled(source, factor):
    for v in source:
        yield v * factor


def chunks(source, size):
    chunk = []
    for v in source:
        chunk.append(v)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunks_iter):
    for chunk in chunks_iter:
        yield from chunk


def tree(depth, label):
    # A binary tree walked with nested `yield from`.
    if depth == 0:
        yield label
        return
    yield from tree(depth - 1, label * 2)
    yield label
    yield from tree(depth - 1, label * 2 + 1)


def pairs(source):
    it = iter(source)
    for a in it:
        b = next(it, None)
        if b is None:
            return
        yield a, b


def main():
    results = []
    # A chain of generator functions.
    results.append(sum(scaled(evens(numbers(3000000)), 3)))
    # Generator expressions over a generator.
    results.append(sum(v & 1023 for v in lcg(1, 1200000) if v % 3 != 0))
    # Chunking and flattening through yield from.
    results.append(sum(flatten(chunks(numbers(1200000), 7))))
    results.append(max(len(c) for c in chunks(lcg(5, 400000), 64)))
    # Recursion through yield from.
    for d in (16, 16):
        results.append(sum(tree(d, 1)))
    # any/all stop early; the predicates run inside generator expressions.
    results.append(any(v > 0x7FFFFF00 for v in lcg(9, 600000)))
    results.append(all(v >= 0 for v in lcg(10, 600000)))
    results.append(sum(a * b % 97 for a, b in pairs(numbers(750000))))
    # Nested generator expressions.
    results.append(sum(sum(j for j in range(i % 50)) for i in range(60000)))
    print("generators checksum", results)


main()
