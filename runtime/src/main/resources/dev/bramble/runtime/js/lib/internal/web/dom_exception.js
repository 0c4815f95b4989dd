// SPDX-License-Identifier: Apache-2.0
'use strict';
// WHATWG DOMException as Node 20 has it: name/message/code are prototype getters, the legacy
// numeric codes are constants, and instances inherit from Error.prototype.

const legacy = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'], ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'], ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'], ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'], ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'], ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'], ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'], ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'], ['AbortError', 'ABORT_ERR'], ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'], ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'], ['DataCloneError', 'DATA_CLONE_ERR'],
];
const codeOf = new Map(legacy.map(([name], i) => [name, i + 1]));
const internals = new WeakMap();

function state(self) {
  const s = internals.get(self);
  if (s === undefined) throw new TypeError('Value of "this" must be of type DOMException');
  return s;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    let name;
    if (options !== null && typeof options === 'object') {
      name = `${options.name === undefined ? 'Error' : options.name}`;
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, configurable: true, writable: true, enumerable: false });
      }
    } else name = `${options}`;
    internals.set(this, { message: `${message}`, name });
    if (Error.captureStackTrace) Error.captureStackTrace(this);
  }

  get name() { return state(this).name; }
  get message() { return state(this).message; }
  get code() { return codeOf.get(state(this).name) || 0; }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
for (const g of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, g, { ...Object.getOwnPropertyDescriptor(DOMException.prototype, g), enumerable: true });
}
legacy.forEach(([, constant], i) => {
  const desc = { value: i + 1, enumerable: true, writable: false, configurable: false };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
});

module.exports = { DOMException };
