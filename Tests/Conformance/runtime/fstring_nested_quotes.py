person = {"first": "Ann", "last": "Lee"}
print(f"{person['first']} {person['last']}")
print(f'{person["first"]}')
print(f"{'a' 'b'}")
print(f"{', '.join(['x', 'y'])}")
print(rf"raw \n {person['first']}")
print(f"{'tab':>6}|", f"{'q' + 'uote'!r}")
