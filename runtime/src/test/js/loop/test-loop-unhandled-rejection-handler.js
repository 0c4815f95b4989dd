process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason.message, promise instanceof Promise);
});
Promise.reject(new Error('nobody catches me'));
Promise.reject(new Error('caught')).catch(() => console.log('caught one'));
setTimeout(() => console.log('still alive'), 10);
