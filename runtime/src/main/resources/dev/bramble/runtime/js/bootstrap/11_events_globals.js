// SPDX-License-Identifier: Apache-2.0
'use strict';
// Installs the DOM event globals: EventTarget, Event, CustomEvent.

const { EventTarget, Event, CustomEvent } = require('internal/event_target');

for (const [name, value] of Object.entries({ EventTarget, Event, CustomEvent })) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}
