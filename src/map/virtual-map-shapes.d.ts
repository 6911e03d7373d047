/** The shapes cut at build time by scripts/map-shapes/vite-plugin-map-shapes.ts. */
declare module 'virtual:map-shapes' {
  // An ambient module cannot import by relative path, so the type is referenced inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- see the line above
  const shapes: import('./base/mapShapes').MapShapes;
  export default shapes;
}
