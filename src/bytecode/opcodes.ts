// The instruction table: the one and only list of corevm instructions.
// Every consumer (encoder, loader, validator, assembler, disassembler, interpreter, JIT)
// derives what it needs from OPCODES; nothing else may list opcodes. Names follow CPython's
// `dis` where the meaning matches, so `python3 -m dis` output can be compared by eye.
//
// Encoding: code is an Int32Array of words. An instruction is one opcode word followed by one
// word per operand declared here; `pc` is a word index. Jump operands are absolute pcs.

/** What an operand word means, and so how the validator checks it. */
export type OperandKind =
  | 'const' // index into code.consts
  | 'name' // index into code.names
  | 'local' // index into code.varnames (fast locals)
  | 'cell' // index into cellvars ++ freevars
  | 'jump' // absolute target pc, must start an instruction
  | 'count' // non-negative element count
  | 'depth' // stack depth (>= 1) that must exist at this pc
  | 'binop' // BINARY_OP operator id (BINARY_OPS)
  | 'cmpop' // COMPARE_OP operator id (COMPARE_OPS)
  | 'flag' // 0 or 1
  | 'bits'; // a small bit set; the legal mask is in `bitsMask`

export type OpFlag =
  | 'branch' // may continue at its jump operand
  | 'terminator' // never falls through to the next instruction
  | 'backedge' // a loop's closing jump: counted for OSR
  | 'call' // invokes guest or host code
  | 'safepoint' // checks the interrupt flag
  | 'may-throw'; // may raise a guest exception

/** Kind of per-instruction profiling slot the interpreter fills for the JIT. */
export type FeedbackKind = 'none' | 'binary' | 'unary' | 'compare' | 'attr' | 'call' | 'global' | 'subscr' | 'iter';

export interface OpcodeSpec {
  readonly name: string;
  /** Operand names and kinds, in encoding order. */
  readonly operands: ReadonlyArray<readonly [name: string, kind: OperandKind]>;
  /** Forth-style stack effect on fallthrough, e.g. 'left right -- result'. `items[n]` stands
   *  for operand n's value many slots, `x[flags&1]` for one slot when that bit is set. */
  readonly stack: string;
  /** Stack effect when the jump is taken, for branches whose effect differs. */
  readonly jumpStack?: string;
  readonly flags: readonly OpFlag[];
  readonly feedback: FeedbackKind;
  /** Legal bits for a 'bits' operand. */
  readonly bitsMask?: number;
  readonly doc: string;
}

import * as self from './opcodes.js';

const T = 'may-throw' as const;

function op(
  operands: OpcodeSpec['operands'],
  stack: string,
  flags: readonly OpFlag[],
  feedback: FeedbackKind,
  doc: string,
  extra: { jumpStack?: string; bitsMask?: number } = {},
): Omit<OpcodeSpec, 'name'> {
  return { operands, stack, flags, feedback, doc, ...extra };
}

/** Opcode numbers. A const enum so that `case Op.LOAD_CONST:` compiles to a literal and V8
 *  builds a jump table for the interpreter's switch. The binary format version changes
 *  whenever a member is inserted, removed or reordered. */
export const enum Op {
  NOP,
  POP_TOP,
  COPY,
  SWAP,
  LOAD_CONST,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  LOAD_CLOSURE,
  LOAD_CLASSDEREF,
  LOAD_ATTR,
  STORE_ATTR,
  DELETE_ATTR,
  LOAD_METHOD,
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  BUILD_SLICE,
  BINARY_OP,
  COMPARE_OP,
  IS_OP,
  CONTAINS_OP,
  UNARY_NEGATIVE,
  UNARY_POSITIVE,
  UNARY_INVERT,
  UNARY_NOT,
  JUMP_FORWARD,
  JUMP_BACKWARD,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  GET_ITER,
  FOR_ITER,
  RETURN_VALUE,
  CALL,
  CALL_KW,
  CALL_METHOD,
  CALL_METHOD_KW,
  CALL_FUNCTION_EX,
  MAKE_FUNCTION,
  LOAD_BUILD_CLASS,
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  BUILD_MAP,
  BUILD_CONST_KEY_MAP,
  BUILD_STRING,
  FORMAT_VALUE,
  LIST_APPEND,
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  DICT_MERGE,
  LIST_TO_TUPLE,
  UNPACK_SEQUENCE,
  UNPACK_EX,
  RAISE_VARARGS,
  RERAISE,
  PUSH_EXC_INFO,
  POP_EXCEPT,
  CHECK_EXC_MATCH,
  LOAD_ASSERTION_ERROR,
  BEFORE_WITH,
  WITH_EXCEPT_START,
  YIELD_VALUE,
  GET_YIELD_FROM_ITER,
  SEND,
  IMPORT_NAME,
  IMPORT_FROM,
  IMPORT_STAR,
}

