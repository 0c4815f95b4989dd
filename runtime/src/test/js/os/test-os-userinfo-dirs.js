'use strict';
const os = require('os');
const info = os.userInfo();
console.log(Object.keys(info), typeof info.uid, typeof info.username, info.homedir.startsWith('/'));
console.log(os.tmpdir().startsWith('/'), os.tmpdir().endsWith('/') && os.tmpdir() !== '/', os.homedir().startsWith('/'));
console.log(Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username), os.getPriority());
try { os.userInfo(5); } catch (e) { console.log(e.code, e.message); }
try { os.setPriority(0, 99); } catch (e) { console.log(e.code, e.message); }
