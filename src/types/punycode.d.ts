// The punycode package's file, typed as the package itself (@types/punycode).
declare module 'punycode/punycode.js' {
  import punycode from 'punycode';
  export default punycode;
}
