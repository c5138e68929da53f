/*
 * North Atlas embed loader: keeps each embedded map's iframe as tall as its content.
 * Include once per page, from the same site as the map:
 *   <script src="https://…/embed.js" async></script>
 * It listens for the map's height messages, checks they come from this script's origin and from one of the
 * page's iframes, and sets that iframe's height. It sends nothing but a request for the current height.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src, document.baseURI).origin;
  var key = '__northAtlasEmbed:' + origin;
  // Two snippets on one page would otherwise resize every map twice.
  if (window[key]) return;
  window[key] = true;

  var CHANNEL = 'north-atlas';
  var MAX_HEIGHT_PX = 100000;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (e) {
    if (e.origin !== origin) return;
    var d = e.data;
    if (!d || typeof d !== 'object' || d.channel !== CHANNEL) return;
    if (d.type !== 'height' && d.type !== 'ready') return;
    var h = d.height;
    if (typeof h !== 'number' || !isFinite(h) || h <= 0 || h > MAX_HEIGHT_PX) return;
    var frame = frameOf(e.source);
    if (frame) frame.style.height = Math.ceil(h) + 'px';
  });

  // A map that started before this script did has already sent its height: ask again.
  function ask() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var src = frames[i].src;
      if (src && src.indexOf(origin + '/') === 0 && frames[i].contentWindow) {
        frames[i].contentWindow.postMessage({ channel: CHANNEL, type: 'measure' }, origin);
      }
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
  else ask();
})();
