text = "  Mixed Case  "
print(text.strip().lower())
print(text.strip().upper().split())
print(text.strip().title())
print(text.strip().lower().titel())
