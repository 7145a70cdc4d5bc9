// `node --import ./scripts/raw-text-import.mjs`: lets Node (and tsx) import a file with `?raw` as
// its text, as Vite and the browser host's esbuild build do (the built-in lessons,
// src/core/lessons/built-in/index.ts). For what runs under tsx and reaches them: the bench.

import { register } from 'node:module'

register('./raw-text-hooks.mjs', import.meta.url)
