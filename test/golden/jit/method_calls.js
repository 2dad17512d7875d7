[jit] Counter.bump (method_calls.py:6) bytecode 19 words, js 3334 chars: compiled
// Counter.bump (method_calls.py:6)
const direct = function py$method_calls$Counter_bump(fn, l0, l1) {
  let s0, s1, s2, t, pc = 0, block = 0, rr = false;
  const G = fn.globals;
  const C = null;
  enter(realm);
  try {
    dispatch: for (; ; ) {
      switch (block) {
        case 0:
          // block 0: pc 0..18, line 7
          // pc 0 LOAD_FAST 0 (line 7)
          s0 = l0;
          // pc 2 COPY 1 (line 7) [any]
          s1 = s0;
          // pc 4 LOAD_ATTR 0 (line 7) [any, any]
          pc = 4;
          s1 = s1 instanceof PyInstance && (s1.type.plainRead === EPOCH.value ? (t = (s1.attrs !== null ? s1.attrs : s1.slotValues)[N[0]]) !== void 0 : (t = storeToRead(IC[0], s1, N[0])) !== null && (t = t[N[0]]) !== void 0) ? t : getAttr(s1, N[0]);
          // pc 6 LOAD_FAST 1 (line 7) [any, any]
          s2 = l1;
          // pc 8 BINARY_OP 13 (line 7) [any, any, any]
          if (!(typeof s1 === "number")) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 8, 3, [l0, void 0], [s0, s1, s2], 0);
          }
          if (!(typeof s2 === "number")) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 8, 3, [l0, void 0], [s0, s1, s2], 1);
          }
          t = s1 + s2;
          if (!(t <= 9007199254740991 && t >= -9007199254740991)) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 8, 3, [l0, void 0], [s0, s1, s2], 2);
          }
          s1 = t;
          // pc 10 SWAP 2 (line 7) [any, int]
          t = s1;
          s1 = s0;
          s0 = t;
          // pc 12 STORE_ATTR 0 (line 7) [int, any]
          pc = 12;
          if (s1 instanceof PyInstance && s1.type.plainWrite === EPOCH.value) {
            s1.attrs[N[0]] = s0;
          } else {
            if (s1 instanceof PyInstance && (s1.type === IC[1].inline && IC[1].epoch === EPOCH.value)) {
              (s1.attrs !== null ? s1.attrs : s1.slotValues)[N[0]] = s0;
            } else {
              if (s1 instanceof PyInstance && (t = storeToWrite(IC[1], s1, N[0])) !== null) {
                t[N[0]] = s0;
              } else {
                setAttr(s1, N[0], s0);
              }
            }
          }
          // pc 14 LOAD_FAST 0 (line 8)
          s0 = l0;
          // pc 16 LOAD_ATTR 0 (line 8) [any]
          pc = 16;
          s0 = s0 instanceof PyInstance && (s0.type.plainRead === EPOCH.value ? (t = (s0.attrs !== null ? s0.attrs : s0.slotValues)[N[0]]) !== void 0 : (t = storeToRead(IC[2], s0, N[0])) !== null && (t = t[N[0]]) !== void 0) ? t : getAttr(s0, N[0]);
          // pc 18 RETURN_VALUE (line 8) [any]
          return s0;
      }
    }
  } catch (e) {
    if (pc === -1) {
      throw e;
    }
    const exc = toGuestException(e);
    if (rr) {
      rr = false;
    } else {
      addTraceback(exc, CODE, pc);
    }
    const handler = findHandler(CODE, pc);
    if (handler === null) {
      throw exc;
    }
    return deopt(CODE, fn, C, handler, [l0, l1], [s0, s1, s2], exc);
  } finally {
    realm.depth -= 1;
  }
};
const entry = function py$method_calls$Counter_bump$args(fn, args, start, count, kwnames) {
  if (kwnames === null && count === 2) {
    return direct(fn, args[start + 0], args[start + 1]);
  }
  const t = bindArgs(fn, args, start, count, kwnames);
  return direct(fn, t[0], t[1]);
};
entry.direct = direct;
return entry;

