/** Collects the console.warn calls made while `action` runs (each call's arguments joined as text). */
export async function warnings(action: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return messages;
}
