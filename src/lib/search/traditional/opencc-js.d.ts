// opencc-js publishes each dictionary as a module of its own (package.json: exports "./*"),
// without type declarations; simplify.ts imports the four it needs.
declare module 'opencc-js/dict/*' {
  /** Entries "source replacement", separated by "|". */
  const dictionary: string;
  export default dictionary;
}
