// SPDX-License-Identifier: Apache-2.0
'use strict';
// util.parseArgs: the command line split into option, positional and option-terminator tokens,
// checked against the configured options (strict mode) and folded into { values, positionals }.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  define,
} = require('internal/errors');

const ERR_PARSE_ARGS_INVALID_OPTION_VALUE = define('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
const ERR_PARSE_ARGS_UNKNOWN_OPTION = define('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const hint = allowPositionals ?
    `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${hint}`;
}, TypeError);
const ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL = define('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument '%s'. This command does not take positional arguments", TypeError);

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const own = (options, name, key) => (hasOwn(options, name) ? options[name][key] : undefined);

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateArrayOf(value, name, type) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  value.forEach((v, i) => {
    if (typeof v !== type) throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, type, v);
  });
}

function validateConfig(config) {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new ERR_INVALID_ARG_TYPE('config', 'object', config);
  }
  const { options = {} } = config;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  for (const [name, option] of Object.entries(options)) {
    const where = `options.${name}`;
    if (option === null || typeof option !== 'object' || Array.isArray(option)) {
      throw new ERR_INVALID_ARG_TYPE(where, 'object', option);
    }
    const type = option.type;
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`${where}.type`, "('string|boolean')", type);
    }
    if (hasOwn(option, 'short')) {
      if (typeof option.short !== 'string') throw new ERR_INVALID_ARG_TYPE(`${where}.short`, 'string', option.short);
      if (option.short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`${where}.short`, option.short, 'must be a single character');
      }
    }
    const multiple = hasOwn(option, 'multiple') ? option.multiple : false;
    if (hasOwn(option, 'multiple')) validateBoolean(multiple, `${where}.multiple`);
    if (hasOwn(option, 'default') && option.default !== undefined) {
      const d = option.default;
      if (multiple) validateArrayOf(d, `${where}.default`, type);
      else if (typeof d !== type) throw new ERR_INVALID_ARG_TYPE(`${where}.default`, type, d);
    }
  }
  return options;
}

function findLongName(short, options) {
  for (const name of Object.keys(options)) {
    if (options[name].short === short) return name;
  }
  return short;
}

const isOptionLikeValue = (v) => typeof v === 'string' && v.length > 1 && v[0] === '-';

const typeOf = (options, name) => own(options, name, 'type');

// Splits argv into tokens. A short group (-abc) is expanded in place into -a -b -c, whose tokens
// share the group's index; a string flag inside a group takes the rest of the group as its value.
function tokenize(args, options) {
  const tokens = [];
  const remaining = args.slice();
  let index = -1;
  let groupLeft = 0;
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupLeft > 0) groupLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    const short = arg.length >= 2 && arg[0] === '-' && arg[1] !== '-';
    if (short && arg.length === 2) {
      const name = findLongName(arg[1], options);
      let value;
      let inlineValue;
      if (typeOf(options, name) === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (short) {
      const first = findLongName(arg[1], options);
      if (typeOf(options, first) === 'string') {
        tokens.push({ kind: 'option', name: first, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
        continue;
      }
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        if (typeOf(options, findLongName(arg[i], options)) !== 'string' || i === arg.length - 1) {
          expanded.push(`-${arg[i]}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupLeft = expanded.length;
      continue;
    }
    if (arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);
      if (eq !== -1) {
        const name = arg.slice(2, eq);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
        continue;
      }
      const name = arg.slice(2);
      let value;
      let inlineValue;
      if (typeOf(options, name) === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(options, token, allowPositionals) {
  if (!hasOwn(options, token.name)) throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
  const short = options[token.name].short;
  const shortAndLong = short ? `-${short}, --${token.name}` : `--${token.name}`;
  const type = options[token.name].type;
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function storeOption(name, value, options, values) {
  if (name === '__proto__') return;
  const stored = value === undefined ? true : value;
  if (own(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [stored];
    else values[name].push(stored);
  } else {
    values[name] = stored;
  }
}

function mainArgs() {
  const execArgv = process.execArgv || [];
  const evaluating = ['-e', '--eval', '-p', '--print'].some((flag) => execArgv.includes(flag));
  return process.argv.slice(evaluating ? 1 : 2);
}

function parseArgs(config = {}) {
  const options = validateConfig(config);
  const args = config.args !== undefined ? config.args : mainArgs();
  const strict = config.strict !== undefined ? config.strict : true;
  const allowPositionals = config.allowPositionals !== undefined ? config.allowPositionals : !strict;
  const returnTokens = config.tokens !== undefined ? config.tokens : false;
  validateArrayOf(args, 'args', 'string');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');

  const result = { values: { __proto__: null }, positionals: [] };
  const tokens = tokenize(args, options);
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkOptionUsage(options, token, allowPositionals);
      storeOption(token.name, token.value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const name of Object.keys(options)) {
    if (options[name].default !== undefined && result.values[name] === undefined) {
      result.values[name] = options[name].default;
    }
  }
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
