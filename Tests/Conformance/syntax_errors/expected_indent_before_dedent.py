if x:
    try:
z = 1