export type OpcodeName = keyof typeof Op;

/** The table, keyed by name, in opcode-number order. TypeScript checks that it has exactly
 *  the names of `Op`; the check at the end of this file that both orders agree. */
const SPECS: { readonly [K in OpcodeName]: Omit<OpcodeSpec, 'name'> } = {
  // --- stack manipulation
  NOP: op([], '--', [], 'none', 'Does nothing.'),
  POP_TOP: op([], 'value --', [], 'none', 'Discards the top of stack.'),
  COPY: op([['n', 'depth']], '-- copy', [], 'none', 'Pushes a copy of the n-th item from the top (1 = top).'),
  SWAP: op([['n', 'depth']], '--', [], 'none', 'Swaps the top of stack with the n-th item (n >= 2).'),

  // --- constants and variables
  LOAD_CONST: op([['k', 'const']], '-- value', [], 'none', 'Pushes consts[k].'),
  LOAD_FAST: op([['i', 'local']], '-- value', [T], 'none', 'Pushes local i; UnboundLocalError if unset.'),
  STORE_FAST: op([['i', 'local']], 'value --', [], 'none', 'Stores into local i.'),
  DELETE_FAST: op([['i', 'local']], '--', [T], 'none', 'Unbinds local i; UnboundLocalError if unset.'),
  LOAD_GLOBAL: op([['n', 'name']], '-- value', [T], 'global', 'Pushes global names[n], else the builtin; NameError if neither.'),
  STORE_GLOBAL: op([['n', 'name']], 'value --', [], 'none', 'Stores global names[n].'),
  DELETE_GLOBAL: op([['n', 'name']], '--', [T], 'none', 'Deletes global names[n]; NameError if unset.'),
  LOAD_NAME: op([['n', 'name']], '-- value', [T], 'none', 'Pushes names[n] from locals, globals, then builtins (module and class bodies).'),
  STORE_NAME: op([['n', 'name']], 'value --', [T], 'none', 'Stores names[n] in the locals namespace.'),
  DELETE_NAME: op([['n', 'name']], '--', [T], 'none', 'Deletes names[n] from the locals namespace; NameError if unset.'),
  LOAD_DEREF: op([['i', 'cell']], '-- value', [T], 'none', 'Pushes the contents of cell i; NameError/UnboundLocalError if empty.'),
  STORE_DEREF: op([['i', 'cell']], 'value --', [], 'none', 'Stores into cell i.'),
  DELETE_DEREF: op([['i', 'cell']], '--', [T], 'none', 'Empties cell i; error if already empty.'),
  LOAD_CLOSURE: op([['i', 'cell']], '-- cell', [], 'none', 'Pushes cell i itself (to build a closure tuple).'),
  LOAD_CLASSDEREF: op([['i', 'cell']], '-- value', [T], 'none', 'In a class body: names[...] from the class namespace, else the contents of cell i.'),

  // --- attributes and subscripts
  LOAD_ATTR: op([['n', 'name']], 'obj -- value', [T, 'call'], 'attr', 'Pushes getattr(obj, names[n]).'),
  STORE_ATTR: op([['n', 'name']], 'value obj --', [T, 'call'], 'attr', 'Performs obj.names[n] = value.'),
  DELETE_ATTR: op([['n', 'name']], 'obj --', [T, 'call'], 'none', 'Performs del obj.names[n].'),
  LOAD_METHOD: op([['n', 'name']], 'obj -- method self', [T, 'call'], 'attr',
    'Pushes an unbound method and its receiver, or the attribute value and NULL, for CALL_METHOD.'),
  BINARY_SUBSCR: op([], 'container key -- value', [T, 'call'], 'subscr', 'Pushes container[key].'),
  STORE_SUBSCR: op([], 'value container key --', [T, 'call'], 'subscr', 'Performs container[key] = value.'),
  DELETE_SUBSCR: op([], 'container key --', [T, 'call'], 'none', 'Performs del container[key].'),
  BUILD_SLICE: op([['n', 'count']], 'parts[n] -- slice', [], 'none', 'Builds slice(start, stop[, step]) from 2 or 3 items.'),

  // --- operators
  BINARY_OP: op([['op', 'binop']], 'left right -- result', [T, 'call'], 'binary', 'Applies binary (or in-place) operator op; see BINARY_OPS.'),
  COMPARE_OP: op([['op', 'cmpop']], 'left right -- result', [T, 'call'], 'compare', 'Applies rich comparison op; see COMPARE_OPS.'),
  IS_OP: op([['invert', 'flag']], 'left right -- result', [], 'none', 'Pushes left is right (is not, if invert).'),
  CONTAINS_OP: op([['invert', 'flag']], 'item container -- result', [T, 'call'], 'none', 'Pushes item in container (not in, if invert).'),
  UNARY_NEGATIVE: op([], 'value -- result', [T, 'call'], 'unary', 'Pushes -value.'),
  UNARY_POSITIVE: op([], 'value -- result', [T, 'call'], 'unary', 'Pushes +value.'),
  UNARY_INVERT: op([], 'value -- result', [T, 'call'], 'unary', 'Pushes ~value.'),
  UNARY_NOT: op([], 'value -- result', [T, 'call'], 'none', 'Pushes not value.'),

  // --- control flow
  JUMP_FORWARD: op([['target', 'jump']], '--', ['branch', 'terminator'], 'none', 'Continues at a later pc.'),
  JUMP_BACKWARD: op([['target', 'jump']], '--', ['branch', 'terminator', 'backedge', 'safepoint'], 'none',
    'Closes a loop: continues at an earlier pc, counting the back-edge and checking interrupts.'),
  POP_JUMP_IF_FALSE: op([['target', 'jump']], 'cond --', ['branch', T, 'call'], 'none', 'Pops cond; jumps if it is false.'),
  POP_JUMP_IF_TRUE: op([['target', 'jump']], 'cond --', ['branch', T, 'call'], 'none', 'Pops cond; jumps if it is true.'),
  POP_JUMP_IF_NONE: op([['target', 'jump']], 'value --', ['branch'], 'none', 'Pops value; jumps if it is None.'),
  POP_JUMP_IF_NOT_NONE: op([['target', 'jump']], 'value --', ['branch'], 'none', 'Pops value; jumps if it is not None.'),
  JUMP_IF_FALSE_OR_POP: op([['target', 'jump']], 'cond --', ['branch', T, 'call'], 'none',
    'If cond is false, jumps keeping it; otherwise pops it.', { jumpStack: 'cond -- cond' }),
  JUMP_IF_TRUE_OR_POP: op([['target', 'jump']], 'cond --', ['branch', T, 'call'], 'none',
    'If cond is true, jumps keeping it; otherwise pops it.', { jumpStack: 'cond -- cond' }),
  GET_ITER: op([], 'iterable -- iter', [T, 'call'], 'none', 'Pushes iter(iterable).'),
  FOR_ITER: op([['target', 'jump']], 'iter -- iter value', ['branch', T, 'call'], 'iter',
    'Pushes next(iter); when exhausted pops iter and jumps.', { jumpStack: 'iter --' }),
  RETURN_VALUE: op([], 'value --', ['terminator'], 'none', 'Returns value to the caller.'),

  // --- calls and functions
  CALL: op([['argc', 'count']], 'callable args[argc] -- result', ['call', 'safepoint', T], 'call', 'Calls callable with argc positional arguments.'),
  CALL_KW: op([['argc', 'count'], ['kwnames', 'const']], 'callable args[argc] -- result', ['call', 'safepoint', T], 'call',
    'Calls callable; the last len(consts[kwnames]) arguments are passed by those keyword names.'),
  CALL_METHOD: op([['argc', 'count']], 'method self args[argc] -- result', ['call', 'safepoint', T], 'call',
    'Calls the pair pushed by LOAD_METHOD with argc positional arguments.'),
  CALL_METHOD_KW: op([['argc', 'count'], ['kwnames', 'const']], 'method self args[argc] -- result', ['call', 'safepoint', T], 'call',
    'Like CALL_METHOD; the last len(consts[kwnames]) arguments are keyword arguments.'),
  CALL_FUNCTION_EX: op([], 'callable args kwargs -- result', ['call', 'safepoint', T], 'call',
    'Calls callable(*args, **kwargs); args is a tuple or any iterable, kwargs a dict or None.'),
  MAKE_FUNCTION: op([['flags', 'bits']], 'defaults[flags&1] kwdefaults[flags&2] annotations[flags&4] closure[flags&8] code -- function', [], 'none',
    'Builds a function from a code constant: flag 1 defaults tuple, 2 keyword-defaults dict, 4 annotations dict, 8 closure tuple of cells.',
    { bitsMask: 0b1111 }),
  LOAD_BUILD_CLASS: op([], '-- builder', [], 'none', 'Pushes the builtin __build_class__.'),

  // --- building containers
  BUILD_TUPLE: op([['n', 'count']], 'items[n] -- tuple', [], 'none', 'Builds a tuple from n items.'),
  BUILD_LIST: op([['n', 'count']], 'items[n] -- list', [], 'none', 'Builds a list from n items.'),
  BUILD_SET: op([['n', 'count']], 'items[n] -- set', [T, 'call'], 'none', 'Builds a set from n items.'),
  BUILD_MAP: op([['n', 'count']], 'pairs[n*2] -- dict', [T, 'call'], 'none', 'Builds a dict from n key/value pairs.'),
  BUILD_CONST_KEY_MAP: op([['n', 'count']], 'values[n] keys -- dict', [T, 'call'], 'none', 'Builds a dict from n values and a tuple of n keys.'),
  BUILD_STRING: op([['n', 'count']], 'parts[n] -- str', [], 'none', 'Concatenates n strings.'),
  FORMAT_VALUE: op([['flags', 'bits']], 'value spec[flags&4] -- str', [T, 'call'], 'none',
    'Formats value for an f-string: flags&3 is the conversion (1 str, 2 repr, 3 ascii), flag 4 a format spec on the stack.',
    { bitsMask: 0b111 }),
  LIST_APPEND: op([['i', 'depth']], 'item --', [], 'none', 'Appends item to the list i-th from the top after the pop.'),
  SET_ADD: op([['i', 'depth']], 'item --', [T, 'call'], 'none', 'Adds item to the set i-th from the top after the pop.'),
  MAP_ADD: op([['i', 'depth']], 'key value --', [T, 'call'], 'none', 'Sets key: value in the dict i-th from the top after the pops.'),
  LIST_EXTEND: op([['i', 'depth']], 'iterable --', [T, 'call'], 'none', 'Extends the list i-th from the top with iterable.'),
  SET_UPDATE: op([['i', 'depth']], 'iterable --', [T, 'call'], 'none', 'Updates the set i-th from the top with iterable.'),
  DICT_UPDATE: op([['i', 'depth']], 'mapping --', [T, 'call'], 'none', 'Updates the dict i-th from the top with mapping ({**m}).'),
  DICT_MERGE: op([['i', 'depth']], 'mapping --', [T, 'call'], 'none',
    'Like DICT_UPDATE but a repeated key is a TypeError (f(**a, **b)).'),
  LIST_TO_TUPLE: op([], 'list -- tuple', [], 'none', 'Converts a list to a tuple.'),
  UNPACK_SEQUENCE: op([['n', 'count']], 'seq -- items[n]', [T, 'call'], 'none',
    'Unpacks exactly n items, pushing them so that the first ends on top.'),
  UNPACK_EX: op([['before', 'count'], ['after', 'count']], 'seq -- items[before] rest items2[after]', [T, 'call'], 'none',
    'Unpacks a, *rest, b: before items, a list of the rest, after items; first on top.'),

  // --- exceptions
  RAISE_VARARGS: op([['n', 'count']], 'args[n] --', ['terminator', T, 'call'], 'none',
    'n=0 re-raises the exception being handled, 1 raises exc, 2 raises exc from cause.'),
  RERAISE: op([], 'exc --', ['terminator', T], 'none', 'Re-raises exc with its traceback unchanged.'),
  PUSH_EXC_INFO: op([], 'exc -- prev exc', [], 'none', 'Makes exc the exception being handled, saving the previous one below it.'),
  POP_EXCEPT: op([], 'prev --', [], 'none', 'Restores prev as the exception being handled.'),
  CHECK_EXC_MATCH: op([], 'exc type -- exc matches', [T], 'none', 'Pushes whether exc is an instance of type (or tuple of types).'),
  LOAD_ASSERTION_ERROR: op([], '-- type', [], 'none', 'Pushes AssertionError.'),
  BEFORE_WITH: op([], 'manager -- exit value', [T, 'call'], 'none', 'Pushes the bound __exit__ and the result of __enter__().'),
  WITH_EXCEPT_START: op([], 'exit prev exc -- exit prev exc result', [T, 'call'], 'none',
    'Calls exit(type(exc), exc, traceback) and pushes its result.'),

  // --- generators
  YIELD_VALUE: op([], 'value -- sent', ['safepoint'], 'none', 'Suspends the generator yielding value; resumes with the sent value.'),
  GET_YIELD_FROM_ITER: op([], 'iterable -- iter', [T, 'call'], 'none', 'Pushes the iterator that yield from delegates to.'),
  SEND: op([['target', 'jump']], 'iter value -- iter result', ['branch', T, 'call'], 'none',
    'Sends value into iter and pushes what it yields; when it returns, pushes the return value and jumps.',
    { jumpStack: 'iter value -- result' }),

  // --- modules
  IMPORT_NAME: op([['n', 'name']], 'level fromlist -- module', [T, 'call'], 'none', 'Imports module names[n].'),
  IMPORT_FROM: op([['n', 'name']], 'module -- module value', [T, 'call'], 'none', 'Pushes attribute names[n] of module; ImportError if missing.'),
  IMPORT_STAR: op([], 'module --', [T, 'call'], 'none', 'Copies the public names of module into the locals namespace.'),
};

