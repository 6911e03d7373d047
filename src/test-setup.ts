import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadEdtfParser } from './model/edtf';

// jsdom lays nothing out and has no scrolling into view; the browser tests cover that.
Element.prototype.scrollIntoView = function scrollIntoView() {};

// Datasets read in the worker may write times in EDTF; the tests read them too.
beforeAll(loadEdtfParser);

afterEach(() => {
  cleanup();
});
