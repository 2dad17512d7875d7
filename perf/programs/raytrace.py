# Operator overloading on vector classes: a small ray tracer (spheres over a checkered
# plane, one point light, shadows and one level of reflection) whose arithmetic goes through
# Vec.__add__/__sub__/__mul__/__neg__. Renders an n x n image and prints a checksum of the
# 0-255 colour values and a coarse ASCII preview.
import math
import sys

DEFAULT_N = 200


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def blend(self, other):
        return Vec(self.x * other.x, self.y * other.y, self.z * other.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal_at(self, point):
        return (point - self.center).normalized()

    def color_at(self, point):
        return self.color


class Plane:
    def __init__(self, height, reflect):
        self.height = height
        self.reflect = reflect

    def intersect(self, ray):
        if abs(ray.direction.y) < 1e-9:
            return None
        t = (self.height - ray.origin.y) / ray.direction.y
        return t if t > 1e-6 else None

    def normal_at(self, point):
        return Vec(0.0, 1.0, 0.0)

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.2, 0.2, 0.25)


class Scene:
    def __init__(self):
        self.objects = [
            Plane(-1.0, 0.2),
            Sphere(Vec(0.0, 0.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.0, -0.25, 6.5), 0.75, Vec(0.2, 0.8, 0.3), 0.1),
            Sphere(Vec(1.8, -0.4, 4.2), 0.6, Vec(0.3, 0.4, 0.95), 0.5),
        ]
        self.light = Vec(-4.0, 6.0, 0.0)
        self.ambient = 0.12

    def nearest(self, ray):
        best, best_t = None, 1e30
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vec(0.5, 0.7, 1.0) * (0.5 + 0.5 * ray.direction.y)
        point = ray.at(t)
        normal = obj.normal_at(point)
        to_light = self.light - point
        distance = to_light.length()
        to_light = to_light * (1.0 / distance)
        diffuse = 0.0
        if not self.shadowed(point, to_light, distance):
            diffuse = max(0.0, normal.dot(to_light))
        color = obj.color_at(point) * (self.ambient + (1.0 - self.ambient) * diffuse)
        if depth > 0 and obj.reflect > 0:
            bounce = ray.direction - normal * (2 * ray.direction.dot(normal))
            reflected = self.trace(Ray(point, bounce), depth - 1)
            color = color * (1 - obj.reflect) + reflected * obj.reflect
        return color


def to_byte(c):
    return min(255, max(0, int(c * 255)))


def render(scene, size):
    eye = Vec(0.0, 0.5, -1.0)
    rows = []
    for j in range(size):
        row = []
        for i in range(size):
            x = (i + 0.5) / size * 2 - 1
            y = 1 - (j + 0.5) / size * 2
            color = scene.trace(Ray(eye, Vec(x, y - 0.3, 1.5)), 2)
            row.append((to_byte(color.x), to_byte(color.y), to_byte(color.z)))
        rows.append(row)
    return rows


def main(n):
    rows = render(Scene(), n)
    checksum = 0
    for row in rows:
        for r, g, b in row:
            checksum = (checksum * 7 + r * 65536 + g * 256 + b) % 1000000007
    shades = " .:-=+*#%@"
    step = max(1, n // 20)
    preview = []
    for row in rows[::step]:
        cells = [shades[(r + g + b) * len(shades) // 766] for r, g, b in row[::step]]
        preview.append("".join(cells))
    return f"checksum: {checksum}\n" + "\n".join(preview)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))
