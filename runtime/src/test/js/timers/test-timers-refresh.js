const start = Date.now();
let refreshed = 0;
const t = setTimeout(() => {
  console.log('fired after refresh', refreshed, Date.now() - start >= 60);
}, 40);
const r = setInterval(() => {
  if (refreshed++ < 1) t.refresh();
  else clearInterval(r);
}, 25);
