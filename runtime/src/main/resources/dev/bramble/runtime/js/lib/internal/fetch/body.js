// SPDX-License-Identifier: Apache-2.0
'use strict';
// The Fetch standard's body: what a BodyInit becomes (bytes and a Content-Type, or a stream), and
// the mixin of Request and Response (body, bodyUsed, text/json/arrayBuffer/blob/formData).
// A body given as bytes only becomes a ReadableStream when someone asks for `body`.

const { Buffer, Blob, File } = require('buffer');
const { isURLSearchParams } = require('internal/fetch/util');

const kBody = Symbol('body');
const kUsed = Symbol('used');

function streams() {
  return require('internal/webstreams/index');
}

function bytesStream(bytes) {
  const { ReadableStream } = streams();
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (bytes.length) controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

// A random boundary in undici's style.
function boundary() {
  return `----formdata-undici-0${`${Math.floor(Math.random() * 1e11)}`.padStart(11, '0')}`;
}

function escapeName(s) {
  return s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function multipart(formData) {
  const b = boundary();
  const parts = [];
  const enc = (s) => Buffer.from(s, 'utf8');
  for (const [name, value] of formData) {
    if (typeof value === 'string') {
      parts.push(enc(`--${b}\r\nContent-Disposition: form-data; name="${escapeName(name)}"\r\n\r\n` +
        `${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      parts.push(enc(`--${b}\r\nContent-Disposition: form-data; name="${escapeName(name)}"; filename="${escapeName(value.name)}"\r\n` +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(Buffer.from(blobBytes(value)));
      parts.push(enc('\r\n'));
    }
  }
  parts.push(enc(`--${b}--\r\n`));
  return { bytes: Buffer.concat(parts), type: `multipart/form-data; boundary=${b}` };
}

function blobBytes(blob) {
  const { kBlobBytes } = require('internal/buffer/extras');
  return blob[kBlobBytes];
}

// BodyInit to { bytes, type } or { stream }; null for no body.
function extractBody(object) {
  if (object === null || object === undefined) return null;
  const { ReadableStream } = streams();
  const { FormData } = require('internal/fetch/formdata');
  if (typeof object === 'string') return { bytes: Buffer.from(object, 'utf8'), type: 'text/plain;charset=UTF-8' };
  if (isURLSearchParams(object)) {
    return { bytes: Buffer.from(object.toString(), 'utf8'), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (object instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && object instanceof SharedArrayBuffer)) {
    return { bytes: Buffer.from(new Uint8Array(object.slice(0))), type: null };
  }
  if (ArrayBuffer.isView(object)) {
    return { bytes: Buffer.from(new Uint8Array(object.buffer, object.byteOffset, object.byteLength).slice()), type: null };
  }
  if (object instanceof Blob) return { bytes: Buffer.from(blobBytes(object)), type: object.type || null };
  if (object instanceof FormData) return multipart(object);
  if (object instanceof ReadableStream) return { stream: object, type: null };
  if (typeof object[Symbol.asyncIterator] === 'function') {
    return { stream: ReadableStream.from((async function* () {
      for await (const chunk of object) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    })()), type: null };
  }
  return { bytes: Buffer.from(`${object}`, 'utf8'), type: 'text/plain;charset=UTF-8' };
}

function bodyStream(self) {
  const body = self[kBody];
  if (body === null) return null;
  if (!body.stream) body.stream = bytesStream(body.bytes);
  return body.stream;
}

function isUsed(self) {
  const body = self[kBody];
  if (body === null) return false;
  if (self[kUsed]) return true;
  return !!body.stream && (body.stream._disturbed === true);
}

async function readAll(self, method) {
  const body = self[kBody];
  if (isUsed(self) || (body?.stream && body.stream.locked)) {
    throw new TypeError('Body is unusable: Body has already been read');
  }
  self[kUsed] = true;
  if (body === null) return Buffer.alloc(0);
  if (!body.stream) return body.bytes;
  const chunks = [];
  const reader = body.stream.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      throw new TypeError(`Received non-Uint8Array chunk in ${method}`);
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks);
}

function mixin(Class) {
  Object.defineProperties(Class.prototype, {
    body: { configurable: true, enumerable: true, get() { return bodyStream(this); } },
    bodyUsed: { configurable: true, enumerable: true, get() { return isUsed(this); } },
  });
  Object.assign(Class.prototype, {
    async arrayBuffer() {
      const b = await readAll(this, 'arrayBuffer');
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
    },
    async text() {
      return (await readAll(this, 'text')).toString('utf8');
    },
    async json() {
      return JSON.parse((await readAll(this, 'json')).toString('utf8'));
    },
    async blob() {
      const b = await readAll(this, 'blob');
      return new Blob([b], { type: this.headers.get('content-type') ?? '' });
    },
    async formData() {
      const type = this.headers.get('content-type') ?? '';
      const b = await readAll(this, 'formData');
      return parseFormData(b, type);
    },
  });
}

function parseFormData(bytes, type) {
  const { FormData } = require('internal/fetch/formdata');
  const fd = new FormData();
  if (/^application\/x-www-form-urlencoded/i.test(type)) {
    for (const [k, v] of new URLSearchParams(bytes.toString('utf8'))) fd.append(k, v);
    return fd;
  }
  const m = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  if (!m) throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  const delimiter = Buffer.from(`--${m[1] || m[2]}`);
  let pos = bytes.indexOf(delimiter);
  if (pos === -1) throw new TypeError('Failed to parse body as FormData.');
  for (;;) {
    pos += delimiter.length;
    if (bytes.slice(pos, pos + 2).toString() === '--') break;
    pos += 2;
    const headEnd = bytes.indexOf('\r\n\r\n', pos);
    const next = bytes.indexOf(delimiter, headEnd);
    if (headEnd === -1 || next === -1) throw new TypeError('Failed to parse body as FormData.');
    const head = bytes.slice(pos, headEnd).toString('utf8');
    const content = bytes.slice(headEnd + 4, next - 2);
    const name = /name="([^"]*)"/i.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/i.exec(head)?.[1];
    if (filename !== undefined) {
      const ctype = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? '';
      fd.append(name, new File([content], filename, { type: ctype }));
    } else {
      fd.append(name, content.toString('utf8'));
    }
    pos = next;
  }
  return fd;
}

// A second body over the same bytes, or the stream split in two (clone()).
function cloneBody(self) {
  const body = self[kBody];
  if (body === null) return null;
  if (!body.stream) return { ...body };
  const [a, b] = body.stream.tee();
  body.stream = a;
  return { ...body, stream: b };
}

module.exports = { kBody, kUsed, extractBody, mixin, bodyStream, cloneBody, isUsed, readAll };
