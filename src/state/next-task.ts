// Long work on the main thread is cut into slices that each run in a task of their own, so the tab
// paints and answers input between them.

/** A task of its own, after those already queued (a render); unlike setTimeout, not slowed in a background tab. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
