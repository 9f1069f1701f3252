# format() of complex numbers: each part as a float, str() form without a
# type, fill/align/width on the whole, and the refused specs.
z=[3+4j, 1-2j, -0.0-0j, 0j, 1e20+1j, complex(float('inf'), float('nan')), 2j, -2j, 0.5+0.25j, complex(-0.0, -0.0)]
specs=['', '.1f', 'e', 'g', '.3', '+', ' ', '>20', '*^30.2f', ',.2f', '#g', 'n', '.0f', '10', '<15g', 'E', '+.2e', 'z.1f', 'F']
for s in specs:
    print(repr(s), [format(c, s) for c in z])
for s in ['=10', '010', '%', 'd', 's', '0<10', '.1x']:
    try: print(format(1+1j, s))
    except ValueError as e: print(s, e)
print(f"{1+2j:>12}|{3j:^8}|")
