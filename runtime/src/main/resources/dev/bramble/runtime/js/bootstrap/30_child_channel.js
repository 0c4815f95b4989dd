// SPDX-License-Identifier: Apache-2.0
'use strict';
// In a program started by child_process.fork(): process.send(), 'message' and the channel to the
// parent (see internal/child_process/ipc). Elsewhere this is one environment lookup.
const channel = internalBinding('child_process').ipcChild();
if (channel) require('internal/child_process/ipc').setupChild(channel);
