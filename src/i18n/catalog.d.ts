/** A compiled catalog (scripts/vite-plugin-catalogs.ts): Lingui's messages by key. */
declare module 'virtual:catalog/*' {
  import type { Messages } from '@lingui/core';
  const messages: Messages;
  export default messages;
}
