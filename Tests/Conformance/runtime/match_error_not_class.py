def make_checker():
    return len

checker = make_checker()
for v in [[1], "ok"]:
    match v:
        case list():
            print("list")
        case checker():
            print("never")
