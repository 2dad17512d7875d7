"""Helper module that itself imports another helper module."""
import mod_counter
from mod_geometry import Rect

def make_square(n):
    mod_counter.bump()
    return Rect(n, n)
