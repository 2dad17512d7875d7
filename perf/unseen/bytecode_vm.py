# A small stack-machine interpreter written in Python: an assembler turns text with labels
# into (opcode, arg) tuples, and a dispatch loop with if/elif chains runs programs that
# compute primes, a Collatz search and a recursive Fibonacci through CALL/RET frames.
# Prints each program's output and the executed instruction counts.
import sys

DEFAULT_N = 6

PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, DIV, LT, EQ, JMP, JZ, JNZ, CALL, RET, PRINT, HALT, DUP, POP, SWAP = range(20)
NAMES = {'push': PUSH, 'load': LOAD, 'store': STORE, 'add': ADD, 'sub': SUB, 'mul': MUL,
         'mod': MOD, 'div': DIV, 'lt': LT, 'eq': EQ, 'jmp': JMP, 'jz': JZ, 'jnz': JNZ,
         'call': CALL, 'ret': RET, 'print': PRINT, 'halt': HALT, 'dup': DUP, 'pop': POP,
         'swap': SWAP}


def assemble(source):
    labels = {}
    lines = []
    for raw in source.strip().splitlines():
        line = raw.split('#')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(lines)
            continue
        lines.append(line.split())
    code = []
    for parts in lines:
        op = NAMES[parts[0]]
        arg = 0
        if len(parts) > 1:
            a = parts[1]
            arg = labels[a] if a in labels else int(a)
        code.append((op, arg))
    return code


def run(code, nlocals):
    stack = []
    frames = []
    local = [0] * nlocals
    out = []
    pc = 0
    steps = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == PUSH:
            stack.append(arg)
        elif op == LOAD:
            stack.append(local[arg])
        elif op == STORE:
            local[arg] = stack.pop()
        elif op == ADD:
            b = stack.pop()
            stack[-1] += b
        elif op == SUB:
            b = stack.pop()
            stack[-1] -= b
        elif op == MUL:
            b = stack.pop()
            stack[-1] *= b
        elif op == MOD:
            b = stack.pop()
            stack[-1] %= b
        elif op == DIV:
            b = stack.pop()
            stack[-1] //= b
        elif op == LT:
            b = stack.pop()
            stack[-1] = 1 if stack[-1] < b else 0
        elif op == EQ:
            b = stack.pop()
            stack[-1] = 1 if stack[-1] == b else 0
        elif op == JMP:
            pc = arg
        elif op == JZ:
            if not stack.pop():
                pc = arg
        elif op == JNZ:
            if stack.pop():
                pc = arg
        elif op == DUP:
            stack.append(stack[-1])
        elif op == POP:
            stack.pop()
        elif op == SWAP:
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == CALL:
            frames.append((pc, local))
            local = [0] * nlocals
            local[0] = stack.pop()
            pc = arg
        elif op == RET:
            pc, local = frames.pop()
        elif op == PRINT:
            out.append(stack.pop())
        elif op == HALT:
            return out, steps
        else:
            raise ValueError('bad opcode %d' % op)


PRIMES = '''
    push 2
    store 0          # candidate
outer:
    load 0
    push LIMIT
    lt
    jz done
    push 2
    store 1          # divisor
inner:
    load 1
    load 1
    mul
    load 0
    swap
    lt               # candidate < d*d ?
    jnz prime
    load 0
    load 1
    mod
    jz notprime
    load 1
    push 1
    add
    store 1
    jmp inner
prime:
    load 2
    push 1
    add
    store 2
    load 0
    store 3
notprime:
    load 0
    push 1
    add
    store 0
    jmp outer
done:
    load 2
    print
    load 3
    print
    halt
'''

COLLATZ = '''
    push 1
    store 0          # n
    push 0
    store 3          # best length
loop:
    load 0
    push LIMIT
    lt
    jz finish
    load 0
    store 1
    push 0
    store 2
step:
    load 1
    push 1
    eq
    jnz counted
    load 2
    push 1
    add
    store 2
    load 1
    push 2
    mod
    jz even
    load 1
    push 3
    mul
    push 1
    add
    store 1
    jmp step
even:
    load 1
    push 2
    div
    store 1
    jmp step
counted:
    load 2
    load 3
    lt
    jnz next
    load 2
    store 3
    load 0
    store 4
next:
    load 0
    push 1
    add
    store 0
    jmp loop
finish:
    load 4
    print
    load 3
    print
    halt
'''

FIB = '''
    push LIMIT
    call fib
    print
    halt
fib:
    load 0
    push 2
    lt
    jz recurse
    load 0
    ret
recurse:
    load 0
    push 1
    sub
    call fib
    load 0
    push 2
    sub
    call fib
    add
    ret
'''


def main(n):
    lines = []
    total = 0
    for name, src, limit in (('primes', PRIMES, 1500 * n), ('collatz', COLLATZ, 400 * n), ('fib', FIB, 14 + n)):
        code = assemble(src.replace('LIMIT', str(limit)))
        out, steps = run(code, 5)
        total += steps
        lines.append('%s(%d): %s in %d steps (%d instructions)' % (name, limit, out, steps, len(code)))
    lines.append('total steps: %d' % total)
    return '\n'.join(lines)


if __name__ == '__main__':
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N))
