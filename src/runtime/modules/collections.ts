// The collections module (https://docs.python.org/3.11/library/collections.html): deque,
// defaultdict, OrderedDict, Counter and namedtuple. Classes are created per VM (each VM's
// import runs create() once), so guest changes to them never leak between VMs.

import { PyBuiltinFunction, PyModule } from '../objects.js';
import { defineDeque } from './collections-deque.js';
import { defineDefaultDict, defineOrderedDict } from './collections-dicts.js';
import { defineCounter } from './counter.js';
import { nativeClass } from './module-util.js';
import { namedtupleFunction } from './namedtuple.js';
import { defClassGetItem } from '../builtins/generic-alias.js';

export function create(): PyModule {
  const module = new PyModule('collections');
  const deque = nativeClass('deque', 'collections');
  defineDeque(deque);
  defClassGetItem(deque);
  module.dict.set('deque', deque);
  module.dict.set('defaultdict', defineDefaultDict());
  module.dict.set('OrderedDict', defineOrderedDict());
  module.dict.set('Counter', defineCounter());
  module.dict.set('namedtuple', new PyBuiltinFunction('namedtuple', namedtupleFunction));
  return module;
}
