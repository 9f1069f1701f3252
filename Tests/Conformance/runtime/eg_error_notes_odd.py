# notes of several lines, empty notes, a note ending in a newline, a note that is
# not a str, __notes__ that is a str (each character is a note) or not a sequence
first = ValueError("several\nlines")
first.add_note("note line 1\nnote line 2")
first.add_note("")
first.add_note("ends in a newline\n")
first.__notes__.append(5)
chars = KeyError("chars")
chars.__notes__ = "abc"
odd = TypeError("odd")
odd.__notes__ = 42
group = ExceptionGroup("notes", [first, chars, odd])
group.add_note("a note on the group")
raise group
