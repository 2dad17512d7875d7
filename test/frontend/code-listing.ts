// Bytecode listings for the compiler tests: decodes CodeObjects into instruction names and
// operands resolved against their pools (constants, names, locals, cells, jump targets), so
// tests can state expected bytecode as readable lines. Test support only.

import { expect } from 'chai';
import { CodeObject, type ExceptionEntry } from '../../src/bytecode/code-object.js';
import { OP_INFO } from '../../src/bytecode/opcode-info.js';
import { PySyntaxError } from '../../src/frontend/diagnostics.js';
import { compileModule } from '../../src/frontend/python/compiler.js';
import { Ellipsis, PyFloat, PyTuple } from '../../src/runtime/values.js';

export interface Instr {
  pc: number;
  op: string;
  args: number[];
}

export function compile(source: string): CodeObject {
  return compileModule(source, 'test.py');
}

export function decode(code: CodeObject): Instr[] {
  const out: Instr[] = [];
  for (let pc = 0; pc < code.code.length;) {
    const info = OP_INFO[code.code[pc]!]!;
    out.push({ pc, op: info.spec.name, args: Array.from(code.code.subarray(pc + 1, pc + info.length)) });
    pc += info.length;
  }
  return out;
}

export function ops(code: CodeObject): string[] {
  return decode(code).map((i) => i.op);
}

/** Every code object of a module, depth first. */
export function allCodes(code: CodeObject): CodeObject[] {
  return [code, ...code.consts.filter((c): c is CodeObject => c instanceof CodeObject).flatMap(allCodes)];
}

export function codeNamed(root: CodeObject, qualname: string): CodeObject {
  const found = allCodes(root).find((c) => c.qualname === qualname);
  if (!found) throw new Error(`no code object ${qualname} in ${allCodes(root).map((c) => c.qualname).join(', ')}`);
  return found;
}

/** Instructions with their operands resolved: 'LOAD_CONST 5', 'LOAD_FAST x', and jump targets
 *  as the index of the target instruction in the listing ('FOR_ITER @9'). */
export function listing(code: CodeObject): string[] {
  const instrs = decode(code);
  const indexOfPc = new Map(instrs.map((i, k) => [i.pc, k]));
  return instrs.map(({ op, args }) => {
    const kinds = OP_INFO.find((i) => i.spec.name === op)!.operandKinds;
    const shown = args.map((a, k) => {
      switch (kinds[k]) {
        case 'const': return show(code.consts[a]);
        case 'name': return code.names[a]!;
        case 'local': return code.varnames[a]!;
        case 'cell': return [...code.cellvars, ...code.freevars][a]!;
        case 'jump': return `@${indexOfPc.get(a)}`;
        default: return String(a);
      }
    });
    return [op, ...shown].join(' ');
  });
}

export function show(value: unknown): string {
  if (value instanceof CodeObject) return `<code ${value.qualname}>`;
  if (value instanceof PyTuple) return `(${value.items.map(show).join(', ')}${value.items.length === 1 ? ',' : ''})`;
  if (value instanceof PyFloat) return `${value.value}f`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'None';
  if (value === Ellipsis) return '...';
  return String(value);
}

export function contains(haystack: string[], needle: string[]): boolean {
  return haystack.some((_, i) => needle.every((n, k) => haystack[i + k] === n));
}

export function compileError(source: string): PySyntaxError {
  try {
    compile(source);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  return expect.fail('expected a SyntaxError');
}

export function handlerRows(code: CodeObject): Array<Pick<ExceptionEntry, 'depth'> & { target: string }> {
  const byPc = new Map(decode(code).map((i) => [i.pc, i.op]));
  return code.exceptionTable.map((e) => ({ depth: e.depth, target: byPc.get(e.target)! }));
}
