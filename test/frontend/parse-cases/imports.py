# import and from-import forms.
import os
import os.path
import os.path as osp, sys
import a.b.c as d
from os import path
from os import path as p, sep
from os.path import (join, exists,)
from . import sibling
from .. import parent
from .module import name
from ..pkg.mod import (a as b, c)
from ... import deep
from .... import deeper
from math import *
