# String work: building with join and +=, f-strings, split, replace,
# str methods (upper, lower, strip, startswith, find, count, ...), slicing.

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "an", "el",
             "qu", "zo", "ber", "din", "gal", "hum"]


def make_words(count, seed):
    words = []
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        parts = 1 + (x >> 8) % 3
        w = ""
        for k in range(parts):
            w += SYLLABLES[(x >> (4 * k + 12)) & 15]
        words.append(w)
    return words


def build_lines(words, per_line):
    lines = []
    for i in range(0, len(words) - per_line, per_line):
        chunk = words[i:i + per_line]
        head = chunk[0].capitalize()
        line = f"{i:06d}: {head} " + " ".join(chunk[1:]) + f" ({len(chunk)} words)"
        lines.append(line)
    return lines


def transform(lines):
    out = []
    for line in lines:
        number, _, text = line.partition(": ")
        text = text.replace("ka", "KA").replace("ber", "b-e-r")
        if text.startswith("Su") or "ri" in text[:12]:
            text = text.upper()
        else:
            text = text.lower()
        fields = text.split()
        fields.reverse()
        joined = "-".join(fields)
        out.append("[" + number.lstrip("0") + "] " + joined.strip("-()"))
    return out


def measure(lines):
    total_len = 0
    a_count = 0
    finds = 0
    prefixes = 0
    for line in lines:
        total_len += len(line)
        a_count += line.count("a") + line.count("A")
        pos = line.find("zo")
        if pos < 0:
            pos = line.find("ZO")
        if pos >= 0:
            finds += pos
        if line[1:3].isdigit():
            prefixes += 1
        if "gal" in line or "GAL" in line:
            prefixes += 2
    return total_len, a_count, finds, prefixes


def small_checksum(text):
    h = 0
    for ch in text[:20000]:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def main():
    results = []
    for round_no in range(24):
        words = make_words(60000, 7 + round_no)
        lines = build_lines(words, 12)
        out = transform(lines)
        results.append(measure(out))
        doc = "\n".join(out)
        parts = doc.split("\n")
        results.append((len(doc), len(parts), small_checksum(doc)))
        formatted = "|".join(["%s=%d" % (w[:3], len(w)) for w in words[:5000]])
        results.append((len(formatted), formatted.count("="), formatted[-20:]))
    checksum = 0
    for item in results:
        for value in item:
            if isinstance(value, str):
                value = small_checksum(value)
            checksum = (checksum * 1000003 + value) & 0xFFFFFFFFFFFF
    print("strings checksum", len(results), checksum, results[-1])


main()
