// SPDX-License-Identifier: Apache-2.0
'use strict';
// GraalJS's own helper object is needed only during bootstrap (the rejection handler is set);
// user code sees Node's globals only.
delete globalThis.Graal;