[jit] Counter.__init__ (method_calls.py:3) bytecode 9 words, js 1900 chars: compiled
// Counter.__init__ (method_calls.py:3)
const direct = function py$method_calls$Counter___init__(fn, l0) {
  let s0, s1, t, pc = 0, block = 0, rr = false;
  const G = fn.globals;
  const C = null;
  enter(realm);
  try {
    dispatch: for (; ; ) {
      switch (block) {
        case 0:
          // block 0: pc 0..8, line 4
          // pc 0 LOAD_CONST 1 (line 4)
          s0 = 0;
          // pc 2 LOAD_FAST 0 (line 4) [int]
          s1 = l0;
          // pc 4 STORE_ATTR 0 (line 4) [int, any]
          pc = 4;
          if (s1 instanceof PyInstance && s1.type.plainWrite === EPOCH.value) {
            s1.attrs[N[0]] = s0;
          } else {
            if (s1 instanceof PyInstance && (s1.type === IC[0].inline && IC[0].epoch === EPOCH.value)) {
              (s1.attrs !== null ? s1.attrs : s1.slotValues)[N[0]] = s0;
            } else {
              if (s1 instanceof PyInstance && (t = storeToWrite(IC[0], s1, N[0])) !== null) {
                t[N[0]] = s0;
              } else {
                setAttr(s1, N[0], s0);
              }
            }
          }
          // pc 6 LOAD_CONST 0 (line 4)
          s0 = null;
          // pc 8 RETURN_VALUE (line 4) [None]
          return s0;
      }
    }
  } catch (e) {
    if (pc === -1) {
      throw e;
    }
    const exc = toGuestException(e);
    if (rr) {
      rr = false;
    } else {
      addTraceback(exc, CODE, pc);
    }
    const handler = findHandler(CODE, pc);
    if (handler === null) {
      throw exc;
    }
    return deopt(CODE, fn, C, handler, [l0], [s0, s1], exc);
  } finally {
    realm.depth -= 1;
  }
};
const entry = function py$method_calls$Counter___init__$args(fn, args, start, count, kwnames) {
  if (kwnames === null && count === 1) {
    return direct(fn, args[start + 0]);
  }
  const t = bindArgs(fn, args, start, count, kwnames);
  return direct(fn, t[0]);
};
entry.direct = direct;
return entry;

