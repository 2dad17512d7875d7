# covers: traceback.frames
def level_three(x):
    raise RuntimeError(f"failed with {x}")

def level_two(x):
    level_three(x * 2)

def level_one(x):
    level_two(x + 1)

print("start")
level_one(1)
