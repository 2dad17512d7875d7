// The dispatch loop of the tier-0 interpreter: one switch over the instruction table's
// opcodes (literal cases, so V8 builds a jump table), running a frame and every guest frame it
// calls without JS recursion. Write-back rule: `frame.pc` names the current instruction before
// anything that can throw or call out. Entry points, frames and generators are in interpreter.ts.
// It must not import jit/: the VM wires the tiers together (ARCHITECTURE.md §2).

import { OP_LENGTH } from '../src/bytecode/opcode-info.js';
import { CodeFlags, Op } from '../src/bytecode/opcodes.js';
import { InternalError, toGuestException } from '../src/runtime/exceptions.js';
import { Frame } from '../src/runtime/frame.js';
import {
  PyBaseException, PyBoundMethod, PyFunction, PyGenerator, PyInstance, PyListIterator,
  PyMethodDescriptor, PyRangeIterator, PySlice,
} from '../src/runtime/objects.js';
import {
  binaryOp, compareOp, contains, unaryInvert, unaryNegative, unaryPositive,
} from '../src/runtime/operators.js';
import {
  classEpoch, delAttr, getAttr, getIter, instanceStore, iterNext,
  setAttr, truthy,
} from '../src/runtime/protocols.js';
import { delItem, getItem, setItem } from '../src/runtime/subscript.js';
import { T } from '../src/runtime/types.js';
import { PyFloat, PyList, PyTuple, type PyValue } from '../src/runtime/values.js';
import * as rt from '../src/runtime/ops.js';
import { FRAME_HANDED_BACK, OSR_DECLINED, TypeBit, handback } from '../src/runtime/tiers.js';
import type { Interpreter } from './interpreter.js';
import { PyType } from '../src/runtime/type-object.js';
import { FRAME_POOL_LIMIT, profileOf } from './profile.js';
import { attrSiteKind, loadGlobal, loadMethodAt } from './inline-caches.js';
import { runPlainOp } from './plain-ops.js';
import { listAppendMethod } from '../src/runtime/builtins/sequences.js';

const NULL = undefined;

// Operand-type feedback bits (the right operand's bits are << 16).
const INT_BIT = TypeBit.Int;
const FLOAT_BIT = TypeBit.Float;
const BOTH_INT = INT_BIT | (INT_BIT << 16);
/** The feedback bit of an int or float operand of a float fast path. */
const numberBits = (v: PyValue): number => (typeof v === 'number' ? INT_BIT : FLOAT_BIT);

