import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeAll } from 'vitest';
import { loadLanguage } from './i18n/i18n';
import { loadEdtfParser } from './model/edtf';

// jsdom lays nothing out and has no scrolling into view; the browser tests cover that.
Element.prototype.scrollIntoView = function scrollIntoView() {};

// Components and the functions that write sentences speak English unless a test says otherwise.
beforeAll(() => loadLanguage('en'));

// Datasets read in the worker may write times in EDTF; the tests read them too.
beforeAll(loadEdtfParser);

afterEach(() => {
  cleanup();
});

// Property tests get a budget, not just a count: each stops after 10 s with the runs it has done
// (a busy machine runs fewer cases, never a timed-out test), well inside vitest's testTimeout.
fc.configureGlobal({ interruptAfterTimeLimit: 10_000, markInterruptAsFailure: false });
