/**
 * The light colours of the design tokens (src/ui/tokens.css), for pictures drawn at build time:
 * each `--name: light-dark(light, dark);` gives its light value, and a plain `--name: value;`
 * colour its value. The tokens stay written once, in the stylesheet.
 */
export function lightColors(tokensCss: string): Map<string, string> {
  const colors = new Map<string, string>();
  for (const [, name = '', value = ''] of tokensCss.matchAll(/(--[\w-]+):\s*([^;]+);/g)) {
    const pair = /^light-dark\(\s*(#[0-9a-f]{3,8}|rgb\([^)]*\))\s*,/i.exec(value.trim());
    if (pair?.[1]) colors.set(name, pair[1]);
    else if (/^#[0-9a-f]{3,8}$/i.test(value.trim())) colors.set(name, value.trim());
  }
  return colors;
}
