# covers: traceback.basic, traceback.exit_status
print("before the error")
x = 41
x += 1
raise ValueError(f"raised at module level with x={x}")
print("never printed")
