[jit] tally (containers.py:3) bytecode 68 words, js 8343 chars: compiled
// tally (containers.py:3)
const direct = function py$containers$tally(fn, l0, l1, l2) {
  let l3, l4, s0, s1, s2, s3, t, pc = 0, block = 0, rr = false;
  const G = fn.globals;
  const C = null;
  enter(realm);
  try {
    dispatch: for (; ; ) {
      switch (block) {
        case 0:
          // block 0: pc 0..10, line 4
          // pc 0 LOAD_GLOBAL 0 (line 4)
          pc = 0;
          s0 = loadGlobal(IC[0], G, realm.builtins, N[0]);
          // pc 2 LOAD_GLOBAL 1 (line 4) [any]
          pc = 2;
          s1 = loadGlobal(IC[1], G, realm.builtins, N[1]);
          // pc 4 LOAD_FAST 0 (line 4) [any, any]
          s2 = l0;
          // pc 6 CALL 1 (line 4) [any, any, any]
          pc = 6;
          if (s1 instanceof PyFunction && (s1.directArity === 1 && realm.depth < DEPTH_LIMIT)) {
            s1 = s1.direct(s1, s2);
          } else {
            if ((s1 instanceof PyBuiltinFunction || s1 instanceof PyType) && (s1.fixedArities & 2) !== 0) {
              s1 = s1.fixed(s2);
            } else {
              s1 = callValue(s1, [s2], null);
            }
          }
          // pc 8 CALL 1 (line 4) [any, any]
          pc = 8;
          if (s0 instanceof PyFunction && (s0.directArity === 1 && realm.depth < DEPTH_LIMIT)) {
            s0 = s0.direct(s0, s1);
          } else {
            if ((s0 instanceof PyBuiltinFunction || s0 instanceof PyType) && (s0.fixedArities & 2) !== 0) {
              s0 = s0.fixed(s1);
            } else {
              s0 = callValue(s0, [s1], null);
            }
          }
          // pc 10 GET_ITER (line 4) [any]
          pc = 10;
          s0 = getIter(s0);
        case 1:
          // block 1: pc 11..12, line 4
          // pc 11 FOR_ITER 62 (line 4) [any]
          pc = 11;
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
            block = 5;
            continue dispatch;
          }
          s1 = t;
          if (!(typeof t === "number")) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 13, 2, [l0, l1, l2, void 0, void 0], [s0, s1], 0);
          }
        case 2:
          // block 2: pc 13..32, line 4
          // pc 13 STORE_FAST 3 (line 4) [any, int]
          l3 = s1;
          // pc 15 LOAD_FAST 0 (line 5) [any]
          s1 = l0;
          // pc 17 LOAD_FAST 3 (line 5) [any, any]
          s2 = l3;
          // pc 19 BINARY_SUBSCR (line 5) [any, any, int]
          pc = 19;
          if (s1 instanceof PyList && (s1.type === LIST && (typeof s2 === "number" && (s2 >= 0 && s2 < s1.items.length)))) {
            s1 = s1.items[s2];
          } else {
            s1 = getItem(s1, s2);
          }
          // pc 20 STORE_FAST 4 (line 5) [any, any]
          l4 = s1;
          // pc 22 LOAD_FAST 4 (line 6) [any]
          s1 = l4;
          // pc 24 LOAD_CONST 1 (line 6) [any, any]
          s2 = 0;
          // pc 26 BINARY_SUBSCR (line 6) [any, any, int]
          pc = 26;
          if (s1 instanceof PyTuple && (s1.type === TUPLE && (typeof s2 === "number" && (s2 >= 0 && s2 < s1.items.length)))) {
            s1 = s1.items[s2];
          } else {
            s1 = getItem(s1, s2);
          }
          // pc 27 LOAD_CONST 2 (line 6) [any, any]
          s2 = K[2];
          // pc 29 COMPARE_OP 2 (line 6) [any, any, str]
          pc = 29;
          s1 = typeof s1 === "string" && typeof s2 === "string" ? s1 === s2 : compareSlow(2, s1, s2);
          // pc 31 POP_JUMP_IF_FALSE 60 (line 6) [any, any]
          pc = 31;
          if (s1 === false || s1 !== true && !truthy(s1)) {
            block = 4;
            continue dispatch;
          }
        case 3:
          // block 3: pc 33..59, line 7
          // pc 33 LOAD_FAST 1 (line 7) [any]
          s1 = l1;
          // pc 35 LOAD_CONST 3 (line 7) [any, any]
          s2 = K[3];
          // pc 37 BINARY_SUBSCR (line 7) [any, any, str]
          pc = 37;
          if (s1 instanceof PyDict && s1.type === DICT && (t = s1.table.get(s2)) !== void 0) {
            s1 = t;
          } else {
            s1 = getItem(s1, s2);
          }
          // pc 38 LOAD_FAST 4 (line 7) [any, any]
          s2 = l4;
          // pc 40 LOAD_CONST 4 (line 7) [any, any, any]
          s3 = 1;
          // pc 42 BINARY_SUBSCR (line 7) [any, any, any, int]
          pc = 42;
          if (s2 instanceof PyTuple && (s2.type === TUPLE && (typeof s3 === "number" && (s3 >= 0 && s3 < s2.items.length)))) {
            s2 = s2.items[s3];
          } else {
            s2 = getItem(s2, s3);
          }
          // pc 43 BINARY_OP 0 (line 7) [any, any, any]
          if (!(typeof s1 === "number")) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 43, 3, [l0, l1, l2, l3, l4], [s0, s1, s2], 1);
          }
          if (!(typeof s2 === "number")) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 43, 3, [l0, l1, l2, l3, l4], [s0, s1, s2], 2);
          }
          t = s1 + s2;
          if (!(t <= 9007199254740991 && t >= -9007199254740991)) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 43, 3, [l0, l1, l2, l3, l4], [s0, s1, s2], 3);
          }
          s1 = t;
          // pc 45 LOAD_FAST 1 (line 7) [any, int]
          s2 = l1;
          // pc 47 LOAD_CONST 3 (line 7) [any, int, any]
          s3 = K[3];
          // pc 49 STORE_SUBSCR (line 7) [any, int, any, str]
          pc = 49;
          if (s2 instanceof PyDict && s2.type === DICT) {
            s2.table.set(s3, s1);
          } else {
            setItem(s2, s3, s1);
          }
          // pc 50 LOAD_FAST 4 (line 8) [any]
          s1 = l4;
          // pc 52 LOAD_CONST 4 (line 8) [any, any]
          s2 = 1;
          // pc 54 BINARY_SUBSCR (line 8) [any, any, int]
          pc = 54;
          if (s1 instanceof PyTuple && (s1.type === TUPLE && (typeof s2 === "number" && (s2 >= 0 && s2 < s1.items.length)))) {
            s1 = s1.items[s2];
          } else {
            s1 = getItem(s1, s2);
          }
          // pc 55 LOAD_FAST 2 (line 8) [any, any]
          s2 = l2;
          // pc 57 LOAD_FAST 3 (line 8) [any, any, any]
          s3 = l3;
          // pc 59 STORE_SUBSCR (line 8) [any, any, any, int]
          pc = 59;
          if (s2 instanceof PyList && (s2.type === LIST && (typeof s3 === "number" && (s3 >= 0 && s3 < s2.items.length)))) {
            s2.items[s3] = s1;
          } else {
            setItem(s2, s3, s1);
          }
        case 4:
          // block 4: pc 60..61, line 4
          // pc 60 JUMP_BACKWARD 11 (line 4) [any]
          pc = 60;
          if (-- realm.ticks <= 0) {
            safepoint();
          }
          block = 1;
          continue dispatch;
        case 5:
          // block 5: pc 62..67, line 9
          // pc 62 LOAD_FAST 1 (line 9)
          s0 = l1;
          // pc 64 LOAD_CONST 3 (line 9) [any]
          s1 = K[3];
          // pc 66 BINARY_SUBSCR (line 9) [any, str]
          pc = 66;
          if (s0 instanceof PyDict && s0.type === DICT && (t = s0.table.get(s1)) !== void 0) {
            s0 = t;
          } else {
            s0 = getItem(s0, s1);
          }
          // pc 67 RETURN_VALUE (line 9) [any]
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
    return deopt(CODE, fn, C, handler, [l0, l1, l2, l3, l4], [s0, s1, s2, s3], exc);
  } finally {
    realm.depth -= 1;
  }
};
const entry = function py$containers$tally$args(fn, args, start, count, kwnames) {
  if (kwnames === null && count === 3) {
    return direct(fn, args[start + 0], args[start + 1], args[start + 2]);
  }
  const t = bindArgs(fn, args, start, count, kwnames);
  return direct(fn, t[0], t[1], t[2]);
};
entry.direct = direct;
return entry;

