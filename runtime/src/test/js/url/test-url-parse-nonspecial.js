'use strict';
const props = (u) => [u.href, u.origin, u.host, u.pathname, u.search, u.hash].join(' | ');
for (const s of ['mailto:a@b.c', 'data:text/plain,hi there', 'javascript:alert(1)', 'sc://host/path', 'sc:/path', 'sc:path?q#f', 'non-spec://u@h:12/p/../q', 'urn:isbn:123', 'blob:https://a.com/uuid']) {
  console.log(props(new URL(s)));
}
