const order = [];
setTimeout(() => order.push('30'), 30);
setTimeout(() => order.push('10'), 10);
setTimeout(() => order.push('20a'), 20);
setTimeout(() => order.push('20b'), 20);
setTimeout(() => order.push('0'), 0);
let n = 0;
const iv = setInterval(() => {
  order.push(`iv${++n}`);
  if (n === 3) {
    clearInterval(iv);
    // Printed from the last interval run, not from a timer of its own: a loaded machine may stall
    // the loop, and due times (>= 45 ms here) still order everything.
    console.log(order.filter((x) => !x.startsWith('iv')).join(' '), '|', order.filter((x) => x.startsWith('iv')).join(' '));
  }
}, 15);
