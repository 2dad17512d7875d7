# covers: traceback.suggestions, exc.NameError
length = 10
width = 3
print(length * width)
print(lenght * width)
