[jit] evens (generator.py:2) bytecode 32 words, OSR at pc 7 (line 3): bailout GENERATOR: generator functions are not compiled yet (YIELD_VALUE/SEND)
