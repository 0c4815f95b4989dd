// SPDX-License-Identifier: Apache-2.0
'use strict';
// The fetch API as Node 20 has it globally: fetch, Headers, Request, Response, FormData.

const { fetch } = require('internal/fetch/fetch');
const { Headers } = require('internal/fetch/headers');
const { Request } = require('internal/fetch/request');
const { Response } = require('internal/fetch/response');
const { FormData } = require('internal/fetch/formdata');

module.exports = { fetch, Headers, Request, Response, FormData };
