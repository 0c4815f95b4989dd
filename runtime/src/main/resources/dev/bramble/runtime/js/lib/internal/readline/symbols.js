// SPDX-License-Identifier: Apache-2.0
'use strict';
// The Interface's internal state, shared by interface.js and editing.js.

module.exports = {
  kQuestionCallback: Symbol('_questionCallback'),
  kOldPrompt: Symbol('_oldPrompt'),
  kLineBuffer: Symbol('_line_buffer'),
  kSawReturnAt: Symbol('_sawReturnAt'),
  kDecoder: Symbol('_decoder'),
  kPrompt: Symbol('_prompt'),
  kSubstringSearch: Symbol('kSubstringSearch'),
  kRaw: Symbol('kRaw'),
};
