a = = b