/** The table as an array indexed by opcode number. */
export const OPCODES: readonly OpcodeSpec[] = Object.entries(SPECS).map(([name, spec]) => ({ name, ...spec }));

export const OPCODE_COUNT = OPCODES.length;

/** Opcode number by name, for tools that read names (assembler, tests). */
export function opcodeByName(name: string): number | undefined {
  const index = OPCODES.findIndex((spec) => spec.name === name);
  return index < 0 ? undefined : index;
}

// The enum is preserved at run time (preserveConstEnums); its numbering must be the table's.
const enumAtRuntime = (self as unknown as { Op: Record<string, number> }).Op;
OPCODES.forEach((spec, index) => {
  if (enumAtRuntime[spec.name] !== index) {
    throw new Error(`opcodes.ts: enum Op and the table disagree at ${spec.name}`);
  }
});

/** BINARY_OP operator ids: CPython 3.11's NB_* numbering, in-place forms at 13 + id. */
export const BINARY_OPS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'] as const;
export const INPLACE_OFFSET = 13;
export const BINARY_OP_COUNT = BINARY_OPS.length * 2;
export function binaryOpSymbol(id: number): string {
  return id >= INPLACE_OFFSET ? `${BINARY_OPS[id - INPLACE_OFFSET]}=` : BINARY_OPS[id]!;
}

/** COMPARE_OP operator ids, in CPython's cmp_op order. */
export const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;

/** Code flags, with CPython's co_flags values where the meaning matches. */
export const CodeFlags = Object.freeze({
  OPTIMIZED: 0x1,
  NEWLOCALS: 0x2,
  VARARGS: 0x4,
  VARKEYWORDS: 0x8,
  NESTED: 0x10,
  GENERATOR: 0x20,
  /** corevm: the code is a class body (LOAD_CLASSDEREF and __classcell__ apply). */
  CLASS_BODY: 0x1000,
  /** corevm: the code is a module body. */
  MODULE: 0x2000,
});
export const CODE_FLAGS_MASK = 0x3fff;
