import EventEmitter, { once } from 'node:events';
import path from 'path';
import greet, { answer, url } from './fixtures/esm-lib.mjs';
import counter from './fixtures/counter.js';
import { format } from './fixtures/node_modules/pkg-exports/dist/index.mjs';
import { createRequire } from 'module';

console.log(typeof EventEmitter, typeof once, typeof path.join);
console.log(greet('esm'), answer, url);
console.log(counter(), counter.dirname, format);
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('test-modules-esm.mjs'));
const require = createRequire(import.meta.url);
console.log(require('./fixtures/data.json').name);
const dynamic = await import('./fixtures/esm-lib.mjs');
console.log(dynamic.answer, typeof dynamic.default);
console.log(typeof module, typeof exports, typeof __filename);
