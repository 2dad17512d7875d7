// The gc module: corevm's memory is managed by the JS engine, so collection is a no-op that
// reports 0 unreachable objects; the enable/disable flag and thresholds are kept per VM so
// programs that toggle them observe CPython's answers.

import { raise } from '../exceptions.js';
import { PyModule } from '../objects.js';
import { PyList, PyTuple } from '../values.js';
import { arity, bindNative } from '../builtins/define.js';
import { defFunctions, toSmallInt } from './module-util.js';

export function create(): PyModule {
  const module = new PyModule('gc');
  let enabled = true;
  let threshold = [700, 10, 10];
  defFunctions(module, {
    collect(args, kwnames) {
      const [generation] = bindNative('collect', args, kwnames, ['generation']);
      const g = generation === undefined ? 2 : toSmallInt(generation);
      if (g < 0 || g > 2) raise('ValueError', 'invalid generation');
      return 0;
    },
    enable: (args, kwnames) => (arity('enable', args, kwnames, 0), (enabled = true), null),
    disable: (args, kwnames) => (arity('disable', args, kwnames, 0), (enabled = false), null),
    isenabled: (args, kwnames) => (arity('isenabled', args, kwnames, 0), enabled),
    get_count: () => new PyTuple([0, 0, 0]),
    get_threshold: () => new PyTuple(threshold.slice()),
    set_threshold(args, kwnames) {
      arity('set_threshold', args, kwnames, 1, 3);
      threshold = threshold.map((t, i) => (i < args.length ? toSmallInt(args[i]!) : t));
      return null;
    },
    is_tracked: (args, kwnames) => (arity('is_tracked', args, kwnames, 1), typeof args[0] === 'object' && args[0] !== null),
    freeze: () => null,
    unfreeze: () => null,
    get_freeze_count: () => 0,
  });
  module.dict.set('garbage', new PyList([]));
  module.dict.set('callbacks', new PyList([]));
  return module;
}
