def what(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "int zero"
        case 1:
            return "int one"
        case _:
            return "other"

# True/False/None compare by identity, so 1 does not match True and 0 not False
for v in [None, True, False, 0, 1, 1.0, 0.0, "", [], 2]:
    print(repr(v), what(v))

def numeric(x):
    match x:
        case 1:
            return "matches 1"
        case 0:
            return "matches 0"
    return "no match"

# but True == 1, so True matches the literal 1
print(numeric(True), numeric(False), numeric(1.0), numeric(None))

def with_none_in_seq(x):
    match x:
        case [None, None]:
            return "two Nones"
        case [None, _]:
            return "None first"
        case [_, None]:
            return "None second"
    return "neither"

print(with_none_in_seq([None, None]), with_none_in_seq((None, 3)),
      with_none_in_seq([4, None]), with_none_in_seq([1, 2]))
