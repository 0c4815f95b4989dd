// SPDX-License-Identifier: Apache-2.0
'use strict';
// An inactivity timeout (socket.setTimeout, http's keep-alive and header timeouts). Activity only
// stores the loop's clock; the one unref'd timer, when it fires early, re-arms for what is left.
// That keeps a busy socket from pushing a timer into the heap on every read and write.

const { loopNow } = require('internal/timers');

class IdleTimer {
  constructor(ms, onTimeout) {
    this.ms = ms;
    this.onTimeout = onTimeout;
    this.last = loopNow();
    this.timer = null;
    this.cleared = false;
    this.arm(ms);
  }

  arm(ms) {
    this.timer = setTimeout(() => this.fire(), ms);
    this.timer.unref();
  }

  fire() {
    this.timer = null;
    if (this.cleared) return;
    const idle = loopNow() - this.last;
    if (idle < this.ms - 1) {
      this.arm(this.ms - idle);
      return;
    }
    this.onTimeout();
  }

  // Activity: the timeout counts from now (and starts again if it already fired).
  refresh() {
    if (this.cleared) return;
    this.last = loopNow();
    if (this.timer === null) this.arm(this.ms);
  }

  clear() {
    this.cleared = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

module.exports = { IdleTimer };
