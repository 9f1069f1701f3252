# Counting with dicts: word counts and integer counts, dict.get, `in`,
# setdefault, items(), keys(), values(), deletion, dicts keyed by tuples.

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "an", "el",
             "qu", "zo", "ber", "din", "gal", "hum"]


def make_words(count, seed):
    words = []
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        parts = 1 + (x >> 8) % 3
        w = SYLLABLES[(x >> 12) & 15]
        if parts > 1:
            w += SYLLABLES[(x >> 16) & 15]
        if parts > 2:
            w += SYLLABLES[(x >> 20) & 15]
        words.append(w)
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def count_with_in(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def count_ints(n, seed):
    counts = {}
    x = seed
    for _ in range(n):
        x = (x * 69069 + 1) & 0xFFFFFFFF
        k = (x >> 10) % 5000
        counts[k] = counts.get(k, 0) + 1
    return counts


def group_by_first(words):
    groups = {}
    for w in words:
        groups.setdefault(w[:2], []).append(w)
    return groups


def pair_counts(words):
    pairs = {}
    prev = ""
    for w in words:
        key = (prev, w)
        pairs[key] = pairs.get(key, 0) + 1
        prev = w
    return pairs


def main():
    words = make_words(600000, 42)
    c1 = count_words(words)
    c2 = count_with_in(words)
    same = c1 == c2
    ints = count_ints(1080000, 7)
    # Remove rare keys while walking a snapshot of the keys.
    removed = 0
    for k in list(ints.keys()):
        if ints[k] < 200:
            del ints[k]
            removed += 1
    groups = group_by_first(words)
    pairs = pair_counts(words)
    top = sorted(c1.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    total = sum(c1.values())
    int_sum = 0
    for k, v in ints.items():
        int_sum += k * v
    group_sizes = sorted((len(v), k) for k, v in groups.items())
    best_pair = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    print("dict_count checksum", same, len(c1), total, removed, len(ints), int_sum,
          top, group_sizes[-3:], len(pairs), best_pair)


main()
