[jit] harmonic (float_loop.py:2) bytecode 38 words, js 5258 chars: compiled
// harmonic (float_loop.py:2)
const direct = function py$float_loop$harmonic(fn, l0) {
  let l1, l2, s0, s1, s2, s3, t, pc = 0, block = 0, rr = false;
  const G = fn.globals;
  const C = null;
  enter(realm);
  try {
    dispatch: for (; ; ) {
      switch (block) {
        case 0:
          // block 0: pc 0..16, line 3
          // pc 0 LOAD_CONST 1 (line 3)
          s0 = 0;
          // pc 2 STORE_FAST 1 (line 3) [float]
          l1 = s0;
          // pc 4 LOAD_GLOBAL 0 (line 4)
          pc = 4;
          s0 = loadGlobal(IC[0], G, realm.builtins, N[0]);
          // pc 6 LOAD_CONST 2 (line 4) [any]
          s1 = 1;
          // pc 8 LOAD_FAST 0 (line 4) [any, int]
          s2 = l0;
          // pc 10 LOAD_CONST 2 (line 4) [any, int, any]
          s3 = 1;
          // pc 12 BINARY_OP 0 (line 4) [any, int, any, int]
          if (!(typeof s2 === "number")) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 12, 4, [void 0, new PyFloat(l1), void 0], [s0, s1, s2, s3], 0);
          }
          t = s2 + s3;
          if (!(t <= 9007199254740991 && t >= -9007199254740991)) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 12, 4, [void 0, new PyFloat(l1), void 0], [s0, s1, s2, s3], 1);
          }
          s2 = t;
          // pc 14 CALL 2 (line 4) [any, int, int]
          pc = 14;
          if (s0 instanceof PyFunction && (s0.directArity === 2 && realm.depth < DEPTH_LIMIT)) {
            s0 = s0.direct(s0, s1, s2);
          } else {
            if ((s0 instanceof PyBuiltinFunction || s0 instanceof PyType) && (s0.fixedArities & 4) !== 0) {
              s0 = s0.fixed(s1, s2);
            } else {
              s0 = callValue(s0, [s1, s2], null);
            }
          }
          // pc 16 GET_ITER (line 4) [any]
          pc = 16;
          s0 = getIter(s0);
        case 1:
          // block 1: pc 17..18, line 4
          // pc 17 FOR_ITER 35 (line 4) [any]
          pc = 17;
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
            return exitCall(CODE, fn, C, EXITS, 19, 2, [void 0, new PyFloat(l1), void 0], [s0, s1], 2);
          }
        case 2:
          // block 2: pc 19..34, line 4
          // pc 19 STORE_FAST 2 (line 4) [any, int]
          l2 = s1;
          // pc 21 LOAD_FAST 1 (line 5) [any]
          s1 = l1;
          // pc 23 LOAD_CONST 3 (line 5) [any, float]
          s2 = 1;
          // pc 25 LOAD_FAST 2 (line 5) [any, float, float]
          s3 = l2;
          // pc 27 BINARY_OP 11 (line 5) [any, float, float, int]
          t = s3;
          if (!(t !== 0)) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 27, 4, [void 0, void 0, void 0], [s0, new PyFloat(s1), new PyFloat(s2), s3], 3);
          }
          s2 = s2 / t;
          // pc 29 BINARY_OP 13 (line 5) [any, float, float]
          s1 = s1 + s2;
          // pc 31 STORE_FAST 1 (line 5) [any, float]
          l1 = s1;
          // pc 33 JUMP_BACKWARD 17 (line 4) [any]
          pc = 33;
          if (-- realm.ticks <= 0) {
            safepoint();
          }
          block = 1;
          continue dispatch;
        case 3:
          // block 3: pc 35..37, line 6
          // pc 35 LOAD_FAST 1 (line 6)
          s0 = l1;
          // pc 37 RETURN_VALUE (line 6) [float]
          s0 = new PyFloat(s0);
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
    switch (pc) {
      case 4:
        l1 = new PyFloat(l1);
        break;
      case 12:
        l1 = new PyFloat(l1);
        break;
      case 14:
        l1 = new PyFloat(l1);
        break;
      case 16:
        l1 = new PyFloat(l1);
        break;
      case 17:
        l1 = new PyFloat(l1);
        break;
      case 27:
        l1 = new PyFloat(l1);
        s1 = new PyFloat(s1);
        s2 = new PyFloat(s2);
        break;
      case 29:
        l1 = new PyFloat(l1);
        s1 = new PyFloat(s1);
        s2 = new PyFloat(s2);
        break;
      case 33:
        l1 = new PyFloat(l1);
        break;
    }
    return deopt(CODE, fn, C, handler, [l0, l1, l2], [s0, s1, s2, s3], exc);
  } finally {
    realm.depth -= 1;
  }
};
const entry = function py$float_loop$harmonic$args(fn, args, start, count, kwnames) {
  if (kwnames === null && count === 1) {
    return direct(fn, args[start + 0]);
  }
  const t = bindArgs(fn, args, start, count, kwnames);
  return direct(fn, t[0]);
};
entry.direct = direct;
return entry;

