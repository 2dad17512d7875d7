# covers: module.sys.maxsize, module.sys.version_info
import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, type(sys.maxsize).__name__)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 8), sys.version_info < (4,), sys.version_info[0] == 3)
major, minor, *rest = sys.version_info
print(major, minor, len(rest))
