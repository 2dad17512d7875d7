// placeholder
export const libm = { exp: Math.exp, log: Math.log, sin: Math.sin, cos: Math.cos };
