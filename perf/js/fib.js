// JavaScript twin of perf/programs/fib.py: the same naive recursive Fibonacci and the same
// output, as fast idiomatic JS (the practical limit for a JIT that emits JavaScript).
// Usage: node perf/js/fib.js [n]

const DEFAULT_N = 33;

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

function main(n) {
  const small = [];
  for (let i = 0; i < 12; i++) small.push(fib(i));
  return `fib(${n}) = ${fib(n)}\nsmall: [${small.join(', ')}]`;
}

console.log(main(process.argv[2] ? Number(process.argv[2]) : DEFAULT_N));
