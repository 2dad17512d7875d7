// BytecodeError: the one error kind for malformed bytecode (ARCHITECTURE.md §8), raised by the
// loader and validator before anything runs. Its message names the file, function, pc and
// opcode so a language implementer can find the fault; it never carries a JS stack to users.

export class BytecodeError extends Error {
  constructor(
    readonly problem: string,
    readonly where: { file?: string; func?: string; pc?: number; opname?: string } = {},
  ) {
    super(BytecodeError.describe(problem, where));
    this.name = 'BytecodeError';
  }

  private static describe(problem: string, where: BytecodeError['where']): string {
    const parts: string[] = [];
    if (where.file !== undefined) parts.push(where.file);
    if (where.func !== undefined) parts.push(`function '${where.func}'`);
    if (where.pc !== undefined) parts.push(`pc ${where.pc}${where.opname ? ` (${where.opname})` : ''}`);
    return parts.length > 0 ? `${parts.join(', ')}: ${problem}` : problem;
  }
}
