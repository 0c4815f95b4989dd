'use strict';
const os = require('os');
console.log(os.EOL === '\n', os.devNull, os.platform(), os.type(), os.endianness(), `${os.type}`);
console.log(['x64', 'arm64', 'arm'].includes(os.arch()), ['x86_64', 'aarch64', 'armv7l'].includes(os.machine()));
console.log(os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_HIGH, Object.isFrozen(os.constants.signals));
console.log(Object.keys(os).sort().join(','));
