// The canvas floor (floor-site.mjs): the least a page of this design does before it is ready, and
// nothing of the app. As boot.js: the renderer's worker (the app's own renderer.js, started by the
// page's head script) gets the canvas's control at once and the canvas after the intro's first
// paint, makes its WebGL 2 context and program, and draws one frame with nothing in it but the
// background; the page is ready two animation frames after the worker's 'drawn', at <html
// data-ready="1"> and the phasecheck:ready mark, as boot.js's ready(). Anything else from the worker
// is thrown: make bench lists page errors.
(function () {
  'use strict';
  const canvas = document.getElementById('canvas');
  const offscreen = canvas.transferControlToOffscreen();
  const started = window.phasecheckRendererWorker;
  if (!started) throw new Error('canvas floor: the page\'s head script started no renderer worker');
  const { worker } = started;
  const notLoaded = () => { throw new Error('canvas floor: renderer.js did not load or run in its worker'); };
  worker.onerror = notLoaded;
  if (started.failed) notLoaded();
  worker.onmessage = ({ data }) => {
    if (data.type !== 'drawn') throw new Error('canvas floor: the renderer answered ' + JSON.stringify(data));
    requestAnimationFrame(() => requestAnimationFrame(() => {
      document.documentElement.dataset.ready = '1';
      performance.mark('phasecheck:ready');
    }));
  };
  requestAnimationFrame(() => setTimeout(() => {
    const box = canvas.getBoundingClientRect();
    const width = Math.round(box.width * devicePixelRatio);
    const height = Math.round(box.height * devicePixelRatio);
    worker.postMessage({ type: 'canvas', canvas: offscreen, width, height }, [offscreen]);
    // A frame of no draw lists, in the layout of renderer.js's draw(): frame 1, 0 lists, the size,
    // the background, the display rectangle.
    const bytes = new ArrayBuffer(11 * 4);
    new Uint32Array(bytes, 0, 4).set([1, 0, width, height]);
    new Float32Array(bytes, 16, 7).set([0.96, 0.97, 0.98, 0, 0, box.width, box.height]);
    worker.postMessage({ type: 'frame', generation: 0, bytes }, [bytes]);
  }));
})();
