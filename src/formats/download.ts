/**
 * Saving a file the page made (an export, an imported dataset as JSON): a download through a
 * temporary object URL, with the name given.
 */

/** Starts a download of `content` as a file called `name`. */
export function downloadFile(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob =
    typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it has started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
