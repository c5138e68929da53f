/*
 * North Atlas embed loader: keeps each embedded map's iframe as tall as its content, and turns facades
 * (<a data-north-atlas data-facade href="…/embed.html…"><img …></a>) into the map when the reader asks.
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
  // A facade loads its map this far before it scrolls into view, so the map is there when the reader is.
  var LOAD_AHEAD = '300px 0px';
  var LOAD_LABEL = 'Load the interactive map';

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

  // Styles go through the CSSOM: a host's strict style-src refuses style attributes in markup, not these.
  function styled(el, css) {
    for (var k in css) el.style[k] = css[k];
    return el;
  }

  // The facade: the map's picture and a button; the iframe (and every byte of the map) only when asked.
  function facade(link) {
    var src = link.href;
    if (src.indexOf(origin + '/') !== 0) return;
    var img = link.querySelector('img');
    var picture = link.querySelector('picture') || img;
    var height = Number(link.getAttribute('data-height'));
    if (!(height > 0 && height <= MAX_HEIGHT_PX)) height = 560;
    var box = styled(document.createElement('div'), { position: 'relative', maxWidth: '100%' });
    box.setAttribute('data-north-atlas-facade', '');
    var button = styled(document.createElement('button'), {
      position: 'absolute',
      left: '50%',
      top: '50%',
      transform: 'translate(-50%, -50%)',
      font: 'inherit',
      fontWeight: '600',
      padding: '0.6em 1.1em',
      cursor: 'pointer',
      color: '#fff',
      background: '#0b57d0',
      border: '2px solid #fff',
      borderRadius: '999px',
      boxShadow: '0 1px 6px rgba(0,0,0,0.35)',
    });
    button.type = 'button';
    button.textContent = LOAD_LABEL;
    var title = link.getAttribute('data-title');
    if (title) button.setAttribute('aria-label', LOAD_LABEL + ': ' + title);
    if (img) {
      // As wide as the column, no taller than the map will be.
      styled(img, {
        display: 'block',
        width: '100%',
        height: 'auto',
        maxHeight: height + 'px',
        objectFit: 'contain',
      });
      box.appendChild(picture);
    }
    box.appendChild(button);
    link.parentNode.replaceChild(box, link);

    var observer = null;
    function load(asked) {
      if (!box.parentNode) return;
      if (observer) observer.disconnect();
      var frame = styled(document.createElement('iframe'), { border: '0', display: 'block' });
      frame.src = src;
      frame.title = title || 'Map of northern Afghanistan';
      frame.width = '100%';
      frame.height = String(height);
      frame.setAttribute('data-north-atlas', '');
      box.parentNode.replaceChild(frame, box);
      // The reader pressed the button: keep their place, in the map rather than at the page's top.
      if (asked) frame.focus();
    }
    button.addEventListener('click', function () {
      load(true);
    });
    if (link.getAttribute('data-facade') === 'click' || !('IntersectionObserver' in window)) return;
    observer = new IntersectionObserver(
      function (entries) {
        for (var i = 0; i < entries.length; i++) if (entries[i].isIntersecting) load(false);
      },
      { rootMargin: LOAD_AHEAD },
    );
    observer.observe(box);
  }

  function start() {
    var links = document.querySelectorAll('a[data-north-atlas][data-facade]');
    for (var i = 0; i < links.length; i++) facade(links[i]);
    ask();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
