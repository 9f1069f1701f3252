s = '''hello
world
