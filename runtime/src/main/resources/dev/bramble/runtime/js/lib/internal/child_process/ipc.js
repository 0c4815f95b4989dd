// SPDX-License-Identifier: Apache-2.0
'use strict';
// fork()'s message channel on both ends: Node's 'json' serialization (one JSON text per line) over
// the binding's IpcChannel, with Node's send()/disconnect()/connected and the 'message' and
// 'disconnect' events on the ChildProcess (parent) and on process (child).

const { codes, define } = require('internal/errors');
const { validateObject } = require('internal/buffer/validate');
const { errnoException } = require('internal/uv_errors');

const { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS } = codes;
const ERR_IPC_CHANNEL_CLOSED = define('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
const ERR_IPC_DISCONNECTED = define('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
const ERR_FEATURE_UNAVAILABLE_ON_PLATFORM = define('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError);

const binding = internalBinding('child_process');

function handleMessage(target, message) {
  if (!target.channel) return;
  const internal = message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 5 && message.cmd.startsWith('NODE_');
  process.nextTick(() => target.emit(internal ? 'internalMessage' : 'message', message, undefined));
}

/**
 * Gives `target` Node's channel API over `channel`; `onEnd` runs when the other end is gone. In the
 * child (`counted`) the channel keeps the program alive only while listened to or writing.
 */
function setupChannel(target, channel, onEnd, counted) {
  let pending = '';
  let refs = 0;
  // What process.channel / subprocess.channel is in Node: the handle, with ref/unref.
  const handle = {
    ref: () => channel.ref(),
    unref: () => channel.unref(),
  };
  const control = {
    refCounted() {
      if (++refs === 1 && counted) channel.ref();
    },
    unrefCounted() {
      if (--refs === 0 && counted) channel.unref();
    },
  };
  target.channel = handle;
  Object.defineProperty(target, '_channel', {
    configurable: true, enumerable: false, get: () => target.channel, set: (v) => { target.channel = v; },
  });
  target.connected = true;

  channel.readStart((text) => {
    if (text === null) {
      pending = '';
      if (target.connected) target.disconnect();
      if (onEnd) onEnd();
      return;
    }
    const lines = (pending + text).split('\n');
    pending = lines.pop();
    for (const line of lines) handleMessage(target, JSON.parse(line));
  });

  target.send = function send(message, sendHandle, options, callback) {
    if (typeof sendHandle === 'function') {
      callback = sendHandle;
      sendHandle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    if (this.connected) return send0(this, message, sendHandle, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  function send0(self, message, sendHandle, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (sendHandle != null) throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('sending handles over IPC');
    control.refCounted();
    channel.write(`${JSON.stringify(message)}\n`, (err) => {
      control.unrefCounted();
      if (err) {
        const ex = errnoException(err, 'write');
        if (typeof callback === 'function') callback(ex);
        else self.emit('error', ex);
      } else if (typeof callback === 'function') {
        callback(null);
      }
    });
    return true;
  }

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    this.channel = null;
    process.nextTick(() => {
      channel.close();
      target.emit('disconnect');
    });
  };
  return control;
}

/** fork(): a spawn with the channel's path in the child's environment. */
function spawnWithChannel(spawn, execPath, args, options) {
  if (options.serialization === 'advanced') {
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM("fork() with serialization: 'advanced'");
  }
  return spawn(execPath, args, options);
}

/** Called by ChildProcess.spawn when stdio has 'ipc': the channel and the env that names it. */
function parentChannel(options) {
  const channel = binding.ipcListen();
  options.extraEnv = { ...options.extraEnv, BRAMBLE_IPC_PATH: channel.path(), NODE_CHANNEL_SERIALIZATION_MODE: 'json' };
  return channel;
}

/** In a forked child (from bootstrap): process.send and friends; the channel counts only while listened to. */
function setupChild(channel) {
  channel.unref();
  const control = setupChannel(process, channel, undefined, true);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

module.exports = { setupChannel, spawnWithChannel, parentChannel, setupChild };
