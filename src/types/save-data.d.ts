// `navigator.connection` (the Network Information API) is not in TypeScript's DOM library: the one part the
// site reads, whether the reader asked the browser to save data (it then also sends `Save-Data: on`).
interface Navigator {
  readonly connection?: { readonly saveData?: boolean };
}
