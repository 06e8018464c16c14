// `import url from './x.ts?lazy'`: the URL of x.ts built as its own chunk (integrations/vite-lazy-url.ts).
declare module '*?lazy' {
  const url: string;
  export default url;
}
