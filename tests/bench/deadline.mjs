// A page that never sends the signal the benchmark waits for must fail the run with a message, not
// hang it: `within` settles like `promise`, or rejects after `ms` saying what did not come.
export async function within(promise, ms, what) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not come within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
