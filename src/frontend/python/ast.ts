// The Pyta AST: the parser's output and the compiler's input. Node and field names mirror
// CPython 3.11's `ast` module exactly (https://docs.python.org/3.11/library/ast.html), so
// `ast.dump` output can be compared with CPython's. Every node is a plain object with a `type`
// discriminant. This file only declares shapes: no runtime values, no behaviour.
// Positions: lineno/end_lineno 1-based; col_offset/end_col_offset 0-based code-point offsets.

/** Source span carried by statements, expressions and the other located nodes. */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---- operators and contexts: string unions, spelled like CPython's node classes ----

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOperator = 'And' | 'Or';
export type Operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOperator =
  | 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/** The value of a `Constant`, independent of the runtime's value representation. */
export type ConstantValue =
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; imag: number }
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'bool'; value: boolean }
  | { kind: 'None' }
  | { kind: 'Ellipsis' };

// ---- module ----

export interface Module {
  type: 'Module';
  body: Stmt[];
  type_ignores: never[];
}

// ---- statements ----

export interface FunctionDef extends Located {
  type: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
}

export interface ClassDef extends Located {
  type: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}

export interface Return extends Located { type: 'Return'; value: Expr | null }
export interface Delete extends Located { type: 'Delete'; targets: Expr[] }
export interface Assign extends Located { type: 'Assign'; targets: Expr[]; value: Expr }

export interface AugAssign extends Located {
  type: 'AugAssign';
  target: Name | Attribute | Subscript;
  op: Operator;
  value: Expr;
}

export interface AnnAssign extends Located {
  type: 'AnnAssign';
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  /** 1 when the target is a bare name not in parentheses (CPython's `simple`). */
  simple: number;
}

export interface For extends Located {
  type: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface While extends Located { type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Located { type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Located { type: 'With'; items: WithItem[]; body: Stmt[] }
export interface Raise extends Located { type: 'Raise'; exc: Expr | null; cause: Expr | null }

export interface Try extends Located {
  type: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface Assert extends Located { type: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Located { type: 'Import'; names: Alias[] }

export interface ImportFrom extends Located {
  type: 'ImportFrom';
  module: string | null;
  names: Alias[];
  /** Number of leading dots (0 for an absolute import). */
  level: number;
}

export interface Global extends Located { type: 'Global'; names: string[] }
export interface Nonlocal extends Located { type: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Located { type: 'Expr'; value: Expr }
export interface Pass extends Located { type: 'Pass' }
export interface Break extends Located { type: 'Break' }
export interface Continue extends Located { type: 'Continue' }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | While | If | With | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---- expressions ----

export interface BoolOp extends Located { type: 'BoolOp'; op: BoolOperator; values: Expr[] }
export interface NamedExpr extends Located { type: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Located { type: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Located { type: 'UnaryOp'; op: UnaryOperator; operand: Expr }
export interface Lambda extends Located { type: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Located { type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }

/** `keys[i]` is null for a `**mapping` entry, whose mapping is `values[i]`. */
export interface Dict extends Located { type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetDisplay extends Located { type: 'Set'; elts: Expr[] }

export interface ListComp extends Located { type: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Located { type: 'SetComp'; elt: Expr; generators: Comprehension[] }

export interface DictComp extends Located {
  type: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}

export interface GeneratorExp extends Located {
  type: 'GeneratorExp';
  elt: Expr;
  generators: Comprehension[];
}

export interface Yield extends Located { type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Located { type: 'YieldFrom'; value: Expr }

export interface Compare extends Located {
  type: 'Compare';
  left: Expr;
  ops: CmpOperator[];
  comparators: Expr[];
}

export interface Call extends Located { type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }

export interface FormattedValue extends Located {
  type: 'FormattedValue';
  value: Expr;
  /** -1 for none, else the char code of 's', 'r' or 'a' (CPython's encoding). */
  conversion: number;
  format_spec: JoinedStr | null;
}

export interface JoinedStr extends Located { type: 'JoinedStr'; values: (Constant | FormattedValue)[] }

export interface Constant extends Located {
  type: 'Constant';
  value: ConstantValue;
  /** 'u' when the first string literal had a `u` prefix, else null (CPython's `kind`). */
  kind: string | null;
}

export interface Attribute extends Located {
  type: 'Attribute';
  value: Expr;
  attr: string;
  ctx: ExprContext;
}

export interface Subscript extends Located {
  type: 'Subscript';
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}

export interface Starred extends Located { type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Located { type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Located { type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Located { type: 'Tuple'; elts: Expr[]; ctx: ExprContext }

export interface Slice extends Located {
  type: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetDisplay
  | ListComp | SetComp | DictComp | GeneratorExp | Yield | YieldFrom | Compare | Call
  | FormattedValue | JoinedStr | Constant | Attribute | Subscript | Starred | Name
  | List | Tuple | Slice;

// ---- helper nodes ----

export interface Comprehension {
  type: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: number;
}

export interface ExceptHandler extends Located {
  type: 'ExceptHandler';
  /** CPython's `type` field (renamed: `type` is the discriminant); null for bare `except:`. */
  type_: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Arguments {
  type: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kwonlyarg; null where that argument has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last `defaults.length` positional parameters (posonly then normal). */
  defaults: Expr[];
}

export interface Arg extends Located { type: 'arg'; arg: string; annotation: Expr | null }

/** `arg` is null for `**mapping` in a call or class header. */
export interface Keyword extends Located { type: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Located { type: 'alias'; name: string; asname: string | null }

export interface WithItem {
  type: 'withitem';
  context_expr: Expr;
  optional_vars: Expr | null;
}

/** Every node kind, for generic walkers such as the dumper. */
export type Node =
  | Module | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword
  | Alias | WithItem;
