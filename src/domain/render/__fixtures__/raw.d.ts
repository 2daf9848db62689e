// Vite (and so Vitest) loads any file as text with the `?raw` suffix; this types those imports.
declare module '*?raw' {
  const text: string;
  export default text;
}
