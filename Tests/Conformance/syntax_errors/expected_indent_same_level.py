if x:
    try:
    y = 1
