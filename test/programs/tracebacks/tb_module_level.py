# covers: traceback.basic, traceback.exit_status
print("before the error")
raise ValueError("raised at module level")
print("never printed")