[jit] drive (method_calls.py:11) bytecode 27 words, js 4800 chars: compiled
// drive (method_calls.py:11)
const direct = function py$method_calls$drive(fn, l0, l1) {
  let l2, s0, s1, s2, s3, t, pc = 0, block = 0, rr = false;
  const G = fn.globals;
  const C = null;
  enter(realm);
  try {
    dispatch: for (; ; ) {
      switch (block) {
        case 0:
          // block 0: pc 0..6, line 12
          // pc 0 LOAD_GLOBAL 0 (line 12)
          pc = 0;
          s0 = loadGlobal(IC[0], G, realm.builtins, N[0]);
          // pc 2 LOAD_FAST 1 (line 12) [any]
          s1 = l1;
          // pc 4 CALL 1 (line 12) [any, any]
          pc = 4;
          if (s0 instanceof PyFunction && (s0.directArity === 1 && realm.depth < DEPTH_LIMIT)) {
            s0 = s0.direct(s0, s1);
          } else {
            if ((s0 instanceof PyBuiltinFunction || s0 instanceof PyType) && (s0.fixedArities & 2) !== 0) {
              s0 = s0.fixed(s1);
            } else {
              s0 = callValue(s0, [s1], null);
            }
          }
          // pc 6 GET_ITER (line 12) [any]
          pc = 6;
          s0 = getIter(s0);
        case 1:
          // block 1: pc 7..8, line 12
          // pc 7 FOR_ITER 22 (line 12) [any]
          pc = 7;
          if (s0 instanceof PyListIterator && s0.index < s0.list.items.length) {
            t = s0.list.items[(s0.index += 1) - 1];
          } else {
            if (s0 instanceof PyRangeIterator) {
              t = s0.value;
              if (s0.step > 0 ? t < s0.stop : t > s0.stop) {
                s0.value = t + s0.step;
              } else {
                t = void 0;
              }
            } else {
              t = iterNext(s0);
            }
          }
          if (t === void 0) {
            block = 3;
            continue dispatch;
          }
          s1 = t;
          if (!(typeof t === "number")) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 9, 2, [l0, void 0, void 0], [s0, s1], 0);
          }
        case 2:
          // block 2: pc 9..21, line 12
          // pc 9 STORE_FAST 2 (line 12) [any, int]
          l2 = s1;
          // pc 11 LOAD_FAST 0 (line 13) [any]
          s1 = l0;
          // pc 13 LOAD_METHOD 1 (line 13) [any, any]
          pc = 13;
          if (s1 instanceof PyObject && (s1.type.methodsEpoch === EPOCH.value && (((t = s1.attrs) == null || t[N[1]] === void 0) && (t = s1.type.methods[N[1]]) !== void 0))) {
            s2 = s1;
            s1 = t;
          } else {
            t = loadMethodAt(IC[1], s1, N[1]);
            if (t !== void 0) {
              s2 = s1;
              s1 = t;
            } else {
              s1 = getAttr(s1, N[1]);
              s2 = void 0;
            }
          }
          // pc 15 LOAD_FAST 2 (line 13) [any, any, any]
          s3 = l2;
          // pc 17 CALL_METHOD 1 (line 13) [any, any, any, int]
          pc = 17;
          if (s1 === LIST_APPEND && s2 instanceof PyList) {
            s2.items.push(s3);
            s1 = null;
          } else {
            if (s2 !== void 0) {
              if (s1 instanceof PyFunction && (s1.directArity === 2 && realm.depth < DEPTH_LIMIT)) {
                s1 = s1.direct(s1, s2, s3);
              } else {
                s1 = callMethodAt(s1, s2, [s3], null);
              }
            } else {
              s1 = callMethodAt(s1, s2, [s3], null);
            }
          }
          // pc 19 POP_TOP (line 13) [any, any]
          ;
          // pc 20 JUMP_BACKWARD 7 (line 12) [any]
          pc = 20;
          if (-- realm.ticks <= 0) {
            safepoint();
          }
          block = 1;
          continue dispatch;
        case 3:
          // block 3: pc 22..26, line 14
          // pc 22 LOAD_FAST 0 (line 14)
          s0 = l0;
          // pc 24 LOAD_ATTR 2 (line 14) [any]
          pc = 24;
          s0 = s0 instanceof PyInstance && (s0.type.plainRead === EPOCH.value ? (t = (s0.attrs !== null ? s0.attrs : s0.slotValues)[N[2]]) !== void 0 : (t = storeToRead(IC[2], s0, N[2])) !== null && (t = t[N[2]]) !== void 0) ? t : getAttr(s0, N[2]);
          // pc 26 RETURN_VALUE (line 14) [any]
          return s0;
      }
    }
  } catch (e) {
    if (pc === -1) {
      throw e;
    }
    const exc = toGuestException(e);
    if (rr) {
      rr = false;
    } else {
      addTraceback(exc, CODE, pc);
    }
    const handler = findHandler(CODE, pc);
    if (handler === null) {
      throw exc;
    }
    return deopt(CODE, fn, C, handler, [l0, l1, l2], [s0, s1, s2, s3], exc);
  } finally {
    realm.depth -= 1;
  }
};
const entry = function py$method_calls$drive$args(fn, args, start, count, kwnames) {
  if (kwnames === null && count === 2) {
    return direct(fn, args[start + 0], args[start + 1]);
  }
  const t = bindArgs(fn, args, start, count, kwnames);
  return direct(fn, t[0], t[1]);
};
entry.direct = direct;
return entry;

