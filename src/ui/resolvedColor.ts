/**
 * The colour a custom property holds at `element`, as the browser resolves it there (`rgb(…)`),
 * for drawing on a canvas: the tokens are written `light-dark(light, dark)`, which a canvas cannot
 * read, and which only a style computed inside the page's color-scheme can choose between.
 */
export function resolvedColor(element: Element, property: string, fallback: string): string {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  probe.style.color = `var(${property}, ${fallback})`;
  element.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color === '' ? fallback : color;
}
