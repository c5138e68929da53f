// MapLibre ships its CSP build without typings of its own; it has the same API as the main build.
declare module 'maplibre-gl/dist/maplibre-gl-csp.js' {
  import * as maplibregl from 'maplibre-gl';
  export default maplibregl;
}
