// Interpreter dispatch speed on an assembly loop: instructions per second of tier 0.
// The loop's instruction count is static (instructions from the loop header to its
// JUMP_BACKWARD), so executed instructions = iterations x that count; no counter slows the
// loop. Prints one line per run and the median. Usage: node dist/perf/interp-loop.js [N]

import { assemble } from '../src/bytecode/assembler.js';
import { OP_LENGTH } from '../src/bytecode/opcode-info.js';
import { Op } from '../src/bytecode/opcodes.js';
import { validateModule } from '../src/bytecode/validator.js';
import { VM } from '../src/vm.js';

const N = Number(process.argv[2] ?? 5_000_000);

// i = 0; total = 0
// while i < N: total += i & 7; i += 1
const SOURCE = `
.code <module>
  .flags MODULE
  LOAD_CONST @loop
  MAKE_FUNCTION 0
  LOAD_CONST ${N}
  CALL 1
  STORE_NAME result
  LOAD_CONST None
  RETURN_VALUE
.end
.code loop
  .args 1
  .flags OPTIMIZED|NEWLOCALS
  .locals n i total
  LOAD_CONST 0
  STORE_FAST i
  LOAD_CONST 0
  STORE_FAST total
head:
  LOAD_FAST i
  LOAD_FAST n
  COMPARE_OP <
  POP_JUMP_IF_FALSE done
  LOAD_FAST total
  LOAD_FAST i
  LOAD_CONST 7
  BINARY_OP &
  BINARY_OP +=
  STORE_FAST total
  LOAD_FAST i
  LOAD_CONST 1
  BINARY_OP +=
  STORE_FAST i
  JUMP_BACKWARD head
done:
  LOAD_FAST total
  RETURN_VALUE
.end
`;

/** Instructions executed per iteration: from the loop header through JUMP_BACKWARD. */
function instructionsPerIteration(words: Int32Array): number {
  let count = 0;
  let inLoop = false;
  for (let pc = 0; pc < words.length; pc += OP_LENGTH[words[pc]!]!) {
    if (words[pc] === Op.LOAD_FAST && !inLoop && words[pc + 1] === 1) inLoop = true;
    if (inLoop) count++;
    if (words[pc] === Op.JUMP_BACKWARD) break;
  }
  return count;
}

const module = assemble(SOURCE, 'interp-loop.cvmasm');
validateModule(module);
const loopCode = module.consts.find((c) => typeof c === 'object' && c !== null && 'code' in c) as { code: Int32Array };
const perIteration = instructionsPerIteration(loopCode.code);
const rates: number[] = [];
for (let run = 0; run < 5; run++) {
  const vm = new VM({ stdout: { write: () => {} }, stderr: { write: (s) => process.stderr.write(s) } });
  const start = process.hrtime.bigint();
  vm.runMain(module);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = (N * perIteration) / seconds;
  rates.push(rate);
  process.stdout.write(`run ${run + 1}: ${N} iterations x ${perIteration} instructions in ${seconds.toFixed(3)} s = ${(rate / 1e6).toFixed(1)} M instructions/s\n`);
}
rates.sort((a, b) => a - b);
process.stdout.write(`median: ${(rates[2]! / 1e6).toFixed(1)} M instructions/s (interpreter, node ${process.version})\n`);
