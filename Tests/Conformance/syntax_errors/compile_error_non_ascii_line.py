name = "café"; return name
