// opencc-js ships its dictionaries as modules without types: each default-exports "from to|from to|…".
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
