// The interpreter's plain instructions: those that fall through to the next instruction,
// never switch frames and are rare in loops (name-space access, building sets, dicts and
// strings, exception-block bookkeeping, with, imports). dispatch() hands each to runPlainOp
// with the frame's pc written back, so its switch keeps only the instructions a loop runs.

import { Op } from '../src/bytecode/opcodes.js';
import type { Frame } from '../src/runtime/frame.js';
import { PyDict, PyGenerator, PyModule, PySet } from '../src/runtime/objects.js';
import { call, getIter } from '../src/runtime/protocols.js';
import { realm } from '../src/runtime/realm.js';
import { E } from '../src/runtime/types.js';
import { PyList, PyTuple } from '../src/runtime/values.js';
import * as rt from '../src/runtime/ops.js';
import { InternalError } from '../src/runtime/exceptions.js';

/** Runs the plain instruction `op` at `pc` of `frame` (frame.pc === pc) on the frame's stack
 *  whose height is `sp`; returns the new height. The caller moves pc past the instruction. */
export function runPlainOp(frame: Frame, op: Op, pc: number, sp: number): number {
  const code = frame.code;
  const words = code.code;
  const stack = frame.stack;
  const arg = words[pc + 1]!;
  switch (op) {
    // --- names
    case Op.DELETE_GLOBAL: {
      const name = code.names[arg]!;
      if (frame.globals.table.delete(name) === undefined) rt.nameError(name);
      return sp;
    }
    case Op.LOAD_NAME:
      stack[sp] = rt.loadName(frame, code.names[arg]!);
      return sp + 1;
    case Op.STORE_NAME:
      rt.namespaceOf(frame).table.set(code.names[arg]!, stack[sp - 1]!);
      return sp - 1;
    case Op.DELETE_NAME: {
      const name = code.names[arg]!;
      if (rt.namespaceOf(frame).table.delete(name) === undefined) rt.nameError(name);
      return sp;
    }
    case Op.DELETE_DEREF: {
      const cell = frame.cells![arg]!;
      if (cell.value === undefined) rt.unboundCell(code, arg);
      cell.value = undefined;
      return sp;
    }
    case Op.LOAD_CLASSDEREF:
      stack[sp] = rt.loadClassDeref(frame, arg);
      return sp + 1;
    case Op.LOAD_BUILD_CLASS:
      stack[sp] = frame.builtins.table.get('__build_class__')!;
      return sp + 1;

    // --- containers and strings
    case Op.BUILD_SET: {
      sp -= arg;
      const set = new PySet();
      for (let i = 0; i < arg; i++) set.table.set(stack[sp + i]!, null);
      stack[sp] = set;
      return sp + 1;
    }
    case Op.BUILD_MAP: {
      sp -= 2 * arg;
      const dict = new PyDict();
      for (let i = 0; i < arg; i++) dict.table.set(stack[sp + 2 * i]!, stack[sp + 2 * i + 1]!);
      stack[sp] = dict;
      return sp + 1;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = rt.expectInstance(stack[--sp]!, PyTuple, 'BUILD_CONST_KEY_MAP keys').items;
      if (keys.length !== arg) rt.badStackValue('BUILD_CONST_KEY_MAP', `a tuple of ${arg} keys`);
      sp -= arg;
      const dict = new PyDict();
      for (let i = 0; i < arg; i++) dict.table.set(keys[i]!, stack[sp + i]!);
      stack[sp] = dict;
      return sp + 1;
    }
    case Op.BUILD_STRING: {
      sp -= arg;
      let s = '';
      for (let i = 0; i < arg; i++) {
        const part = stack[sp + i];
        if (typeof part !== 'string') rt.badStackValue('BUILD_STRING', 'str parts');
        s += part;
      }
      stack[sp] = s;
      return sp + 1;
    }
    case Op.FORMAT_VALUE: {
      const spec = arg & 4 ? rt.expectString(stack[--sp]!, 'FORMAT_VALUE spec') : '';
      stack[sp - 1] = rt.formatValue(stack[sp - 1]!, arg & 3, spec);
      return sp;
    }
    case Op.SET_ADD:
      rt.expectInstance(stack[sp - 1 - arg]!, PySet, 'SET_ADD').table.set(stack[sp - 1]!, null);
      return sp - 1;
    case Op.MAP_ADD:
      rt.expectInstance(stack[sp - 2 - arg]!, PyDict, 'MAP_ADD').table.set(stack[sp - 2]!, stack[sp - 1]!);
      return sp - 2;
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE:
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE:
      sp--;
      rt.extendContainer(op, stack[sp - arg]!, stack[sp]!, stack[sp - arg - 2]);
      return sp;
    case Op.LIST_TO_TUPLE:
      stack[sp - 1] = new PyTuple(rt.expectInstance(stack[sp - 1]!, PyList, 'LIST_TO_TUPLE').items);
      return sp;
    case Op.UNPACK_EX: {
      const items = rt.unpack(stack[--sp]!, arg, words[pc + 2]!);
      for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i]!;
      return sp;
    }

    // --- exception blocks and with
    case Op.PUSH_EXC_INFO: {
      const exc = rt.expectException(stack[sp - 1]!, 'PUSH_EXC_INFO');
      stack[sp - 1] = realm.handledException;
      stack[sp] = exc;
      realm.handledException = exc;
      return sp + 1;
    }
    case Op.POP_EXCEPT:
      realm.handledException = rt.expectExceptionOrNone(stack[sp - 1]!, 'POP_EXCEPT');
      return sp - 1;
    case Op.CHECK_EXC_MATCH:
      stack[sp - 1] = rt.exceptionMatches(rt.expectException(stack[sp - 2]!, 'CHECK_EXC_MATCH'), stack[sp - 1]!);
      return sp;
    case Op.LOAD_ASSERTION_ERROR:
      stack[sp] = E['AssertionError']!;
      return sp + 1;
    case Op.BEFORE_WITH: {
      const [exit, value] = rt.enterContext(stack[sp - 1]!);
      stack[sp - 1] = exit;
      stack[sp] = value;
      return sp + 1;
    }
    case Op.WITH_EXCEPT_START: {
      const exc = rt.expectException(stack[sp - 1]!, 'WITH_EXCEPT_START');
      stack[sp] = call(stack[sp - 3]!, [exc.type, exc, null]);
      return sp + 1;
    }
    case Op.GET_YIELD_FROM_ITER: {
      const v = stack[sp - 1]!;
      if (!(v instanceof PyGenerator)) stack[sp - 1] = getIter(v);
      return sp;
    }

    // --- modules
    case Op.IMPORT_NAME: {
      // The level below the fromlist is dropped: only absolute imports are compiled.
      const fromlist = stack[sp - 1]!;
      sp -= 2;
      stack[sp] = rt.importName(realm, code.names[arg]!, fromlist);
      return sp + 1;
    }
    case Op.IMPORT_FROM:
      stack[sp] = rt.importFrom(rt.expectInstance(stack[sp - 1]!, PyModule, 'IMPORT_FROM'), code.names[arg]!);
      return sp + 1;
    case Op.IMPORT_STAR:
      rt.importStar(frame, rt.expectInstance(stack[sp - 1]!, PyModule, 'IMPORT_STAR'));
      return sp - 1;
    default:
      throw new InternalError(`interpreter: opcode ${op} at pc ${pc} in ${code.qualname} is not a plain instruction`);
  }
}
