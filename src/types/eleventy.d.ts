// Eleventy ships no types; these say just what news-archive uses.
declare module "@11ty/eleventy" {
  const Eleventy: unknown;
  export default Eleventy;
}
declare module "@11ty/eleventy-dev-server" {
  const EleventyDevServer: unknown;
  export default EleventyDevServer;
}
