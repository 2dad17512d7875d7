# covers: program.particles
"""A small 2-D particle simulation: vectors with operator overloading, walls, gravity, drag."""
import math
import random


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __repr__(self):
        return f"Vec({self.x:.3f}, {self.y:.3f})"


class Particle:
    def __init__(self, pid, pos, vel, mass):
        self.pid, self.pos, self.vel, self.mass = pid, pos, vel, mass
        self.bounces = 0

    def kinetic(self):
        return 0.5 * self.mass * abs(self.vel) ** 2

    def __repr__(self):
        return f"P{self.pid}(pos={self.pos}, vel={self.vel}, bounces={self.bounces})"


class World:
    GRAVITY = Vec(0.0, -9.81)

    def __init__(self, width, height, drag=0.01):
        self.width, self.height, self.drag = width, height, drag
        self.particles = []
        self.time = 0.0

    def add(self, p):
        self.particles.append(p)

    def step(self, dt):
        for p in self.particles:
            p.vel += self.GRAVITY * dt
            p.vel = p.vel * (1.0 - self.drag * dt)
            p.pos += p.vel * dt
            self.collide_walls(p)
        self.time += dt

    def collide_walls(self, p):
        if p.pos.x < 0:
            p.pos.x, p.vel.x = -p.pos.x, -p.vel.x * 0.9
            p.bounces += 1
        elif p.pos.x > self.width:
            p.pos.x, p.vel.x = 2 * self.width - p.pos.x, -p.vel.x * 0.9
            p.bounces += 1
        if p.pos.y < 0:
            p.pos.y, p.vel.y = -p.pos.y, -p.vel.y * 0.8
            p.bounces += 1

    def energy(self):
        return sum(p.kinetic() + p.mass * 9.81 * p.pos.y for p in self.particles)

    def centroid(self):
        n = len(self.particles)
        total = Vec()
        for p in self.particles:
            total += p.pos
        return total * (1 / n)


random.seed(1234)
world = World(20.0, 50.0)
for i in range(6):
    pos = Vec(round(random.uniform(1, 19), 2), round(random.uniform(5, 30), 2))
    vel = Vec(round(random.uniform(-5, 5), 2), round(random.uniform(-2, 8), 2))
    world.add(Particle(i, pos, vel, mass=1 + i % 3))

print("initial:")
for p in world.particles:
    print(" ", p)
e0 = world.energy()
print(f"energy {e0:.4f}")
for frame in range(1, 6):
    for _ in range(40):
        world.step(0.01)
    c = world.centroid()
    print(f"t={world.time:.2f} centroid={c} energy={world.energy():.4f} "
          f"bounces={sum(p.bounces for p in world.particles)}")
print("final:")
for p in sorted(world.particles, key=lambda p: (-p.bounces, p.pid)):
    print(" ", p, f"ke={p.kinetic():.3f}")
print(world.energy() < e0, Vec(1, 2) == Vec(1, 2), abs(Vec(3, 4)), 2 * Vec(1, 1))
