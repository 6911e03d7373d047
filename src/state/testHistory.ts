/** Test helper: the browser's Back button, for tests of what reads the URL. */
import { act } from '@testing-library/react';

/** Goes back one history entry and waits for the page to hear of it (popstate). */
export async function goBack(): Promise<void> {
  await act(async () => {
    const popped = new Promise((resolve) =>
      window.addEventListener('popstate', resolve, { once: true }),
    );
    window.history.back();
    await popped;
  });
}
