// JIT pass 1: the control-flow graph of one code object. Blocks start at pc 0, at jump and
// handler targets, after branches, terminators and yields, and at exception-range boundaries (so a
// block lies wholly inside or outside each range). Edges include exception edges to the
// handler covering a block. Loops are natural loops of JUMP_BACKWARD edges, with nesting depth.
// Reads only the bytecode and the validator's stack heights; it never changes the code.

import type { CodeObject } from '../src/bytecode/code-object.js';
import { OP_INFO } from '../src/bytecode/opcode-info.js';
import { Op } from '../src/bytecode/opcodes.js';

export interface BasicBlock {
  readonly id: number;
  /** First instruction pc. */
  readonly start: number;
  /** pc just past the last instruction. */
  end: number;
  /** pc of the last instruction. */
  last: number;
  readonly succs: number[];
  readonly preds: number[];
  /** Block id of the exception handler covering this block, or -1. */
  handler: number;
  /** Stack height on entry (from the validator), -1 if unreachable. */
  stackIn: number;
  /** Innermost loop containing this block, or null. */
  loop: Loop | null;
}

export interface Loop {
  /** Block id of the header (the JUMP_BACKWARD target). */
  readonly header: number;
  /** Block ids of the blocks ending in a back-edge to the header. */
  readonly latches: number[];
  /** Block ids in the loop, header included. */
  readonly body: Set<number>;
  /** 1 for an outermost loop. */
  depth: number;
  parent: Loop | null;
}

export interface Cfg {
  readonly code: CodeObject;
  readonly blocks: BasicBlock[];
  /** Block id starting at each pc, or -1. */
  readonly blockAt: Int32Array;
  readonly loops: Loop[];
}

function jumpTarget(code: CodeObject, pc: number): number {
  const info = OP_INFO[code.code[pc]!]!;
  return code.code[pc + 1 + info.operandKinds.indexOf('jump')]!;
}

function findLeaders(code: CodeObject): Uint8Array {
  const words = code.code;
  const leaders = new Uint8Array(words.length + 1);
  leaders[0] = 1;
  for (let pc = 0; pc < words.length; pc += OP_INFO[words[pc]!]!.length) {
    const info = OP_INFO[words[pc]!]!;
    if (info.isBranch) leaders[jumpTarget(code, pc)] = 1;
    // A generator resumes after each yield: that pc is an entry of its compiled code.
    if (info.isBranch || info.isTerminator || words[pc] === Op.YIELD_VALUE) leaders[pc + info.length] = 1;
  }
  for (const e of code.exceptionTable) {
    leaders[e.start] = 1;
    leaders[e.end] = 1;
    leaders[e.target] = 1;
  }
  return leaders;
}

function makeBlocks(code: CodeObject, leaders: Uint8Array): { blocks: BasicBlock[]; blockAt: Int32Array } {
  const words = code.code;
  const blockAt = new Int32Array(words.length + 1).fill(-1);
  const blocks: BasicBlock[] = [];
  for (let pc = 0; pc < words.length; pc += OP_INFO[words[pc]!]!.length) {
    if (leaders[pc]) {
      blockAt[pc] = blocks.length;
      const stackIn = code.stackHeights?.[pc] ?? -1;
      blocks.push({ id: blocks.length, start: pc, end: pc, last: pc, succs: [], preds: [], handler: -1, stackIn, loop: null });
    }
    const block = blocks.at(-1)!;
    block.last = pc;
    block.end = pc + OP_INFO[words[pc]!]!.length;
  }
  return { blocks, blockAt };
}

function link(blocks: BasicBlock[], from: number, to: number): void {
  if (to < 0 || blocks[from]!.succs.includes(to)) return;
  blocks[from]!.succs.push(to);
  blocks[to]!.preds.push(from);
}

function connect(code: CodeObject, blocks: BasicBlock[], blockAt: Int32Array): void {
  for (const block of blocks) {
    const info = OP_INFO[code.code[block.last]!]!;
    if (!info.isTerminator && block.end < code.code.length) link(blocks, block.id, blockAt[block.end]!);
    if (info.isBranch) link(blocks, block.id, blockAt[jumpTarget(code, block.last)]!);
    const entry = code.exceptionTable.find((e) => block.start >= e.start && block.start < e.end);
    if (entry) {
      block.handler = blockAt[entry.target]!;
      link(blocks, block.id, block.handler);
    }
  }
}

/** Natural loops: for each back-edge latch -> header, the blocks that reach the latch
 *  without passing through the header. Loops sharing a header are merged. */
function findLoops(code: CodeObject, blocks: BasicBlock[], blockAt: Int32Array): Loop[] {
  const byHeader = new Map<number, Loop>();
  for (const block of blocks) {
    if (!OP_INFO[code.code[block.last]!]!.isBackedge) continue;
    const header = blockAt[jumpTarget(code, block.last)]!;
    let loop = byHeader.get(header);
    if (!loop) {
      loop = { header, latches: [], body: new Set([header]), depth: 1, parent: null };
      byHeader.set(header, loop);
    }
    loop.latches.push(block.id);
    const work = [block.id];
    while (work.length > 0) {
      const id = work.pop()!;
      if (loop.body.has(id)) continue;
      loop.body.add(id);
      for (const p of blocks[id]!.preds) work.push(p);
    }
  }
  const loops = [...byHeader.values()].sort((a, b) => b.body.size - a.body.size);
  for (const loop of loops) {
    // The smallest enclosing loop is the parent (loops are sorted largest first).
    for (const outer of loops) {
      if (outer !== loop && outer.body.has(loop.header) && outer.body.size > loop.body.size) loop.parent = outer;
    }
  }
  for (const loop of loops) {
    for (let p = loop.parent; p !== null; p = p.parent) loop.depth++;
    for (const id of loop.body) {
      const current = blocks[id]!.loop;
      if (current === null || current.body.size > loop.body.size) blocks[id]!.loop = loop;
    }
  }
  return loops;
}

export function buildCfg(code: CodeObject): Cfg {
  const leaders = findLeaders(code);
  const { blocks, blockAt } = makeBlocks(code, leaders);
  connect(code, blocks, blockAt);
  const loops = findLoops(code, blocks, blockAt);
  return { code, blocks, blockAt, loops };
}

/** Blocks in reverse post-order from the entry (a good order for forward dataflow). */
export function reversePostOrder(cfg: Cfg): number[] {
  const seen = new Uint8Array(cfg.blocks.length);
  const order: number[] = [];
  const visit = (id: number): void => {
    seen[id] = 1;
    for (const s of cfg.blocks[id]!.succs) if (!seen[s]) visit(s);
    order.push(id);
  };
  if (cfg.blocks.length > 0) visit(0);
  return order.reverse();
}
