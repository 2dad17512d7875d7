// The gc module: corevm's memory is managed by the JS engine, so collection is a no-op that
// reports 0 unreachable objects; the enable/disable flag and thresholds are kept per VM so
// programs that toggle them observe CPython's answers.

import { raise, typeError } from '../exceptions.js';
import { PyModule } from '../objects.js';
import { PyList, PyTuple } from '../values.js';
import { bindNative, noKeywords } from '../builtins/define.js';
import { defFunctions, noArgs, oneArg, toSmallInt } from './module-util.js';

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
    enable: (args, kwnames) => (noArgs('gc.enable', args, kwnames), (enabled = true), null),
    disable: (args, kwnames) => (noArgs('gc.disable', args, kwnames), (enabled = false), null),
    isenabled: (args, kwnames) => (noArgs('gc.isenabled', args, kwnames), enabled),
    get_count: () => new PyTuple([0, 0, 0]),
    get_threshold: () => new PyTuple(threshold.slice()),
    set_threshold(args, kwnames) {
      noKeywords('set_threshold', kwnames);
      if (args.length < 1 || args.length > 3) {
        typeError(`set_threshold() takes ${args.length < 1 ? 'at least 1 argument' : 'at most 3 arguments'} (${args.length} given)`);
      }
      threshold = threshold.map((t, i) => (i < args.length ? toSmallInt(args[i]!) : t));
      return null;
    },
    is_tracked: (args, kwnames) => (oneArg('gc.is_tracked', args, kwnames), typeof args[0] === 'object' && args[0] !== null),
    freeze: () => null,
    unfreeze: () => null,
    get_freeze_count: () => 0,
  });
  module.dict.set('garbage', new PyList([]));
  module.dict.set('callbacks', new PyList([]));
  return module;
}
