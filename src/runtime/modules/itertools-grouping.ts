// The itertools iterators that share one underlying iterator between several Python objects:
// groupby with its _grouper sub-iterators (groupby_next / _grouper_next of
// Modules/itertoolsmodule.c, so partially consumed groups behave as in CPython) and tee, whose
// copies walk a shared linked list of fetched values.

import { raise } from '../exceptions.js';
import { PyNativeIterator } from '../objects.js';
import { call, eq, getIter, iterNext } from '../protocols.js';
import type { PyType } from '../type-object.js';
import { PyTuple, type PyValue } from '../values.js';
import { bindNative } from '../builtins/define.js';
import { clinicArity, toSmallInt, type Kw } from './module-util.js';

type Make = (cls: PyType, args: PyValue[], kwnames: Kw) => PyValue;

// --- groupby (groupby_next / _grouper_next of itertoolsmodule.c)

interface GroupState {
  it: PyValue;
  keyfunc: PyValue;
  tgtkey: PyValue | undefined;
  currkey: PyValue | undefined;
  currvalue: PyValue | undefined;
  currgrouper: object | null;
}

function groupStep(g: GroupState): boolean {
  const v = iterNext(g.it);
  if (v === undefined) return false;
  g.currkey = g.keyfunc === null ? v : call(g.keyfunc, [v]);
  g.currvalue = v;
  return true;
}

export function groupbyMaker(grouperCls: PyType): Make {
  return (cls, args, kwnames) => {
    const [iterable, key] = bindNative('groupby', args, kwnames, ['iterable', 'key'], 1);
    const g: GroupState = {
      it: getIter(iterable!), keyfunc: key ?? null, tgtkey: undefined, currkey: undefined, currvalue: undefined, currgrouper: null,
    };
    return new PyNativeIterator(() => {
      for (;;) {
        if (g.currkey !== undefined && (g.tgtkey === undefined || !eq(g.tgtkey, g.currkey))) break;
        if (!groupStep(g)) return undefined;
      }
      g.tgtkey = g.currkey;
      return new PyTuple([g.currkey!, grouper(grouperCls, g, g.tgtkey!)]);
    }, cls);
  };
}

function grouper(cls: PyType, g: GroupState, tgtkey: PyValue): PyNativeIterator {
  const self: PyNativeIterator = new PyNativeIterator(() => {
    if (g.currgrouper !== self) return undefined;
    if (g.currvalue === undefined && !groupStep(g)) return undefined;
    if (!eq(tgtkey, g.currkey!)) return undefined;
    const r = g.currvalue!;
    g.currvalue = undefined;
    g.currkey = undefined;
    return r;
  }, cls);
  g.currgrouper = self;
  return self;
}

// --- tee: iterators sharing a linked list of fetched values

interface TeeLink { value: PyValue; next: TeeLink | null }
interface TeeShared { it: PyValue; done: boolean }

export class TeeIterator extends PyNativeIterator {
  constructor(readonly shared: TeeShared, readonly cursor: { link: TeeLink }, type: PyType) {
    super(() => {
      const c = cursor.link;
      if (c.next === null) {
        if (shared.done) return undefined;
        const v = iterNext(shared.it);
        if (v === undefined) {
          shared.done = true;
          return undefined;
        }
        c.next = { value: v, next: null };
      }
      cursor.link = c.next;
      return c.next.value;
    }, type);
  }
  copy(): TeeIterator {
    return new TeeIterator(this.shared, { link: this.cursor.link }, this.type);
  }
}

export function teeFunction(teeCls: PyType): (args: PyValue[], kwnames: Kw) => PyValue {
  return (args, kwnames) => {
    clinicArity('tee', args, kwnames, 1, 2);
    const n = args.length > 1 ? toSmallInt(args[1]!) : 2;
    if (n < 0) raise('ValueError', 'n must be >= 0');
    const it = getIter(args[0]!);
    if (n === 0) return new PyTuple([]);
    const first = it instanceof TeeIterator ? it : new TeeIterator({ it, done: false }, { link: { value: null, next: null } }, teeCls);
    const out: PyValue[] = [first];
    for (let i = 1; i < n; i++) out.push(first.copy());
    return new PyTuple(out);
  };
}
