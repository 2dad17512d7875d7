[jit] evens (generator.py:2) bytecode 32 words, js 3840 chars, generator: compiled
// evens (generator.py:2), a generator resumed at 1 yield
return function py$generator$evens$gen(frame) {
  let l0, l1, s0, s1, s2, t, pc = 0, block = 0, rr = false;
  const fn = frame.func;
  const G = frame.globals;
  const C = frame.cells;
  const L = frame.locals;
  const S = frame.stack;
  switch (frame.pc) {
    case 0:
      l0 = L[0];
      block = 0;
      break;
    case 26:
      s0 = S[0];
      s1 = S[1];
      block = 4;
      break;
    default:
      return OSR_DECLINED;
  }
  try {
    dispatch: for (; ; ) {
      switch (block) {
        case 0:
          // block 0: pc 0..6, line 3
          // pc 0 LOAD_GLOBAL 0 (line 3)
          pc = 0;
          s0 = loadGlobal(IC[0], G, realm.builtins, N[0]);
          // pc 2 LOAD_FAST 0 (line 3) [any]
          s1 = l0;
          // pc 4 CALL 1 (line 3) [any, any]
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
          // pc 6 GET_ITER (line 3) [any]
          pc = 6;
          s0 = getIter(s0);
        case 1:
          // block 1: pc 7..8, line 3
          // pc 7 FOR_ITER 29 (line 3) [any]
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
            block = 6;
            continue dispatch;
          }
          s1 = t;
          if (!(typeof t === "number")) {
            return exitFrame(frame, EXITS, 9, 2, [void 0, void 0], [s0, s1], 0);
          }
        case 2:
          // block 2: pc 9..22, line 3
          // pc 9 STORE_FAST 1 (line 3) [any, int]
          l1 = s1;
          // pc 11 LOAD_FAST 1 (line 4) [any]
          s1 = l1;
          // pc 13 LOAD_CONST 1 (line 4) [any, int]
          s2 = 2;
          // pc 15 BINARY_OP 6 (line 4) [any, int, int]
          s1 = intMod(s1, s2);
          // pc 17 LOAD_CONST 2 (line 4) [any, int]
          s2 = 0;
          // pc 19 COMPARE_OP 2 (line 4) [any, int, int]
          s1 = s1 === s2;
          // pc 21 POP_JUMP_IF_FALSE 27 (line 4) [any, bool]
          pc = 21;
          if (!s1) {
            block = 5;
            continue dispatch;
          }
        case 3:
          // block 3: pc 23..25, line 5
          // pc 23 LOAD_FAST 1 (line 5) [any]
          s1 = l1;
          // pc 25 YIELD_VALUE (line 5) [any, int]
          pc = 25;
          S[0] = s0;
          frame.pc = 25;
          frame.sp = 1;
          frame.yielded = true;
          return s1;
        case 4:
          // block 4: pc 26..26, line 5
          // pc 26 POP_TOP (line 5) [any, any]
          ;
        case 5:
          // block 5: pc 27..28, line 3
          // pc 27 JUMP_BACKWARD 7 (line 3) [any]
          pc = 27;
          if (-- realm.ticks <= 0) {
            safepoint();
          }
          block = 1;
          continue dispatch;
        case 6:
          // block 6: pc 29..31, line 3
          // pc 29 LOAD_CONST 0 (line 3)
          s0 = null;
          // pc 31 RETURN_VALUE (line 3) [None]
          return s0;
      }
    }
  } catch (e) {
    const exc = toGuestException(e);
    return handBack(frame, pc, [l0, l1], [s0, s1, s2], exc, rr);
  }
};