export function dispatch(interp: Interpreter, entry: Frame, pending: PyBaseException | null, pendingIsReraise = false): PyValue {
  const realm = interp.realm;
  let frame = entry;
  let code = frame.code;
  let words = code.code;
  let stack = frame.stack;
  let locals = frame.locals;
  let sp = frame.sp;
  let pc = frame.pc;
  let reraise = pendingIsReraise;
  // The running code's feedback: slot of each pc, and the operand-type bits per slot.
  let feedbackSlots = code.feedbackSlots!;
  let profile = profileOf(code);
  let typeBits = profile.typeBits;
  const osrThreshold = interp.osrThreshold;

  for (;;) {
    try {
      if (pending !== null) {
        const exc = pending;
        pending = null;
        throw exc;
      }
      // Every switch to another frame (call, return, generator resume or yield) sets frame, sp
      // and pc and continues here, where the frame's arrays are loaded into locals once.
      reload: for (;;) {
        interp.current = frame;
        code = frame.code;
        words = code.code;
        stack = frame.stack;
        locals = frame.locals;
        feedbackSlots = code.feedbackSlots!;
        profile = profileOf(code);
        typeBits = profile.typeBits;
        for (;;) {
          switch (words[pc]!) {
            case Op.NOP:
              pc += 1;
              break;
            case Op.POP_TOP:
              sp--;
              pc += 1;
              break;
            case Op.COPY: {
              const v = stack[sp - words[pc + 1]!]!;
              stack[sp++] = v;
              pc += 2;
              break;
            }
            case Op.SWAP: {
              const i = sp - words[pc + 1]!;
              const t = stack[sp - 1]!;
              stack[sp - 1] = stack[i]!;
              stack[i] = t;
              pc += 2;
              break;
            }
            case Op.LOAD_CONST:
              stack[sp++] = code.consts[words[pc + 1]!] as PyValue;
              pc += 2;
              break;
            case Op.LOAD_FAST: {
              let v = locals[words[pc + 1]!];
              if (v === undefined) {
                frame.pc = pc;
                rt.unboundLocal(code.varnames[words[pc + 1]!]!);
              }
              stack[sp++] = v!;
              pc += 2;
              // A quarter of LOAD_FASTs come in pairs (`a + b`, `f(x, y)`): the second loads
              // here without a dispatch, as CPython's LOAD_FAST__LOAD_FAST does.
              if (words[pc] === Op.LOAD_FAST) {
                v = locals[words[pc + 1]!];
                if (v === undefined) {
                  frame.pc = pc;
                  rt.unboundLocal(code.varnames[words[pc + 1]!]!);
                }
                stack[sp++] = v!;
                pc += 2;
              }
              break;
            }
            case Op.STORE_FAST:
              locals[words[pc + 1]!] = stack[--sp]!;
              pc += 2;
              // STORE_FAST then LOAD_FAST (`x = ...` then a use): as CPython's
              // STORE_FAST__LOAD_FAST.
              if (words[pc] === Op.LOAD_FAST) {
                const v = locals[words[pc + 1]!];
                if (v === undefined) {
                  frame.pc = pc;
                  rt.unboundLocal(code.varnames[words[pc + 1]!]!);
                }
                stack[sp++] = v!;
                pc += 2;
              }
              break;
            case Op.DELETE_FAST: {
              const i = words[pc + 1]!;
              if (locals[i] === undefined) {
                frame.pc = pc;
                rt.unboundLocal(code.varnames[i]!);
              }
              locals[i] = undefined;
              pc += 2;
              break;
            }
            case Op.LOAD_GLOBAL: {
              const name = code.names[words[pc + 1]!]!;
              const v = loadGlobal(frame, profile, feedbackSlots[pc]!, name);
              if (v === undefined) {
                frame.pc = pc;
                rt.nameError(name, frame);
              }
              stack[sp++] = v!;
              pc += 2;
              break;
            }
            case Op.STORE_GLOBAL:
              frame.globals.table.set(code.names[words[pc + 1]!]!, stack[--sp]!);
              pc += 2;
              break;
            case Op.LOAD_DEREF: {
              const v = frame.cells![words[pc + 1]!]!.value;
              if (v === undefined) {
                frame.pc = pc;
                rt.unboundCell(code, words[pc + 1]!);
              }
              stack[sp++] = v!;
              pc += 2;
              break;
            }
            case Op.STORE_DEREF:
              frame.cells![words[pc + 1]!]!.value = stack[--sp]!;
              pc += 2;
              break;
            case Op.LOAD_CLOSURE:
              stack[sp++] = frame.cells![words[pc + 1]!]!;
              pc += 2;
              break;

            // --- attributes and subscripts
            case Op.LOAD_ATTR: {
              frame.pc = pc;
              const obj = stack[sp - 1]!;
              const name = code.names[words[pc + 1]!]!;
              if (obj instanceof PyInstance) {
                const store = obj.type.plainRead === classEpoch && profile.layoutNames[words[pc + 1]!] === 1
                  ? obj.attrs ?? obj.slotValues
                  : instanceStore(obj, attrSiteKind(profile, feedbackSlots[pc]!, obj.type, name, false));
                const v = store === null ? undefined : store[name];
                if (v !== undefined) {
                  stack[sp - 1] = v;
                  pc += 2;
                  break;
                }
              }
              stack[sp - 1] = getAttr(obj, name);
              pc += 2;
              break;
            }
            case Op.STORE_ATTR: {
              frame.pc = pc;
              const obj = stack[sp - 1]!;
              const name = code.names[words[pc + 1]!]!;
              const store = !(obj instanceof PyInstance) ? null
                : obj.type.plainWrite === classEpoch && profile.layoutNames[words[pc + 1]!] === 1 ? obj.attrs
                : instanceStore(obj, attrSiteKind(profile, feedbackSlots[pc]!, obj.type, name, true));
              if (store !== null) store[name] = stack[sp - 2]!;
              else setAttr(obj, name, stack[sp - 2]!);
              sp -= 2;
              pc += 2;
              break;
            }
            case Op.DELETE_ATTR:
              frame.pc = pc;
              delAttr(stack[--sp]!, code.names[words[pc + 1]!]!);
              pc += 2;
              break;
            case Op.LOAD_METHOD: {
              frame.pc = pc;
              const obj = stack[sp - 1]!;
              const name = code.names[words[pc + 1]!]!;
              const method = loadMethodAt(profile, feedbackSlots[pc]!, obj, name);
              if (method !== NULL) {
                stack[sp - 1] = method;
                stack[sp++] = obj;
              } else {
                stack[sp - 1] = getAttr(obj, name);
                stack[sp++] = NULL as unknown as PyValue;
              }
              pc += 2;
              break;
            }
            case Op.BINARY_SUBSCR: {
              frame.pc = pc;
              const key = stack[--sp]!;
              const container = stack[sp - 1]!;
              if (container instanceof PyList && container.type === T.list && typeof key === 'number' && key >= 0 && key < container.items.length) {
                typeBits[feedbackSlots[pc]!]! |= TypeBit.List;
                stack[sp - 1] = container.items[key]!;
                pc += 1;
                break;
              }
              typeBits[feedbackSlots[pc]!]! |= rt.typeBits(container);
              stack[sp - 1] = getItem(container, key);
              pc += 1;
              break;
            }
            case Op.STORE_SUBSCR: {
              frame.pc = pc;
              const container = stack[sp - 2]!;
              const key = stack[sp - 1]!;
              if (container instanceof PyList && container.type === T.list && typeof key === 'number' && key >= 0 && key < container.items.length) {
                typeBits[feedbackSlots[pc]!]! |= TypeBit.List;
                container.items[key] = stack[sp - 3]!;
                sp -= 3;
                pc += 1;
                break;
              }
              typeBits[feedbackSlots[pc]!]! |= rt.typeBits(container);
              setItem(container, key, stack[sp - 3]!);
              sp -= 3;
              pc += 1;
              break;
            }
            case Op.DELETE_SUBSCR:
              frame.pc = pc;
              delItem(stack[sp - 2]!, stack[sp - 1]!);
              sp -= 2;
              pc += 1;
              break;
            case Op.BUILD_SLICE: {
              const n = words[pc + 1]!;
              sp -= n;
              const slice = new PySlice(stack[sp]!, stack[sp + 1]!, n === 3 ? stack[sp + 2]! : null);
              stack[sp++] = slice;
              pc += 2;
              break;
            }

            // --- operators
            case Op.BINARY_OP: {
              const b = stack[--sp]!;
              const a = stack[sp - 1]!;
              if (typeof a === 'number' && typeof b === 'number') {
                typeBits[feedbackSlots[pc]!]! |= BOTH_INT;
                const op = words[pc + 1]!;
                if (op === 0 || op === 13) {
                  const r = a + b;
                  if (r <= 9007199254740991 && r >= -9007199254740991) {
                    stack[sp - 1] = r;
                    pc += 2;
                    break;
                  }
                } else if (op === 10 || op === 23) {
                  const r = a - b;
                  if (r <= 9007199254740991 && r >= -9007199254740991) {
                    stack[sp - 1] = r;
                    pc += 2;
                    break;
                  }
                }
              }
              if (a instanceof PyFloat || b instanceof PyFloat) {
                const r = rt.floatArith(words[pc + 1]!, a, b);
                if (r !== undefined) {
                  typeBits[feedbackSlots[pc]!]! |= numberBits(a) | (numberBits(b) << 16);
                  stack[sp - 1] = r;
                  pc += 2;
                  break;
                }
              }
              frame.pc = pc;
              rt.recordBinary(code, pc, a, b);
              stack[sp - 1] = binaryOp(words[pc + 1]!, a, b);
              pc += 2;
              break;
            }
            case Op.COMPARE_OP: {
              const b = stack[--sp]!;
              const a = stack[sp - 1]!;
              if (typeof a === 'number' && typeof b === 'number') {
                typeBits[feedbackSlots[pc]!]! |= BOTH_INT;
                const r = rt.compareNumbers(words[pc + 1]!, a, b);
                pc += 2;
                // An int comparison feeding a branch (`while i < n`, `if x > 0`) branches here.
                if (words[pc] === Op.POP_JUMP_IF_FALSE) {
                  sp--;
                  pc = r ? pc + 2 : words[pc + 1]!;
                } else {
                  stack[sp - 1] = r;
                }
                break;
              } else if (a instanceof PyFloat && a.type === T.float && (typeof b === 'number' || (b instanceof PyFloat && b.type === T.float))) {
                typeBits[feedbackSlots[pc]!]! |= FLOAT_BIT | (numberBits(b) << 16);
                stack[sp - 1] = rt.compareNumbers(words[pc + 1]!, a.value, typeof b === 'number' ? b : b.value);
              } else if (typeof a === 'number' && b instanceof PyFloat && b.type === T.float) {
                typeBits[feedbackSlots[pc]!]! |= INT_BIT | (FLOAT_BIT << 16);
                stack[sp - 1] = rt.compareNumbers(words[pc + 1]!, a, b.value);
              } else {
                frame.pc = pc;
                rt.recordBinary(code, pc, a, b);
                stack[sp - 1] = compareOp(words[pc + 1]!, a, b);
              }
              pc += 2;
              break;
            }
            case Op.IS_OP: {
              const b = stack[--sp]!;
              const same = rt.isSame(stack[sp - 1]!, b);
              stack[sp - 1] = words[pc + 1] ? !same : same;
              pc += 2;
              break;
            }
            case Op.CONTAINS_OP: {
              frame.pc = pc;
              const container = stack[--sp]!;
              const found = contains(container, stack[sp - 1]!);
              stack[sp - 1] = words[pc + 1] ? !found : found;
              pc += 2;
              break;
            }
            case Op.UNARY_NEGATIVE:
              frame.pc = pc;
              stack[sp - 1] = unaryNegative(stack[sp - 1]!);
              pc += 1;
              break;
            case Op.UNARY_POSITIVE:
              frame.pc = pc;
              stack[sp - 1] = unaryPositive(stack[sp - 1]!);
              pc += 1;
              break;
            case Op.UNARY_INVERT:
              frame.pc = pc;
              stack[sp - 1] = unaryInvert(stack[sp - 1]!);
              pc += 1;
              break;
            case Op.UNARY_NOT: {
              const v = stack[sp - 1]!;
              if (typeof v === 'boolean') stack[sp - 1] = !v;
              else {
                frame.pc = pc;
                stack[sp - 1] = !truthy(v);
              }
              pc += 1;
              break;
            }

            // --- control flow
            case Op.JUMP_FORWARD:
              pc = words[pc + 1]!;
              break;
            case Op.POP_JUMP_IF_FALSE: {
              const v = stack[--sp]!;
              if (v === false || (v !== true && !interp.truthAt(frame, pc, v))) pc = words[pc + 1]!;
              else pc += 2;
              break;
            }
            case Op.POP_JUMP_IF_TRUE: {
              const v = stack[--sp]!;
              if (v === true || (v !== false && interp.truthAt(frame, pc, v))) pc = words[pc + 1]!;
              else pc += 2;
              break;
            }
            case Op.POP_JUMP_IF_NONE:
              pc = stack[--sp] === null ? words[pc + 1]! : pc + 2;
              break;
            case Op.POP_JUMP_IF_NOT_NONE:
              pc = stack[--sp] !== null ? words[pc + 1]! : pc + 2;
              break;
            case Op.JUMP_IF_FALSE_OR_POP: {
              const v = stack[sp - 1]!;
              if (!interp.truthAt(frame, pc, v)) pc = words[pc + 1]!;
              else {
                sp--;
                pc += 2;
              }
              break;
            }
            case Op.JUMP_IF_TRUE_OR_POP: {
              const v = stack[sp - 1]!;
              if (interp.truthAt(frame, pc, v)) pc = words[pc + 1]!;
              else {
                sp--;
                pc += 2;
              }
              break;
            }
            case Op.GET_ITER:
              frame.pc = pc;
              stack[sp - 1] = getIter(stack[sp - 1]!);
              pc += 1;
              break;
            case Op.FOR_ITER: {
              const iter = stack[sp - 1]!;
              // Lists and ranges step inline (their iterators keep their state in fields).
              if (iter instanceof PyListIterator && iter.index < iter.list.items.length) {
                const v = iter.list.items[iter.index++]!;
                typeBits[feedbackSlots[pc]!]! |= typeof v === 'number' ? INT_BIT : rt.typeBits(v);
                stack[sp++] = v;
                pc += 2;
                break;
              }
              if (iter instanceof PyRangeIterator) {
                const v = iter.value;
                if (iter.step > 0 ? v < iter.stop : v > iter.stop) {
                  iter.value = v + iter.step;
                  typeBits[feedbackSlots[pc]!]! |= INT_BIT;
                  stack[sp++] = v;
                  pc += 2;
                } else {
                  sp--;
                  pc = words[pc + 1]!;
                }
                break;
              }
              frame.pc = pc;
              frame.sp = sp;
              if (iter instanceof PyGenerator && !iter.running && !iter.finished && profileOf(iter.code).generatorEntry === null) {
                // Resume the generator in this loop: its frame runs on top of this one and
                // hands back each value at YIELD_VALUE (or ends the loop at RETURN_VALUE).
                // A compiled generator runs through iterNext below.
                const g = interp.enterGenerator(iter, frame);
                frame = g;
                sp = frame.sp;
                pc = frame.pc;
                continue reload;
              }
              const v = iterNext(iter);
              if (v === undefined) {
                sp--;
                pc = words[pc + 1]!;
              } else {
                typeBits[feedbackSlots[pc]!]! |= typeof v === 'number' ? INT_BIT : rt.typeBits(v);
                stack[sp++] = v;
                pc += 2;
              }
              break;
            }
            case Op.JUMP_BACKWARD: {
              const target = words[pc + 1]!;
              if (--realm.ticks <= 0) {
                frame.pc = pc;
                frame.sp = sp;
                interp.safepoint();
              }
              if (++profile.backedges < osrThreshold) {
                pc = target;
                break;
              }
              frame.pc = target;
              frame.sp = sp;
              const result = interp.hotLoop(frame, profile, target);
              if (result === OSR_DECLINED) {
                pc = target;
                break;
              }
              if (result === FRAME_HANDED_BACK) {
                sp = frame.sp;
                pc = frame.pc;
                const exc = handback.exception;
                if (exc !== null) {
                  handback.exception = null;
                  reraise = handback.reraise;
                  throw exc;
                }
                break;
              }
              // The compiled loop ran the function to its return.
              realm.depth--;
              if (frame === entry) {
                frame.sp = sp;
                return result;
              }
              frame = returnToCaller(frame, result);
              sp = frame.sp + 1;
              pc = frame.pc + OP_LENGTH[frame.code.code[frame.pc]!]!;
              continue reload;
            }
            case Op.RETURN_VALUE: {
              const value = stack[--sp]!;
              realm.depth--;
              if (frame === entry) {
                frame.sp = sp;
                return value;
              }
              const caller: Frame = frame.back!;
              if (frame.generator !== null) {
                // A generator resumed by FOR_ITER finished: the loop is exhausted.
                frame.generator.finished = true;
                frame.generator.running = false;
                frame = caller;
                sp = frame.sp - 1;
                pc = frame.code.code[frame.pc + 1]!;
                continue reload;
              }
              frame = returnToCaller(frame, value);
              sp = frame.sp + 1;
              pc = frame.pc + OP_LENGTH[frame.code.code[frame.pc]!]!;
              continue reload;
            }

            // --- calls and functions
            case Op.CALL:
            case Op.CALL_KW:
            case Op.CALL_METHOD:
            case Op.CALL_METHOD_KW: {
              const op = words[pc]!;
              const argc = words[pc + 1]!;
              const kwnames = op === Op.CALL_KW || op === Op.CALL_METHOD_KW ? rt.kwnamesAt(code, words[pc + 2]!) : null;
              let base = sp - argc - 1;
              let callable: PyValue;
              let nargs = argc;
              if (op === Op.CALL_METHOD || op === Op.CALL_METHOD_KW) {
                base--;
                callable = stack[base]!;
                if (stack[base + 1] !== NULL) nargs++;
              } else {
                callable = stack[base]!;
              }
              const argsStart = sp - nargs;
              frame.pc = pc;
              frame.sp = base;
              if (--realm.ticks <= 0) interp.safepoint();
              // Guest functions run in this loop: push a frame and switch to it.
              let fn: PyFunction | null = null;
              let selfArg: PyValue | undefined;
              typeBits[feedbackSlots[pc]!]! |= rt.calleeBit(callable, op === Op.CALL_METHOD || op === Op.CALL_METHOD_KW, nargs > argc);
              if (callable instanceof PyFunction) fn = callable;
              else if (callable instanceof PyBoundMethod && callable.func instanceof PyFunction) {
                fn = callable.func;
                selfArg = callable.self;
              } else if (callable instanceof PyMethodDescriptor && nargs > argc) {
                const self = stack[argsStart]!;
                if (callable === listAppendMethod && self instanceof PyList && argc === 1 && kwnames === null) {
                  // lst.append(x), as CPython 3.11 specializes it.
                  self.items.push(stack[sp - 1]!);
                  sp = base;
                  stack[sp++] = null;
                  pc += OP_LENGTH[op]!;
                  break;
                }
                const result = rt.callDescriptorAt(callable, self, stack, argsStart + 1, argc, kwnames);
                sp = base;
                stack[sp++] = result;
                pc += OP_LENGTH[op]!;
                break;
              }
              // A receiver to prepend (bound method, new instance) goes into the slot just below
              // the arguments: it held the callable (CALL) or LOAD_METHOD's empty self slot, both
              // dead now, so the callee binds its arguments straight from this stack.
              const selfSlot = argsStart - 1;
              if (fn !== null && fn.entry === null && (fn.code.flags & CodeFlags.GENERATOR) === 0) interp.countCall(profileOf(fn.code), fn);
              if (fn !== null && fn.entry !== null && realm.depth < interp.compiledDepthLimit) {
                // Compiled: the entry counts toward the recursion limit itself.
                if (selfArg !== undefined) stack[selfSlot] = selfArg;
                const result = selfArg === undefined
                  ? fn.entry(fn, stack, argsStart, nargs, kwnames)
                  : fn.entry(fn, stack, selfSlot, nargs + 1, kwnames);
                sp = base;
                stack[sp++] = result;
                pc += OP_LENGTH[op]!;
                break;
              }
              if (fn !== null && (fn.code.flags & CodeFlags.GENERATOR) === 0) {
                if (selfArg !== undefined) stack[selfSlot] = selfArg;
                const callee = selfArg === undefined
                  ? interp.newFrame(fn, stack, argsStart, nargs, kwnames)
                  : interp.newFrame(fn, stack, selfSlot, nargs + 1, kwnames);
                interp.pushFrame();
                callee.back = frame;
                frame = callee;
                sp = 0;
                pc = 0;
                continue reload;
              }
              if (callable instanceof PyType && callable.isHeapType) {
                const init = rt.plainInit(callable);
                if (init !== null && init.entry === null) interp.countCall(profileOf(init.code), init);
                if (init !== null && init.entry !== null && realm.depth < interp.compiledDepthLimit) {
                  const self = new PyInstance(callable);
                  stack[selfSlot] = self;
                  const returned = init.entry(init, stack, selfSlot, nargs + 1, kwnames);
                  sp = base;
                  stack[sp++] = rt.initResult(self, returned);
                  pc += OP_LENGTH[op]!;
                  break;
                }
                if (init !== null) {
                  const self = new PyInstance(callable);
                  stack[selfSlot] = self;
                  const callee = interp.newFrame(init, stack, selfSlot, nargs + 1, kwnames);
                  callee.initSelf = self;
                  interp.pushFrame();
                  callee.back = frame;
                  frame = callee;
                  sp = 0;
                  pc = 0;
                  continue reload;
                }
              }
              const result = rt.callAt(callable, stack, argsStart, nargs, kwnames);
              sp = base;
              stack[sp++] = result;
              pc += OP_LENGTH[op]!;
              break;
            }
            case Op.CALL_FUNCTION_EX: {
              frame.pc = pc;
              const kwargs = stack[--sp]!;
              const args = stack[--sp]!;
              const callable = stack[sp - 1]!;
              frame.sp = sp - 1;
              if (--realm.ticks <= 0) interp.safepoint();
              stack[sp - 1] = rt.callEx(callable, args, kwargs);
              pc += 1;
              break;
            }
            case Op.MAKE_FUNCTION: {
              frame.pc = pc;
              const flags = words[pc + 1]!;
              const n = rt.makeFunctionOperands(flags);
              const fn = rt.makeFunction(frame.globals, flags, stack.slice(sp - n, sp));
              sp -= n;
              stack[sp++] = fn;
              pc += 2;
              break;
            }

            // --- containers
            case Op.BUILD_TUPLE: {
              const n = words[pc + 1]!;
              sp -= n;
              stack[sp] = new PyTuple(stack.slice(sp, sp + n));
              sp++;
              pc += 2;
              break;
            }
            case Op.BUILD_LIST: {
              const n = words[pc + 1]!;
              sp -= n;
              stack[sp] = new PyList(stack.slice(sp, sp + n));
              sp++;
              pc += 2;
              break;
            }
            case Op.LIST_APPEND: {
              const item = stack[--sp]!;
              const list = stack[sp - words[pc + 1]!];
              if (!(list instanceof PyList)) rt.badStackValue('LIST_APPEND', 'a list');
              list.items.push(item);
              pc += 2;
              break;
            }
            case Op.UNPACK_SEQUENCE: {
              frame.pc = pc;
              const n = words[pc + 1]!;
              const items = rt.unpack(stack[--sp]!, n, -1);
              for (let i = n - 1; i >= 0; i--) stack[sp++] = items[i]!;
              pc += 2;
              break;
            }

            // --- exceptions
            case Op.RAISE_VARARGS: {
              frame.pc = pc;
              const n = words[pc + 1]!;
              if (n === 0) {
                reraise = true;
                throw rt.currentException(realm);
              }
              const cause = n === 2 ? stack[--sp]! : undefined;
              throw rt.makeRaisable(stack[--sp]!, cause);
            }
            case Op.RERAISE: {
              frame.pc = pc;
              const exc = rt.expectException(stack[--sp]!, 'RERAISE');
              reraise = true;
              throw exc;
            }

            // --- generators
            case Op.YIELD_VALUE: {
              if (frame.generator === null) {
                frame.pc = pc;
                rt.badStackValue('YIELD_VALUE', 'a generator frame');
              }
              if (frame !== entry) {
                // Resumed by a FOR_ITER of this activation: give it the value.
                const value = stack[--sp]!;
                frame.pc = pc;
                frame.sp = sp;
                frame.generator.running = false;
                realm.depth--;
                frame = frame.back!;
                sp = frame.sp;
                frame.stack[sp++] = value;
                pc = frame.pc + 2;
                continue reload;
              }
              const value = stack[--sp]!;
              frame.pc = pc;
              frame.sp = sp;
              frame.yielded = true;
              realm.depth--;
              return value;
            }
            case Op.SEND: {
              frame.pc = pc;
              frame.sp = sp;
              const value = stack[--sp]!;
              const r = rt.send(stack[sp - 1]!, value);
              if (r.done) {
                stack[sp - 1] = r.value;
                pc = words[pc + 1]!;
              } else {
                stack[sp++] = r.value;
                pc += 2;
              }
              break;
            }

            // --- the rest (plain-ops.ts): no jumps, no frame switches, rarely in loops
            case Op.DELETE_GLOBAL:
            case Op.LOAD_NAME:
            case Op.STORE_NAME:
            case Op.DELETE_NAME:
            case Op.DELETE_DEREF:
            case Op.LOAD_CLASSDEREF:
            case Op.LOAD_BUILD_CLASS:
            case Op.BUILD_SET:
            case Op.BUILD_MAP:
            case Op.BUILD_CONST_KEY_MAP:
            case Op.BUILD_STRING:
            case Op.FORMAT_VALUE:
            case Op.SET_ADD:
            case Op.MAP_ADD:
            case Op.LIST_EXTEND:
            case Op.SET_UPDATE:
            case Op.DICT_UPDATE:
            case Op.DICT_MERGE:
            case Op.LIST_TO_TUPLE:
            case Op.UNPACK_EX:
            case Op.PUSH_EXC_INFO:
            case Op.POP_EXCEPT:
            case Op.CHECK_EXC_MATCH:
            case Op.LOAD_ASSERTION_ERROR:
            case Op.BEFORE_WITH:
            case Op.WITH_EXCEPT_START:
            case Op.GET_YIELD_FROM_ITER:
            case Op.IMPORT_NAME:
            case Op.IMPORT_FROM:
            case Op.IMPORT_STAR: {
              const op = words[pc]!;
              frame.pc = pc;
              sp = runPlainOp(frame, op, pc, sp);
              pc += OP_LENGTH[op]!;
              break;
            }

            default:
              throw new InternalError(`interpreter: opcode ${words[pc]} at pc ${pc} in ${code.qualname} has no case`);
          }
        }
      }
    } catch (error) {
      let exc = toGuestException(error);
      if (!reraise) rt.addTraceback(exc, frame.code, frame.pc);
      reraise = false;
      // Unwind frame by frame until a handler covers the faulting pc.
      for (;;) {
        const handler = rt.findHandler(frame.code, frame.pc);
        if (handler !== null) {
          sp = handler.depth;
          frame.stack[sp++] = exc;
          pc = handler.target;
          break;
        }
        realm.depth--;
        if (frame === entry) {
          throw exc;
        }
        if (frame.generator !== null) {
          // The exception leaves a generator resumed by FOR_ITER: it is finished (PEP 479).
          frame.generator.finished = true;
          frame.generator.running = false;
          exc = rt.generatorRaised(exc);
        }
        frame = frame.back!;
        interp.current = frame;
        rt.addTraceback(exc, frame.code, frame.pc);
      }
    }
  }
}

/** A call's frame returned `value`: puts the call's result on the caller's stack (at its sp)
 *  and returns the caller; the finished frame goes back to its pool. */
function returnToCaller(frame: Frame, value: PyValue): Frame {
  const caller = frame.back!;
  caller.stack[caller.sp] = frame.initSelf !== undefined ? rt.initResult(frame.initSelf, value) : value;
  releaseFrame(frame);
  return caller;
}

/** Returns a finished call's frame to its code's pool (never a generator's or a body's). */
function releaseFrame(frame: Frame): void {
  if (frame.generator !== null || frame.func === null) return;
  const pool = profileOf(frame.code).framePool;
  if (pool.length < FRAME_POOL_LIMIT) pool.push(frame);
}
