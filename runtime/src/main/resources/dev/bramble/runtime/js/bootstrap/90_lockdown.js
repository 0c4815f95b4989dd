// SPDX-License-Identifier: Apache-2.0
'use strict';
// GraalJS's own helper object is needed only during bootstrap (the rejection handler is set);
// user code sees Node's globals only. GraalJS defines Java (an empty host-interop object, since
// class lookup is off) whenever host access is configured: remove it too.
delete globalThis.Graal;
delete globalThis.Java;
