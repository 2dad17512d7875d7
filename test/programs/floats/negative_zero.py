# covers: type.float
z = -0.0
print(z, 0.0 == z, str(z), repr(-0.0 * 5), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0)
print(abs(z), -z, round(-0.4), round(-0.4, 1), int(z), f"{z}", f"{z:.2f}")
print(1 / float("-inf"), -1e-320 * 1e-10, max(0.0, -0.0), min(0.0, -0.0), max(-0.0, 0.0))
import math
print(math.copysign(1, z), math.copysign(1, 0.0), math.atan2(0.0, -0.0))
