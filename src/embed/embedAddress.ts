import { viewStateHref } from '../state/useViewState';
import type { ViewState } from '../state/viewState';

/**
 * The embed view's absolute address for a view (what the Embed dialog's code and preview load):
 * the same view with `embed=1`, so the frame opens what the editor sees, in the language the
 * page's link chose (`lang=`), when it chose one; without it the frame follows its reader's browser.
 */
export function embedFrameSrc(state: ViewState, base: string): string {
  return new URL(viewStateHref({ ...state, embed: true }), base).href;
}
