[jit] sum_squares (int_loop.py:2) bytecode 41 words, js 3570 chars: compiled
// sum_squares (int_loop.py:2)
const direct = function py$int_loop$sum_squares(fn, l0) {
  let l1, l2, s0, s1, s2, t, pc = 0, block = 0, rr = false;
  const G = fn.globals;
  const C = null;
  enter(realm);
  try {
    dispatch: for (; ; ) {
      switch (block) {
        case 0:
          // block 0: pc 0..7, line 3
          // pc 0 LOAD_CONST 1 (line 3)
          s0 = 0;
          // pc 2 STORE_FAST 1 (line 3) [int]
          l1 = s0;
          // pc 4 LOAD_CONST 1 (line 4)
          s0 = 0;
          // pc 6 STORE_FAST 2 (line 4) [int]
          l2 = s0;
        case 1:
          // block 1: pc 8..15, line 5
          // pc 8 LOAD_FAST 2 (line 5)
          s0 = l2;
          // pc 10 LOAD_FAST 0 (line 5) [int]
          s1 = l0;
          // pc 12 COMPARE_OP 0 (line 5) [int, any]
          if (!(typeof s1 === "number")) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 12, 2, [l0, l1, l2], [s0, s1], 0);
          }
          s0 = s0 < s1;
          // pc 14 POP_JUMP_IF_FALSE 38 (line 5) [bool]
          pc = 14;
          if (!s0) {
            block = 3;
            continue dispatch;
          }
        case 2:
          // block 2: pc 16..37, line 6
          // pc 16 LOAD_FAST 1 (line 6)
          s0 = l1;
          // pc 18 LOAD_FAST 2 (line 6) [int]
          s1 = l2;
          // pc 20 LOAD_FAST 2 (line 6) [int, int]
          s2 = l2;
          // pc 22 BINARY_OP 5 (line 6) [int, int, int]
          t = s1 * s2 + 0;
          if (!(t <= 9007199254740991 && t >= -9007199254740991)) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 22, 3, [l0, void 0, l2], [s0, s1, s2], 1);
          }
          s1 = t;
          // pc 24 BINARY_OP 13 (line 6) [int, int]
          t = s0 + s1;
          if (!(t <= 9007199254740991 && t >= -9007199254740991)) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 24, 2, [l0, void 0, l2], [s0, s1], 2);
          }
          s0 = t;
          // pc 26 STORE_FAST 1 (line 6) [int]
          l1 = s0;
          // pc 28 LOAD_FAST 2 (line 7)
          s0 = l2;
          // pc 30 LOAD_CONST 2 (line 7) [int]
          s1 = 1;
          // pc 32 BINARY_OP 13 (line 7) [int, int]
          t = s0 + s1;
          if (!(t <= 9007199254740991 && t >= -9007199254740991)) {
            pc = -1;
            return exitCall(CODE, fn, C, EXITS, 32, 2, [l0, l1, void 0], [s0, s1], 3);
          }
          s0 = t;
          // pc 34 STORE_FAST 2 (line 7) [int]
          l2 = s0;
          // pc 36 JUMP_BACKWARD 8 (line 5)
          pc = 36;
          if (-- realm.ticks <= 0) {
            safepoint();
          }
          block = 1;
          continue dispatch;
        case 3:
          // block 3: pc 38..40, line 8
          // pc 38 LOAD_FAST 1 (line 8)
          s0 = l1;
          // pc 40 RETURN_VALUE (line 8) [int]
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
    return deopt(CODE, fn, C, handler, [l0, l1, l2], [s0, s1, s2], exc);
  } finally {
    realm.depth -= 1;
  }
};
const entry = function py$int_loop$sum_squares$args(fn, args, start, count, kwnames) {
  if (kwnames === null && count === 1) {
    return direct(fn, args[start + 0]);
  }
  const t = bindArgs(fn, args, start, count, kwnames);
  return direct(fn, t[0]);
};
entry.direct = direct;
return entry;

