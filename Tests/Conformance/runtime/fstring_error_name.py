user = "Ann"
print(f"hello {user}")
print(f"hello {user!r}")
print(f"{user.upper()} has {len(user)} letters")
print(f"hello {usr}")
