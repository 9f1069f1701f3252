# N-body gravity simulation on floats. Each body is a list
# [x, y, z, vx, vy, vz, mass]; the bodies are a made-up star system.

import math

G = 1.0


def make_system():
    bodies = [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1000.0],
        [10.0, 0.0, 0.0, 0.0, 10.0, 0.5, 1.0],
        [0.0, -20.0, 1.0, 7.0, 0.0, 0.0, 2.5],
        [-30.0, 0.0, -2.0, 0.0, -5.8, 0.2, 0.8],
        [0.0, 45.0, 0.0, -4.7, 0.0, -0.1, 3.0],
        [60.0, 5.0, 3.0, 0.3, 4.1, 0.0, 0.2],
    ]
    # Give the star the opposite momentum so the centre of mass stays put.
    px = py = pz = 0.0
    for b in bodies[1:]:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    star = bodies[0]
    star[3] = -px / star[6]
    star[4] = -py / star[6]
    star[5] = -pz / star[6]
    return bodies


def pairs_of(bodies):
    result = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            result.append((bodies[i], bodies[j]))
    return result


def energy(bodies, pairs):
    e = 0.0
    for b in bodies:
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
    for a, b in pairs:
        dx = a[0] - b[0]
        dy = a[1] - b[1]
        dz = a[2] - b[2]
        e -= G * a[6] * b[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            ma = a[6] * mag
            mb = b[6] * mag
            a[3] -= dx * mb
            a[4] -= dy * mb
            a[5] -= dz * mb
            b[3] += dx * ma
            b[4] += dy * ma
            b[5] += dz * ma
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main():
    bodies = make_system()
    pairs = pairs_of(bodies)
    e0 = energy(bodies, pairs)
    advance(bodies, pairs, 0.001, 140000)
    e1 = energy(bodies, pairs)
    xs = sum(b[0] for b in bodies)
    print("nbody checksum %.9f %.9f %.6f" % (e0, e1, xs))


main()
