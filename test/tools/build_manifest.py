#!/usr/bin/env python3
"""Build test/programs/manifest.json, the map from PYTHON.md items to the programs covering them.

ITEMS below is the canonical list: one stable id per item of /work/shared/PYTHON.md (the doc
string quotes or paraphrases its wording). Each program declares what it covers on its
first line:

    # covers: type.str.split, exc.ValueError

This script joins the two: every id gets the sorted list of programs whose header names it.
It fails (exit 1) if a header names an id missing from ITEMS or a program has no header;
ids without programs are reported by check_manifest.py. Helper modules (mod_*.py) are
listed under "_helpers" and carry no header.

Usage: python3 test/tools/build_manifest.py
"""
import json
import os
import sys

TOOLS_DIR = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.normpath(os.path.join(TOOLS_DIR, "..", "programs"))
MANIFEST = os.path.join(PROGRAMS_DIR, "manifest.json")

# (id, doc, optional). Optional items may have no program.
ITEMS = [
    # ---- Language: literals
    ("lang.literal.int", "int literals, arbitrary precision", False),
    ("lang.literal.int_bases", "int literals with 0x/0o/0b prefixes", False),
    ("lang.literal.int_underscore", "`_` separators in numeric literals", False),
    ("lang.literal.float", "float literals", False),
    ("lang.literal.float_inf_nan", "inf/nan via float()", False),
    ("lang.literal.complex", "complex literals (optional)", True),
    ("lang.literal.str_escapes", "str literals with all escapes", False),
    ("lang.literal.str_named_escape", "\\N{name} escapes (optional)", True),
    ("lang.literal.str_raw", "raw string literals", False),
    ("lang.literal.str_triple", "triple-quoted string literals", False),
    ("lang.literal.str_concat", "implicit concatenation of adjacent literals", False),
    ("lang.literal.fstring", "f-strings", False),
    ("lang.fstring.spec", "f-strings with format specs", False),
    ("lang.fstring.conversion", "f-strings with !r/!s", False),
    ("lang.literal.bytes", "bytes literals", False),
    ("lang.literal.bool_none", "True/False/None", False),
    ("lang.literal.ellipsis", "the ... literal", False),
    # ---- Language: expressions
    ("lang.expr.arith", "arithmetic operators with Python semantics", False),
    ("lang.expr.floordiv_mod", "floor division and modulo signs", False),
    ("lang.expr.pow", "** with negative and float exponents", False),
    ("lang.expr.int_float_mix", "int/float mixing", False),
    ("lang.expr.bitwise", "bitwise operators", False),
    ("lang.expr.unary", "unary operators (-, +, ~)", False),
    ("lang.expr.compare", "comparison operators", False),
    ("lang.expr.chained_compare", "chained comparisons", False),
    ("lang.expr.is", "is / is not", False),
    ("lang.expr.in", "in / not in", False),
    ("lang.expr.and_or_not", "and/or/not short-circuit returning operands", False),
    ("lang.expr.ternary", "conditional expressions", False),
    ("lang.expr.precedence", "operator precedence and associativity", False),
    ("lang.expr.lambda", "lambda", False),
    ("lang.expr.walrus", "walrus :=", False),
    ("lang.expr.slice", "slicing", False),
    ("lang.expr.slice_step", "slicing with steps", False),
    ("lang.expr.slice_negative", "slicing with negative indices", False),
    ("lang.expr.star_call", "star-unpacking in calls", False),
    ("lang.expr.star_display", "star-unpacking in displays", False),
    ("lang.expr.listcomp", "list comprehensions", False),
    ("lang.expr.dictcomp", "dict comprehensions", False),
    ("lang.expr.setcomp", "set comprehensions", False),
    ("lang.expr.genexp", "generator expressions", False),
    ("lang.expr.comp_nested", "comprehensions with nested for", False),
    ("lang.expr.comp_if", "comprehensions with if", False),
    # ---- Language: statements
    ("lang.stmt.assign_chained", "assignment: chained", False),
    ("lang.stmt.assign_tuple", "assignment: tuple/list unpacking", False),
    ("lang.stmt.assign_star", "assignment: star unpacking", False),
    ("lang.stmt.assign_attr", "assignment to attributes", False),
    ("lang.stmt.assign_subscript", "assignment to subscripts", False),
    ("lang.stmt.assign_slice", "assignment to slices", False),
    ("lang.stmt.augassign", "augmented assignment", False),
    ("lang.stmt.del", "del", False),
    ("lang.stmt.pass", "pass", False),
    ("lang.stmt.if", "if/elif/else", False),
    ("lang.stmt.while_else", "while/else", False),
    ("lang.stmt.for", "for loops", False),
    ("lang.stmt.for_else", "for/else", False),
    ("lang.stmt.break", "break", False),
    ("lang.stmt.continue", "continue", False),
    ("lang.stmt.return", "return", False),
    ("lang.stmt.global", "global", False),
    ("lang.stmt.nonlocal", "nonlocal", False),
    ("lang.stmt.assert", "assert", False),
    ("lang.stmt.raise", "raise (and bare re-raise)", False),
    ("lang.stmt.raise_from", "raise … from …", False),
    ("lang.stmt.try_except", "try/except", False),
    ("lang.stmt.try_else", "try/except/else", False),
    ("lang.stmt.try_finally", "try/finally", False),
    ("lang.stmt.exception_groups", "exception groups, except* (optional)", True),
    ("lang.stmt.with", "with", False),
    ("lang.stmt.with_multiple", "with (multiple items)", False),
    ("lang.stmt.import", "import x", False),
    ("lang.stmt.import_as", "import x as y", False),
    ("lang.stmt.from_import", "from x import y", False),
    ("lang.stmt.import_own", "imports of the program's own modules beside the main file", False),
    ("lang.stmt.import_builtin", "imports of the built-in modules", False),
    # ---- Language: functions
    ("lang.func.positional", "positional parameters", False),
    ("lang.func.default", "default parameter values", False),
    ("lang.func.keyword", "keyword arguments", False),
    ("lang.func.kwonly", "keyword-only parameters", False),
    ("lang.func.varargs", "*args", False),
    ("lang.func.kwargs", "**kwargs", False),
    ("lang.func.posonly", "positional-only parameters /", False),
    ("lang.func.first_class", "functions as values", False),
    ("lang.func.attributes", "function attributes (__name__, __doc__, __defaults__, __qualname__)", False),
    ("lang.func.closure", "closures", False),
    ("lang.func.closure_cell", "closures: cell semantics", False),
    ("lang.func.late_binding", "closures: late binding", False),
    ("lang.func.decorator", "decorators", False),
    ("lang.func.recursion", "recursion", False),
    ("lang.func.recursion_error", "recursion with RecursionError", False),
    ("lang.gen.yield", "generators: yield", False),
    ("lang.gen.yield_from", "generators: yield from", False),
    ("lang.gen.send", "generators: send", False),
    ("lang.gen.throw", "generators: throw", False),
    ("lang.gen.close", "generators: close", False),
    ("lang.gen.return", "generators: return value in StopIteration", False),
    # ---- Language: classes
    ("lang.class.basic", "class definitions and instances", False),
    ("lang.class.methods", "instance methods, bound methods", False),
    ("lang.class.inheritance", "single inheritance", False),
    ("lang.class.multiple_inheritance", "multiple inheritance", False),
    ("lang.class.mro", "C3 MRO", False),
    ("lang.class.super", "super() (zero-argument)", False),
    ("lang.class.init", "__init__", False),
    ("lang.class.new", "__new__", False),
    ("lang.class.class_attr", "class attributes", False),
    ("lang.class.staticmethod", "@staticmethod", False),
    ("lang.class.classmethod", "@classmethod", False),
    ("lang.class.property_getter", "@property (getter)", False),
    ("lang.class.property_setter", "@property (setter)", False),
    ("lang.class.slots", "__slots__", False),
    ("lang.class.user_exception", "user exception classes", False),
    ("dunder.repr", "__repr__", False),
    ("dunder.str", "__str__", False),
    ("dunder.eq", "__eq__", False),
    ("dunder.compare", "the other rich comparisons (__lt__, __le__, __gt__, __ge__, __ne__)", False),
    ("dunder.hash", "__hash__", False),
    ("dunder.len", "__len__", False),
    ("dunder.getitem", "__getitem__", False),
    ("dunder.setitem", "__setitem__", False),
    ("dunder.delitem", "__delitem__", False),
    ("dunder.contains", "__contains__", False),
    ("dunder.iter_next", "__iter__/__next__", False),
    ("dunder.iter", "__iter__ written as a generator", False),
    ("dunder.arith", "arithmetic dunders", False),
    ("dunder.reflected", "reflected arithmetic dunders", False),
    ("dunder.inplace", "in-place arithmetic dunders", False),
    ("dunder.call", "__call__", False),
    ("dunder.bool", "__bool__", False),
    ("dunder.enter_exit", "__enter__/__exit__", False),
    ("dunder.getattr", "__getattr__", False),
    ("dunder.index", "__index__ (and __int__/__float__ conversions)", False),
    ("lang.not_required.async", "async/await (not required now)", True),
    ("lang.not_required.match", "match (not required now)", True),
    ("lang.not_required.metaclass", "metaclasses beyond type (not required now)", True),
    ("lang.not_required.exec_eval", "exec/eval of strings (optional)", True),
    ("lang.not_required.descriptors", "descriptors beyond property/staticmethod/classmethod (not required now)", True),
    ("vm.unsupported_syntax", "constructs outside the list fail at compile time with "
     "`SyntaxError: <construct> is not supported by corevm` (corevm-only behaviour: CPython "
     "accepts these, so it cannot be recorded here)", True),
    # ---- Built-in types
    ("type.int", "int", False),
    ("type.int.methods", "int methods (bit_length, to_bytes, from_bytes, as_integer_ratio, ...)", False),
    ("type.float", "float", False),
    ("type.float.methods", "float methods (is_integer, as_integer_ratio, hex, fromhex)", False),
    ("type.bool", "bool", False),
    ("type.str", "str", False),
    ("type.str.split", "str.split (and rsplit)", False),
    ("type.str.join", "str.join", False),
    ("type.str.strip", "str strip family", False),
    ("type.str.replace", "str.replace", False),
    ("type.str.find", "str find/index (and rfind/rindex/count)", False),
    ("type.str.startswith", "str startswith/endswith", False),
    ("type.str.upper_lower", "str upper/lower (and the other case methods)", False),
    ("type.str.format", "str.format", False),
    ("type.str.percent", "% formatting", False),
    ("type.str.isdigit", "str isdigit family", False),
    ("type.str.ljust", "str ljust/rjust/center/zfill", False),
    ("type.str.encode", "str.encode (and bytes.decode)", False),
    ("type.str.methods", "other common str methods (partition, splitlines, expandtabs)", False),
    ("type.bytes", "bytes", False),
    ("type.bytes.methods", "bytes methods", False),
    ("type.list", "list", False),
    ("type.list.append", "list.append", False),
    ("type.list.extend", "list.extend", False),
    ("type.list.insert", "list.insert", False),
    ("type.list.pop", "list.pop", False),
    ("type.list.remove", "list.remove", False),
    ("type.list.index", "list.index", False),
    ("type.list.count", "list.count", False),
    ("type.list.sort", "list.sort with key/reverse", False),
    ("type.list.sort_stable", "sort is stable", False),
    ("type.list.reverse", "list.reverse", False),
    ("type.list.copy", "list.copy", False),
    ("type.tuple", "tuple", False),
    ("type.dict", "dict", False),
    ("type.dict.get", "dict.get", False),
    ("type.dict.setdefault", "dict.setdefault", False),
    ("type.dict.pop", "dict.pop", False),
    ("type.dict.views", "dict items/keys/values views", False),
    ("type.dict.update", "dict.update", False),
    ("type.dict.copy", "dict.copy", False),
    ("type.dict.order", "dict insertion and comprehension order", False),
    ("type.set", "set", False),
    ("type.set.operators", "set: the operators", False),
    ("type.set.methods", "set: the methods", False),
    ("type.set.int_order", "iteration order of sets of small ints (CPython hash-table order)", False),
    ("type.frozenset", "frozenset", False),
    ("type.range", "range", False),
    ("type.slice", "slice", False),
    ("type.object", "object", False),
    ("type.type", "type", False),
    # ---- Built-in functions
    ("builtin.func.print", "print (sep, end)", False),
    ("builtin.func.print_file", "print (file=sys.stderr, flush)", False),
]
for _name in ("len range enumerate zip map filter sorted reversed sum min max abs round divmod "
              "pow hash id repr str int float bool chr ord hex oct bin isinstance issubclass iter "
              "next getattr setattr hasattr delattr callable all any list tuple dict set frozenset "
              "type vars dir format").split():
    ITEMS.append((f"builtin.func.{_name}", f"built-in function {_name}()", False))
