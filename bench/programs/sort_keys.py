# Sorting: sorted() and list.sort() with key= lambdas, tuple keys,
# reverse=True, stability, sorting strings and floats, min/max with key.

NAMES = ["ada", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "jo",
         "kim", "lu", "max", "ned", "oz", "pam"]


def make_records(n, seed):
    records = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        name = NAMES[x & 15] + NAMES[(x >> 4) & 15]
        age = (x >> 8) % 90
        score = ((x >> 3) % 10007) / 7.0
        records.append((name, age, score, i))
    return records


def checksum(records):
    h = 0
    for r in records:
        h = (h * 31 + r[3]) & 0xFFFFFFFFFFFF
    return h


def main():
    results = []
    for round_no in range(2):
        records = make_records(55000, 11 + round_no)
        by_age = sorted(records, key=lambda r: r[1])
        results.append(checksum(by_age))
        by_name_age = sorted(records, key=lambda r: (r[0], -r[1]))
        results.append(checksum(by_name_age))
        by_score = sorted(records, key=lambda r: r[2], reverse=True)
        results.append(checksum(by_score))
        plain = sorted(records)
        results.append(checksum(plain))
        work = list(records)
        work.sort(key=lambda r: (r[1] // 10, r[0]))
        results.append(checksum(work))
        work.sort(key=lambda r: r[0], reverse=True)
        results.append(checksum(work))
        names = [r[0] for r in records]
        names.sort()
        results.append(len(names[0]) * 1000 + len(names[-1]))
        ints = [(r[1] * 7919 + r[3]) % 100003 for r in records]
        ints.sort(reverse=True)
        results.append(ints[0] + ints[len(ints) // 2] + ints[-1])
        oldest = max(records, key=lambda r: (r[1], r[2]))
        youngest = min(records, key=lambda r: (r[1], -r[2]))
        results.append(oldest[3] * 100000 + youngest[3])
    total = 0
    for v in results:
        total = (total * 1000003 + v) & 0xFFFFFFFFFFFF
    print("sort_keys checksum", len(results), total, results[:3])


main()
