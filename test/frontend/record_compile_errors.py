#!/usr/bin/env python3
# Records CPython 3.11's compile-time SyntaxErrors raised after parsing (by its symtable and
# compiler) for small sources, into compile-errors.expected.json beside this script; the test
# compile-errors.test.ts checks that corevm's compiler reports the same message and position
# (an end_offset of null is CPython's "no end column", -1 in corevm).
# Regenerate with: python3 test/frontend/record_compile_errors.py
import json
import os
import sys

CASES = {
    # nonlocal / global declarations (symtable)
    'nonlocal_at_module_level': 'nonlocal x\n',
    'nonlocal_in_top_level_class': 'class C:\n    nonlocal x\n',
    'nonlocal_without_binding': 'def f():\n    nonlocal x\n',
    'nonlocal_of_a_global': 'x = 1\ndef f():\n    global x\n    def g():\n        nonlocal x\n',
    'nonlocal_and_global': 'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
    'nonlocal_parameter': 'def f(x):\n    nonlocal x\n',
    'nonlocal_after_use': 'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n',
    'nonlocal_after_assignment': 'def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n',
    'nonlocal_annotated': 'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 2\n',
    'global_parameter': 'def f(x):\n    global x\n',
    'global_after_use': 'def f():\n    print(x)\n    global x\n',
    'global_after_assignment': 'def f():\n    x = 1\n    global x\n',
    'global_then_annotation': 'def f():\n    global x\n    x: int = 1\n',
    'annotation_then_global': 'def f():\n    x: int\n    global x\n',
    'global_after_use_at_module_level': 'print(x)\nglobal x\n',
    'global_parameter_in_lambda_body_function': 'def f(*args):\n    global args\n',
    # parameters
    'duplicate_argument': 'def f(a, b, a):\n    pass\n',
    'duplicate_argument_lambda': 'f = lambda a, a: 1\n',
    'duplicate_star_argument': 'def f(a, *a):\n    pass\n',
    'duplicate_keyword_only_argument': 'def f(a, *, b, a=1):\n    pass\n',
    'duplicate_mangled_argument': 'class C:\n    def f(self, __a, _C__a):\n        pass\n',
    'debug_parameter': 'def f(__debug__):\n    pass\n',
    # return / yield / break / continue placement (compiler and symtable)
    'return_at_module_level': 'return 1\n',
    'return_in_class_body': 'class C:\n    return 1\n',
    'return_after_method': 'class C:\n    def f(self):\n        return 1\n    return 2\n',
    'yield_at_module_level': 'x = (yield 1)\n',
    'yield_in_class_body': 'class C:\n    yield 1\n',
    'yield_from_at_module_level': 'yield from x\n',
    'yield_in_list_comprehension': 'def f():\n    return [(yield x) for x in y]\n',
    'yield_in_set_comprehension': 'def f():\n    return {(yield x) for x in y}\n',
    'yield_in_dict_comprehension': 'def f():\n    return {x: (yield x) for x in y}\n',
    'yield_in_generator_expression': 'def f():\n    return ((yield x) for x in y)\n',
    'break_outside_loop': 'break\n',
    'continue_outside_loop': 'if 1:\n    continue\n',
    'break_in_function_in_loop': 'for x in y:\n    def f():\n        break\n',
    'break_in_class_in_loop': 'while x:\n    class C:\n        break\n',
    'continue_in_loop_else': 'for x in y:\n    pass\nelse:\n    continue\n',
    'break_in_dead_code': 'def f():\n    return\n    break\n',
    # except clauses
    'bare_except_not_last': 'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n',
    # calls
    'keyword_argument_repeated': 'f(a=1, a=2)\n',
    'keyword_argument_repeated_method': 'o.m(1, b=1, c=2, b=3)\n',
    'keyword_argument_repeated_class': 'class C(a=1, a=2):\n    pass\n',
    'debug_keyword_argument': 'f(__debug__=1)\n',
    # assignment targets
    'starred_target_alone': '*a = [1]\n',
    'starred_expression_alone': 'x = *a\n',
    'multiple_starred_targets': 'a, *b, *c = d\n',
    'too_many_before_star': ', '.join('a%d' % i for i in range(256)) + ', *rest = x\n',
    'assign_to_debug': '__debug__ = 1\n',
    'delete_debug': 'del __debug__\n',
    'assign_to_debug_attribute': 'x.__debug__ = 1\n',
    # imports
    'import_star_in_function': 'def f():\n    from m import *\n',
    'import_star_in_class': 'class C:\n    from m import *\n',
    # assignment expressions in comprehensions (symtable)
    'walrus_in_comprehension_iterable': '[x for x in (y := [1])]\n',
    'walrus_in_inner_iterable': '[x for z in w for x in (y := [1])]\n',
    'walrus_rebinds_iteration_variable': '[x := 1 for x in y]\n',
    'walrus_rebinds_tuple_iteration_variable': '[i := 0 for i, j in x]\n',
    'walrus_rebinds_inner_iteration_variable': '[(j := 0) for i in x for j in y]\n',
    'walrus_in_class_comprehension': 'class C:\n    [(y := 1) for x in z]\n',
    'inner_loop_rebinds_walrus_target': '[j for i in x if (j := 1) for j in y]\n',
    # limits
    'too_many_nested_blocks': ''.join('    ' * i + 'for x%d in y:\n' % i for i in range(21)) + '    ' * 21 + 'pass\n',
    'too_many_nested_try_blocks': ''.join('    ' * i + 'try:\n' for i in range(21)) + '    ' * 21 + 'pass\n'
        + ''.join('    ' * i + 'finally:\n' + '    ' * (i + 1) + 'pass\n' for i in reversed(range(21))),
    # future statements (CPython's future.c runs before the symtable)
    'late_future_import': '"""doc"""\nfrom __future__ import annotations\nimport os\nfrom __future__ import division\n',
    'future_import_after_statement_on_same_line': 'import os; from __future__ import division\n',
    'future_import_in_function': 'def f():\n    from __future__ import annotations\n',
    'future_braces': 'from __future__ import braces\n',
    'future_feature_unknown': 'from __future__ import nope, annotations\n',
    'future_error_before_symtable_error': 'nonlocal x\nfrom __future__ import braces\n',
    # which error wins: the symtable runs over the whole module before code generation
    'symtable_error_reported_before_compiler_error': 'break\nnonlocal x\n',
    'first_compiler_error_in_source_order': 'def f():\n    continue\nreturn 5\n',
}


def record(source, name):
    try:
        compile(source, name + '.py', 'exec')
    except SyntaxError as e:
        return {'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
    sys.exit(f'{name}: CPython compiled it without error')


def main():
    out = {name: {'source': src, **record(src, name)} for name, src in CASES.items()}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'compile-errors.expected.json')
    with open(path, 'w') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(f'wrote {len(out)} cases to {path}')


if __name__ == '__main__':
    main()