ITEMS += [
    ("builtin.func.input", "input() (optional: programs must not read stdin)", True),
    ("builtin.func.open", "open (files: read/write text in the working directory, with `with`)", False),
    ("file.write_read", "files: write then read back text", False),
    ("file.iterate", "files: readline/readlines/iteration", False),
    ("file.append", "files: append mode", False),
    ("file.close", "files: closing, `with` closes", False),
]
# ---- Exceptions
for _name in ("BaseException Exception ArithmeticError ZeroDivisionError OverflowError LookupError "
              "IndexError KeyError TypeError ValueError AttributeError NameError UnboundLocalError "
              "RuntimeError RecursionError NotImplementedError StopIteration AssertionError "
              "ImportError ModuleNotFoundError MemoryError KeyboardInterrupt SystemExit OSError "
              "FileNotFoundError").split():
    ITEMS.append((f"exc.{_name}", f"exception class {_name}", False))
ITEMS += [
    ("exc.hierarchy", "the CPython hierarchy from BaseException down", False),
    ("traceback.basic", "uncaught exception: `Traceback (most recent call last):`, "
     "`  File \"x.py\", line N, in f`, the source line, the final `Type: message` on stderr", False),
    ("traceback.exit_status", "uncaught exception exits with status 1", False),
    ("traceback.frames", "traceback through several frames (functions, lambdas, comprehensions, "
     "class bodies, recursion)", False),
    ("traceback.method", "traceback from methods", False),
    ("traceback.generator", "traceback from generators", False),
    ("traceback.cause", "chained traceback: raise … from … (direct cause)", False),
    ("traceback.context", "implicit chaining: During handling of the above exception, "
     "another exception occurred:", False),
    ("traceback.suppress_context", "raise … from None hides the context", False),
    ("traceback.user_exception", "traceback of a user exception class", False),
    ("traceback.carets", "CPython 3.11 ~~~^^^ markers under the failing expression", False),
    ("traceback.suggestions", "CPython 3.11 'Did you mean' suggestions for NameError/AttributeError", False),
    # ---- Modules
    ("module.sys.argv", "sys.argv", False),
    ("module.sys.exit", "sys.exit (int, str, None)", False),
    ("module.sys.stdout", "sys.stdout write", False),
    ("module.sys.stderr", "sys.stderr write", False),
    ("module.sys.recursionlimit", "sys.setrecursionlimit/getrecursionlimit", False),
    ("module.sys.maxsize", "sys.maxsize", False),
    ("module.sys.version_info", "sys.version_info", False),
    ("module.math.constants", "math constants (pi, e, tau, inf, nan)", False),
    ("module.math.floor_ceil", "math floor/ceil/trunc/fabs/modf/fmod/copysign/remainder", False),
    ("module.math.sqrt_pow", "math sqrt/isqrt/pow/hypot/dist", False),
    ("module.math.exp_log", "math exp/log/log2/log10/log1p/expm1", False),
    ("module.math.trig", "math trigonometric and hyperbolic functions, degrees/radians", False),
    ("module.math.integer", "math factorial/gcd/lcm/comb/perm/prod", False),
    ("module.math.classify", "math isfinite/isinf/isnan/isclose", False),
    ("module.math.misc", "math fsum/frexp/ldexp/ulp/nextafter", False),
    ("module.math.errors", "math: CPython's error behaviour (ValueError/OverflowError/TypeError)", False),
    ("module.time.time", "time.time", False),
    ("module.time.perf_counter", "time.perf_counter", False),
    ("module.time.sleep", "time.sleep", False),
    ("module.time.monotonic", "time.monotonic", False),
]
for _name in "seed random randint randrange choice choices shuffle sample uniform gauss".split():
    ITEMS.append((f"module.random.{_name}", f"random.{_name} (Mersenne Twister, seeded sequences "
                  "identical to CPython's)", False))
