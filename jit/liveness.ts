// JIT pass 3: liveness of fast locals (live-code analysis). A local is live before pc if some
// path from pc reads it before writing it. Deopt and OSR exits materialize only live locals,
// and stores to dead locals can be dropped. Inside an exception range, the handler may run
// after any instruction, so its live-in set is live at every pc the range covers.

import type { CodeObject } from '../src/bytecode/code-object.js';
import { OP_INFO } from '../src/bytecode/opcode-info.js';
import { Op } from '../src/bytecode/opcodes.js';
import type { Cfg } from './cfg.js';

/** A set of local indices, as a byte per local (functions have few locals). */
export type LocalSet = Uint8Array;

export interface Liveness {
  readonly liveIn: LocalSet[];
  readonly liveOut: LocalSet[];
  /** Locals live just before the instruction at pc. */
  liveBefore(pc: number): LocalSet;
}

function union(into: LocalSet, from: LocalSet): boolean {
  let changed = false;
  for (let i = 0; i < into.length; i++) {
    if (from[i] && !into[i]) {
      into[i] = 1;
      changed = true;
    }
  }
  return changed;
}

/** Applies one instruction backward: live = (live - def) + use. */
function stepBack(code: CodeObject, pc: number, live: LocalSet): void {
  const op = code.code[pc]!;
  const local = code.code[pc + 1]!;
  if (op === Op.STORE_FAST) live[local] = 0;
  else if (op === Op.LOAD_FAST || op === Op.DELETE_FAST) live[local] = 1;
}

function instructionsOf(code: CodeObject, start: number, end: number): number[] {
  const pcs: number[] = [];
  for (let pc = start; pc < end; pc += OP_INFO[code.code[pc]!]!.length) pcs.push(pc);
  return pcs;
}

export function computeLiveness(cfg: Cfg): Liveness {
  const code = cfg.code;
  const n = code.varnames.length;
  const liveIn = cfg.blocks.map(() => new Uint8Array(n));
  const liveOut = cfg.blocks.map(() => new Uint8Array(n));
  const pcsOf = cfg.blocks.map((b) => instructionsOf(code, b.start, b.end));

  const blockLiveIn = (id: number, out: LocalSet): LocalSet => {
    const live = out.slice();
    const handler = cfg.blocks[id]!.handler;
    for (const pc of pcsOf[id]!.slice().reverse()) {
      stepBack(code, pc, live);
      if (handler >= 0) union(live, liveIn[handler]!);
    }
    return live;
  };

  for (let changed = true; changed; ) {
    changed = false;
    for (let id = cfg.blocks.length - 1; id >= 0; id--) {
      for (const s of cfg.blocks[id]!.succs) union(liveOut[id]!, liveIn[s]!);
      if (union(liveIn[id]!, blockLiveIn(id, liveOut[id]!))) changed = true;
    }
  }

  const liveBefore = (pc: number): LocalSet => {
    let id = -1;
    for (const b of cfg.blocks) if (pc >= b.start && pc < b.end) id = b.id;
    if (id < 0) return new Uint8Array(n);
    const live = liveOut[id]!.slice();
    const handler = cfg.blocks[id]!.handler;
    for (const at of pcsOf[id]!.slice().reverse()) {
      if (handler >= 0) union(live, liveIn[handler]!);
      if (at < pc) break;
      stepBack(code, at, live);
    }
    return live;
  };
  return { liveIn, liveOut, liveBefore };
}
