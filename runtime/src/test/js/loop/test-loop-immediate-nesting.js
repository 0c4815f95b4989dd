// Immediates queued by an immediate wait for the next turn of the loop.
setImmediate(() => {
  console.log('a');
  setImmediate(() => console.log('c'));
});
setImmediate(() => console.log('b'));
