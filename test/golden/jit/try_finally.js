[jit] safe_div (try_finally.py:2) bytecode 81 words, js 5889 chars: compiled
// safe_div (try_finally.py:2)
const direct = function py$try_finally$safe_div(fn, l0) {
  let l1, l2, s0, s1, s2, s3, s4, s5, t, pc = 0, block = 0, rr = false;
  const G = fn.globals;
  const C = null;
  enter(realm);
  try {
    dispatch: for (; ; ) {
      switch (block) {
        case 0:
          // block 0: pc 0..6, line 3
          // pc 0 BUILD_LIST 0 (line 3)
          s0 = new PyList([]);
          // pc 2 STORE_FAST 1 (line 3) [list]
          l1 = s0;
          // pc 4 LOAD_FAST 0 (line 4)
          s0 = l0;
          // pc 6 GET_ITER (line 4) [any]
          pc = 6;
          s0 = getIter(s0);
        case 1:
          // block 1: pc 7..8, line 4
          // pc 7 FOR_ITER 78 (line 4) [any]
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
            block = 16;
            continue dispatch;
          }
          s1 = t;
          if (!(typeof t === "number")) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 9, 2, [void 0, l1, void 0], [s0, s1], 0);
          }
        case 2:
          // block 2: pc 9..10, line 4
          // pc 9 STORE_FAST 2 (line 4) [any, int]
          l2 = s1;
        case 3:
          // block 3: pc 11..23, line 6
          // pc 11 LOAD_FAST 1 (line 6) [any]
          s1 = l1;
          // pc 13 LOAD_METHOD 0 (line 6) [any, list]
          pc = 13;
          if (s1 instanceof PyObject && (s1.type.methodsEpoch === EPOCH.value && (((t = s1.attrs) == null || t[N[0]] === void 0) && (t = s1.type.methods[N[0]]) !== void 0))) {
            s2 = s1;
            s1 = t;
          } else {
            t = loadMethodAt(IC[0], s1, N[0]);
            if (t !== void 0) {
              s2 = s1;
              s1 = t;
            } else {
              s1 = getAttr(s1, N[0]);
              s2 = void 0;
            }
          }
          // pc 15 LOAD_CONST 1 (line 6) [any, any, any]
          s3 = 10;
          // pc 17 LOAD_FAST 2 (line 6) [any, any, any, int]
          s4 = l2;
          // pc 19 BINARY_OP 2 (line 6) [any, any, any, int, int]
          if (!(s4 !== 0)) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 19, 5, [void 0, l1, void 0], [s0, s1, s2, s3, s4], 1);
          }
          s3 = intFloorDiv(s3, s4);
          // pc 21 CALL_METHOD 1 (line 6) [any, any, any, int]
          pc = 21;
          if (s1 === LIST_APPEND && s2 instanceof PyList) {
            s2.items.push(s3);
            s1 = null;
          } else {
            if (s2 !== void 0 && (s1 instanceof PyMethodDescriptor && (s1.fixedArities & 2) !== 0)) {
              s1 = s1.fixed(s2, s3);
            } else {
              s1 = callMethodAt(s1, s2, [s3], null);
            }
          }
          // pc 23 POP_TOP (line 6) [any, any]
          ;
        case 4:
          // block 4: pc 24..25, line 6
          // pc 24 JUMP_FORWARD 50 (line 6) [any]
          block = 11;
          continue dispatch;
        case 11:
          // block 11: pc 50..60, line 10
          // pc 50 LOAD_FAST 1 (line 10) [any]
          s1 = l1;
          // pc 52 LOAD_METHOD 0 (line 10) [any, list]
          pc = 52;
          if (s1 instanceof PyObject && (s1.type.methodsEpoch === EPOCH.value && (((t = s1.attrs) == null || t[N[0]] === void 0) && (t = s1.type.methods[N[0]]) !== void 0))) {
            s2 = s1;
            s1 = t;
          } else {
            t = loadMethodAt(IC[1], s1, N[0]);
            if (t !== void 0) {
              s2 = s1;
              s1 = t;
            } else {
              s1 = getAttr(s1, N[0]);
              s2 = void 0;
            }
          }
          // pc 54 LOAD_CONST 2 (line 10) [any, any, any]
          s3 = K[2];
          // pc 56 CALL_METHOD 1 (line 10) [any, any, any, str]
          pc = 56;
          if (s1 === LIST_APPEND && s2 instanceof PyList) {
            s2.items.push(s3);
            s1 = null;
          } else {
            if (s2 !== void 0 && (s1 instanceof PyMethodDescriptor && (s1.fixedArities & 2) !== 0)) {
              s1 = s1.fixed(s2, s3);
            } else {
              s1 = callMethodAt(s1, s2, [s3], null);
            }
          }
          // pc 58 POP_TOP (line 10) [any, any]
          ;
          // pc 59 JUMP_FORWARD 76 (line 10) [any]
          block = 15;
          continue dispatch;
        case 15:
          // block 15: pc 76..77, line 4
          // pc 76 JUMP_BACKWARD 7 (line 4) [any]
          pc = 76;
          if (-- realm.ticks <= 0) {
            safepoint();
          }
          block = 1;
          continue dispatch;
        case 16:
          // block 16: pc 78..80, line 11
          // pc 78 LOAD_FAST 1 (line 11)
          s0 = l1;
          // pc 80 RETURN_VALUE (line 11) [list]
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
    return deopt(CODE, fn, C, handler, [l0, l1, l2], [s0, s1, s2, s3, s4, s5], exc);
  } finally {
    realm.depth -= 1;
  }
};
const entry = function py$try_finally$safe_div$args(fn, args, start, count, kwnames) {
  if (kwnames === null && count === 1) {
    return direct(fn, args[start + 0]);
  }
  const t = bindArgs(fn, args, start, count, kwnames);
  return direct(fn, t[0]);
};
entry.direct = direct;
return entry;

