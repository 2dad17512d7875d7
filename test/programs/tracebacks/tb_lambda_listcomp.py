# covers: traceback.frames
transform = lambda x: 10 // x
data = [5, 2, 0, 1]
print([transform(x) for x in data[:2]])
print([transform(x) for x in data])
