for (const bad of [null, 'string', 42, {}]) {
  try {
    setTimeout(bad, 1);
  } catch (e) {
    console.log(e.code, e.name);
  }
}
try {
  process.nextTick('nope');
} catch (e) {
  console.log(e.code, e.message);
}
