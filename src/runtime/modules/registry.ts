// Registry of the built-in modules: name -> factory creating a fresh module for a VM.

import type { PyModule } from '../objects.js';

export const BUILTIN_MODULES: Record<string, () => PyModule> = {};
