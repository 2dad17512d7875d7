# covers: module.sys.maxsize, module.sys.version_info, type.float
# sys.float_info and sys.int_info are named tuples of the platform's number facts.
import sys

fi = sys.float_info
print(fi)
print(fi.epsilon, fi.max, fi.min, fi.dig, fi.mant_dig, fi[0] == fi.max, len(fi), isinstance(fi, tuple))
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2, fi.min / 2 > 0)
print(sys.int_info, sys.int_info.bits_per_digit, sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
print(sys.getdefaultencoding(), sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major)