for _name in ("count cycle repeat chain islice product permutations combinations accumulate "
              "zip_longest").split():
    ITEMS.append((f"module.itertools.{_name}", f"itertools.{_name}", False))
for _name in "reduce partial lru_cache wraps".split():
    ITEMS.append((f"module.functools.{_name}", f"functools.{_name}", False))
for _name in "deque defaultdict OrderedDict Counter namedtuple".split():
    ITEMS.append((f"module.collections.{_name}", f"collections.{_name}", False))
ITEMS += [
    ("module.operator.functions", "operator: operator functions", False),
    ("module.operator.getters", "operator: itemgetter/attrgetter/methodcaller", False),
    ("module.string.constants", "string constants", False),
    ("module.io.StringIO", "io.StringIO", False),
    ("module.array.array", "array (typed arrays)", False),
    ("module.gc", "gc", False),
    ("module.threading", "threading (with its own issues)", True),
    ("module.signal", "signal (with its own issues)", True),
    # ---- Larger "real program" tests
    ("program.calculator", "real program: tokenizer, parser and calculator", False),
    ("program.json", "real program: JSON encoder/decoder", False),
    ("program.particles", "real program: particle simulation", False),
    ("program.adventure", "real program: text adventure state machine", False),
    ("program.scheduler", "real program: priority-queue scheduler", False),
    ("program.matrix", "real program: matrix library with operator overloading", False),
    ("program.bank", "real program: bank-account OOP", False),
    ("program.sudoku", "real program: sudoku solver", False),
    ("program.lru", "real program: LRU cache", False),
    ("program.template", "real program: regex-free template engine", False),
    ("program.life", "real program: Game of Life", False),
    ("program.graphs", "real program: graph algorithms", False),
    ("program.vm", "real program: compiler and stack VM", False),
    ("program.rsa", "real program: toy RSA with big integers", False),
    ("program.inventory", "real program: inventory report", False),
    ("program.events", "real program: event bus", False),
    ("program.textstats", "real program: text statistics", False),
    # ---- Shaped for the JIT (not a PYTHON.md item: the tiers must agree with CPython)
    ("tier.jit", "programs shaped for the JIT: hot loops entered on-stack, sites whose types "
     "change while hot (deopt), compiled generators, names and strings that mean something "
     "to JavaScript", True),
]


