// The time module (https://docs.python.org/3.11/library/time.html): wall-clock, monotonic and
// CPU clocks, a really blocking sleep (Atomics.wait on a private SharedArrayBuffer, so the VM
// stays synchronous), and struct_time/strftime in the C locale (time-format.ts). Clocks are
// read from the host: no value here is reproducible between runs, by design.

import { raise, typeError, typeName } from '../exceptions.js';
import { PyModule } from '../objects.js';
import { lookupType, toArray } from '../protocols.js';
import { PyType } from '../type-object.js';
import { typeOf } from '../types.js';
import { PyFloat, normInt, type PyValue } from '../values.js';
import { arity, defGetter, defMethod } from '../builtins/define.js';
import { defFunctions, intAsDouble, noArgs, oneArg, toDouble, toInt } from './module-util.js';
import { makeNamedTuple, typedTuple } from './namedtuple.js';
import { TimeParts, asctime, partsFromDate, partsToDate, strftime, timezoneInfo } from './time-format.js';
import { repr } from '../protocols.js';

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** A duration argument: float or int (or __index__), like _PyTime_FromSecondsObject. */
function seconds(v: PyValue): number {
  if (v instanceof PyFloat) {
    if (Number.isNaN(v.value)) raise('ValueError', 'Invalid value NaN (not a number)');
    return v.value;
  }
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || (v !== null && lookupType(typeOf(v), '__index__') !== undefined)) {
    return intAsDouble(toInt(v));
  }
  return typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

function sleep(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  oneArg('time.sleep', args, kwnames);
  const secs = seconds(args[0]!);
  if (secs < 0) raise('ValueError', 'sleep length must be non-negative');
  if (secs > 9.2e9) raise('OverflowError', 'timestamp too large to convert to C _PyTime_t');
  let ms = secs * 1000;
  const end = performance.now() + ms;
  while (ms > 0) {
    Atomics.wait(sleeper, 0, 0, ms);
    ms = end - performance.now();
  }
  return null;
}

function nowNs(): bigint {
  return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
}

function cpuNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

const nsToFloat = (ns: bigint): PyFloat => new PyFloat(Number(ns) / 1e9);

function clocks(): Record<string, (args: PyValue[], kwnames: readonly string[] | null) => PyValue> {
  const clock = (name: string, f: () => PyValue) => (args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    noArgs(`time.${name}`, args, kwnames);
    return f();
  };
  return {
    time: clock('time', () => new PyFloat((performance.timeOrigin + performance.now()) / 1000)),
    time_ns: clock('time_ns', () => normInt(nowNs())),
    perf_counter: clock('perf_counter', () => nsToFloat(process.hrtime.bigint())),
    perf_counter_ns: clock('perf_counter_ns', () => normInt(process.hrtime.bigint())),
    monotonic: clock('monotonic', () => nsToFloat(process.hrtime.bigint())),
    monotonic_ns: clock('monotonic_ns', () => normInt(process.hrtime.bigint())),
    process_time: clock('process_time', () => nsToFloat(cpuNs())),
    process_time_ns: clock('process_time_ns', () => normInt(cpuNs())),
    thread_time: clock('thread_time', () => nsToFloat(cpuNs())),
    thread_time_ns: clock('thread_time_ns', () => normInt(cpuNs())),
    sleep,
  };
}

// --- struct_time

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];

function structTimeClass(): PyType {
  const cls = makeNamedTuple({ typename: 'struct_time', fields: FIELDS, defaults: [], module: 'time' });
  defMethod(cls, '__repr__', (self) => {
    const items = toArray(self);
    return `time.struct_time(${FIELDS.map((f, i) => `${f}=${repr(items[i]!)}`).join(', ')})`;
  });
  defGetter(cls, 'tm_zone', (o) => zones.get(o as object)?.zone ?? null);
  defGetter(cls, 'tm_gmtoff', (o) => zones.get(o as object)?.gmtoff ?? null);
  return cls;
}

/** A time argument that may be omitted or None (meaning now). */
function dateArg(v: PyValue | undefined): Date {
  if (v === undefined || v === null) return new Date();
  const secs = toDouble(v);
  if (!Number.isFinite(secs)) raise('ValueError', `Invalid value ${secs > 0 ? 'inf' : Number.isNaN(secs) ? 'NaN' : '-inf'} (not a number)`);
  return new Date(Math.floor(secs) * 1000);
}

/** A struct_time or 9-tuple argument as parts. */
function partsArg(v: PyValue): TimeParts {
  const items = toArray(v);
  if (items.length !== 9) typeError(`time.struct_time() takes a 9-sequence (${items.length}-sequence given)`);
  const [year, mon, mday, hour, min, sec, wday, yday, isdst] = items.map((x) => Number(toInt(x)));
  const known = v !== null && typeof v === 'object' ? zones.get(v) : undefined;
  return { year: year!, mon: mon!, mday: mday!, hour: hour!, min: min!, sec: sec!, wday: wday!, yday: yday!, isdst: isdst!, zone: known?.zone, gmtoff: known?.gmtoff };
}

/** tm_zone / tm_gmtoff of struct_time results, which are not tuple items. */
const zones = new WeakMap<object, { zone: string; gmtoff: number }>();

function partsTuple(cls: PyType, p: TimeParts): PyValue {
  const t = typedTuple(cls, [p.year, p.mon, p.mday, p.hour, p.min, p.sec, p.wday, p.yday, p.isdst]);
  zones.set(t, { zone: p.zone ?? 'UTC', gmtoff: p.gmtoff ?? 0 });
  return t;
}

function calendarFunctions(cls: PyType): Record<string, (args: PyValue[], kwnames: readonly string[] | null) => PyValue> {
  return {
    gmtime: (args, kw) => (arity('gmtime', args, kw, 0, 1), partsTuple(cls, partsFromDate(dateArg(args[0]), true))),
    localtime: (args, kw) => (arity('localtime', args, kw, 0, 1), partsTuple(cls, partsFromDate(dateArg(args[0]), false))),
    mktime: (args, kw) => (arity('mktime', args, kw, 1), new PyFloat(partsToDate(partsArg(args[0]!)).getTime() / 1000)),
    asctime: (args, kw) => {
      arity('asctime', args, kw, 0, 1);
      return asctime(args.length > 0 ? partsArg(args[0]!) : partsFromDate(new Date(), false));
    },
    ctime: (args, kw) => (arity('ctime', args, kw, 0, 1), asctime(partsFromDate(dateArg(args[0]), false))),
    strftime: (args, kw) => {
      arity('strftime', args, kw, 1, 2);
      if (typeof args[0] !== 'string') typeError(`strftime() argument 1 must be str, not ${typeName(args[0]!)}`);
      return strftime(args[0], args.length > 1 ? partsArg(args[1]!) : partsFromDate(new Date(), false));
    },
  };
}

export function create(): PyModule {
  const module = new PyModule('time');
  const structTime = structTimeClass();
  module.dict.set('struct_time', structTime);
  defFunctions(module, { ...clocks(), ...calendarFunctions(structTime) });
  const tz = timezoneInfo();
  module.dict.set('timezone', tz.timezone);
  module.dict.set('altzone', tz.altzone);
  module.dict.set('daylight', tz.daylight);
  module.dict.set('tzname', tz.tzname);
  return module;
}
