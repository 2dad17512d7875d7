# covers: lang.stmt.import_builtin, module.sys.argv
import sys
import math as m
from sys import maxsize
print(m.floor(2.5), maxsize > 0, sys.maxsize == maxsize)
print(type(sys).__name__, sys.__name__, m.__name__)