def read_header(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    if not first.startswith("# covers:"):
        return None
    return [i.strip() for i in first[len("# covers:"):].split(",") if i.strip()]


def main():
    ids = [i for i, _, _ in ITEMS]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        sys.exit(f"build_manifest: duplicate ids {dupes}")
    covered = {i: [] for i in ids}
    helpers, problems = [], []
    for root, dirs, files in os.walk(PROGRAMS_DIR):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            rel = os.path.relpath(os.path.join(root, name), PROGRAMS_DIR).replace(os.sep, "/")
            if name.startswith("mod_"):
                helpers.append(rel)
                continue
            header = read_header(os.path.join(root, name))
            if not header:
                problems.append(f"{rel}: no '# covers:' header on line 1")
                continue
            for item in header:
                if item not in covered:
                    problems.append(f"{rel}: unknown id {item!r}")
                else:
                    covered[item].append(rel)
    if problems:
        for p in problems:
            print("ERROR", p, file=sys.stderr)
        sys.exit(1)
    manifest = {"_helpers": sorted(helpers)}
    for item, doc, optional in ITEMS:
        entry = {"doc": doc, "programs": sorted(covered[item])}
        if optional:
            entry["optional"] = True
        manifest[item] = entry
    with open(MANIFEST, "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {os.path.relpath(MANIFEST)}: {len(ITEMS)} items, "
          f"{sum(len(v) for v in covered.values())} program references, {len(helpers)} helpers")


if __name__ == "__main__":
    main()
