import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach } from 'vitest';

// jsdom lays nothing out and has no scrolling into view; the browser tests cover that.
Element.prototype.scrollIntoView = function scrollIntoView() {};

afterEach(() => {
  cleanup();
});

// Property tests get a budget, not just a count: each stops after 10 s with the runs it has done
// (a busy machine runs fewer cases, never a timed-out test), well inside vitest's testTimeout.
fc.configureGlobal({ interruptAfterTimeLimit: 10_000, markInterruptAsFailure: false });
