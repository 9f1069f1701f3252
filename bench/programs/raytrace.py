# A small ray tracer: a Vector class with operator overloading, spheres and
# a checkered plane, a point light with shadows, specular highlights and
# reflections. Renders a small image and prints a checksum of its pixels.
# Only + - * / and sqrt on floats, so every interpreter gets the same bits.

import math


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def times(self, other):
        """Component-wise product (for colours)."""
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)


BLACK = Vector(0.0, 0.0, 0.0)
WHITE = Vector(1.0, 1.0, 1.0)
EPSILON = 1e-6


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, colour, diffuse, specular, shininess, reflect):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess      # a power of two: highlights by squaring
        self.reflect = reflect

    def colour_at(self, point):
        return self.colour


class Checker(Material):
    def __init__(self, colour, other, diffuse, specular, shininess, reflect):
        Material.__init__(self, colour, diffuse, specular, shininess, reflect)
        self.other = other

    def colour_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.colour
        return self.other


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = []
        self.light = Vector(-4.0, 6.0, -3.0)
        self.ambient = 0.1
        self.max_depth = 3

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            # A sky that darkens upwards.
            k = 0.5 * (ray.direction.y + 1.0)
            return Vector(0.6, 0.7, 0.9) * (1.0 - k) + Vector(0.1, 0.2, 0.5) * k
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        m = obj.material
        base = m.colour_at(point)
        colour = base * self.ambient
        offset_point = point + normal * 1e-4
        light_vec = self.light - point
        distance = light_vec.length()
        to_light = light_vec * (1.0 / distance)
        lambert = normal.dot(to_light)
        if lambert > 0.0 and not self.in_shadow(offset_point, to_light, distance):
            colour = colour + base * (m.diffuse * lambert)
            half = (to_light - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                power = 1
                while power < m.shininess:
                    spec = spec * spec
                    power *= 2
                colour = colour + WHITE * (m.specular * spec)
        if m.reflect > 0.0 and depth < self.max_depth:
            d = ray.direction
            reflected = d - normal * (2.0 * d.dot(normal))
            bounce = self.trace(Ray(offset_point, reflected), depth + 1)
            colour = colour * (1.0 - m.reflect) + bounce * m.reflect
        return colour


def build_scene():
    scene = Scene()
    scene.objects.append(Plane(Vector(0.0, -1.0, 0.0), Vector(0.0, 1.0, 0.0),
                               Checker(Vector(0.9, 0.9, 0.9), Vector(0.2, 0.2, 0.2),
                                       0.8, 0.1, 8, 0.2)))
    scene.objects.append(Sphere(Vector(0.0, 0.0, 3.0), 1.0,
                                Material(Vector(0.9, 0.2, 0.2), 0.7, 0.5, 32, 0.3)))
    scene.objects.append(Sphere(Vector(-2.2, -0.3, 4.0), 0.7,
                                Material(Vector(0.2, 0.8, 0.3), 0.8, 0.3, 16, 0.1)))
    scene.objects.append(Sphere(Vector(2.0, 0.2, 5.0), 1.2,
                                Material(Vector(0.3, 0.4, 0.9), 0.6, 0.8, 64, 0.5)))
    scene.objects.append(Sphere(Vector(0.7, -0.7, 1.6), 0.3,
                                Material(Vector(0.95, 0.85, 0.2), 0.9, 0.2, 8, 0.0)))
    return scene


def clamp_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0)


def render(scene, width, height):
    eye = Vector(0.0, 0.5, -3.0)
    target = Vector(0.0, 0.0, 3.0)
    forward = (target - eye).normalized()
    right = Vector(0.0, 1.0, 0.0).cross(forward).normalized()
    up = forward.cross(right)
    aspect = width / height
    checksum = 0
    histogram = [0] * 8
    for j in range(height):
        y = 1.0 - 2.0 * (j + 0.5) / height
        for i in range(width):
            x = (2.0 * (i + 0.5) / width - 1.0) * aspect
            direction = (forward + right * (x * 0.7) + up * (y * 0.7)).normalized()
            c = scene.trace(Ray(eye, direction), 0)
            r = clamp_byte(c.x)
            g = clamp_byte(c.y)
            b = clamp_byte(c.z)
            checksum = (checksum * 33 + (r << 16 | g << 8 | b)) & 0xFFFFFFFF
            histogram[(r + g + b) // 96] += 1
    return checksum, histogram


def main():
    scene = build_scene()
    checksum, histogram = render(scene, 320, 240)
    print("raytrace checksum", checksum, histogram)


main()
